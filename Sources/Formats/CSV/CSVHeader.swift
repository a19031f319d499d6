import CrosswalkModel

/// What one header column of a spreadsheet feeds.
public enum CSVTarget: Sendable, Hashable {
    /// A canonical column of `CSVMapping.columns`, by name (`title`, `creator`, `archive.location`).
    case column(String)
    /// The identifiers, each value's scheme read from its form (`https://…` url, `10.…`/`doi:` doi,
    /// `hdl:` handle, anything else local).
    case identifier
    /// The start, or the end, of the date: with both, the date is an EDTF interval.
    case dateStart, dateEnd
    /// `extra`, under this key.
    case extra(String)
    /// Nothing: the column is not read (a column map's `-` or `ignore`).
    case ignore

    /// How a column map names this target: `title`, `identifier`, `date.start`, `extra.NAME`, `-`.
    public var mapName: String {
        switch self {
        case .column(let c): c
        case .identifier: "identifier"
        case .dateStart: "date.start"
        case .dateEnd: "date.end"
        case .extra(let k): "extra." + k
        case .ignore: "-"
        }
    }

    /// The target a column map names, or nil: a canonical column name (in any case, spaces, `_`, `-`
    /// ignored), `identifier`, `date.start`, `date.end`, `extra.NAME`, or `-`/`ignore`.
    public init?(mapName name: String) {
        let lower = name.lowercased()
        if name == "-" || lower == "ignore" { self = .ignore; return }
        if lower == "date.start" { self = .dateStart; return }
        if lower == "date.end" { self = .dateEnd; return }
        if lower.hasPrefix("extra.") {
            let key = String(name.dropFirst(6))
            if key.isEmpty { return nil }
            self = .extra(key)
            return
        }
        if CSVMapping.columnIndex[name] != nil { self = .column(name); return }
        let n = CSVHeaderNames.normalized(name)
        if n == "identifier" || n == "identifiers" { self = .identifier; return }
        if let c = CSVHeaderNames.canonicalIndex[n] { self = .column(c); return }
        return nil
    }

    var describe: String {
        switch self {
        case .column(let c): "`\(c)`"
        case .identifier: "`identifiers` (scheme by form)"
        case .dateStart: "`date` (start)"
        case .dateEnd: "`date` (end)"
        case .extra(let k): "`extra[\"\(k)\"]`"
        case .ignore: "nothing (ignored)"
        }
    }
}

/// Why a column feeds what it feeds.
public enum CSVMappingSource: String, Sendable, Hashable {
    /// The column map (`--map`, `--map-file`) names it.
    case map
    /// The profile's table names it.
    case profile
    /// Its name is a canonical column name, as written.
    case canonical = "canonical name"
    /// Its name matches a canonical name, an alias or a Dublin Core name loosely.
    case nameMatch = "name match"
    /// Nothing names it: it goes to `extra` under its own name.
    case extra
}

/// How the reader maps a spreadsheet's header, with no option: the canonical column names, then
/// the Dublin Core and DCMI terms element names and the names spreadsheets commonly use, all
/// matched ignoring case, spaces, `_`, `-` and `.` (and a `dc:`, `dcterms:`, `dc.`, `Dublin Core:`
/// prefix and a `[lang]` suffix). `Docs/formats/csv.md` prints the alias table (`CSVHeaderNames.markdownTable`).
public enum CSVHeaderNames {
    /// The name as matched: lower case, without spaces, `_`, `-`, `.`.
    static func normalized(_ name: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for c in name.lowercased() where c != " " && c != "_" && c != "-" && c != "." && c != "\t" { out.append(c) }
        return out
    }

    /// The Dublin Core prefix of a header name, if any, and the name without it and without a
    /// `[lang]` suffix: `dcterms:issued` → (`dcterms`, `issued`), `dc.title[en]` → (`dc`, `title`).
    static func strippingPrefix(_ name: String) -> (prefix: String?, rest: String) {
        var s = Substring(name)
        if s.hasSuffix("]"), let open = s.lastIndex(of: "[") { s = s[..<open] }
        let lower = s.lowercased()
        // `Dublin Core:Title` is Omeka Classic's CSV export; `dcterms:title` Omeka S's; `dc.title` DSpace's.
        for (p, canonical) in [("dcterms:", "dcterms"), ("dcterms.", "dcterms"), ("dct:", "dcterms"), ("dc:", "dc"), ("dc.", "dc"),
                               ("dublin core:", "dc")]
        where lower.hasPrefix(p) {
            return (canonical, String(s.dropFirst(p.count)))
        }
        return (nil, String(s))
    }

    /// The aliases: normalised name → target. Canonical names are matched before these.
    public static let aliases: [(names: [String], target: CSVTarget)] = [
        (["identifier", "identifiers", "identifieruri", "uri", "link", "permalink"], .identifier),
        (["itemnumber", "itemno", "itemid", "recordid", "recordnumber", "refno", "referencecode", "refcode", "referencenumber"], .column("id")),
        (["subject", "keywords", "keyword", "tags", "topics", "topic"], .column("subjects")),
        (["coverage", "spatial", "place", "placename", "geographic", "spatialcoverage"], .column("places")),
        (["language", "lang", "languageiso"], .column("languages")),
        (["relation", "collection", "ispartofseries"], .column("isPartOf")),
        (["note", "generalnote", "comments", "comment", "remarks"], .column("notes")),
        (["abstract", "summary", "scopeandcontent", "descriptionabstract", "descriptionscope"], .column("description")),
        (["alternative", "alternativetitle", "titlealternative", "othertitle"], .column("alternativeTitles")),
        (["author", "authors", "creators", "contributorauthor", "photographer", "artist", "maker"], .column("creator")),
        (["contributors", "contributorother"], .column("contributor")),
        (["recipients", "addressee"], .column("recipient")),
        (["editors", "contributoreditor"], .column("editor")),
        (["translators", "contributortranslator"], .column("translator")),
        (["issued", "created", "dateissued", "datecreated", "year", "dates", "displaydate", "eventdates"], .column("date")),
        (["startdate", "datestart", "begindate", "datebegin", "fromdate", "datefrom", "eventstartdates", "earliestdate"], .dateStart),
        (["enddate", "dateend", "todate", "dateto", "eventenddates", "latestdate"], .dateEnd),
        (["rightsstatement", "license", "licence", "accessrights", "accessconditions", "copyright"], .column("rights")),
        (["pagecount", "numberofpages", "page"], .column("pages")),
        (["archive", "repository", "holdinginstitution", "institution"], .column("archive.name")),
        (["genreform", "documenttype", "form"], .column("genre")),
        (["publicationplace", "placeofpublication"], .column("publisherPlace")),
        (["journal", "journaltitle", "container", "ispartofjournal"], .column("containerTitle")),
    ]

    /// DC 1.1 and DCMI terms names with no field of their own: kept in `extra` under `dc:NAME`
    /// (or `dcterms:NAME`), the keys the Dublin Core reader and writer use, so DC output writes them.
    static let dublinCoreExtras: [String: String] = {
        var d: [String: String] = [:]
        for n in ["format", "source"] { d[n] = "dc:" + n }
        for n in ["extent", "medium", "temporal", "available", "modified", "dateAccepted", "dateSubmitted", "dateCopyrighted",
                  "valid", "provenance", "accrualMethod", "audience", "bibliographicCitation", "hasPart", "hasVersion",
                  "isVersionOf", "isReferencedBy", "references", "replaces", "requires", "conformsTo", "rightsHolder",
                  "tableOfContents", "educationLevel", "mediator", "instructionalMethod", "isFormatOf", "hasFormat",
                  "isReplacedBy", "isRequiredBy"] where d[normalized(n)] == nil {
            d[normalized(n)] = "dcterms:" + n
        }
        return d
    }()

    static let aliasIndex: [String: CSVTarget] = {
        var d: [String: CSVTarget] = [:]
        for (names, target) in aliases { for n in names { d[normalized(n)] = target } }
        return d
    }()

    static let canonicalIndex: [String: String] = Dictionary(uniqueKeysWithValues: CSVMapping.columns.map { (normalized($0.name), $0.name) })

    /// The target of a header name with no profile: the canonical name as written; else the
    /// canonical name matched loosely; else an alias or a Dublin Core name; else nil (`extra`, under the name).
    static func target(for name: String) -> CSVTarget? {
        if CSVMapping.columnIndex[name] != nil { return .column(name) }
        let (prefix, rest) = strippingPrefix(name)
        let n = normalized(rest)
        if let c = canonicalIndex[n] { return .column(c) }
        if let t = aliasIndex[n] { return t }
        if let k = dublinCoreExtras[n] { return .extra(k) }
        if let prefix { return .extra("\(prefix):\(rest)") }
        return nil
    }

    /// The alias table as Markdown, for `Docs/formats/csv.md`.
    public static var markdownTable: String {
        var s = "| header names (any case; spaces, `_`, `-`, `.` ignored) | go to |\n|---|---|\n"
        for (names, target) in aliases { s += "| \(names.map { "`\($0)`" }.joined(separator: ", ")) | \(target.describe) |\n" }
        s += "| \(dublinCoreExtras.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")) | `extra[\"dc:NAME\"]` or `extra[\"dcterms:NAME\"]`, as the Dublin Core reader keeps them |\n"
        s += "| any other name with a `dc:`, `dcterms:`, `dct:`, `dc.` or `Dublin Core:` prefix | `extra[\"dc:NAME\"]` or `extra[\"dcterms:NAME\"]` |\n"
        return s
    }
}

/// The column plan of one header: what each column feeds, and what the reader must say about it.
struct CSVHeaderPlan {
    enum Role {
        case canonical(CSVColumn)
        case identifier
        case dateStart, dateEnd
        case extra(String)
        case ignore
    }
    var roles: [Role] = []
    /// What each column feeds (`.extra(name)` for a column nothing names), and why.
    var targets: [CSVTarget] = []
    var sources: [CSVMappingSource] = []
    /// The column that holds the id, if any.
    var idColumn: Int?
    /// When there is no id column: the column whose first value is the id (an identifier or reference code).
    var idFallbackColumn: Int?
    var titleColumn: Int?
    var dateColumn: Int?
    var hasDateRange = false
    /// `extra` keys the header declares (for a writer with a fixed header).
    var extraKeys: [String] = []
    /// Warnings about the header: (message, column index).
    var notes: [(String, Int)] = []
    /// How many columns map to a field (not `extra` under their own name).
    var mapped = 0

    /// The plan: the column map's targets (by column number) first, then the profile's table, then
    /// the names. A column whose target another column already feeds goes to `extra` under its name.
    init(header: [String], profile: CSVProfile?, map: [Int: CSVTarget] = [:]) {
        var taken: [CSVTarget: Int] = [:]
        // The map's targets are taken first, so that the map wins over a name that comes earlier.
        for (i, t) in map.sorted(by: { $0.key < $1.key }) where t.isExclusive && taken[t] == nil { taken[t] = i }
        var declared = Set<String>()
        func declare(_ k: String) { if declared.insert(k).inserted { extraKeys.append(k) } }
        roles.reserveCapacity(header.count)
        for (i, name) in header.enumerated() {
            var target: CSVTarget?
            var source = CSVMappingSource.extra
            if let t = map[i] {
                target = t; source = .map
            } else if let profile {
                if let t = profile.target(for: name) {
                    target = t; source = .profile
                } else if CSVMapping.columnIndex[name] != nil {
                    // A canonical name as written, in a sheet of a profile (Crosswalk's own columns beside the layout's).
                    target = .column(name); source = .canonical
                }
            } else if let t = CSVHeaderNames.target(for: name) {
                target = t
                source = CSVMapping.columnIndex[name] != nil ? .canonical : .nameMatch
            }
            // Two columns for one field: the first (or the map's, or the exact canonical name) wins; the other is kept in `extra`.
            if source != .map, let t = target, t.isExclusive, let first = taken[t], first != i {
                notes.append(("column `\(name)` also maps to \(t.describe), which column \(first + 1) (`\(header[first])`) feeds; kept in `extra[\"\(name)\"]`", i))
                target = nil
                source = .extra
            }
            if let t = target, t.isExclusive, taken[t] == nil { taken[t] = i }
            targets.append(target ?? .extra(name))
            sources.append(source)
            switch target {
            case .column(let c)?:
                let column = CSVMapping.columns[CSVMapping.columnIndex[c]!]
                roles.append(.canonical(column))
                mapped += 1
                if c == "id" { idColumn = i }
                if c == "title" { titleColumn = i }
                if c == "date" { dateColumn = i }
            case .identifier?:
                roles.append(.identifier)
                mapped += 1
                if idFallbackColumn == nil { idFallbackColumn = i }
            case .dateStart?:
                roles.append(.dateStart); mapped += 1; hasDateRange = true
            case .dateEnd?:
                roles.append(.dateEnd); mapped += 1; hasDateRange = true
            case .extra(let k)?:
                roles.append(.extra(k)); mapped += 1
                declare(k)
            case .ignore?:
                roles.append(.ignore)
            case nil:
                roles.append(.extra(name))
                declare(name)
            }
        }
        // A spreadsheet date that cannot be read is kept as text under `dc:date`: make room for it,
        // unless the header is Crosswalk's own (whose dates are EDTF).
        if dateColumn.map({ header[$0] != "date" }) ?? false || hasDateRange { declare("dc:date") }
    }
}

extension CSVTarget {
    /// Whether only one column can feed it (every target but `extra` and nothing).
    var isExclusive: Bool {
        switch self {
        case .extra, .ignore: false
        default: true
        }
    }
}

// MARK: DCMI types

enum CSVTypes {
    static let dcmiTypes = ["Collection", "Dataset", "Event", "Image", "InteractiveResource", "MovingImage",
                            "PhysicalObject", "Service", "Software", "Sound", "StillImage", "Text"]
    static let dcmiByLowercase: [String: String] = Dictionary(uniqueKeysWithValues: dcmiTypes.map { ($0.lowercased(), $0) })
    static let recordTypeByLowercase: [String: RecordType] = Dictionary(uniqueKeysWithValues: RecordType.allCases.map { ($0.rawValue, $0) })

    /// The record type of a DCMI Type term, as the Dublin Core reader reads it.
    static func recordType(forDCMI term: String) -> RecordType { RecordType(dcmiType: term) }
}

// MARK: identifiers

enum CSVIdentifiers {
    /// An identifier's scheme from its form.
    static func classify(_ v: String) -> Identifier {
        let lower = v.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return Identifier(.url, v) }
        if lower.hasPrefix("doi:") { return Identifier(.doi, String(v.dropFirst(4)).trimmingSpaces) }
        if lower.hasPrefix("10."), v.contains("/") { return Identifier(.doi, v) }
        if lower.hasPrefix("hdl:") { return Identifier(.handle, String(v.dropFirst(4)).trimmingSpaces) }
        if lower.hasPrefix("urn:isbn:") { return Identifier(.isbn, String(v.dropFirst(9))) }
        if lower.hasPrefix("oai:") { return Identifier(.oai, v) }
        return Identifier(.local, v)
    }
}
