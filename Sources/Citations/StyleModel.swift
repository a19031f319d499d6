// The compiled style: a tree of CSL rendering elements, built once from the XML by `StyleParser`.

enum FontStyle: Sendable, Hashable { case normal, italic, oblique }
enum FontVariant: Sendable, Hashable { case normal, smallCaps }
enum FontWeight: Sendable, Hashable { case normal, bold, light }
enum TextDecoration: Sendable, Hashable { case none, underline }
enum VerticalAlign: Sendable, Hashable { case baseline, sup, sub }

/// The formatting attributes of a rendering element (`font-*`, `text-decoration`, `vertical-align`).
struct Formatting: Sendable, Hashable {
    var fontStyle: FontStyle?
    var fontVariant: FontVariant?
    var fontWeight: FontWeight?
    var textDecoration: TextDecoration?
    var verticalAlign: VerticalAlign?
    var isEmpty: Bool {
        fontStyle == nil && fontVariant == nil && fontWeight == nil && textDecoration == nil && verticalAlign == nil
    }
}

enum TextCase: String, Sendable, Hashable {
    case lowercase, uppercase, capitalizeFirst = "capitalize-first", capitalizeAll = "capitalize-all"
    case sentence, title
}

/// Affixes, formatting, display, quotes, strip-periods and text-case of one element.
struct Decoration: Sendable, Hashable {
    var prefix = ""
    var suffix = ""
    var formatting = Formatting()
    var display: String?
    var quotes = false
    var stripPeriods = false
    var textCase: TextCase?
    static let none = Decoration()
}

enum TermForm: String, Sendable, Hashable {
    case long, short, verb, verbShort = "verb-short", symbol
}

enum Plural: String, Sendable, Hashable { case contextual, always, never }

enum TextSource: Sendable, Hashable {
    case variable(String, short: Bool)
    case macro(Int)
    case term(String, TermForm, plural: Bool)
    case value(String)
}

struct TextElement: Sendable {
    var source: TextSource
    var decoration: Decoration
}

enum NumberForm: String, Sendable, Hashable { case numeric, ordinal, longOrdinal = "long-ordinal", roman }

struct NumberElement: Sendable {
    var variable: String
    var form: NumberForm
    var decoration: Decoration
}

struct LabelElement: Sendable, Hashable {
    var variable: String
    var form: TermForm
    var plural: Plural
    var decoration: Decoration
}

enum DatePartName: String, Sendable, Hashable { case year, month, day }

struct DatePartElement: Sendable, Hashable {
    var name: DatePartName
    /// year: long/short; month: long/short/numeric/numeric-leading-zeros; day: numeric/numeric-leading-zeros/ordinal.
    var form: String?
    var rangeDelimiter: String?
    var decoration: Decoration
}

struct DateElement: Sendable {
    var variable: String
    /// "text" or "numeric" for a localized date; nil for a date defined in the style.
    var form: String?
    /// Which parts a localized date shows ("year-month-day", "year-month", "year").
    var dateParts: String
    var parts: [DatePartElement]
    var delimiter: String
    var decoration: Decoration
}

/// Name options that `cs:name` inherits from `cs:style`, `cs:citation` and `cs:bibliography`.
struct NameOptions: Sendable, Hashable {
    var and: String?
    var delimiter: String?
    var delimiterPrecedesEtAl: String?
    var delimiterPrecedesLast: String?
    var etAlMin: Int?
    var etAlUseFirst: Int?
    var etAlSubsequentMin: Int?
    var etAlSubsequentUseFirst: Int?
    var etAlUseLast: Bool?
    var form: String?
    var initialize: Bool?
    var initializeWith: String?
    var nameAsSortOrder: String?
    var sortSeparator: String?

    /// Values set here win over `base`.
    func over(_ base: NameOptions) -> NameOptions {
        NameOptions(and: and ?? base.and, delimiter: delimiter ?? base.delimiter,
                    delimiterPrecedesEtAl: delimiterPrecedesEtAl ?? base.delimiterPrecedesEtAl,
                    delimiterPrecedesLast: delimiterPrecedesLast ?? base.delimiterPrecedesLast,
                    etAlMin: etAlMin ?? base.etAlMin, etAlUseFirst: etAlUseFirst ?? base.etAlUseFirst,
                    etAlSubsequentMin: etAlSubsequentMin ?? base.etAlSubsequentMin,
                    etAlSubsequentUseFirst: etAlSubsequentUseFirst ?? base.etAlSubsequentUseFirst,
                    etAlUseLast: etAlUseLast ?? base.etAlUseLast, form: form ?? base.form,
                    initialize: initialize ?? base.initialize, initializeWith: initializeWith ?? base.initializeWith,
                    nameAsSortOrder: nameAsSortOrder ?? base.nameAsSortOrder,
                    sortSeparator: sortSeparator ?? base.sortSeparator)
    }
}

struct NamePartElement: Sendable, Hashable {
    var decoration: Decoration
}

struct NameElement: Sendable {
    var options: NameOptions
    var decoration: Decoration
    var family: NamePartElement?
    var given: NamePartElement?
}

struct EtAlElement: Sendable {
    var term: String
    var decoration: Decoration
}

struct NamesElement: Sendable {
    var variables: [String]
    var name: NameElement?
    var etAl: EtAlElement?
    var label: LabelElement?
    var labelBeforeName: Bool
    var substitute: [Element]?
    /// The names element's own `delimiter` (between variables); nil inherits `names-delimiter`.
    var delimiter: String?
    var decoration: Decoration
}

struct GroupElement: Sendable {
    var children: [Element]
    var delimiter: String
    var decoration: Decoration
}

enum Match: String, Sendable, Hashable { case all, any, none }

enum Condition: Sendable, Hashable {
    case disambiguate(Bool)
    case isNumeric(String)
    case isUncertainDate(String)
    case locator(String)
    case position(String)
    case type(String)
    case variable(String)
}

struct ChooseBranch: Sendable {
    /// Empty for `cs:else`.
    var conditions: [Condition]
    var match: Match
    var children: [Element]
}

struct ChooseElement: Sendable {
    var branches: [ChooseBranch]
}

indirect enum Element: Sendable {
    case text(TextElement)
    case number(NumberElement)
    case label(LabelElement)
    case date(DateElement)
    case names(NamesElement)
    case group(GroupElement)
    case choose(ChooseElement)
}

struct SortKey: Sendable {
    enum Source: Sendable { case variable(String), macro(Int) }
    var source: Source
    var ascending: Bool
    var namesMin: Int?
    var namesUseFirst: Int?
    var namesUseLast: Bool?
}

struct Layout: Sendable {
    var children: [Element]
    var delimiter: String
    var decoration: Decoration
}

/// `cs:citation` or `cs:bibliography`: a layout, a sort, and their options.
struct RenderingContext: Sendable {
    var layout: Layout
    var sort: [SortKey]
    var nameOptions: NameOptions
    var namesDelimiter: String?
    var attributes: [String: String]

    func int(_ name: String) -> Int? { attributes[name].flatMap { Int($0) } }
    func bool(_ name: String) -> Bool { attributes[name] == "true" }
}
