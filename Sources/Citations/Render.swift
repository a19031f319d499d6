// Evaluates the compiled style for one item and one cite: text, number, label, group, choose and
// decoration. Names and dates are in Names.swift and Dates.swift.

/// Where a cite stands among the citations (note styles).
public enum CSLPosition: Int, Sendable, Hashable, Comparable {
    case first, subsequent, ibid, ibidWithLocator
    public static func < (a: CSLPosition, b: CSLPosition) -> Bool { a.rawValue < b.rawValue }
}

/// Per-item disambiguation choices, made by Disambiguation.swift and read by the renderer.
struct DisambiguationState: Sendable, Hashable {
    /// Extra names shown beyond et-al-use-first (add-names).
    var etAlUseFirst: Int?
    /// Given-name expansion level per name (keyed by "variable#index"): 1 = initials, 2 = full.
    var givenLevels: [String: Int] = [:]
    /// 1-based year-suffix (1 = "a").
    var yearSuffix: Int?
    /// The `disambiguate="true"` condition.
    var condition = false
}

/// One cite as the renderer sees it.
struct CiteContext: Sendable {
    var locator: String?
    var label: String?
    var position: CSLPosition = .first
    var nearNote = false
    var citationNumber: Int?
    var firstReferenceNoteNumber: Int?
}

enum RenderMode { case citation, bibliography, sort }

/// Renders elements for one item. Mutable state is confined to one render.
final class Renderer {
    let engine: Engine
    let item: CSLItem
    let cite: CiteContext
    let disambiguation: DisambiguationState
    let mode: RenderMode
    var nameOptions: NameOptions
    var namesDelimiter: String?
    /// Sort-key overrides (names-min, names-use-first, names-use-last).
    var sortNameOverride: (min: Int?, useFirst: Int?, useLast: Bool?)?
    /// Variables consumed by a substitute (suppressed for the rest of the render).
    var suppressed: Set<String> = []
    var calledVariables = 0
    var nonEmptyVariables = 0
    var yearSuffixDone = false
    var warnings: [String] = []
    /// When set, names render only the first names element (author-only / suppress-author helpers).
    var firstNamesOutput: [Inline]?
    /// The names of the first names element that rendered (subsequent-author-substitute).
    var firstNamesList: [CSLName]?
    /// Leave out the first names element (suppress-author, collapsing).
    var suppressFirstNames = false
    /// subsequent-author-substitute: (text, rule, the previous entry's names).
    var namesSubstitute: (String, String, [CSLName])?
    var substituteName: ((Int, CSLName) -> Bool)?
    var substituteText = ""
    /// > 0 while a cs:substitute renders: names used there are suppressed at once.
    var substituteDepth = 0

    init(engine: Engine, item: CSLItem, cite: CiteContext, disambiguation: DisambiguationState, mode: RenderMode,
         context: RenderingContext?) {
        self.engine = engine; self.item = item; self.cite = cite; self.disambiguation = disambiguation; self.mode = mode
        let base = engine.style.nameOptions
        nameOptions = (context?.nameOptions).map { $0.over(base) } ?? base
        namesDelimiter = context?.namesDelimiter ?? engine.style.namesDelimiter
        yearSuffixDone = engine.styleRendersYearSuffix
    }

    var locale: ResolvedLocale { engine.locale }
    var piq: Bool { engine.punctuationInQuote }

    // MARK: Elements

    func render(_ elements: [Element], delimiter: String = "") -> [Inline] {
        if elements.count == 1 { return render(elements[0], delimiter: delimiter) }
        var parts: [[Inline]] = []
        for e in elements { parts.append(render(e, delimiter: delimiter)) }
        return joinMerging(parts, delimiter: delimiter, punctuationInQuote: piq)
    }

    /// Renders one element. `delimiter` is the enclosing group's: the elements of a `choose` branch
    /// stand in the group as if written there, so the group's delimiter goes between them too.
    func render(_ e: Element, delimiter: String = "") -> [Inline] {
        switch e {
        case .text(let t): return renderText(t)
        case .number(let n): return renderNumber(n)
        case .label(let l): return renderLabel(l)
        case .date(let d): return renderDate(d)
        case .names(let n): return renderNames(n)
        case .group(let g): return renderGroup(g)
        case .choose(let c):
            for b in c.branches where evaluate(b) { return render(b.children, delimiter: delimiter) }
            return []
        }
    }

    func decorate(_ content: [Inline], _ d: Decoration) -> [Inline] {
        if content.isEmpty { return [] }
        var c = content
        if d.stripPeriods { c = TextCaser.stripPeriods(c) }
        if let tc = d.textCase { c = applyTextCase(tc, c) }
        if d.quotes { c = [.quoted(c)] }
        if !d.formatting.isEmpty { c = [.styled(d.formatting, c)] }
        if !d.prefix.isEmpty || !d.suffix.isEmpty {
            var out: [Inline] = []
            if !d.prefix.isEmpty { out = [.text(d.prefix)] }
            appendMerging(&out, c, punctuationInQuote: piq)
            if !d.suffix.isEmpty { appendMerging(&out, [.text(d.suffix)], punctuationInQuote: piq) }
            c = out
        }
        if let disp = d.display { c = [.display(disp, c)] }
        return c
    }

    /// A layout's formatting encloses its affixes.
    func decorateLayout(_ content: [Inline], _ d: Decoration) -> [Inline] {
        var inner = d
        inner.formatting = Formatting()
        let out = decorate(content, inner)
        if out.isEmpty || d.formatting.isEmpty { return out }
        return [.styled(d.formatting, out)]
    }

    func applyTextCase(_ tc: TextCase, _ c: [Inline]) -> [Inline] {
        if tc == .title {
            if let lang = item.text("language"), !lang.isEmpty {
                if !lang.lowercased().hasPrefix("en") { return c }
            } else if !engine.isEnglish {
                return c
            }
        }
        return TextCaser.apply(tc, c)
    }

    // MARK: Variables

    /// The text of a standard or number variable, with the cite's own variables.
    func variableText(_ name: String) -> String? {
        if suppressed.contains(name) { return nil }
        switch name {
        case "locator": return cite.locator
        case "citation-number": return cite.citationNumber.map(String.init)
        case "first-reference-note-number":
            return cite.position == .first ? nil : cite.firstReferenceNoteNumber.map(String.init)
        case "year-suffix": return disambiguation.yearSuffix.map(Renderer.yearSuffixLetters)
        case "citation-label": return item.text(name) ?? citationLabel()
        case "page-first":
            if let v = item.text("page-first"), !v.isEmpty { return v }
            guard let p = item.text("page"), !p.isEmpty else { return nil }
            let first = p.prefix { $0 != "-" && $0 != "\u{2013}" && $0 != "," && $0 != "&" }
            return String(first).trimmingSpaces
        default:
            guard let v = item.text(name), !v.isEmpty else { return nil }
            return v
        }
    }

    func citationLabel() -> String? {
        guard let names = item.names("author") ?? item.names("editor"), !names.isEmpty else { return nil }
        var s = ""
        for n in names.prefix(4) { s += String((n.family ?? n.literal ?? "").prefix(names.count == 1 ? 4 : 2)) }
        if let y = item.date("issued")?.parts.first?.first { s += String(String(y).suffix(2)) }
        return s
    }

    static func yearSuffixLetters(_ n: Int) -> String {
        var n = n, s = ""
        repeat {
            n -= 1
            s = String(UnicodeScalar(UInt8(97 + n % 26))) + s
            n /= 26
        } while n > 0
        return s
    }

    func hasVariable(_ name: String) -> Bool {
        if suppressed.contains(name) { return false }
        switch item.variables[name] {
        case .text(let t)?: return !t.isEmpty
        case .names(let n)?: return !n.isEmpty
        case .date(let d)?: return !d.parts.isEmpty || d.literal != nil || d.raw != nil
        case nil:
            switch name {
            case "locator": return cite.locator != nil
            case "citation-number": return cite.citationNumber != nil
            case "first-reference-note-number": return cite.position != .first && cite.firstReferenceNoteNumber != nil
            case "year-suffix": return disambiguation.yearSuffix != nil
            default: return false
            }
        }
    }

    func renderText(_ t: TextElement) -> [Inline] {
        switch t.source {
        case .value(let v):
            return decorate(RichText.parse(v), t.decoration)
        case .term(let name, let form, let plural):
            guard let s = locale.termText(name, form: form, plural: plural), !s.isEmpty else { return [] }
            return decorate([.text(s)], t.decoration)
        case .macro(let i):
            let c0 = calledVariables
            let content = render(engine.macros[i])
            // a macro that renders something without calling any variable (a term chosen by a
            // condition) counts as a non-empty variable for group suppression
            if !content.isBlank && calledVariables == c0 { calledVariables += 1; nonEmptyVariables += 1 }
            return decorate(content, t.decoration)
        case .variable(let name, let short):
            calledVariables += 1
            var value: String?
            if short {
                value = variableText(name + "-short")
                if value == nil && name == "container-title" { value = variableText("journalAbbreviation") }
                if value == nil { value = variableText(name) }
                if let v = value, let abbr = engine.abbreviation(name, v) { value = abbr }
            } else {
                value = variableText(name)
            }
            guard var v = value else { return [] }
            nonEmptyVariables += 1
            if name == "year-suffix" { yearSuffixDone = true }
            if name == "page" { v = engine.formatPageRange(v) }
            if name == "locator" { v = Numbers.pageRange(v, format: nil, delimiter: "\u{2013}") }
            if v.hasASCII("\\") { v = v.replacingAll("\\-", "-") }
            var content = RichText.parse(v)
            if name == "URL" || name == "DOI" { content = [.nocase(content)] }
            if name == "citation-label", !yearSuffixDone, let ys = disambiguation.yearSuffix {
                yearSuffixDone = true
                content.append(.text(Renderer.yearSuffixLetters(ys)))
            }
            return decorate(content, t.decoration)
        }
    }

    func renderGroup(_ g: GroupElement) -> [Inline] {
        let (c0, n0) = (calledVariables, nonEmptyVariables)
        let content = render(g.children, delimiter: g.delimiter)
        let called = calledVariables - c0, nonEmpty = nonEmptyVariables - n0
        if content.isBlank || (called > 0 && nonEmpty == 0) { return [] }
        return decorate(content, g.decoration)
    }

    // MARK: Conditions

    func evaluate(_ b: ChooseBranch) -> Bool {
        if b.conditions.isEmpty { return true }
        switch b.match {
        case .all: return b.conditions.allSatisfy(test)
        case .any: return b.conditions.contains(where: test)
        case .none: return !b.conditions.contains(where: test)
        }
    }

    func test(_ c: Condition) -> Bool {
        switch c {
        case .disambiguate(let v): return disambiguation.condition == v
        case .isNumeric(let v):
            guard let s = variableText(v) else { return false }
            return Numbers.isNumeric(s)
        case .isUncertainDate(let v): return item.date(v)?.circa ?? false
        case .locator(let l):
            guard cite.locator != nil else { return false }
            let label = cite.label ?? "page"
            return label == l || (l == "sub-verbo" && label == "sub verbo")
        case .position(let p):
            if mode == .bibliography { return false }
            switch p {
            case "first": return cite.position == .first
            case "subsequent": return cite.position >= .subsequent
            case "ibid": return cite.position >= .ibid
            case "ibid-with-locator": return cite.position == .ibidWithLocator
            case "near-note": return cite.position != .first && cite.nearNote
            default: return false
            }
        case .type(let t): return item.type == t
        case .variable(let v): return hasVariable(v)
        }
    }

    // MARK: Labels

    func renderLabel(_ l: LabelElement) -> [Inline] {
        var name = l.variable
        let value: String?
        if name == "locator" {
            value = cite.locator
            name = cite.label ?? "page"
            if name == "sub verbo" { name = "sub-verbo" }
        } else {
            value = variableText(name)
        }
        guard let v = value else { return [] }
        let plural: Bool
        switch l.plural {
        case .always: plural = true
        case .never: plural = false
        case .contextual: plural = Numbers.isPlural(v, variable: l.variable)
        }
        guard let s = locale.termText(name, form: l.form, plural: plural), !s.isEmpty else { return [] }
        return decorate([.text(s)], l.decoration)
    }

    // MARK: Numbers

    func renderNumber(_ n: NumberElement) -> [Inline] {
        calledVariables += 1
        guard let v = variableText(n.variable) else { return [] }
        nonEmptyVariables += 1
        if n.variable == "page" { return decorate(RichText.parse(engine.formatPageRange(v)), n.decoration) }
        let gender = locale.term(n.variable)?.gender
        let s = Numbers.format(v, form: n.form, locale: locale, gender: gender)
        return decorate([.text(s)], n.decoration)
    }
}

