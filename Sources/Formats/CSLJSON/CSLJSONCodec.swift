import CrosswalkModel
import CrosswalkJSON
import CrosswalkCitations

/// The kinds of CSL variables, as CSL 1.0.2 (Appendix IV) sorts them.
public enum CSLVariables {
    /// The name variables: their CSL-JSON value is an array of name objects.
    public static let names: Set<String> = [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
        "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
        "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
        "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
        "translator",
    ]
    /// The date variables: their CSL-JSON value is a date object.
    public static let dates: Set<String> = [
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    ]
    /// The number variables (they may be JSON numbers; they are kept as text).
    public static let numbers: Set<String> = [
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
        "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first",
        "part-number", "printing-number", "section", "supplement-number", "version", "volume",
    ]
}

/// CSL-JSON bytes to CSL items and back: the format Zotero, pandoc and the CSL test suite use.
///
/// Decoding is lenient where CSL-JSON in the wild is (ids, number variables and date parts may be
/// numbers or strings; `circa` may be a boolean, a number or a string; `isInstitution` likewise),
/// and strict where a value cannot be understood: that is an error at `FILE:LINE:COLUMN`.
public enum CSLJSONCodec {
    /// Decodes a CSL-JSON array of items (or one item object).
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> [CSLItem] {
        let reader = CSLJSONItemReader(input: ByteInput(bytes: bytes, name: file))
        var items: [CSLItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    /// Decodes CSL-JSON text.
    public static func decode(_ text: String, file: String = "<memory>") throws(Diagnostic) -> [CSLItem] {
        try decode(Array(text.utf8), file: file)
    }

    /// Encodes items as a CSL-JSON array: two-space indented, `id` and `type` first, then the
    /// variables in alphabetical order. The same items always give the same bytes.
    public static func encode(_ items: [CSLItem]) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: Array((items.isEmpty ? "[]" : "[").utf8))
        for (i, item) in items.enumerated() {
            out.append(contentsOf: Array((i == 0 ? "\n  " : ",\n  ").utf8))
            CSLJSONItemEncoder.encode(item, into: &out, level: 1)
        }
        out.append(contentsOf: Array((items.isEmpty ? "\n" : "\n]\n").utf8))
        return out
    }
}

/// Reads the items of a CSL-JSON array one at a time (or a single item object).
/// An item that cannot be understood is a recoverable error: the reader goes on with the next one.
public final class CSLJSONItemReader {
    private let stream: JSONArrayStream
    private let decoder: CSLJSONItemDecoder

    public init(input: ByteInput) {
        self.stream = JSONArrayStream(input: input, plural: "CSL-JSON items", singular: "an item")
        self.decoder = CSLJSONItemDecoder(file: input.name)
    }

    /// The next item, or nil at the end.
    public func next() throws(Diagnostic) -> CSLItem? {
        try nextNode().map { (node) throws(Diagnostic) in try decoder.item(from: node, index: position) }
    }

    /// The next item's parsed JSON, or nil at the end (for readers that map items further).
    package func nextNode() throws(Diagnostic) -> JSONNode? { try stream.next() }

    /// The 1-based position of the last item returned.
    package var position: Int { stream.position }
}

/// Turns one parsed CSL-JSON item object into a `CSLItem`.
package struct CSLJSONItemDecoder {
    package let file: String

    package init(file: String) { self.file = file }

    private func fail(_ node: JSONNode, _ message: String, item: String?, field: String) -> Diagnostic {
        .error("field `\(field)`: \(message)", at: SourceLocation(file: file, line: node.line, column: node.column),
               record: item, field: field, recoverable: true)
    }

    /// Decodes an item. An item without an `id` is given `ITEM-n`, its 1-based position, as the CSL
    /// test suite's runner does; one without a `type` gets the empty type.
    package func item(from node: JSONNode, index: Int) throws(Diagnostic) -> CSLItem {
        guard case .object(let members) = node.value else {
            throw fail(node, "expected an item object, found \(node.kindName)", item: nil, field: "item \(index)")
        }
        var id: String?
        var type = ""
        for m in members where m.key == "id" {
            switch m.value.value {
            case .string(let s): id = s
            case .number(let n): id = n
            case .null: break
            default: throw fail(m.value, "expected a string or a number, found \(m.value.kindName)", item: nil, field: "id")
            }
        }
        let itemID = id ?? "ITEM-\(index)"
        var item = CSLItem(id: itemID, type: "")
        for m in members {
            let key = m.key, v = m.value
            if key == "id" { continue }
            if key == "type" {
                switch v.value {
                case .string(let s): type = s
                case .null: break
                default: throw fail(v, "expected a string, found \(v.kindName)", item: itemID, field: key)
                }
                continue
            }
            if case .null = v.value { continue }
            if CSLVariables.names.contains(key) {
                item.variables[key] = .names(try names(v, item: itemID, field: key))
            } else if CSLVariables.dates.contains(key) {
                item.variables[key] = .date(try date(v, item: itemID, field: key))
            } else {
                switch v.value {
                case .string(let s): item.variables[key] = .text(s)
                case .number(let n): item.variables[key] = .text(n)
                default:
                    if CSLVariables.numbers.contains(key) {
                        throw fail(v, "expected a string or a number, found \(v.kindName)", item: itemID, field: key)
                    }
                    // Not a variable a processor renders (`multi`, a flag ...): kept as JSON text.
                    var out: [UInt8] = []
                    CSLJSONItemDecoder.compact(v, into: &out)
                    item.otherJSON[key] = String(decoding: out, as: UTF8.self)
                }
            }
        }
        item.type = type
        return item
    }

    /// A truth value as CSL-JSON writers give it: `true`, `1`, `"true"`, `"1"`.
    private func truth(_ node: JSONNode, item: String, field: String) throws(Diagnostic) -> Bool {
        switch node.value {
        case .bool(let b): return b
        case .number(let n): return Double(n) != 0
        case .string(let s):
            let t = s.lowercased()
            return !(t.isEmpty || t == "false" || t == "0" || t == "no")
        case .null: return false
        default: throw fail(node, "expected true or false, found \(node.kindName)", item: item, field: field)
        }
    }

    private func names(_ node: JSONNode, item: String, field: String) throws(Diagnostic) -> [CSLName] {
        switch node.value {
        case .string(let s):
            return s.isEmpty ? [] : [.literal(s)]
        case .array(let elements):
            var out: [CSLName] = []
            for (i, e) in elements.enumerated() {
                let f = "\(field)[\(i)]"
                switch e.value {
                case .string(let s): out.append(.literal(s))
                case .object(let members):
                    var n = CSLName()
                    for m in members {
                        func text() throws(Diagnostic) -> String? {
                            switch m.value.value {
                            case .string(let s): return s
                            case .number(let x): return x
                            case .null: return nil
                            default:
                                throw fail(m.value, "expected a string, found \(m.value.kindName)", item: item, field: "\(f).\(m.key)")
                            }
                        }
                        switch m.key {
                        case "family": n.family = try text()
                        case "given": n.given = try text()
                        case "dropping-particle": n.droppingParticle = try text()
                        case "non-dropping-particle": n.nonDroppingParticle = try text()
                        case "suffix": n.suffix = try text()
                        case "literal": n.literal = try text()
                        case "comma-suffix": n.commaSuffix = try truth(m.value, item: item, field: "\(f).\(m.key)")
                        case "static-ordering": n.staticOrdering = try truth(m.value, item: item, field: "\(f).\(m.key)")
                        case "parse-names":
                            if case .null = m.value.value { break }
                            n.parseNames = try truth(m.value, item: item, field: "\(f).\(m.key)")
                        case "isInstitution": n.isInstitution = try truth(m.value, item: item, field: "\(f).\(m.key)")
                        default: break  // name keys no processor knows (`multi`, `sequence` ...)
                        }
                    }
                    if n.isInstitution, n.literal == nil {
                        // A body: kept whole, under `literal`, so that it is never split or initialized.
                        let parts = [n.given, n.family].compactMap { $0 }.filter { !$0.isEmpty }
                        n.literal = parts.joined(separator: " ")
                        n.family = nil; n.given = nil
                    }
                    out.append(n)
                default:
                    throw fail(e, "expected a name object, found \(e.kindName)", item: item, field: f)
                }
            }
            return out
        default:
            throw fail(node, "expected an array of names, found \(node.kindName)", item: item, field: field)
        }
    }

    private func date(_ node: JSONNode, item: String, field: String) throws(Diagnostic) -> CSLDate {
        switch node.value {
        case .string(let s):
            return CSLDate(raw: s)
        case .number(let n):
            return CSLDate(raw: n)
        case .object(let members):
            var d = CSLDate()
            for m in members {
                let v = m.value
                switch m.key {
                case "date-parts":
                    guard case .array(let ranges) = v.value else {
                        if case .null = v.value { break }
                        throw fail(v, "expected an array of date parts, found \(v.kindName)", item: item, field: "\(field).date-parts")
                    }
                    for r in ranges {
                        guard case .array(let ps) = r.value else {
                            throw fail(r, "expected an array such as [1950, 6, 25], found \(r.kindName)", item: item, field: "\(field).date-parts")
                        }
                        var parts: [Int] = []
                        for p in ps {
                            var text: String
                            switch p.value {
                            case .number(let n): text = n
                            case .string(let s): text = s.trimmingSpaces
                            case .null: text = ""
                            default:
                                throw fail(p, "expected a number, found \(p.kindName)", item: item, field: "\(field).date-parts")
                            }
                            if text.isEmpty { break }  // ["2000", "", ""]: the year alone
                            if text.hasSuffix(".0") { text.removeLast(2) }
                            guard let x = Int(text) else {
                                throw fail(p, "`\(text)` is not a year, month or day number", item: item, field: "\(field).date-parts")
                            }
                            parts.append(x)
                        }
                        if !parts.isEmpty { d.parts.append(parts) }
                    }
                case "season":
                    switch v.value {
                    case .string(let s): d.season = s.isEmpty ? nil : s
                    case .number(let n): d.season = n
                    case .null: break
                    default: throw fail(v, "expected a season number or name, found \(v.kindName)", item: item, field: "\(field).season")
                    }
                case "circa":
                    d.circa = try truth(v, item: item, field: "\(field).circa")
                case "literal", "raw":
                    let s: String?
                    switch v.value {
                    case .string(let t): s = t
                    case .number(let n): s = n
                    case .null: s = nil
                    default: throw fail(v, "expected a string, found \(v.kindName)", item: item, field: "\(field).\(m.key)")
                    }
                    if m.key == "literal" { d.literal = s } else { d.raw = s }
                case "edtf":
                    switch v.value {
                    case .string(let t): d.edtf = t
                    case .null: break
                    default: throw fail(v, "expected an EDTF string, found \(v.kindName)", item: item, field: "\(field).edtf")
                    }
                case "year", "month", "day":
                    // An older form some writers use: {"year": 1950, "month": 6}.
                    var t = ""
                    switch v.value {
                    case .number(let n): t = n
                    case .string(let s): t = s.trimmingSpaces
                    default: break
                    }
                    guard let x = Int(t) else {
                        throw fail(v, "expected a number, found \(v.kindName)", item: item, field: "\(field).\(m.key)")
                    }
                    if d.parts.isEmpty { d.parts = [[]] }
                    d.parts[0].append(x)
                default:
                    break  // keys no processor knows
                }
            }
            return d
        default:
            throw fail(node, "expected a date object, found \(node.kindName)", item: item, field: field)
        }
    }

    /// Compact JSON text of a node (numbers as written).
    package static func compact(_ node: JSONNode, into out: inout [UInt8]) {
        switch node.value {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .number(let n): out.append(contentsOf: Array(n.utf8))
        case .string(let s): JSONRecordEncoder.appendQuoted(s, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, e) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                compact(e, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONRecordEncoder.appendQuoted(m.key, to: &out)
                out.append(UInt8(ascii: ":"))
                compact(m.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

/// Writes one item as CSL-JSON.
package enum CSLJSONItemEncoder {
    /// The order of the members: the crosswalk table's variables in table order, then the others
    /// alphabetically, `custom` last.
    static let order: [String: Int] = {
        var d: [String: Int] = [:]
        for r in CSLJSONMapping.rules where r.kind != .custom && d[r.variable] == nil { d[r.variable] = d.count }
        d["custom"] = Int.max - 1
        return d
    }()

    /// Appends the item's JSON object at an indentation level.
    package static func encode(_ item: CSLItem, into out: inout [UInt8], level: Int, custom: JSONNode? = nil) {
        var w = JSONRecordEncoder.Emitter(out: out, pretty: true)
        out = []
        w.beginObject(level: level)
        w.member("id", item.id)
        if !item.type.isEmpty { w.member("type", item.type) }
        var keys = Array(item.variables.keys)
        keys.append(contentsOf: item.otherJSON.keys.filter { item.variables[$0] == nil })
        keys.sort { a, b in
            let x = order[a] ?? Int.max, y = order[b] ?? Int.max
            return x != y ? x < y : a < b
        }
        for key in keys where key != "id" && key != "type" {
            guard let value = item.variables[key] else {
                w.key(key)
                let json = item.otherJSON[key]!
                if key == "custom", let custom { emit(custom, &w) }
                else if let node = CSLJSONMapping.parseJSON(json) { emit(node, &w) } else { w.out.append(contentsOf: Array(json.utf8)) }
                continue
            }
            switch value {
            case .text(let s):
                w.member(key, s)
            case .names(let names):
                w.key(key)
                w.beginArray()
                for n in names {
                    w.element()
                    w.beginObject(level: w.level)
                    if n.isInstitution {
                        if let v = n.literal ?? n.family { w.member("family", v) }
                        if let v = n.given, n.literal == nil { w.member("given", v) }
                        w.key("isInstitution"); w.out.append(contentsOf: Array("true".utf8))
                    } else {
                        if let v = n.family { w.member("family", v) }
                        if let v = n.given { w.member("given", v) }
                        if let v = n.droppingParticle { w.member("dropping-particle", v) }
                        if let v = n.nonDroppingParticle { w.member("non-dropping-particle", v) }
                        if let v = n.suffix { w.member("suffix", v) }
                        if let v = n.literal { w.member("literal", v) }
                    }
                    if n.commaSuffix { w.key("comma-suffix"); w.out.append(contentsOf: Array("true".utf8)) }
                    if n.staticOrdering { w.key("static-ordering"); w.out.append(contentsOf: Array("true".utf8)) }
                    if let p = n.parseNames { w.key("parse-names"); w.out.append(contentsOf: Array((p ? "true" : "false").utf8)) }
                    w.endObject()
                }
                w.endArray()
            case .date(let d):
                w.key(key)
                w.beginObject(level: w.level)
                if !d.parts.isEmpty {
                    w.key("date-parts")
                    // Date parts on one line: [[1950, 6, 25], [1953, 7, 27]].
                    w.out.append(UInt8(ascii: "["))
                    for (i, p) in d.parts.enumerated() {
                        if i > 0 { w.out.append(contentsOf: Array(", ".utf8)) }
                        w.out.append(contentsOf: Array(("[" + p.map(String.init).joined(separator: ", ") + "]").utf8))
                    }
                    w.out.append(UInt8(ascii: "]"))
                }
                if let s = d.season {
                    w.key("season")
                    if let n = Int(s) { w.out.append(contentsOf: Array(String(n).utf8)) } else { w.string(s) }
                }
                if d.circa { w.key("circa"); w.out.append(contentsOf: Array("true".utf8)) }
                if let v = d.literal { w.member("literal", v) }
                if let v = d.raw { w.member("raw", v) }
                if let v = d.edtf { w.member("edtf", v) }
                w.endObject()
            }
        }
        w.endObject()
        out = w.out
    }

    /// Emits any JSON value, indented.
    static func emit(_ node: JSONNode, _ w: inout JSONRecordEncoder.Emitter) {
        switch node.value {
        case .object(let members):
            w.beginObject(level: w.level)
            for m in members { w.key(m.key); emit(m.value, &w) }
            w.endObject()
        case .array(let items):
            // Arrays of scalars on one line.
            if items.allSatisfy({ if case .object = $0.value { false } else if case .array = $0.value { false } else { true } }) {
                var c: [UInt8] = []
                CSLJSONItemDecoder.compact(node, into: &c)
                w.out.append(contentsOf: c)
                return
            }
            w.beginArray()
            for i in items { w.element(); emit(i, &w) }
            w.endArray()
        default:
            var c: [UInt8] = []
            CSLJSONItemDecoder.compact(node, into: &c)
            w.out.append(contentsOf: c)
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
