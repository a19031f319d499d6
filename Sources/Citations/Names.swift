// cs:names, cs:name, cs:name-part, cs:et-al, cs:substitute and every name option.

extension CSLName {
    var isLiteral: Bool { literal != nil && family == nil }

    /// Splits particles out of family and given names when the input did not (CSL's name parsing).
    func parsed() -> CSLName {
        var n = self
        if parseNames == false { return n }
        // fast path: nothing that particles, suffixes or quotes could hide in
        if let fam = family, !fam.hasASCII(" "), !fam.hasASCII("'"), !fam.hasASCII("-"), !fam.hasASCII("\""),
           !fam.utf8.contains(0xE2), given.map({ !$0.hasASCII(" ") && !$0.hasASCII(",") }) ?? true {
            return n
        }
        if let lit = n.literal, n.family == nil { _ = lit; return n }
        if let fam = n.family, fam.count > 2, fam.hasPrefix("\""), fam.hasSuffix("\"") {
            n.family = String(fam.dropFirst().dropLast())
            return n
        }
        if n.nonDroppingParticle == nil, let fam = n.family, let first = fam.first, first.isLowercase, fam.hasASCII(" ") {
            var words = fam.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particle: [String] = []
            while words.count > 1, let f = words.first?.first, f.isLowercase || words.first!.hasSuffix("'") == true && f.isLowercase {
                particle.append(words.removeFirst())
            }
            if !particle.isEmpty {
                n.nonDroppingParticle = particle.joined(separator: " ")
                // "de' Frinkle": a particle written apart stays apart even when it ends in an apostrophe
                if let p = n.nonDroppingParticle, p.hasSuffix("'") || p.hasSuffix("\u{2019}") { n.nonDroppingParticle = p + " " }
                n.family = words.joined(separator: " ")
            }
        }
        if n.nonDroppingParticle == nil, let fam = n.family, let dash = fam.firstIndex(of: "-"), dash != fam.startIndex,
           fam[fam.startIndex..<dash].allSatisfy({ $0.isLowercase }), fam.distance(from: fam.startIndex, to: dash) <= 3,
           fam.index(after: dash) < fam.endIndex, fam[fam.index(after: dash)].isUppercase {
            n.nonDroppingParticle = String(fam[...dash])
            n.family = String(fam[fam.index(after: dash)...])
        }
        if n.nonDroppingParticle == nil, let fam = n.family, let apo = fam.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           apo != fam.startIndex, fam[fam.startIndex..<apo].allSatisfy({ $0.isLowercase }), fam.distance(from: fam.startIndex, to: apo) <= 3,
           fam.index(after: apo) < fam.endIndex {
            n.nonDroppingParticle = String(fam[...apo])
            n.family = String(fam[fam.index(after: apo)...])
        }
        if n.suffix == nil, let given = n.given, let comma = given.firstIndex(of: ",") {
            var suffix = given[given.index(after: comma)...].trimmingPrefix(" ")
            if suffix.hasPrefix("!") { n.commaSuffix = true; suffix = suffix.dropFirst().trimmingPrefix(" ") }
            n.given = String(given[..<comma])
            if !suffix.isEmpty { n.suffix = String(suffix) }
        }
        if n.droppingParticle == nil, let given = n.given, given.hasASCII(" ") {
            var words = given.split(separator: " ").map(String.init)
            var particle: [String] = []
            while words.count > 1, let l = words.last?.first, l.isLowercase {
                particle.insert(words.removeLast(), at: 0)
            }
            if !particle.isEmpty {
                n.droppingParticle = particle.joined(separator: " ")
                n.given = words.joined(separator: " ")
            }
        }
        return n
    }

    /// Names in CJK scripts: family name first, no space, never initialized.
    var isCJK: Bool {
        for s in ((family ?? "") + (given ?? "")).unicodeScalars {
            let v = s.value
            if (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xAC00...0xD7AF).contains(v) { return true }
        }
        return false
    }

    /// Latin/Cyrillic/Greek (romanesque) names use the western ordering rules.
    var isRomanesque: Bool {
        for s in ((family ?? "") + (given ?? "")).unicodeScalars where s.value > 0x024F {
            let v = s.value
            if (0x0370...0x052F).contains(v) || (0x1E00...0x1FFF).contains(v) || (0x2000...0x206F).contains(v) { continue }
            return false
        }
        return true
    }
}

extension Renderer {
    func renderNames(_ el: NamesElement) -> [Inline] {
        let nameEl = el.name ?? NameElement(options: NameOptions(), decoration: .none)
        var opts = nameEl.options.over(nameOptions)
        if let o = sortNameOverride {
            if let m = o.min { opts.etAlMin = m }
            if let f = o.useFirst { opts.etAlUseFirst = f }
            if let l = o.useLast { opts.etAlUseLast = l }
        }
        calledVariables += 1
        // Which variables have names
        var lists: [(variable: String, names: [CSLName])] = []
        for v in el.variables where !suppressed.contains(v) {
            if let ns = item.names(v), !ns.isEmpty { lists.append((v, ns)) }
        }
        if lists.isEmpty {
            calledVariables -= 1
            guard let sub = el.substitute else { calledVariables += 1; return [] }
            for s in sub {
                var child = s
                if case .names(var n) = s, n.name == nil && n.etAl == nil && n.label == nil {
                    n.name = el.name; n.etAl = el.etAl; n.label = el.label; n.labelBeforeName = el.labelBeforeName
                    if n.delimiter == nil { n.delimiter = el.delimiter }
                    child = .names(n)
                } else if case .names(var n) = s, n.name == nil {
                    n.name = el.name
                    child = .names(n)
                }
                let (c0, n0) = (calledVariables, nonEmptyVariables)
                let hadNames = firstNamesOutput != nil
                substituteDepth += 1
                var out = render(child)
                substituteDepth -= 1
                if !hadNames && firstNamesOutput == nil && !out.isEmpty {
                    // a text stands in for the names: it is "the names" for suppress-author and
                    // subsequent-author-substitute
                    firstNamesOutput = out
                    if let (sub, _, _) = namesSubstitute { out = sub.isEmpty ? [] : [.text(sub)]; firstNamesOutput = [.text("")] }
                    else if suppressFirstNames { out = [] }
                    suppressVariables(in: child)
                    calledVariables = c0 + 1; nonEmptyVariables = n0 + 1
                    return out.isEmpty ? [] : decorate(out, el.decoration)
                }
                if !out.isEmpty || (!hadNames && firstNamesOutput != nil && suppressFirstNames) {
                    suppressVariables(in: child)
                    calledVariables = c0 + 1; nonEmptyVariables = n0 + 1
                    return decorate(out, el.decoration)
                }
            }
            calledVariables += 1
            return []
        }
        nonEmptyVariables += 1
        if substituteDepth > 0 { for l in lists { suppressed.insert(l.variable) } }
        // editor + translator with the same names become one list labelled "editortranslator"
        var merged: [(variable: String, names: [CSLName], term: String)] = lists.map { ($0.variable, $0.names, $0.variable) }
        if let ei = merged.firstIndex(where: { $0.variable == "editor" }), let ti = merged.firstIndex(where: { $0.variable == "translator" }),
           merged[ei].names == merged[ti].names {
            merged[ei].term = "editortranslator"
            merged.remove(at: ti)
        }
        if opts.form == "count" {
            var total = 0
            for l in merged { total += shownCount(l.names.count, opts) }
            return total == 0 ? [] : [.text(String(total))]
        }
        if mode == .sort {
            var keys: [String] = []
            for l in merged {
                let shown = shownCount(l.names.count, opts)
                var list = Array(l.names.prefix(shown))
                if opts.etAlUseLast == true && shown < l.names.count - 1 { list.append(l.names[l.names.count - 1]) }
                if opts.form == "short" {
                    list = list.map { n in var m = n.parsed(); m.given = nil; m.droppingParticle = nil; m.suffix = nil; return m }
                } else if let w = opts.initializeWith {
                    list = list.map { n in
                        var m = n.parsed()
                        if let g = m.given {
                            m.given = Renderer.initialize(g, with: w, initialize: opts.initialize ?? true, hyphen: engine.initializeWithHyphen)
                        }
                        return m
                    }
                }
                keys.append(Sorting.nameKey(list, demote: engine.demoteNonDroppingParticle))
            }
            return [.text(keys.joined(separator: "\u{1}"))]
        }
        var parts: [[Inline]] = []
        let isFirst = firstNamesOutput == nil
        if isFirst, let (sub, rule, prev) = namesSubstitute {
            if rule == "complete-all" {
                firstNamesOutput = [.text("")]
                firstNamesList = merged.first?.names
                return sub.isEmpty ? [] : decorate([.text(sub)], el.decoration)
            }
            substituteName = { i, n in
                switch rule {
                case "complete-each": return true
                case "partial-each": return i < prev.count && prev[i] == n
                default: return i == 0 && prev.first == n
                }
            }
            substituteText = sub
        }
        defer { substituteName = nil }
        for l in merged {
            var names = renderNameList(l.names, variable: l.variable, opts: opts, nameEl: nameEl, etAl: el.etAl)
            if let label = el.label {
                let plural: Bool
                switch label.plural {
                case .always: plural = true
                case .never: plural = false
                case .contextual: plural = l.names.count > 1
                }
                if let t = locale.termText(l.term, form: label.form, plural: plural), !t.isEmpty {
                    let lab = decorate([.text(t)], label.decoration)
                    if el.labelBeforeName {
                        var x = lab; appendMerging(&x, names, punctuationInQuote: piq); names = x
                    } else {
                        appendMerging(&names, lab, punctuationInQuote: piq)
                    }
                }
            }
            parts.append(names)
        }
        let delim = el.delimiter ?? namesDelimiter ?? ""
        let out = joinMerging(parts, delimiter: delim, punctuationInQuote: piq)
        if isFirst {
            firstNamesOutput = out
            firstNamesList = merged.first?.names
            if suppressFirstNames { return [] }
        }
        return decorate(out, el.decoration)
    }


    func suppressVariables(in e: Element) {
        switch e {
        case .names(let n): for v in n.variables { suppressed.insert(v) }
        case .text(let t):
            if case .variable(let v, _) = t.source { suppressed.insert(v) }
            if case .macro(let i) = t.source { for c in engine.macros[i] { suppressVariables(in: c) } }
        case .date(let d): suppressed.insert(d.variable)
        case .number(let n): suppressed.insert(n.variable)
        case .group(let g): for c in g.children { suppressVariables(in: c) }
        case .choose(let c): for b in c.branches where evaluate(b) { for x in b.children { suppressVariables(in: x) }; break }
        default: break
        }
    }

    func etAlLimits(_ opts: NameOptions) -> (min: Int?, useFirst: Int?) {
        var min = opts.etAlMin, first = opts.etAlUseFirst
        if cite.position != .first && mode == .citation {
            if let m = opts.etAlSubsequentMin { min = m }
            if let f = opts.etAlSubsequentUseFirst { first = f }
        }
        return (min, first)
    }

    func shownCount(_ count: Int, _ opts: NameOptions) -> Int {
        let (min, first) = etAlLimits(opts)
        var useFirst = count
        if let min, let first, count >= min { useFirst = first }
        if let extra = disambiguation.etAlUseFirst, mode != .bibliography || true { useFirst = Swift.max(useFirst, Swift.min(extra, count)) }
        return Swift.min(useFirst, count)
    }

    func renderNameList(_ names: [CSLName], variable: String, opts: NameOptions, nameEl: NameElement, etAl: EtAlElement?) -> [Inline] {
        let count = names.count
        let (min, first) = etAlLimits(opts)
        var useFirst = count
        if let min, let first, count >= min, first < count { useFirst = first }
        if let extra = disambiguation.etAlUseFirst, mode == .citation { useFirst = Swift.max(useFirst, Swift.min(extra, count)) }
        if useFirst == 0 { return [] }
        let truncated = useFirst < count
        let delimiter = opts.delimiter ?? ", "
        var rendered: [[Inline]] = []
        var inverted: [Bool] = []
        for (i, n) in names.prefix(useFirst).enumerated() {
            let inv = opts.nameAsSortOrder == "all" || (opts.nameAsSortOrder == "first" && i == 0)
            let level = mode == .citation ? (disambiguation.givenLevels["\(variable)#\(i)"] ?? 0) : 0
            if let f = substituteName, f(i, n), i == rendered.count, rendered.allSatisfy({ $0 == [.text(substituteText)] }) || i == 0 {
                rendered.append([.text(substituteText)])
            } else {
                rendered.append(renderName(n.parsed(), inverted: inv, opts: opts, nameEl: nameEl, level: level))
            }
            inverted.append(inv && !n.isLiteral)
        }
        func precedes(_ rule: String?, defaultRule: String, count: Int, lastInverted: Bool) -> Bool {
            switch rule ?? defaultRule {
            case "always": return true
            case "never": return false
            case "after-inverted-name": return lastInverted
            default: return count >= 2
            }
        }
        // et-al-use-last: first names, an ellipsis, the last name
        if truncated, opts.etAlUseLast == true, useFirst >= 1, count - useFirst >= 2 {
            var out = joinMerging(rendered, delimiter: delimiter, punctuationInQuote: piq)
            appendMerging(&out, [.text(delimiter + "\u{2026} ")], punctuationInQuote: piq)
            let last = names[count - 1].parsed()
            let inv = opts.nameAsSortOrder == "all"
            out.append(contentsOf: renderName(last, inverted: inv, opts: opts, nameEl: nameEl, level: 0))
            return decorate(out, nameEl.decoration)
        }
        var out: [Inline] = []
        let andTerm: String? = opts.and.map { $0 == "symbol" ? "&" : (locale.termText("and") ?? "and") }
        for (i, r) in rendered.enumerated() {
            if i > 0 {
                let isLast = i == rendered.count - 1 && !truncated
                if isLast, let andTerm {
                    let useDelim = precedes(opts.delimiterPrecedesLast, defaultRule: "contextual", count: rendered.count >= 3 ? 2 : 1, lastInverted: inverted[i - 1])
                        && !(rendered.count == 2 && (opts.delimiterPrecedesLast ?? "contextual") == "contextual")
                    appendMerging(&out, [.text(useDelim ? delimiter : " ")], punctuationInQuote: piq)
                    appendMerging(&out, [.text(andTerm + " ")], punctuationInQuote: piq)
                } else {
                    appendMerging(&out, [.text(delimiter)], punctuationInQuote: piq)
                }
            }
            appendMerging(&out, r, punctuationInQuote: piq)
        }
        if truncated {
            let term = etAl?.term ?? "et-al"
            if let t = locale.termText(term), !t.isEmpty {
                let useDelim = precedes(opts.delimiterPrecedesEtAl, defaultRule: "contextual", count: rendered.count, lastInverted: inverted.last ?? false)
                appendMerging(&out, [.text(useDelim ? delimiter : " ")], punctuationInQuote: piq)
                appendMerging(&out, decorate([.text(t)], etAl?.decoration ?? .none), punctuationInQuote: piq)
            }
        }
        return decorate(out, nameEl.decoration)
    }

    /// One name. `level` is the given-name expansion of disambiguation (0 none, 1 initials, 2 full).
    func renderName(_ n: CSLName, inverted: Bool, opts: NameOptions, nameEl: NameElement, level: Int) -> [Inline] {
        if n.family == nil {
            if let lit = n.literal { return decoratePart(RichText.parse(lit), nameEl.family) }
            if let g = n.given { return decoratePart(RichText.parse(g), nameEl.given) }
            return []
        }
        let family = n.family ?? ""
        var form = opts.form ?? "long"
        var initializeWith = opts.initializeWith
        var initialize = opts.initialize ?? true
        if level >= 1 && form == "short" {
            form = "long"
            if level >= 2 { initializeWith = nil }
        } else if level >= 1 && initializeWith != nil {
            initializeWith = nil
        }
        if level >= 2 { initialize = true; initializeWith = nil }
        let ndp = n.nonDroppingParticle
        let dp = n.droppingParticle
        func familyWith(_ particle: String?) -> [Inline] {
            var s = ""
            if let p = particle, !p.isEmpty { s = p + (p.hasSuffix("'") || p.hasSuffix("\u{2019}") || p.hasSuffix("-") || p.hasSuffix(" ") ? "" : " ") }
            return RichText.parse(s + family)
        }
        if form == "short" {
            return decoratePart(familyWith(ndp), nameEl.family)
        }
        var given = n.given ?? ""
        if let w = initializeWith, !n.isCJK {
            given = Renderer.initialize(given, with: w, initialize: initialize, hyphen: engine.initializeWithHyphen)
        }
        if n.isCJK || !n.isRomanesque {
            // family name first, no separator for CJK
            let sep = n.isCJK ? "" : " "
            var out = decoratePart(familyWith(ndp), nameEl.family)
            if !given.isEmpty { appendMerging(&out, [.text(sep)], punctuationInQuote: false); out += decoratePart(RichText.parse(given), nameEl.given) }
            return out
        }
        let suffix = n.suffix ?? ""
        let sortSep = opts.sortSeparator ?? ", "
        // formatting of a name part without its affixes; affixes go around the whole group
        func fmt(_ text: String, _ part: NamePartElement?) -> [Inline] {
            guard !text.isEmpty else { return [] }
            var d = part?.decoration ?? .none
            d.prefix = ""; d.suffix = ""
            return decorate(RichText.parse(text), d)
        }
        func affix(_ c: [Inline], _ part: NamePartElement?) -> [Inline] {
            guard let part, !c.isEmpty, !part.decoration.prefix.isEmpty || !part.decoration.suffix.isEmpty else { return c }
            return [.text(part.decoration.prefix)] + c + [.text(part.decoration.suffix)]
        }
        func glue(_ pieces: [(String, [Inline])]) -> [Inline] {
            var out: [Inline] = []
            var previous: String?
            for (text, inl) in pieces where !inl.isEmpty {
                if let p = previous {
                    if !(p.hasSuffix("'") || p.hasSuffix("\u{2019}") || p.hasSuffix("-") || p.hasSuffix(" ")) { out.append(.text(" ")) }
                }
                out += inl
                previous = text
            }
            return out
        }
        if n.staticOrdering && !inverted {
            var out = affix(glue([(ndp ?? "", fmt(ndp ?? "", nameEl.family)), (family, fmt(family, nameEl.family))]), nameEl.family)
            if !given.isEmpty { out.append(.text(" ")); out += affix(fmt(given, nameEl.given), nameEl.given) }
            return out
        }
        if inverted {
            let demote = engine.demoteNonDroppingParticle
            var familyPieces: [(String, [Inline])] = []
            var givenPieces: [(String, [Inline])] = [(given, fmt(given, nameEl.given))]
            if let dp { givenPieces.append((dp, fmt(dp, nameEl.given))) }
            if demote == "never" || demote == "sort-only" {
                if let ndp { familyPieces.append((ndp, fmt(ndp, nameEl.family))) }
            } else if let ndp {
                givenPieces.append((ndp, fmt(ndp, nameEl.family)))
            }
            familyPieces.append((family, fmt(family, nameEl.family)))
            var out = affix(glue(familyPieces), nameEl.family)
            let g = glue(givenPieces)
            if !g.isEmpty {
                out.append(.text(sortSep))
                out += affix(g, nameEl.given)
            }
            if !suffix.isEmpty { out.append(.text(sortSep + suffix)) }
            return out
        }
        var familyPieces: [(String, [Inline])] = []
        if let dp { familyPieces.append((dp, fmt(dp, nameEl.given))) }
        if let ndp { familyPieces.append((ndp, fmt(ndp, nameEl.family))) }
        familyPieces.append((family, fmt(family, nameEl.family)))
        var familyGroup = glue(familyPieces)
        if !suffix.isEmpty { familyGroup.append(.text((n.commaSuffix ? ", " : " ") + suffix)) }
        var out: [Inline] = []
        if !given.isEmpty {
            out = affix(fmt(given, nameEl.given), nameEl.given)
            let endsInSpace = (nameEl.given?.decoration.suffix.last).map { $0 == " " || $0 == "\u{00A0}" } ?? false
            if !endsInSpace { out.append(.text(" ")) }
        }
        out += affix(familyGroup, nameEl.family)
        return out
    }

    func decoratePart(_ c: [Inline], _ part: NamePartElement?) -> [Inline] {
        guard let part else { return c }
        return decorate(c, part.decoration)
    }

    /// "John Paul" → "J. P."; "Jean-Luc" → "J.-L."; initialize=false keeps full names but normalises
    /// initials (the algorithm of citeproc-js, which the test suite encodes).
    static func initialize(_ name: String, with terminator: String, initialize: Bool, hyphen: Bool) -> String {
        let key = InitialsCache.Key(name: name, terminator: terminator, initialize: initialize, hyphen: hyphen)
        if let hit = InitialsCache.shared.get(key) { return hit }
        let value = computeInitials(name, with: terminator, initialize: initialize, hyphen: hyphen)
        InitialsCache.shared.set(key, value)
        return value
    }

    static func computeInitials(_ name: String, with terminator: String, initialize: Bool, hyphen: Bool) -> String {
        if name.isEmpty { return "" }
        if name == "Lord" || name == "Lady" { return name }
        var text = name
        if !hyphen { text = text.replacingAll("-", " ") }
        // normalise spaces around hyphens, mark "-lowercase" as a non-splitting dash
        var norm = ""
        var chars = Array(text)
        var k = 0
        while k < chars.count {
            if chars[k] == "-" {
                while norm.last == " " { norm.removeLast() }
                var m = k + 1
                while m < chars.count && chars[m] == " " { m += 1 }
                if m < chars.count && chars[m].isLowercase { norm.append("\u{2013}") } else { norm.append("-") }
                k = m
                continue
            }
            if chars[k] == " " && norm.last == " " { k += 1; continue }
            norm.append(chars[k]); k += 1
        }
        chars = Array(norm)
        // alternate tokens and separators
        var list: [String] = []
        var cur = "", sep = ""
        for c in chars {
            if c == " " || c == "-" {
                if !cur.isEmpty || list.isEmpty { list.append(cur); cur = "" }
                sep.append(c)
            } else {
                if !sep.isEmpty { list.append(sep); sep = "" }
                cur.append(c)
            }
        }
        list.append(cur)
        if !sep.isEmpty { list.append(sep); list.append("") }
        // split tokens with inner periods: "M.E" → "M." " " "E."
        var i = list.count - 1
        while i >= 0 {
            let t = list[i]
            if i % 2 == 0, t.dropLast().contains(".") {
                let mid = t.dropLast().split(separator: ".", omittingEmptySubsequences: false)
                var repl: [String] = []
                for (j, piece) in mid.enumerated() {
                    repl.append(String(piece) + ".")
                    if j < mid.count - 1 { repl.append(" ") }
                }
                if t.last != "." { repl[repl.count - 1] = String(mid.last!) + String(t.last!) }
                list.replaceSubrange(i...i, with: repl)
            }
            i -= 1
        }
        var out = initialize ? doInitialize(list, terminator) : doNormalize(list, terminator)
        out = out.replacingAll("\u{2013}", "-")
        return out
    }

    private static func isRomanesque(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x0370...0x052F).contains($0.value) || (0x1E00...0x1FFF).contains($0.value) }
    }

    private static func cleanup(_ s: String) -> String {
        var t = s
        while let l = t.last, l == " " || l == "\u{00A0}" || l == "\t" { t.removeLast() }
        // "\s*-\s*" → "-"; runs of spaces → one
        var out = ""
        for c in t {
            if c == "-" { while out.last == " " { out.removeLast() }; out.append(c); continue }
            if c == " " && (out.last == " " || out.last == "-") { continue }
            out.append(c)
        }
        return out
    }

    private static func doNormalize(_ input: [String], _ terminator: String) -> String {
        var list = input
        var isAbbrev: [Bool] = []
        for i in list.indices {
            if list[i].count > 1 && list[i].hasSuffix(".") {
                list[i].removeLast(); isAbbrev.append(true)
            } else if list[i].count == 1 && list[i].uppercased() == list[i] {
                isAbbrev.append(true)
            } else {
                isAbbrev.append(false)
            }
        }
        var i = 0
        while i < list.count {
            if isAbbrev[i] {
                if i < list.count - 2 {
                    list[i + 1] = ""
                    if (terminator.isEmpty || terminator.last != " ") && !list[i].isEmpty && !isRomanesque(list[i])
                        && (list[i].count > 1 || list[i + 2].count > 1) {
                        list[i + 1] = " "
                    }
                    list[i] += terminator
                }
                if i == list.count - 1 { list[i] += terminator }
            }
            i += 2
        }
        return cleanup(list.joined())
    }

    private static func doInitialize(_ input: [String], _ terminator: String) -> String {
        var list = input
        var i = 0
        let n = list.count
        while i < n {
            let token = list[i]
            if token.isEmpty { i += 2; continue }
            let chars = Array(token)
            let first = chars[0]
            if token.count > 2 && token.hasSuffix(".") && first.isUppercase {
                // an abbreviation ("Ph.", "Me.") is kept, with the terminator for its period
                list[i] = String(token.dropLast())
                if i < n - 1 {
                    if list[i + 1].hasASCII("-") { list[i + 1] = terminator + list[i + 1] } else { list[i + 1] = terminator }
                } else {
                    list[i] += terminator
                }
            } else if first.isUppercase && first.isLetter {
                // letters after the initial
                var j = 1
                while j < chars.count && chars[j].isLetter { j += 1 }
                let rest = chars[1..<j]
                var upperRun = ""
                for c in rest { if c.isUppercase { upperRun.append(c) } else { break } }
                var extra = ""
                if upperRun.count < rest.count { extra = upperRun.lowercased() }
                list[i] = String(first) + extra
                if i < n - 1 {
                    if list[i + 1].hasASCII("-") { list[i + 1] = terminator + list[i + 1] } else { list[i + 1] = terminator }
                } else {
                    list[i] += terminator
                }
            } else if isRomanesque(token) {
                list[i] = " " + token
            }
            i += 2
        }
        return cleanup(list.joined())
    }

}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String {
        guard let f = a.utf8.first, utf8.contains(f) else { return self }
        var out = "", rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            out += rest[..<r.lowerBound]; out += b
            rest = rest[r.upperBound...]
        }
        if out.isEmpty && rest.count == count { return self }
        return out + rest
    }

    /// Byte test for ASCII characters (no Foundation, no Character decoding).
    @inline(__always) func hasASCII(_ c: Unicode.Scalar) -> Bool { utf8.contains(UInt8(c.value)) }
}


/// Initials are computed once per distinct given name (a bibliography repeats its authors).
final class InitialsCache: @unchecked Sendable {
    struct Key: Hashable { var name: String; var terminator: String; var initialize: Bool; var hyphen: Bool }
    static let shared = InitialsCache()
    private let lock = NSLockLite()
    private var table: [Key: String] = [:]
    func get(_ k: Key) -> String? { lock.lock(); defer { lock.unlock() }; return table[k] }
    func set(_ k: Key, _ v: String) {
        lock.lock(); defer { lock.unlock() }
        if table.count > 50_000 { table.removeAll(keepingCapacity: true) }
        table[k] = v
    }
}
