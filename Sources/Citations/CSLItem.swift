/// A CSL item: one work as the Citation Style Language sees it (a variable → value map).
///
/// This is what CSL-JSON holds for each work, what the CSL test suite feeds a processor, and what
/// the engine renders. The engine never sees a record format: `CrosswalkCSLJSON` turns records
/// into items (and CSL-JSON bytes into items and back).
public struct CSLItem: Sendable, Hashable {
    /// The item's `id` (CSL-JSON allows numbers; they are kept as their text).
    public var id: String
    /// The CSL item type (`article-journal`, `book`, `manuscript`, `personal_communication` ...).
    public var type: String
    /// Every other variable, keyed by its CSL name (`title`, `author`, `issued`, `archive_location` ...).
    public var variables: [String: CSLValue]

    public init(id: String, type: String, variables: [String: CSLValue] = [:]) {
        self.id = id; self.type = type; self.variables = variables
    }

    /// CSL-JSON members that are no CSL variable a processor renders (`multi`, a boolean, a nested
    /// object ...), as compact JSON text by key, so that a reader keeps them and a writer puts them back.
    public var otherJSON: [String: String] = [:]

    public subscript(_ name: String) -> CSLValue? {
        get { variables[name] }
        set { variables[name] = newValue }
    }

    /// A standard or number variable's text, if the item has it.
    public func text(_ name: String) -> String? {
        if case .text(let s)? = variables[name] { return s }
        return nil
    }

    /// A name variable's names, if the item has it.
    public func names(_ name: String) -> [CSLName]? {
        if case .names(let n)? = variables[name] { return n }
        return nil
    }

    /// A date variable, if the item has it.
    public func date(_ name: String) -> CSLDate? {
        if case .date(let d)? = variables[name] { return d }
        return nil
    }
}

/// The value of one CSL variable.
public enum CSLValue: Sendable, Hashable {
    /// A standard or number variable. A JSON number is kept as its text (`5` → `"5"`); CSL decides
    /// whether a value is numeric from its content. Rich-text markup (`<i>`, `<span class="nocase">`)
    /// is kept as written; the engine interprets it.
    case text(String)
    /// A name variable (`author`, `editor`, `recipient` ...), in order.
    case names([CSLName])
    /// A date variable (`issued`, `accessed`, `original-date` ...).
    case date(CSLDate)
}

/// One name in a name variable, with CSL-JSON's name parts.
public struct CSLName: Sendable, Hashable {
    public var family: String?
    public var given: String?
    /// `dropping-particle`: "de" in "Jean de La Fontaine" sorted under "La Fontaine".
    public var droppingParticle: String?
    /// `non-dropping-particle`: "van" in "Ludwig van Beethoven" shown with the family name.
    public var nonDroppingParticle: String?
    public var suffix: String?
    /// A name that is never split: an institution, or a name kept whole.
    public var literal: String?
    /// `comma-suffix`: a comma before the suffix in display order ("Martin Luther King, Jr.").
    public var commaSuffix: Bool
    /// `static-ordering`: given name after family name even in display order (East Asian names).
    public var staticOrdering: Bool
    /// `parse-names`: false asks the processor not to split particles out of `family`/`given`.
    public var parseNames: Bool?
    /// `isInstitution` (citeproc-js): the name is a body. The CSL-JSON decoder also puts the name in
    /// `literal`, so that it is never split; the encoder writes it back as `family` + `isInstitution`.
    public var isInstitution: Bool = false

    public init(family: String? = nil, given: String? = nil, droppingParticle: String? = nil,
                nonDroppingParticle: String? = nil, suffix: String? = nil, literal: String? = nil,
                commaSuffix: Bool = false, staticOrdering: Bool = false, parseNames: Bool? = nil) {
        self.family = family; self.given = given; self.droppingParticle = droppingParticle
        self.nonDroppingParticle = nonDroppingParticle; self.suffix = suffix; self.literal = literal
        self.commaSuffix = commaSuffix; self.staticOrdering = staticOrdering; self.parseNames = parseNames
    }

    public static func literal(_ name: String) -> CSLName { CSLName(literal: name) }
}

/// A CSL-JSON date: `date-parts` (one date, or two for a range), `season`, `circa`, `literal`, `raw`.
public struct CSLDate: Sendable, Hashable {
    /// Each element is `[year]`, `[year, month]` or `[year, month, day]`; a second element makes a
    /// range. Negative years are BC, counted with no year 0 as CSL-JSON does (`-44` is 44 BC; the
    /// test suite's `date_DateBC` renders `-250` as "250 BC"). Months 13–16 are seasons.
    public var parts: [[Int]]
    /// `season`: 1–4 (spring, summer, autumn, winter), or a text such as "Easter".
    public var season: String?
    /// `circa`: the date is approximate.
    public var circa: Bool
    /// `literal`: a date printed as it is, never parsed.
    public var literal: String?
    /// `raw`: an unparsed date string, as given by the source (the processor may parse it).
    public var raw: String?
    /// `edtf` (CSL-JSON schema 1.0.2): the date as EDTF text, when `parts` cannot say it exactly
    /// (`195X`, `1950?`, `1951-06/..`). Crosswalk writes it beside the nearest `date-parts`.
    public var edtf: String? = nil

    public init(parts: [[Int]] = [], season: String? = nil, circa: Bool = false,
                literal: String? = nil, raw: String? = nil) {
        self.parts = parts; self.season = season; self.circa = circa; self.literal = literal; self.raw = raw
    }
}
