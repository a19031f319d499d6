// text-case (lowercase, uppercase, capitalize-first, capitalize-all, sentence, English title case)
// and strip-periods, applied to rendered output; `nocase` spans are left alone.

enum TextCaser {
    static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on",
        "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind",
        "below", "beneath", "beside", "between", "beyond", "circa", "despite", "during", "except", "inside",
        "like", "near", "off", "out", "per", "since", "than", "through", "toward", "towards", "under",
        "until", "unto", "upon", "versus", "vs", "within", "without", "de", "d'", "von", "van", "ca", "v",
    ]

    /// Collects the text leaves in order (nocase leaves flagged), lets `transform` change them, and
    /// rebuilds the tree.
    static func mapLeaves(_ nodes: [Inline], protectStyled: Bool = false, _ transform: (inout [String], [Bool]) -> Void) -> [Inline] {
        var leaves: [String] = [], protected: [Bool] = []
        func collect(_ n: [Inline], _ p: Bool) {
            for x in n {
                switch x {
                case .text(let t): leaves.append(t); protected.append(p)
                case .nocase(let c): collect(c, true)
                case .styled(let f, let c) where protectStyled && (f.fontVariant == .smallCaps || f.verticalAlign == .sup || f.verticalAlign == .sub):
                    collect(c, true)
                default: collect(x.children!, p)
                }
            }
        }
        collect(nodes, false)
        transform(&leaves, protected)
        var k = 0
        func rebuild(_ n: [Inline]) -> [Inline] {
            n.map { x in
                switch x {
                case .text: defer { k += 1 }; return .text(leaves[k])
                default: return x.with(children: rebuild(x.children!))
                }
            }
        }
        return rebuild(nodes)
    }

    static func stripPeriods(_ nodes: [Inline]) -> [Inline] {
        mapLeaves(nodes) { leaves, _ in
            for i in leaves.indices where leaves[i].contains(".") { leaves[i] = leaves[i].filter { $0 != "." } }
        }
    }

    static func apply(_ tc: TextCase, _ nodes: [Inline]) -> [Inline] {
        mapLeaves(nodes, protectStyled: tc == .title || tc == .sentence || tc == .capitalizeAll) { leaves, prot in
            switch tc {
            case .lowercase:
                for i in leaves.indices where !prot[i] { leaves[i] = leaves[i].lowercased() }
            case .uppercase:
                for i in leaves.indices where !prot[i] { leaves[i] = leaves[i].uppercased() }
            case .capitalizeFirst:
                capitalizeFirst(&leaves, prot, sentence: false)
            case .sentence:
                capitalizeFirst(&leaves, prot, sentence: true)
                var seenFirst = false
                words(&leaves, prot) { w, index, _ in
                    if !seenFirst { seenFirst = true; return String(w) }
                    // a capitalised word ("Pen") is lowercased; acronyms and mixed case ("UK", "iPhone") stay
                    let letters = w.filter { $0.isLetter }
                    if let f = letters.first, f.isUppercase, letters.dropFirst().allSatisfy({ $0.isLowercase }), letters.count > 1 {
                        return w.lowercased()
                    }
                    return String(w)
                }
            case .capitalizeAll:
                words(&leaves, prot) { w, _, _ in isLower(w) ? capitalized(w) : String(w) }
            case .title:
                titleCase(&leaves, prot)
            }
        }
    }

    static func isLower(_ w: Substring) -> Bool { !w.contains { $0.isUppercase } }

    static func capitalized(_ w: Substring) -> String {
        guard let idx = w.firstIndex(where: { $0.isLetter }) else { return String(w) }
        return String(w[..<idx]) + w[idx].uppercased() + w[w.index(after: idx)...]
    }

    static func isAllUpper(_ leaves: [String], _ prot: [Bool]) -> Bool {
        var sawLetter = false
        for i in leaves.indices where !prot[i] {
            for c in leaves[i] where c.isLetter {
                if c.isLowercase { return false }
                sawLetter = true
            }
        }
        return sawLetter
    }

    static func capitalizeFirst(_ leaves: inout [String], _ prot: [Bool], sentence: Bool) {
        let upper = sentence && isAllUpper(leaves, prot)
        var first = true
        for i in leaves.indices {
            if prot[i] { if leaves[i].contains(where: { $0.isLetter }) { first = false }; continue }
            if upper { leaves[i] = leaves[i].lowercased() }
            guard first else { continue }
            if let idx = leaves[i].firstIndex(where: { $0.isLetter || $0.isNumber }) {
                first = false
                let rest = leaves[i][idx...]
                let word = rest.prefix { $0 != " " }
                if isLower(word) || upper {
                    leaves[i] = String(leaves[i][..<idx]) + leaves[i][idx].uppercased() + leaves[i][leaves[i].index(after: idx)...]
                }
            }
        }
    }

    /// Calls `f` for each word of the unprotected leaves (word, index among all words, total words)
    /// and replaces it by the result. Words are separated by spaces (hyphenated parts count as words).
    static func words(_ leaves: inout [String], _ prot: [Bool], _ f: (Substring, Int, Int) -> String) {
        // count words first (protected leaves count too, as words)
        var total = 0
        for i in leaves.indices { total += leaves[i].split(whereSeparator: isSeparator).count }
        var n = 0
        for i in leaves.indices {
            if prot[i] {
                let ws = leaves[i].split(whereSeparator: isSeparator)
                n += ws.count
                if !ws.isEmpty { _ = f(Substring(""), -1, total) }
                continue
            }
            var out = ""
            var word = Substring()
            let s = leaves[i]
            var start = s.startIndex
            var idx = s.startIndex
            while idx < s.endIndex {
                if isSeparator(s[idx]) {
                    if start < idx { word = s[start..<idx]; out += f(word, n, total); n += 1 }
                    out.append(s[idx])
                    start = s.index(after: idx)
                }
                idx = s.index(after: idx)
            }
            if start < s.endIndex { word = s[start...]; out += f(word, n, total); n += 1 }
            leaves[i] = out
        }
    }

    static func isSeparator(_ c: Character) -> Bool { c == " " || c == "\u{00A0}" || c == "-" || c == "\u{2013}" || c == "\u{2014}" || c == "/" }

    static func titleCase(_ leaves: inout [String], _ prot: [Bool]) {
        let upper = isAllUpper(leaves, prot)
        // words after a colon are capitalised like first words
        var afterColon = true
        words(&leaves, prot) { w, index, total in
            if index < 0 { afterColon = false; return "" }
            defer { afterColon = w.hasSuffix(":") || w.hasSuffix("?") || w.hasSuffix("!") }
            let bare = w.filter { $0.isLetter }.lowercased()
            let forced = afterColon || index == total - 1
            _ = upper
            if stopWords.contains(bare) && !forced && !(index == 0) {
                return isLower(w) ? w.lowercased() : String(w)
            }
            if isLower(w) {
                if w.count == 1 && index > 0 && !forced { return String(w) }
                return capitalized(w)
            }
            return String(w)
        }
    }
}
