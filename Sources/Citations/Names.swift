// cs:names, cs:name, cs:name-part, cs:et-al, cs:substitute and every name option.

extension CSLName {
    var isLiteral: Bool { literal != nil && family == nil }

    /// Splits particles out of family and given names when the input did not (CSL's name parsing).
    func parsed() -> CSLName {
        var n = self
        if parseNames == false { return n }
        if let lit = n.literal, n.family == nil { _ = lit; return n }
        if n.nonDroppingParticle == nil, let fam = n.family, let first = fam.first, first.isLowercase, fam.contains(" ") {
            var words = fam.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particle: [String] = []
            while words.count > 1, let f = words.first?.first, f.isLowercase || words.first!.hasSuffix("'") == true && f.isLowercase {
                particle.append(words.removeFirst())
            }
            if !particle.isEmpty {
                n.nonDroppingParticle = particle.joined(separator: " ")
                n.family = words.joined(separator: " ")
            }
        }
        if n.nonDroppingParticle == nil, let fam = n.family, let apo = fam.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           apo != fam.startIndex, fam[fam.startIndex..<apo].allSatisfy({ $0.isLowercase }), fam.distance(from: fam.startIndex, to: apo) <= 3,
           fam.index(after: apo) < fam.endIndex {
            n.nonDroppingParticle = String(fam[...apo])
            n.family = String(fam[fam.index(after: apo)...])
        }
        if n.droppingParticle == nil, let given = n.given, given.contains(" ") {
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
                let out = render(child)
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
        for l in lists { suppressedAfterUse(l.variable) }
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

    /// In a bibliography, substituted variables are suppressed for the rest of the entry.
    func suppressedAfterUse(_ v: String) {}

    func suppressVariables(in e: Element) {
        switch e {
        case .names(let n): for v in n.variables { suppressed.insert(v) }
        case .text(let t):
            if case .variable(let v, _) = t.source { suppressed.insert(v) }
            if case .macro(let i) = t.source { for c in engine.style.macros[i] { suppressVariables(in: c) } }
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
            if let p = particle, !p.isEmpty { s = p + (p.hasSuffix("'") || p.hasSuffix("\u{2019}") || p.hasSuffix("-") ? "" : " ") }
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
        if inverted || n.staticOrdering {
            if n.staticOrdering && !inverted {
                var out = decoratePart(familyWith(ndp), nameEl.family)
                if !given.isEmpty { out.append(.text(" ")); out += decoratePart(RichText.parse(given), nameEl.given) }
                return out
            }
            let demote = engine.demoteNonDroppingParticle
            var out: [Inline]
            var givenPart = given
            if demote == "never" {
                out = decoratePart(familyWith(ndp), nameEl.family)
                if let dp { givenPart += (givenPart.isEmpty ? "" : " ") + dp }
            } else {
                out = decoratePart(familyWith(nil), nameEl.family)
                if let dp { givenPart += (givenPart.isEmpty ? "" : " ") + dp }
                if let ndp { givenPart += (givenPart.isEmpty ? "" : " ") + ndp }
            }
            if !givenPart.isEmpty {
                out.append(.text(sortSep))
                out += decoratePart(RichText.parse(givenPart), nameEl.given)
            }
            if !suffix.isEmpty { out.append(.text(sortSep + suffix)) }
            return out
        }
        var out: [Inline] = []
        if !given.isEmpty {
            var g = given
            if let dp { g += " " + dp }
            out = decoratePart(RichText.parse(g), nameEl.given)
            out.append(.text(" "))
        } else if let dp {
            out = [.text(dp + " ")]
        }
        out += decoratePart(familyWith(ndp), nameEl.family)
        if !suffix.isEmpty { out.append(.text((n.commaSuffix ? ", " : " ") + suffix)) }
        return out
    }

    func decoratePart(_ c: [Inline], _ part: NamePartElement?) -> [Inline] {
        guard let part else { return c }
        return decorate(c, part.decoration)
    }

    /// "John Paul" → "J. P."; "Jean-Luc" → "J.-L."; initialize=false keeps full names but normalises initials.
    static func initialize(_ given: String, with w: String, initialize: Bool, hyphen: Bool) -> String {
        var out = ""
        let words = given.split(separator: " ", omittingEmptySubsequences: true)
        let trimmed = w.trimmingSpaces
        for (wi, word) in words.enumerated() {
            let pieces = word.split(separator: "-", omittingEmptySubsequences: true)
            for (pi, piece) in pieces.enumerated() {
                let letters = piece.filter { $0 != "." }
                let isInitial = piece.hasSuffix(".") && letters.count <= 2 || (letters.count == 1 && letters.first!.isUppercase)
                var rendered: String
                if !initialize && !isInitial {
                    rendered = String(piece) + " "
                } else if let f = letters.first {
                    if f.isLowercase && !isInitial {
                        // a lowercase particle inside a given name stays as it is
                        rendered = String(piece) + " "
                    } else {
                        rendered = String(f).uppercased() + (letters.count == 2 && piece.hasSuffix(".") && letters.last!.isLowercase ? String(letters.last!) : "") + w
                    }
                } else { continue }
                if pi > 0 {
                    // hyphenated: "J.-L."
                    while out.last == " " { out.removeLast() }
                    if hyphen { out += "-" } else if trimmed.isEmpty { }
                }
                out += rendered
            }
            _ = wi
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}
