// crosswalk-csl-suite: runs the CSL processor test suite's human-readable fixtures through
// CrosswalkCitations and prints the pass counts by category, then "N passed, M failed".
//
// Usage: crosswalk-csl-suite [DIR] [--filter S] [--verbose] [--locales DIR]
//                            [--known-failures FILE] [--write-failures FILE]
// Locales: --locales, else $CROSSWALK_CSL_LOCALES, else /usr/share/citation-style-language/locales.

import CrosswalkCitations
import Foundation

struct Options {
    var directory = "../shared/conformance/csl-test-suite/humans"
    var filter: String?
    var verbose = false
    var locales = ProcessInfo.processInfo.environment["CROSSWALK_CSL_LOCALES"] ?? CSLLocaleStore.debianLocales
    var knownFailures: String?
    var writeFailures: String?
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--filter": o.filter = args.next()
        case "--verbose", "-v": o.verbose = true
        case "--locales": o.locales = args.next() ?? o.locales
        case "--known-failures": o.knownFailures = args.next()
        case "--write-failures": o.writeFailures = args.next()
        case "--help", "-h":
            print("usage: crosswalk-csl-suite [DIR] [--filter S] [--verbose] [--locales DIR] [--known-failures FILE] [--write-failures FILE]")
            exit(0)
        default:
            if a.hasPrefix("-") { FileHandle.standardError.write("unknown option \(a)\n".data(using: .utf8)!); exit(64) }
            o.directory = a
        }
    }
    return o
}

/// Splits a fixture into its sections (`>>===== NAME =====>>` … `<<===== NAME =====<<`).
func sections(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    var current: String?
    var buffer: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix(">>="), t.hasSuffix("=>>") {
            current = t.trimmingCharacters(in: CharacterSet(charactersIn: ">=<")).trimmingCharacters(in: .whitespaces)
            buffer = []
        } else if t.hasPrefix("<<="), t.hasSuffix("=<<"), let c = current {
            out[c] = buffer.joined(separator: "\n")
            current = nil
        } else if current != nil {
            buffer.append(line)
        }
    }
    return out
}

// MARK: CSL-JSON (test tool only; the engine has no JSON decoder)

func string(_ v: Any?) -> String? {
    switch v {
    case let s as String: return s
    case let n as NSNumber:
        return n.stringValue
    default: return nil
    }
}

func bool(_ v: Any?) -> Bool {
    switch v {
    case let b as Bool: return b
    case let n as NSNumber: return n.boolValue
    case let s as String: return s == "true" || s == "1"
    default: return false
    }
}

func int(_ v: Any?) -> Int? {
    switch v {
    case let n as NSNumber: return n.intValue
    case let s as String: return Int(s.trimmingCharacters(in: .whitespaces))
    default: return nil
    }
}

func decodeName(_ d: [String: Any]) -> CSLName {
    var n = CSLName(family: string(d["family"]), given: string(d["given"]),
                    droppingParticle: string(d["dropping-particle"]), nonDroppingParticle: string(d["non-dropping-particle"]),
                    suffix: string(d["suffix"]), literal: string(d["literal"]),
                    commaSuffix: bool(d["comma-suffix"]), staticOrdering: bool(d["static-ordering"]))
    if d["parse-names"] != nil { n.parseNames = bool(d["parse-names"]) }
    if n.family == nil, n.literal == nil, let name = string(d["name"]) {
        let parts = name.components(separatedBy: ", ")
        if parts.count == 2 { n.family = parts[0]; n.given = parts[1] } else { n.literal = name }
    }
    if bool(d["isInstitution"]), n.literal == nil, let f = n.family, n.given == nil { n.literal = f; n.family = nil }
    return n
}

func decodeDate(_ d: [String: Any]) -> CSLDate {
    var date = CSLDate(parts: [])
    if let parts = d["date-parts"] as? [[Any]] {
        date.parts = parts.map { $0.compactMap(int) }.filter { !$0.isEmpty }
    }
    date.season = string(d["season"])
    date.circa = bool(d["circa"])
    date.literal = string(d["literal"])
    date.raw = string(d["raw"])
    if date.parts.isEmpty, date.literal == nil, date.raw == nil, let y = int(d["year"]) {
        var p = [y]
        if let m = int(d["month"]) { p.append(m); if let dd = int(d["day"]) { p.append(dd) } }
        date.parts = [p]
    }
    return date
}

func decodeItem(_ d: [String: Any]) -> CSLItem {
    var item = CSLItem(id: string(d["id"]) ?? "", type: string(d["type"]) ?? "")
    for (k, v) in d where k != "id" && k != "type" {
        if let arr = v as? [[String: Any]] {
            item[k] = .names(arr.map(decodeName))
        } else if let obj = v as? [String: Any] {
            item[k] = .date(decodeDate(obj))
        } else if let s = string(v) {
            item[k] = .text(s)
        }
    }
    return item
}

func decodeCite(_ d: [String: Any]) -> CSLCiteItem {
    CSLCiteItem(id: string(d["id"]) ?? "", locator: string(d["locator"]), label: string(d["label"]),
                prefix: string(d["prefix"]), suffix: string(d["suffix"]),
                suppressAuthor: bool(d["suppress-author"]), authorOnly: bool(d["author-only"]))
}

func json(_ s: String?) -> Any? {
    guard let s, let data = s.data(using: .utf8) else { return nil }
    return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
}

// MARK: Running one fixture

struct Outcome { var passed: Bool; var expected: String; var got: String }

func normalize(_ s: String, bibliography: Bool) -> String {
    var t = s.replacingOccurrences(of: "&#38;", with: "&amp;")
        .replacingOccurrences(of: "&#60;", with: "&lt;")
        .replacingOccurrences(of: "&#62;", with: "&gt;")
    if bibliography {
        t = t.replacingOccurrences(of: "\\n\\s*", with: "", options: .regularExpression)
    } else {
        t = t.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var l = String(line)
            if let r = l.range(of: "^(>>|\\.\\.)\\[\\d+\\] ", options: .regularExpression) { l.removeSubrange(r) }
            return l
        }.joined(separator: "\n")
    }
    return t.trimmingCharacters(in: .whitespacesAndNewlines)
}

func matches(_ item: CSLItem, field: String, value: String) -> Bool {
    if field == "type" { return item.type == value }
    guard let v = item[field] else { return value.isEmpty }
    switch v {
    case .text(let t): return t == value
    default: return !value.isEmpty
    }
}

func run(_ path: String, store: CSLLocaleStore) -> Outcome {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Outcome(passed: false, expected: "", got: "(unreadable)") }
    let s = sections(text)
    let mode = (s["MODE"] ?? "citation").trimmingCharacters(in: .whitespacesAndNewlines)
    let isBib = mode.hasPrefix("bibliography")
    let expected = normalize(s["RESULT"] ?? "", bibliography: isBib)
    let style: CSLStyle
    do { style = try CSLStyle(bytes: Array((s["CSL"] ?? "").utf8), url: (path as NSString).lastPathComponent) } catch {
        return Outcome(passed: false, expected: expected, got: "\(error)")
    }
    let items = ((json(s["INPUT"]) as? [[String: Any]]) ?? []).map(decodeItem)
    var abbreviations: [String: [String: String]] = [:]
    if let a = json(s["ABBREVIATIONS"]) as? [String: [String: [String: String]]] {
        for (_, lists) in a { for (k, v) in lists { abbreviations[k, default: [:]].merge(v) { a, _ in a } } }
    }
    let processor = CSLProcessor(style: style, locales: store, items: items, abbreviations: abbreviations)

    var citations: [CSLCitation]?
    if let ci = json(s["CITATION-ITEMS"]) as? [[[String: Any]]] {
        citations = ci.enumerated().map { CSLCitation(items: $1.map(decodeCite), noteIndex: $0 + 1) }
    } else if let cs = json(s["CITATIONS"]) as? [[Any]] {
        var order: [String] = []
        var byID: [String: CSLCitation] = [:]
        for entry in cs {
            guard let c = entry.first as? [String: Any] else { continue }
            let id = string(c["citationID"]) ?? UUID().uuidString
            let cites = ((c["citationItems"] as? [[String: Any]]) ?? []).map(decodeCite)
            let note = int((c["properties"] as? [String: Any])?["noteIndex"])
            byID[id] = CSLCitation(items: cites, noteIndex: note)
            let preList = (entry.count > 1 ? entry[1] : []) as? [[Any]] ?? []
            let postList = (entry.count > 2 ? entry[2] : []) as? [[Any]] ?? []
            // [id, noteIndex] pairs also move existing citations to their new notes
            for pair in preList + postList {
                if pair.count > 1, let other = pair.first.flatMap(string), let n = int(pair[1]) { byID[other]?.noteIndex = n }
            }
            let pre = preList.compactMap { $0.first.flatMap(string) }
            let post = postList.compactMap { $0.first.flatMap(string) }
            order = pre + [id] + post
        }
        citations = order.map { byID[$0]! }
    }

    var got: String
    if isBib {
        var cites = citations
        if let entries = json(s["BIBENTRIES"]) as? [[Any]], let last = entries.last {
            cites = [CSLCitation(items: last.compactMap(string).map { CSLCiteItem(id: $0) })]
        }
        let bib = processor.bibliography(format: .html, citations: cites)
        var entries = zip(bib.ids, bib.entries).map { ($0, $1) }
        if let section = json(s["BIBSECTION"]) as? [String: [[String: String]]] {
            let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            entries = entries.filter { id, _ in
                guard let item = byID[id] else { return true }
                func test(_ c: [String: String]) -> Bool { matches(item, field: c["field"] ?? "", value: c["value"] ?? "") }
                var keep = true
                if let sel = section["select"] { keep = sel.allSatisfy(test) }
                if let inc = section["include"] { keep = inc.contains(where: test) }
                if let exc = section["exclude"] { keep = !exc.contains(where: test) }
                if let q = section["quash"], q.allSatisfy(test) { keep = false }
                return keep
            }
        }
        var b = bib
        b.entries = entries.map { $0.1 }
        got = b.entries.isEmpty ? "" : b.html()
        if b.entries.isEmpty { got = "" }
    } else {
        let cs = citations ?? [CSLCitation(items: items.map { CSLCiteItem(id: $0.id) }, noteIndex: 1)]
        got = processor.citations(cs, format: .html).joined(separator: "\n")
    }
    let g = normalize(got, bibliography: isBib)
    let e = expected
    let gotCompared = isBib ? g.replacingOccurrences(of: "<div class=\"csl-bib-body\" style=\"[^\"]*\">", with: "<div class=\"csl-bib-body\">", options: .regularExpression) : g
    return Outcome(passed: gotCompared == e, expected: e, got: gotCompared)
}

// MARK: Main

// --check-styles DIR: compiles every .csl in DIR (and its subdirectories) and lists the ones refused.
if let i = CommandLine.arguments.firstIndex(of: "--check-styles"), CommandLine.arguments.count > i + 1 {
    let dir = CommandLine.arguments[i + 1]
    var ok = 0, bad = 0
    let files = (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".csl") }.sorted()
    for f in files {
        do { _ = try CSLStyle(path: dir + "/" + f); ok += 1 } catch { bad += 1; print(error) }
    }
    print("\(ok) styles compiled, \(bad) refused")
    exit(bad == 0 ? 0 : 1)
}
let options = parseOptions()
let fm = FileManager.default
guard let names = try? fm.contentsOfDirectory(atPath: options.directory) else {
    FileHandle.standardError.write("cannot read fixture directory \(options.directory)\n".data(using: .utf8)!)
    exit(66)
}
let fixtures = names.filter { $0.hasSuffix(".txt") }.sorted().filter { options.filter == nil || $0.contains(options.filter!) }
let store = CSLLocaleStore(searchPaths: [options.locales])
var known = Set<String>()
if let k = options.knownFailures, let t = try? String(contentsOfFile: k, encoding: .utf8) {
    for l in t.split(separator: "\n") {
        let s = l.trimmingCharacters(in: .whitespaces)
        if !s.isEmpty && !s.hasPrefix("#") { known.insert(s) }
    }
}
var byCategory: [String: (Int, Int)] = [:]
var failures: [String] = []
var passedCount = 0
for f in fixtures {
    let name = String(f.dropLast(4))
    let category = String(name.split(separator: "_").first ?? "")
    let o = run(options.directory + "/" + f, store: store)
    var c = byCategory[category] ?? (0, 0)
    c.1 += 1
    if o.passed { c.0 += 1; passedCount += 1 } else {
        failures.append(name)
        if options.verbose {
            print("FAIL \(name)\n  expected: \(o.expected.replacingOccurrences(of: "\n", with: "\n            "))\n  got:      \(o.got.replacingOccurrences(of: "\n", with: "\n            "))")
        }
    }
    byCategory[category] = c
}
for (cat, c) in byCategory.sorted(by: { $0.value.1 != $1.value.1 ? $0.value.1 > $1.value.1 : $0.key < $1.key }) {
    print("\(cat): \(c.0)/\(c.1)")
}
if let w = options.writeFailures {
    try? (failures.joined(separator: "\n") + (failures.isEmpty ? "" : "\n")).write(toFile: w, atomically: true, encoding: .utf8)
}
var status: Int32 = 0
if options.knownFailures != nil {
    let unexpected = failures.filter { !known.contains($0) }
    let fixed = known.subtracting(failures).filter { n in fixtures.contains(n + ".txt") }.sorted()
    if !fixed.isEmpty { print("known failures that now pass (remove them from the list): " + fixed.joined(separator: " ")) }
    if !unexpected.isEmpty { print("unexpected failures: " + unexpected.joined(separator: " ")); status = 1 }
} else if !failures.isEmpty {
    status = 1
}
print("\(passedCount) passed, \(failures.count) failed")
exit(status)
