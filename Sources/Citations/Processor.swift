// The public processor: items in; citations and a sorted bibliography out.

import Dispatch

/// `transform(0..<n)` on all cores for large inputs (each index is independent), in order.
func parallelMap<T>(_ n: Int, _ transform: (Int) -> T) -> [T] {
    if n < 512 { return (0..<n).map(transform) }
    let chunks = 16
    var parts = [[T]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress!
        nonisolated(unsafe) let slots = base
        withoutActuallyEscaping(transform) { f in
            nonisolated(unsafe) let f = f
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = n * c / chunks, hi = n * (c + 1) / chunks
                var local: [T] = []
                local.reserveCapacity(hi - lo)
                for i in lo..<hi { local.append(f(i)) }
                slots[c] = local
            }
        }
    }
    return parts.flatMap { $0 }
}

/// One cite in a citation: an item id and what the author adds to it.
public struct CSLCiteItem: Sendable, Hashable {
    public var id: String
    public var locator: String?
    /// Locator label (`page`, `chapter`, `folio` ...); "page" when a locator has none.
    public var label: String?
    public var prefix: String?
    public var suffix: String?
    public var suppressAuthor: Bool
    public var authorOnly: Bool

    public init(id: String, locator: String? = nil, label: String? = nil, prefix: String? = nil, suffix: String? = nil,
                suppressAuthor: Bool = false, authorOnly: Bool = false) {
        self.id = id; self.locator = locator; self.label = label; self.prefix = prefix; self.suffix = suffix
        self.suppressAuthor = suppressAuthor; self.authorOnly = authorOnly
    }
}

/// A citation: the cites of one in-text citation or one note.
public struct CSLCitation: Sendable, Hashable {
    public var items: [CSLCiteItem]
    /// The footnote number (note styles); nil or 0 for in-text citations.
    public var noteIndex: Int?
    public init(items: [CSLCiteItem], noteIndex: Int? = nil) { self.items = items; self.noteIndex = noteIndex }
}

/// A rendered bibliography.
public struct CSLBibliography: Sendable, Hashable {
    /// Entry ids in bibliography order.
    public var ids: [String]
    /// One rendered entry per id, in the requested format.
    public var entries: [String]
    public var hangingIndent: Bool
    public var secondFieldAlign: String?
    public var lineSpacing: Int?
    public var entrySpacing: Int?
    public var warnings: [CSLWarning]

    /// The HTML of the whole bibliography as the CSL test suite writes it (`csl-bib-body` and
    /// `csl-entry` divs), with hanging-indent and line-spacing carried as inline style.
    public func html() -> String {
        var style = ""
        if hangingIndent { style += "padding-left: 1em; text-indent: -1em;" }
        if let l = lineSpacing, l > 1 { style += "line-height: \(l);" }
        var s = "<div class=\"csl-bib-body\"" + (style.isEmpty ? "" : " style=\"\(style)\"") + ">\n"
        for e in entries { s += "  <div class=\"csl-entry\">" + e + "</div>\n" }
        s += "</div>"
        return s
    }
}

/// Renders citations and bibliographies of a set of items in one style and locale.
///
/// The style is compiled once (`CSLStyle`); the processor resolves the locale chain once, and
/// each call renders from the precompiled tree. Problems with items (unknown ids, missing
/// data) come back as `warnings`, never as a crash.
public final class CSLProcessor: @unchecked Sendable {
    public let style: CSLStyle
    public let items: [CSLItem]
    let engine: Engine
    let index: [String: Int]
    /// Warnings of the last call.
    public private(set) var warnings: [CSLWarning] = []

    /// - Parameters:
    ///   - style: the compiled style.
    ///   - locales: where locale files are found.
    ///   - items: the items that can be cited.
    ///   - language: overrides the style's `default-locale` (default en-US).
    ///   - abbreviations: optional abbreviation lists ("container-title" → full → short).
    public init(style: CSLStyle, locales: CSLLocaleStore, items: [CSLItem], language: String? = nil,
                abbreviations: [String: [String: String]] = [:]) {
        self.style = style
        self.items = items
        let lang = language ?? style.defaultLocale ?? "en-US"
        let base = String(lang.split(separator: "-").first ?? "")
        // style locales: exact language, base language, unlabelled
        var chain: [CSLLocale] = []
        chain += style.locales.filter { $0.language == lang }
        if base != lang { chain += style.locales.filter { $0.language == base } }
        chain += style.locales.filter { $0.language == nil }
        chain += locales.fileChain(for: lang)
        engine = Engine(style: style, locale: ResolvedLocale(language: lang, chain: chain), abbreviations: abbreviations)
        var idx: [String: Int] = [:]
        for (i, it) in items.enumerated() where idx[it.id] == nil { idx[it.id] = i }
        index = idx
    }

    // MARK: Session state

    struct Session {
        /// Registered items (indices into `items`) in first-cite order.
        var registered: [Int] = []
        var citationNumber: [Int: Int] = [:]
        var disambiguation: [Int: DisambiguationState] = [:]
        /// Registered items in bibliography order.
        var bibOrder: [Int] = []
    }

    func makeSession(registered: [Int]) -> Session {
        var s = Session(registered: registered)
        // citation numbers follow the bibliography's sort unless it sorts by citation-number
        var numbering = registered
        if let bib = style.bibliography, !bib.sort.isEmpty,
           !bib.sort.contains(where: { if case .variable("citation-number") = $0.source { return true } else { return false } }) {
            numbering = sortItems(registered, context: bib, session: s)
        }
        for (n, i) in numbering.enumerated() { s.citationNumber[i] = n + 1 }
        // The bibliography order before disambiguation also orders year-suffixes; it changes only
        // if a sort key reads the disambiguate condition or the year-suffix.
        if let bib = style.bibliography, !bib.sort.isEmpty {
            s.bibOrder = sortItems(registered, context: bib, session: s)
        } else {
            s.bibOrder = registered
        }
        s.disambiguation = Disambiguator(processor: self, session: s).run()
        if let bib = style.bibliography, !bib.sort.isEmpty,
           s.disambiguation.values.contains(where: { $0.condition || ($0.yearSuffix != nil && engine.styleRendersYearSuffix) }) {
            s.bibOrder = sortItems(registered, context: bib, session: s)
        }
        return s
    }

    func sortItems(_ list: [Int], context: RenderingContext, session: Session) -> [Int] {
        let keys = parallelMap(list.count) { k -> [SortValue?] in
            let i = list[k]
            var cite = CiteContext()
            cite.citationNumber = session.citationNumber[i]
            return Sorting.keys(context.sort, engine: engine, item: items[i], cite: cite,
                                disambiguation: session.disambiguation[i] ?? DisambiguationState(), context: context)
        }
        return Sorting.order(list.count, keys: keys, sort: context.sort).map { list[$0] }
    }

    // MARK: Public API

    /// The bibliography of `citations`' items (or of every item when nil), sorted per the style.
    public func bibliography(format: CSLOutputFormat = .text, citations: [CSLCitation]? = nil) -> CSLBibliography {
        warnings = []
        let registered: [Int]
        if let citations { registered = register(citations) } else { registered = Array(items.indices) }
        let session = makeSession(registered: registered)
        return renderBibliography(session: session, format: format)
    }

    /// One citation (an in-text citation or a note) of the given cites.
    public func citation(_ cites: [CSLCiteItem], format: CSLOutputFormat = .text) -> String {
        citations([CSLCitation(items: cites)], format: format).first ?? ""
    }

    /// A sequence of citations in document order, with positions (first, subsequent, ibid,
    /// near-note) tracked across them; one rendered string per citation.
    public func citations(_ citations: [CSLCitation], format: CSLOutputFormat = .text) -> [String] {
        warnings = []
        let session = makeSession(registered: register(citations))
        return renderCitations(citations, session: session).map { engine.serialize($0, format) }
    }

    func register(_ citations: [CSLCitation]) -> [Int] {
        var seen = Set<Int>(), out: [Int] = []
        for c in citations {
            for ci in c.items {
                guard let i = index[ci.id] else {
                    warnings.append(CSLWarning(itemID: ci.id, message: "cited item not found"))
                    continue
                }
                if seen.insert(i).inserted { out.append(i) }
            }
        }
        return out
    }

    // MARK: Citations

    struct PreparedCite {
        var item: Int
        var cite: CSLCiteItem
        var context: CiteContext
    }

    func renderCitations(_ citations: [CSLCitation], session: Session) -> [[Inline]] {
        guard let ctx = style.citation else { return citations.map { _ in [] } }
        let nearNoteDistance = ctx.int("near-note-distance") ?? 5
        var lastNote: [Int: Int] = [:]
        var firstNote: [Int: Int] = [:]
        var previous: [PreparedCite] = []
        var out: [[Inline]] = []
        // Ibid looks back within a "unit": a footnote (all citations with its note number), or one
        // in-text citation. Notes and in-text citations are separate streams.
        var previousUnit: [Bool: [PreparedCite]] = [:]
        var currentUnit: [Bool: (note: Int, cites: [PreparedCite])] = [:]
        for (ci, citation) in citations.enumerated() {
            let inNote = (citation.noteIndex ?? 0) > 0
            let note = inNote ? citation.noteIndex! : ci + 1
            var prepared: [PreparedCite] = []
            for c in citation.items {
                guard let i = index[c.id] else { continue }
                var cc = CiteContext(locator: c.locator, label: c.label)
                cc.citationNumber = session.citationNumber[i]
                prepared.append(PreparedCite(item: i, cite: c, context: cc))
            }
            if !ctx.sort.isEmpty {
                let keys = prepared.map {
                    Sorting.keys(ctx.sort, engine: engine, item: items[$0.item], cite: $0.context,
                                 disambiguation: session.disambiguation[$0.item] ?? DisambiguationState(), context: ctx)
                }
                prepared = Sorting.order(prepared.count, keys: keys, sort: ctx.sort).map { prepared[$0] }
            }
            // the unit this citation belongs to
            var unitBefore: [PreparedCite] = []
            if inNote, let cu = currentUnit[true], cu.note == note {
                unitBefore = cu.cites
            } else {
                if let cu = currentUnit[inNote] { previousUnit[inNote] = cu.cites }
                currentUnit[inNote] = (note, [])
            }
            let previous = previousUnit[inNote] ?? []
            for k in prepared.indices {
                let i = prepared[k].item
                var pos: CSLPosition = .first
                if firstNote[i] != nil {
                    pos = .subsequent
                    let prev: PreparedCite?
                    if k > 0 { prev = prepared[k - 1] }
                    else if let last = unitBefore.last { prev = last }
                    else { prev = previous.count == 1 ? previous[0] : nil }
                    if let p = prev, p.item == i {
                        let cur = prepared[k].cite.locator
                        if let pl = p.cite.locator {
                            if let cur {
                                pos = (cur == pl && (prepared[k].cite.label ?? "page") == (p.cite.label ?? "page")) ? .ibid : .ibidWithLocator
                            } else {
                                pos = .subsequent
                            }
                        } else {
                            pos = cur == nil ? .ibid : .ibidWithLocator
                        }
                    }
                    if let ln = lastNote[i], note - ln <= nearNoteDistance { prepared[k].context.nearNote = true }
                    prepared[k].context.firstReferenceNoteNumber = firstNote[i]
                }
                prepared[k].context.position = pos
                if firstNote[i] == nil { firstNote[i] = note }
                lastNote[i] = note
            }
            currentUnit[inNote]!.cites += prepared
            out.append(capitalizeIbid(renderCitation(prepared, context: ctx, session: session)))
        }
        return out
    }

    /// "ibid." that starts a citation or a sentence becomes "Ibid.".
    func capitalizeIbid(_ n: [Inline]) -> [Inline] {
        guard let ibid = engine.locale.termText("ibid"), let first = ibid.first, first.isLowercase else { return n }
        var before = ""
        func walk(_ nodes: [Inline]) -> [Inline] {
            nodes.map { x in
                switch x {
                case .text(let t):
                    var out = t
                    if t.hasPrefix(ibid) {
                        let trimmed = before.trimmingSpaces
                        if !trimmed.contains(where: { $0.isLetter || $0.isNumber }) || [".", "?", "!"].contains(trimmed.last!) ||
                            (trimmed.count > 1 && "\u{201D}\u{2019}\"".contains(trimmed.last!) && ".?!".contains(trimmed.dropLast().last!)) {
                            out = first.uppercased() + t.dropFirst()
                        }
                    }
                    before += t
                    return .text(out)
                case .quoted(let c):
                    before += "\u{201C}"
                    let r = walk(c)
                    before += "\u{201D}"
                    return .quoted(r)
                default:
                    return x.with(children: walk(x.children!))
                }
            }
        }
        return walk(n)
    }

    func renderCite(_ p: PreparedCite, context: RenderingContext, session: Session, suppressAuthor: Bool = false) -> (full: [Inline], names: [Inline]?) {
        let r = Renderer(engine: engine, item: items[p.item], cite: p.context,
                         disambiguation: session.disambiguation[p.item] ?? DisambiguationState(), mode: .citation, context: context)
        r.suppressFirstNames = suppressAuthor || p.cite.suppressAuthor
        var out = r.render(context.layout.children)
        if p.cite.authorOnly { out = r.firstNamesOutput ?? [] }
        for w in r.warnings { warnings.append(CSLWarning(itemID: items[p.item].id, message: w)) }
        return (out, r.firstNamesOutput)
    }

    func affixCite(_ content: [Inline], _ c: CSLCiteItem) -> [Inline] {
        if content.isEmpty { return [] }
        var out: [Inline] = []
        if let p = c.prefix, !p.isEmpty { out = RichText.parse(p) }
        appendMerging(&out, content, punctuationInQuote: engine.locale.punctuationInQuote)
        if let s = c.suffix, !s.isEmpty { appendMerging(&out, RichText.parse(s), punctuationInQuote: engine.locale.punctuationInQuote) }
        return out
    }

    func renderCitation(_ prepared: [PreparedCite], context: RenderingContext, session: Session) -> [Inline] {
        let piq = engine.locale.punctuationInQuote
        let layout = context.layout
        let body = Collapser(processor: self, context: context, session: session).render(prepared)
        if body.isEmpty { return [] }
        var dec = layout.decoration
        dec.display = nil
        let r = Renderer(engine: engine, item: CSLItem(id: "", type: ""), cite: CiteContext(), disambiguation: DisambiguationState(),
                         mode: .citation, context: context)
        _ = piq
        return r.decorateLayout(body, dec)
    }

    // MARK: Bibliography

    func renderBibliography(session: Session, format: CSLOutputFormat) -> CSLBibliography {
        guard let ctx = style.bibliography else {
            return CSLBibliography(ids: [], entries: [], hangingIndent: false, secondFieldAlign: nil, lineSpacing: nil,
                                   entrySpacing: nil, warnings: warnings)
        }
        let substitute = ctx.attributes["subsequent-author-substitute"]
        let rule = ctx.attributes["subsequent-author-substitute-rule"] ?? "complete-all"
        let secondField = ctx.attributes["second-field-align"]
        var ids: [String] = [], entries: [String] = []
        var previousNames: String?
        var previousList: [CSLName]?
        // entries are independent (but for subsequent-author-substitute, applied after): render them in parallel
        let order = session.bibOrder
        struct Entry { var text: String?; var names: String?; var list: [CSLName]?; var warnings: [String] }
        func entry(_ i: Int, substituting: (String, String, [CSLName])? = nil) -> Entry {
            var cite = CiteContext()
            cite.citationNumber = session.citationNumber[i]
            let r = Renderer(engine: engine, item: items[i], cite: cite, disambiguation: session.disambiguation[i] ?? DisambiguationState(),
                             mode: .bibliography, context: ctx)
            r.namesSubstitute = substituting
            var out = renderEntry(r, ctx, secondField: secondField)
            // the suite trims the end of a closing display block ("csl-right-inline"), not of plain entries
            if case .display? = out.last {
                while case .char(" ") = Seam.lastEnd(out) { if !Seam.dropLastChar(&out) { break } }
            }
            var text: String?
            if out.isBlank {
                if engine.usesCitationNumber { out = [.text("[CSL STYLE ERROR: reference with no printed form.]")] }
            }
            if !out.isBlank { text = engine.serialize(out, format) }
            return Entry(text: text, names: substitute == nil ? nil : r.firstNamesOutput.map { $0.plainText },
                         list: r.firstNamesList, warnings: r.warnings)
        }
        let rendered = parallelMap(order.count) { k in entry(order[k]) }
        for (k, i) in order.enumerated() {
            var e = rendered[k]
            if let substitute {
                let names = e.names
                let list = e.list
                if let names, !names.isEmpty, let prev = previousNames {
                    var replace = false
                    switch rule {
                    case "complete-all", "complete-each": replace = names == prev
                    default:
                        if let list, let previousList { replace = list.first == previousList.first }
                        else { replace = names == prev }
                    }
                    if replace { e = entry(i, substituting: (substitute, rule, previousList ?? [])) }
                }
                previousNames = names
                previousList = list
            }
            for w in e.warnings { warnings.append(CSLWarning(itemID: items[i].id, message: w)) }
            guard let text = e.text else {
                warnings.append(CSLWarning(itemID: items[i].id, message: "the style renders nothing for this item"))
                continue
            }
            ids.append(items[i].id)
            entries.append(text)
        }
        return CSLBibliography(ids: ids, entries: entries, hangingIndent: ctx.bool("hanging-indent"), secondFieldAlign: secondField,
                               lineSpacing: ctx.int("line-spacing"), entrySpacing: ctx.int("entry-spacing"), warnings: warnings)
    }

    func renderEntry(_ r: Renderer, _ ctx: RenderingContext, secondField: String?) -> [Inline] {
        let layout = ctx.layout
        var dec = layout.decoration
        if let secondField, secondField == "flush" || secondField == "margin", layout.children.count > 1 {
            let first = r.render(layout.children[0])
            let rest = r.render(Array(layout.children.dropFirst()))
            var restDec = dec
            restDec.prefix = ""
            var out: [Inline] = []
            var firstOut = first
            if !dec.prefix.isEmpty { firstOut = [.text(dec.prefix)] + first }
            if !firstOut.isEmpty { out.append(.display("left-margin", firstOut)) }
            let right = r.decorate(rest, restDec)
            if !right.isEmpty { out.append(.display("right-inline", right)) }
            return out
        }
        dec.display = nil
        let content = r.render(layout.children)
        // a layout suffix goes inside a closing display block ("csl-right-inline")
        if case .display(let d, var inner)? = content.last, !dec.suffix.isEmpty, dec.formatting.isEmpty {
            appendMerging(&inner, [.text(dec.suffix)], punctuationInQuote: engine.punctuationInQuote)
            var c = content
            c[c.count - 1] = .display(d, inner)
            dec.suffix = ""
            return r.decorateLayout(c, dec)
        }
        return r.decorateLayout(content, dec)
    }
}
