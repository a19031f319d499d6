// What every render of one processor shares: the style, the resolved locale and the global options.

final class Engine: Sendable {
    let style: CSLStyle
    let locale: ResolvedLocale
    /// The style's macros, held here so that a macro call does not copy the style.
    let macros: [[Element]]
    let punctuationInQuote: Bool
    let isEnglish: Bool

    let quotes: QuoteMarks
    /// The style renders `year-suffix` itself, so it is not appended to the first year.
    let styleRendersYearSuffix: Bool
    /// The bibliography shows citation numbers (so an entry that renders nothing keeps its place).
    let usesCitationNumber: Bool
    let initializeWithHyphen: Bool
    let demoteNonDroppingParticle: String
    let pageRangeFormat: String?
    /// Abbreviations by list ("container-title", "title", ...) → full value → abbreviation.
    let abbreviations: [String: [String: String]]

    init(style: CSLStyle, locale: ResolvedLocale, abbreviations: [String: [String: String]]) {
        self.style = style
        self.locale = locale
        macros = style.macros
        punctuationInQuote = locale.punctuationInQuote
        isEnglish = locale.language.lowercased().hasPrefix("en")

        quotes = QuoteMarks(open: locale.openQuote, close: locale.closeQuote,
                            innerOpen: locale.openInnerQuote, innerClose: locale.closeInnerQuote)
        initializeWithHyphen = style.option("initialize-with-hyphen") != "false"
        demoteNonDroppingParticle = style.option("demote-non-dropping-particle") ?? "display-and-sort"
        pageRangeFormat = style.option("page-range-format")
        self.abbreviations = abbreviations
        var uses = false, number = false
        func scan(_ els: [Element]) {
            for e in els {
                switch e {
                case .text(let t):
                    if case .variable("year-suffix", _) = t.source { uses = true }
                    if case .variable("citation-number", _) = t.source { number = true }
                case .group(let g): scan(g.children)
                case .choose(let c): for b in c.branches { scan(b.children) }
                case .names(let n): if let s = n.substitute { scan(s) }
                default: break
                }
            }
        }
        for m in style.macros { scan(m) }
        if let c = style.citation { scan(c.layout.children) }
        if let b = style.bibliography { scan(b.layout.children) }
        styleRendersYearSuffix = uses
        usesCitationNumber = number
    }

    func abbreviation(_ variable: String, _ value: String) -> String? {
        abbreviations[variable]?[value]
    }

    func formatPageRange(_ s: String) -> String {
        let delim = locale.termText("page-range-delimiter") ?? "\u{2013}"
        return Numbers.pageRange(s, format: pageRangeFormat, delimiter: delim)
    }

    func serialize(_ n: [Inline], _ format: CSLOutputFormat) -> String {
        Serializer.render(n, format: format, quotes: quotes)
    }
}
