// Compiles the XML of a style (and of locales) into the model of StyleModel.swift / Locale.swift,
// refusing what is not CSL with an error at FILE:LINE:COLUMN.

struct StyleParser {
    let file: String
    /// Macro name → index in `macroBodies`; filled before any layout is compiled.
    var macroIndex: [String: Int] = [:]

    func error(_ message: String, _ e: XElement) -> CSLError {
        CSLError(message, file: file, line: e.line, column: e.column)
    }

    // MARK: Attributes

    func decoration(_ e: XElement) throws(CSLError) -> Decoration {
        var d = Decoration()
        d.prefix = e["prefix"] ?? ""
        d.suffix = e["suffix"] ?? ""
        d.formatting = try formatting(e)
        d.display = e["display"]
        if let v = d.display, !["block", "left-margin", "right-inline", "indent"].contains(v) {
            throw error("display=\"\(v)\" is not block, left-margin, right-inline or indent", e)
        }
        d.quotes = e["quotes"] == "true"
        d.stripPeriods = e["strip-periods"] == "true"
        if let tc = e["text-case"] {
            guard let c = TextCase(rawValue: tc) else { throw error("unknown text-case \"\(tc)\"", e) }
            d.textCase = c
        }
        return d
    }

    func formatting(_ e: XElement) throws(CSLError) -> Formatting {
        var f = Formatting()
        if let v = e["font-style"] {
            switch v {
            case "normal": f.fontStyle = .normal
            case "italic": f.fontStyle = .italic
            case "oblique": f.fontStyle = .oblique
            default: throw error("unknown font-style \"\(v)\"", e)
            }
        }
        if let v = e["font-variant"] {
            switch v {
            case "normal": f.fontVariant = .normal
            case "small-caps": f.fontVariant = .smallCaps
            default: throw error("unknown font-variant \"\(v)\"", e)
            }
        }
        if let v = e["font-weight"] {
            switch v {
            case "normal": f.fontWeight = .normal
            case "bold": f.fontWeight = .bold
            case "light": f.fontWeight = .light
            default: throw error("unknown font-weight \"\(v)\"", e)
            }
        }
        if let v = e["text-decoration"] {
            switch v {
            case "none": f.textDecoration = TextDecoration.none
            case "underline": f.textDecoration = .underline
            default: throw error("unknown text-decoration \"\(v)\"", e)
            }
        }
        if let v = e["vertical-align"] {
            switch v {
            case "baseline": f.verticalAlign = .baseline
            case "sup": f.verticalAlign = .sup
            case "sub": f.verticalAlign = .sub
            default: throw error("unknown vertical-align \"\(v)\"", e)
            }
        }
        return f
    }

    func termForm(_ e: XElement, default d: TermForm = .long) throws(CSLError) -> TermForm {
        guard let v = e["form"] else { return d }
        guard let f = TermForm(rawValue: v) else { throw error("unknown form \"\(v)\"", e) }
        return f
    }

    func int(_ e: XElement, _ name: String) throws(CSLError) -> Int? {
        guard let v = e[name] else { return nil }
        guard let n = Int(v.trimmingSpaces), n >= 0 else { throw error("\(name) must be a non-negative integer, not \"\(v)\"", e) }
        return n
    }

    func nameOptions(_ e: XElement, prefixed: Bool) throws(CSLError) -> NameOptions {
        var o = NameOptions()
        o.and = e["and"]
        if let a = o.and, a != "text" && a != "symbol" { throw error("and=\"\(a)\" is not text or symbol", e) }
        o.delimiter = prefixed ? e["name-delimiter"] : e["delimiter"]
        o.delimiterPrecedesEtAl = e["delimiter-precedes-et-al"]
        o.delimiterPrecedesLast = e["delimiter-precedes-last"]
        o.etAlMin = try int(e, "et-al-min")
        o.etAlUseFirst = try int(e, "et-al-use-first")
        o.etAlSubsequentMin = try int(e, "et-al-subsequent-min")
        o.etAlSubsequentUseFirst = try int(e, "et-al-subsequent-use-first")
        if let v = e["et-al-use-last"] { o.etAlUseLast = v == "true" }
        o.form = prefixed ? e["name-form"] : e["form"]
        if let v = e["initialize"] { o.initialize = v == "true" }
        o.initializeWith = e["initialize-with"]
        o.nameAsSortOrder = e["name-as-sort-order"]
        o.sortSeparator = e["sort-separator"]
        return o
    }

    // MARK: Elements

    func children(_ e: XElement) throws(CSLError) -> [Element] {
        var out: [Element] = []
        for c in e.elements { out.append(try element(c)) }
        return out
    }

    func element(_ e: XElement) throws(CSLError) -> Element {
        switch e.name {
        case "text": return .text(try text(e))
        case "number":
            guard let v = e["variable"] else { throw error("<number> needs a variable", e) }
            let form = NumberForm(rawValue: e["form"] ?? "numeric")
            guard let form else { throw error("unknown number form \"\(e["form"]!)\"", e) }
            return .number(NumberElement(variable: v, form: form, decoration: try decoration(e)))
        case "label": return .label(try label(e))
        case "date": return .date(try date(e, inLocale: false))
        case "names": return .names(try names(e))
        case "group":
            return .group(GroupElement(children: try children(e), delimiter: e["delimiter"] ?? "", decoration: try decoration(e)))
        case "choose": return .choose(try choose(e))
        default:
            throw error("<\(e.name)> is not a CSL rendering element", e)
        }
    }

    func text(_ e: XElement) throws(CSLError) -> TextElement {
        let source: TextSource
        if let v = e["variable"] {
            source = .variable(v, short: e["form"] == "short")
        } else if let m = e["macro"] {
            guard let i = macroIndex[m] else { throw error("macro \"\(m)\" is not defined", e) }
            source = .macro(i)
        } else if let t = e["term"] {
            source = .term(t, try termForm(e), plural: e["plural"] == "true")
        } else if let v = e["value"] {
            source = .value(v)
        } else {
            throw error("<text> needs one of variable, macro, term or value", e)
        }
        return TextElement(source: source, decoration: try decoration(e))
    }

    func label(_ e: XElement) throws(CSLError) -> LabelElement {
        let p = e["plural"] ?? "contextual"
        guard let plural = Plural(rawValue: p) else { throw error("unknown plural \"\(p)\"", e) }
        return LabelElement(variable: e["variable"] ?? "", form: try termForm(e), plural: plural, decoration: try decoration(e))
    }

    func date(_ e: XElement, inLocale: Bool) throws(CSLError) -> DateElement {
        let variable = e["variable"] ?? ""
        if !inLocale && variable.isEmpty { throw error("<date> needs a variable", e) }
        let form = e["form"]
        if let f = form, f != "text" && f != "numeric" { throw error("date form \"\(f)\" is not text or numeric", e) }
        var parts: [DatePartElement] = []
        for c in e.elements {
            guard c.name == "date-part" else { throw error("<\(c.name)> cannot be inside <date>", c) }
            guard let n = c["name"], let name = DatePartName(rawValue: n) else {
                throw error("<date-part> needs name=\"year\", \"month\" or \"day\"", c)
            }
            parts.append(DatePartElement(name: name, form: c["form"], rangeDelimiter: c["range-delimiter"], decoration: try decoration(c)))
        }
        return DateElement(variable: variable, form: form, dateParts: e["date-parts"] ?? "year-month-day", parts: parts,
                           delimiter: e["delimiter"] ?? "", decoration: try decoration(e))
    }

    func names(_ e: XElement) throws(CSLError) -> NamesElement {
        let vars = (e["variable"] ?? "").split(separator: " ").map(String.init)
        var n = NamesElement(variables: vars, name: nil, etAl: nil, label: nil, labelBeforeName: false, substitute: nil,
                             delimiter: e["delimiter"], decoration: try decoration(e))
        for c in e.elements {
            switch c.name {
            case "name":
                var ne = NameElement(options: try nameOptions(c, prefixed: false), decoration: try decoration(c))
                for p in c.elements {
                    guard p.name == "name-part" else { throw error("<\(p.name)> cannot be inside <name>", p) }
                    let part = NamePartElement(decoration: try decoration(p))
                    switch p["name"] {
                    case "family": ne.family = part
                    case "given": ne.given = part
                    default: throw error("<name-part> needs name=\"family\" or \"given\"", p)
                    }
                }
                n.name = ne
            case "et-al":
                n.etAl = EtAlElement(term: c["term"] ?? "et-al", decoration: try decoration(c))
            case "label":
                n.label = try label(c)
                n.labelBeforeName = n.name == nil
            case "substitute":
                n.substitute = try children(c)
            default:
                throw error("<\(c.name)> cannot be inside <names>", c)
            }
        }
        return n
    }

    func choose(_ e: XElement) throws(CSLError) -> ChooseElement {
        var branches: [ChooseBranch] = []
        for (i, c) in e.elements.enumerated() {
            switch c.name {
            case "if", "else-if":
                if (c.name == "if") != (i == 0) { throw error("<\(c.name)> in the wrong place in <choose>", c) }
                var conds: [Condition] = []
                func list(_ name: String) -> [String] { (c[name] ?? "").split(separator: " ").map(String.init) }
                if let d = c["disambiguate"] { conds.append(.disambiguate(d == "true")) }
                conds += list("is-numeric").map { .isNumeric($0) }
                conds += list("is-uncertain-date").map { .isUncertainDate($0) }
                conds += list("locator").map { .locator($0) }
                conds += list("position").map { .position($0) }
                conds += list("type").map { .type($0) }
                conds += list("variable").map { .variable($0) }
                if conds.isEmpty { throw error("<\(c.name)> has no condition", c) }
                let m = c["match"] ?? "all"
                guard let match = Match(rawValue: m) else { throw error("unknown match \"\(m)\"", c) }
                branches.append(ChooseBranch(conditions: conds, match: match, children: try children(c)))
            case "else":
                if i != e.elements.count - 1 || i == 0 { throw error("<else> must be the last branch of <choose>", c) }
                branches.append(ChooseBranch(conditions: [], match: .all, children: try children(c)))
            default:
                throw error("<\(c.name)> cannot be inside <choose>", c)
            }
        }
        if branches.isEmpty { throw error("<choose> needs an <if>", e) }
        return ChooseElement(branches: branches)
    }

    func layout(_ e: XElement) throws(CSLError) -> Layout {
        Layout(children: try children(e), delimiter: e["delimiter"] ?? "", decoration: try decoration(e))
    }

    func sort(_ e: XElement) throws(CSLError) -> [SortKey] {
        var keys: [SortKey] = []
        for k in e.elements {
            guard k.name == "key" else { throw error("<\(k.name)> cannot be inside <sort>", k) }
            let source: SortKey.Source
            if let v = k["variable"] { source = .variable(v) }
            else if let m = k["macro"] {
                guard let i = macroIndex[m] else { throw error("macro \"\(m)\" is not defined", k) }
                source = .macro(i)
            } else { throw error("<key> needs a variable or a macro", k) }
            var useLast: Bool?
            if let v = k["names-use-last"] { useLast = v == "true" }
            keys.append(SortKey(source: source, ascending: k["sort"] != "descending",
                                namesMin: try int(k, "names-min"), namesUseFirst: try int(k, "names-use-first"),
                                namesUseLast: useLast))
        }
        return keys
    }

    func renderingContext(_ e: XElement) throws(CSLError) -> RenderingContext {
        var layoutElement: XElement?
        var sortKeys: [SortKey] = []
        for c in e.elements {
            switch c.name {
            case "layout": if layoutElement == nil { layoutElement = c }
            case "sort": sortKeys = try sort(c)
            default: throw error("<\(c.name)> cannot be inside <\(e.name)>", c)
            }
        }
        guard let l = layoutElement else { throw error("<\(e.name)> needs a <layout>", e) }
        var attrs: [String: String] = [:]
        for a in e.attributes { attrs[a.name] = a.value }
        return RenderingContext(layout: try layout(l), sort: sortKeys, nameOptions: try nameOptions(e, prefixed: true),
                                namesDelimiter: e["names-delimiter"], attributes: attrs)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
