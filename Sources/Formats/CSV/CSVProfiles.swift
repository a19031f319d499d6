import CrosswalkModel

/// A spreadsheet layout that an archive or a repository exports, as a table: each header name the
/// layout uses, and what it feeds. Chosen with `--profile NAME` (the `csv.profile` setting), or
/// detected from the header when it is unambiguous. A column the table does not name goes to `extra`
/// under its own name. `Docs/formats/csv.md` prints every profile (`markdownTable`).
public struct CSVProfile: Sendable {
    public var name: String
    public var title: String
    /// The multi-value separator the layout uses (used unless `--separator` is given).
    public var separator: String
    public var columns: [(header: String, target: CSVTarget)]
    /// Header names only this layout uses: two of them, and none of another profile's, detect it.
    public var signature: [String]

    private var index: [String: CSVTarget] {
        Dictionary(columns.map { (CSVHeaderNames.normalized($0.header), $0.target) }, uniquingKeysWith: { a, _ in a })
    }

    func target(for name: String) -> CSVTarget? {
        index[CSVHeaderNames.normalized(name)]
    }

    /// The column table as Markdown.
    public var markdownTable: String {
        var s = "| column | goes to |\n|---|---|\n"
        for (h, t) in columns { s += "| `\(h)` | \(t.describe) |\n" }
        return s
    }
}

public enum CSVProfiles {
    /// AtoM's ISAD(G) archival description CSV import template (`isad` template), as AtoM exports it.
    /// Multi-valued cells use `|`; `parentId` names the parent's `legacyId`.
    public static let atom = CSVProfile(
        name: "atom", title: "AtoM ISAD(G) archival description CSV", separator: "|",
        columns: [
            ("legacyId", .column("id")),
            ("parentId", .column("isPartOf")),
            ("qubitParentSlug", .extra("qubitParentSlug")),
            ("identifier", .identifier),
            ("accessionNumber", .extra("accessionNumber")),
            ("title", .column("title")),
            ("levelOfDescription", .column("levelOfDescription")),
            ("extentAndMedium", .column("extent")),
            ("repository", .column("archive.name")),
            ("archivalHistory", .extra("archivalHistory")),
            ("acquisition", .extra("acquisition")),
            ("scopeAndContent", .column("description")),
            ("arrangement", .extra("arrangement")),
            ("accessConditions", .column("rights")),
            ("reproductionConditions", .extra("reproductionConditions")),
            ("language", .column("languages")),
            ("script", .extra("script")),
            ("physicalCharacteristics", .extra("physicalCharacteristics")),
            ("findingAids", .extra("findingAids")),
            ("locationOfOriginals", .extra("locationOfOriginals")),
            ("relatedUnitsOfDescription", .extra("relatedUnitsOfDescription")),
            ("digitalObjectURI", .extra("digitalObjectURI")),
            ("generalNote", .column("notes")),
            ("subjectAccessPoints", .column("subjects")),
            ("placeAccessPoints", .column("places")),
            ("nameAccessPoints", .extra("nameAccessPoints")),
            ("genreAccessPoints", .column("genre")),
            ("eventDates", .column("date")),
            ("eventTypes", .extra("eventTypes")),
            ("eventStartDates", .dateStart),
            ("eventEndDates", .dateEnd),
            ("eventActors", .column("creator")),
            ("publicationStatus", .extra("publicationStatus")),
            ("culture", .extra("culture")),
        ],
        signature: ["legacyId", "qubitParentSlug", "levelOfDescription", "extentAndMedium", "scopeAndContent",
                    "eventDates", "eventStartDates", "eventActors", "subjectAccessPoints", "placeAccessPoints",
                    "nameAccessPoints", "publicationStatus", "culture"])

    /// CollectionBuilder's metadata CSV (CollectionBuilder-CSV, -GH, -SA). Multi-valued cells use `;`.
    public static let collectionBuilder = CSVProfile(
        name: "collectionbuilder", title: "CollectionBuilder metadata CSV", separator: ";",
        columns: [
            ("objectid", .column("id")),
            ("parentid", .column("isPartOf")),
            ("title", .column("title")),
            ("creator", .column("creator")),
            ("date", .column("date")),
            ("description", .column("description")),
            ("subject", .column("subjects")),
            ("location", .column("places")),
            ("latitude", .column("latitude")),
            ("longitude", .column("longitude")),
            ("source", .extra("dc:source")),
            ("identifier", .identifier),
            ("type", .column("type")),
            ("format", .extra("dc:format")),
            ("language", .column("languages")),
            ("rights", .column("rights")),
            ("rightsstatement", .extra("rightsstatement")),
            ("display_template", .extra("display_template")),
            ("object_location", .extra("object_location")),
            ("image_small", .extra("image_small")),
            ("image_thumb", .extra("image_thumb")),
            ("image_alt_text", .extra("image_alt_text")),
            ("object_transcript", .extra("object_transcript")),
            ("filename", .extra("filename")),
        ],
        signature: ["objectid", "parentid", "display_template", "object_location", "image_small", "image_thumb",
                    "image_alt_text", "object_transcript", "rightsstatement"])

    public static let all: [CSVProfile] = [atom, collectionBuilder]

    /// One line per profile, as `crosswalk formats --profiles` prints them: name, separator, title,
    /// and the header names that detect it.
    public static func listing() -> [String] {
        let width = all.map(\.name.count).max() ?? 0
        var lines = ["\("profile".padding(width))  sep  layout (detected by two of its own column names)"]
        for p in all {
            lines.append("\(p.name.padding(width))  \(p.separator.padding(3))  \(p.title): \(p.signature.joined(separator: ", "))")
        }
        return lines
    }

    public static func named(_ name: String) -> CSVProfile? { all.first { $0.name == name.lowercased() } }

    /// The profile a header is in, when exactly one profile has two or more of its signature names
    /// (matched exactly, as the layout writes them) and the others have none.
    public static func detect(header: [String]) -> CSVProfile? {
        let names = Set(header)
        let hits = all.map { p in (p, p.signature.filter { names.contains($0) }.count) }
        let candidates = hits.filter { $0.1 >= 2 }
        guard candidates.count == 1, hits.filter({ $0.1 > 0 }).count == 1 else { return nil }
        return candidates[0].0
    }
}

/// The CSV settings, as the CLI offers them.
public enum CSVSettings {
    public static let profile = FormatSetting(
        key: "csv.profile", option: "profile", values: ["auto", "none"] + CSVProfiles.all.map(\.name),
        valueName: "profile",
        help: "CSV input: the spreadsheet layout: " + CSVProfiles.all.map { "\($0.name) (\($0.title))" }.joined(separator: ", ")
            + "; auto (default: detected from the header) or none (the column names alone).")
    public static let columns = FormatSetting(
        key: "csv.columns", option: "columns", valueName: "names",
        help: "CSV output: the columns to write, in this order, separated by commas: canonical column names or `extra` keys "
            + "(default: every canonical column, then every `extra` key the records hold).")
    public static let all = [profile, columns]
}

extension String {
    fileprivate func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
