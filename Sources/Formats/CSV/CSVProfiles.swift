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
    public let columns: [(header: String, target: CSVTarget)]
    /// Header names only this layout uses: two of them, and none of another profile's, detect it.
    public var signature: [String]

    private let index: [String: CSVTarget]

    public init(name: String, title: String, separator: String, columns: [(header: String, target: CSVTarget)], signature: [String]) {
        self.name = name; self.title = title; self.separator = separator; self.columns = columns; self.signature = signature
        index = Dictionary(columns.map { (CSVHeaderNames.normalized($0.header), $0.target) }, uniquingKeysWith: { a, _ in a })
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

    /// ArchivesSpace's bulk import spreadsheet for archival objects (`bulk_import_template`), the row
    /// of field codes as the header (the rows above it and the label column taken off). Multi-valued
    /// cells use `|`. `ref_id` is the id, `unit_id` (the component's reference code) an identifier.
    public static let archivesSpace = CSVProfile(
        name: "archivesspace", title: "ArchivesSpace archival objects bulk import spreadsheet", separator: "|",
        columns: [
            ("ead", .extra("ead")),
            ("res_uri", .column("isPartOf")),
            ("ref_id", .column("id")),
            ("title", .column("title")),
            ("unit_id", .identifier),
            ("hierarchy", .extra("hierarchy")),
            ("level", .column("levelOfDescription")),
            ("other_level", .extra("other_level")),
            ("publish", .extra("publish")),
            ("restrictions_flag", .extra("restrictions_flag")),
            ("processing_note", .extra("processing_note")),
            ("dates_label", .extra("dates_label")),
            ("begin", .dateStart),
            ("end", .dateEnd),
            ("date_type", .extra("date_type")),
            ("expression", .column("date")),
            ("date_certainty", .extra("date_certainty")),
            ("portion", .extra("portion")),
            ("number", .extra("extent_number")),
            ("extent_type", .extra("extent_type")),
            ("container_summary", .extra("container_summary")),
            ("physical_details", .extra("physical_details")),
            ("dimensions", .extra("dimensions")),
            ("cont_instance_type", .extra("cont_instance_type")),
            ("type_1", .extra("type_1")),
            ("indicator_1", .extra("indicator_1")),
            ("barcode", .extra("barcode")),
            ("digital_object_id", .extra("digital_object_id")),
            ("digital_object_title", .extra("digital_object_title")),
            ("rep_file_uri", .extra("rep_file_uri")),
            ("people_agent_header_1", .column("creator")),
            ("people_agent_role_1", .extra("people_agent_role_1")),
            ("corporate_entities_agent_header_1", .extra("corporate_entities_agent_header_1")),
            ("subject_1_term", .column("subjects")),
            ("subject_1_type", .extra("subject_1_type")),
            ("l_lang", .column("languages")),
            ("l_langscript", .extra("script")),
            ("n_abstract", .extra("dcterms:abstract")),
            ("n_scopecontent", .column("description")),
            ("n_bioghist", .extra("n_bioghist")),
            ("n_accessrestrict", .column("rights")),
            ("n_userestrict", .extra("n_userestrict")),
            ("n_acqinfo", .extra("n_acqinfo")),
            ("n_custodhist", .extra("n_custodhist")),
            ("n_arrangement", .extra("n_arrangement")),
            ("n_physloc", .column("archive.location")),
            ("n_relatedmaterial", .extra("n_relatedmaterial")),
            ("n_odd", .column("notes")),
        ],
        signature: ["res_uri", "ref_id", "unit_id", "hierarchy", "other_level", "restrictions_flag", "processing_note",
                    "dates_label", "date_certainty", "cont_instance_type", "indicator_1", "people_agent_header_1",
                    "subject_1_term", "l_lang", "n_scopecontent", "n_odd", "n_accessrestrict"])

    /// ArchivesSpace's accession CSV import template (`aspace_accession_import_template.csv`): one
    /// accession per row. The accession number's first part is the id; the others stay in `extra`.
    public static let archivesSpaceAccessions = CSVProfile(
        name: "archivesspace-accessions", title: "ArchivesSpace accession CSV import template", separator: "|",
        columns: [
            ("accession_title", .column("title")),
            ("accession_number_1", .column("id")),
            ("accession_number_2", .extra("accession_number_2")),
            ("accession_number_3", .extra("accession_number_3")),
            ("accession_number_4", .extra("accession_number_4")),
            ("accession_accession_date", .column("date.accessioned")),
            ("accession_acquisition_type", .extra("accession_acquisition_type")),
            ("accession_resource_type", .extra("accession_resource_type")),
            ("accession_content_description", .column("description")),
            ("accession_condition_description", .extra("accession_condition_description")),
            ("accession_provenance", .extra("dcterms:provenance")),
            ("accession_general_note", .column("notes")),
            ("accession_access_restrictions", .extra("accession_access_restrictions")),
            ("accession_access_restrictions_note", .column("rights")),
            ("accession_use_restrictions_note", .extra("accession_use_restrictions_note")),
            ("accession_publish", .extra("accession_publish")),
            ("date_1_label", .extra("date_1_label")),
            ("date_1_expression", .column("date")),
            ("date_1_begin", .dateStart),
            ("date_1_end", .dateEnd),
            ("date_1_type", .extra("date_1_type")),
            ("extent_number", .extra("extent_number")),
            ("extent_type", .extra("extent_type")),
            ("extent_container_summary", .extra("extent_container_summary")),
            ("agent_role", .extra("agent_role")),
            ("agent_type", .extra("agent_type")),
            ("agent_name_primary_name", .column("contributor")),
            ("agent_name_rest_of_name", .extra("agent_name_rest_of_name")),
            ("subject_source", .extra("subject_source")),
            ("subject_term", .column("subjects")),
            ("subject_term_type", .extra("subject_term_type")),
        ],
        signature: ["accession_title", "accession_number_1", "accession_accession_date", "accession_content_description",
                    "accession_provenance", "accession_acquisition_type", "date_1_expression", "date_1_begin",
                    "agent_name_primary_name", "subject_term"])

    /// Omeka S's CSV Import module with `dcterms:` headers (as its automap reads them) and Omeka S's
    /// own columns. Set the import's multivalue separator to `|`, which this profile reads and writes.
    public static let omekaS = CSVProfile(
        name: "omeka-s", title: "Omeka S CSV Import sheet (dcterms: columns)", separator: "|",
        columns: [
            ("o:id", .extra("o:id")),
            ("dcterms:identifier", .identifier),
            ("dcterms:title", .column("title")),
            ("dcterms:alternative", .column("alternativeTitles")),
            ("dcterms:type", .column("type")),
            ("dcterms:creator", .column("creator")),
            ("dcterms:contributor", .column("contributor")),
            ("dcterms:date", .column("date")),
            ("dcterms:created", .extra("dcterms:created")),
            ("dcterms:issued", .extra("dcterms:issued")),
            ("dcterms:description", .column("description")),
            ("dcterms:abstract", .extra("dcterms:abstract")),
            ("dcterms:subject", .column("subjects")),
            ("dcterms:spatial", .column("places")),
            ("dcterms:coverage", .extra("dc:coverage")),
            ("dcterms:temporal", .extra("dcterms:temporal")),
            ("dcterms:language", .column("languages")),
            ("dcterms:publisher", .column("publisher")),
            ("dcterms:isPartOf", .column("isPartOf")),
            ("dcterms:relation", .extra("dc:relation")),
            ("dcterms:source", .extra("dc:source")),
            ("dcterms:format", .extra("dc:format")),
            ("dcterms:extent", .column("extent")),
            ("dcterms:medium", .extra("dcterms:medium")),
            ("dcterms:rights", .column("rights")),
            ("dcterms:rightsHolder", .extra("dcterms:rightsHolder")),
            ("dcterms:provenance", .extra("dcterms:provenance")),
            ("dcterms:bibliographicCitation", .extra("dcterms:bibliographicCitation")),
            ("o:resource_template", .extra("o:resource_template")),
            ("o:resource_class", .extra("o:resource_class")),
            ("o:item_set", .extra("o:item_set")),
            ("o:media", .extra("o:media")),
            ("o:is_public", .extra("o:is_public")),
        ],
        signature: ["o:id", "o:resource_template", "o:resource_class", "o:item_set", "o:media", "o:is_public", "o:owner",
                    "Item sets", "Media url", "Resource template", "Resource class"])

    /// Omeka Classic's item CSV export (the CSV Report format that Omeka Classic's CSV Import reads
    /// back): `Dublin Core:NAME` element columns, `Item Type Metadata:NAME` columns (kept in `extra`),
    /// and Omeka's own. Several element texts in a cell are joined with `^^`.
    public static let omekaClassic = CSVProfile(
        name: "omeka-classic", title: "Omeka Classic item CSV export (CSV Report)", separator: "^^",
        columns: [
            ("Dublin Core:Identifier", .identifier),
            ("Dublin Core:Title", .column("title")),
            ("Dublin Core:Subject", .column("subjects")),
            ("Dublin Core:Description", .column("description")),
            ("Dublin Core:Creator", .column("creator")),
            ("Dublin Core:Source", .extra("dc:source")),
            ("Dublin Core:Publisher", .column("publisher")),
            ("Dublin Core:Date", .column("date")),
            ("Dublin Core:Contributor", .column("contributor")),
            ("Dublin Core:Rights", .column("rights")),
            ("Dublin Core:Relation", .extra("dc:relation")),
            ("Dublin Core:Format", .extra("dc:format")),
            ("Dublin Core:Language", .column("languages")),
            ("Dublin Core:Type", .column("type")),
            ("Dublin Core:Coverage", .column("places")),
            ("itemType", .extra("itemType")),
            ("collection", .column("isPartOf")),
            ("tags", .extra("tags")),
            ("file", .extra("file")),
            ("public", .extra("public")),
            ("featured", .extra("featured")),
        ],
        signature: ["itemType", "tags", "file", "public", "featured"])

    public static let all: [CSVProfile] = [atom, collectionBuilder, archivesSpace, archivesSpaceAccessions, omekaS, omekaClassic]

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
        help: "CSV input and output: the spreadsheet layout: " + CSVProfiles.all.map { "\($0.name) (\($0.title))" }.joined(separator: ", ")
            + "; auto (default: detected from the header) or none (the column names alone). On CSV output, a profile writes its layout.")
    public static let columns = FormatSetting(
        key: "csv.columns", option: "columns", valueName: "names",
        help: "CSV output: the columns to write, in this order, separated by commas: canonical column names or `extra` keys "
            + "(default: every canonical column, then every `extra` key the records hold).")
    public static let map = FormatSetting(
        key: "csv.map", option: "map", valueName: "source=target,...",
        help: "CSV input: which column feeds which field, as SOURCE=TARGET pairs separated by commas (repeatable): "
            + "a CSV column name, identifier, date.start, date.end, extra.NAME, or - to ignore the column; wins over --profile and the column names. "
            + "`crosswalk inspect FILE.csv` prints one to edit.",
        repeatable: true)
    public static let mapFile = FormatSetting(
        key: "csv.mapFile", option: "map-file", valueName: "file.csv",
        help: "CSV input: a column map as a two-column CSV file (source column, target); --map entries win over it.")
    public static let all = [profile, columns, map, mapFile]
}

extension String {
    fileprivate func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
