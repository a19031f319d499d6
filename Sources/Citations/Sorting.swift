import Foundation

// cs:sort: keys from variables and macros, names-min / names-use-first / names-use-last overrides;
// empty keys sort last in both directions.

enum SortValue: Sendable {
    case number(Int)
    case text(String)

    static func less(_ a: SortValue, _ b: SortValue) -> Bool? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y ? nil : x < y
        case (.text(let x), .text(let y)): return x == y ? nil : x < y
        case (.number(let x), .text(let y)): let xs = String(x); return xs == y ? nil : xs < y
        case (.text(let x), .number(let y)): let ys = String(y); return x == ys ? nil : x < ys
        }
    }
}

enum Sorting {
    static let numberVariables: Set<String> = [
        "chapter-number", "collection-number", "edition", "issue", "number", "number-of-pages", "number-of-volumes",
        "volume", "citation-number", "page", "locator", "first-reference-note-number", "page-first", "part-number",
        "printing-number", "supplement-number", "version",
    ]

    /// Case- and accent-insensitive comparison key; markup and leading punctuation ignored.
    static func fold(_ s: String) -> String {
        // fast path: ASCII text needs no Unicode folding
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "<") }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 1: bytes.append(b)
                case UInt8(ascii: " "): if !bytes.isEmpty { bytes.append(b) }
                default: if b < 0x20 { bytes.append(b) }
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var t = s
        if t.contains("<") { t = RichText.parse(t).plainText }
        t = t.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        t = String(t.unicodeScalars.filter { !CharacterSet.punctuationCharacters.contains($0) && !CharacterSet.symbols.contains($0) || $0 == "\u{1}" })
        while let f = t.first, f == " " { t.removeFirst() }
        return t
    }

    /// Pads digit runs so that "10" sorts after "9" in macro keys.
    static func padNumbers(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return s }
        var out: [UInt8] = [], run: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        func flush() {
            if !run.isEmpty {
                for _ in 0..<max(0, 10 - run.count) { out.append(UInt8(ascii: "0")) }
                out += run; run.removeAll(keepingCapacity: true)
            }
        }
        for b in s.utf8 {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { run.append(b) } else { flush(); out.append(b) }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    static func nameKey(_ names: [CSLName], demote: String = "display-and-sort") -> String {
        names.map { raw -> String in
            let n = raw.parsed()
            if let f = n.family {
                var parts: [String] = []
                if let ndp = n.nonDroppingParticle, demote == "never" { parts.append(ndp) }
                parts.append(f)
                if let ndp = n.nonDroppingParticle, demote != "never" { parts.append(ndp) }
                if let dp = n.droppingParticle { parts.append(dp) }
                if let g = n.given { parts.append(g) }
                if let s = n.suffix { parts.append(s) }
                return parts.joined(separator: " ")
            }
            return n.literal ?? n.given ?? ""
        }.joined(separator: "\u{1}")
    }

    static func keys(_ sort: [SortKey], engine: Engine, item: CSLItem, cite: CiteContext,
                     disambiguation: DisambiguationState, context: RenderingContext) -> [SortValue?] {
        sort.map { key -> SortValue? in
            switch key.source {
            case .variable(let v):
                if v == "citation-number" { return cite.citationNumber.map { .number($0) } }
                switch item.variables[v] {
                case .names(let ns)?: return ns.isEmpty ? nil : .text(fold(nameKey(ns, demote: engine.demoteNonDroppingParticle)))
                case .date(let d)?:
                    let k = Renderer.sortKey(d)
                    return k.isEmpty ? nil : .text(k)
                case .text(let t)?:
                    if t.isEmpty { return nil }
                    if numberVariables.contains(v) {
                        let digits = t.prefix { $0.isASCII && $0.isNumber }
                        if let n = Int(digits) { return .number(n) }
                    }
                    return .text(fold(t))
                case nil:
                    if v == "locator", let l = cite.locator { return .text(padNumbers(l)) }
                    return nil
                }
            case .macro(let i):
                let r = Renderer(engine: engine, item: item, cite: cite, disambiguation: disambiguation, mode: .sort, context: context)
                r.sortNameOverride = (key.namesMin, key.namesUseFirst, key.namesUseLast)
                let out = r.render(engine.macros[i])
                let t = out.plainText
                if t.isEmpty { return nil }
                return .text(fold(t))
            }
        }
    }

    /// Stable sort of indices by keys.
    static func order(_ n: Int, keys: [[SortValue?]], sort: [SortKey]) -> [Int] {
        Array(0..<n).sorted { a, b in
            for (i, k) in sort.enumerated() {
                switch (keys[a][i], keys[b][i]) {
                case (nil, nil): continue
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    if let l = SortValue.less(x, y) { return k.ascending ? l : !l }
                }
            }
            return a < b
        }
    }
}
