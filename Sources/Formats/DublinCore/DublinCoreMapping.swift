import CrosswalkModel

/// XML namespaces that Dublin Core documents use.
public enum DCNamespace {
    public static let elements = "http://purl.org/dc/elements/1.1/"
    public static let terms = "http://purl.org/dc/terms/"
    public static let oaiDC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    public static let oaiPMH = "http://www.openarchives.org/OAI/2.0/"
    /// Crosswalk's own container for many records (`Schemas/crosswalk-records.xsd`).
    public static let records = "urn:crosswalk:records:1"
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
}

/// One row of the Dublin Core crosswalk: a canonical field, the simple DC element, the qualified
/// (dcterms) element, and how the value is written. `Docs/formats/dublin-core.md` prints this table.
public struct DCMappingRow: Sendable {
    public let field: String
    public let dc: String
    public let dcterms: String
    public let rule: String
}

public enum DublinCoreMapping {
    /// The crosswalk table, in both directions.
    public static let table: [DCMappingRow] = [
        .init(field: "id", dc: "dc:identifier", dcterms: "dcterms:identifier",
              rule: "written `crosswalk:ID`; read back from it, else from the OAI-PMH header identifier, else from the first identifier without spaces, else `record-N` (with a warning)"),
        .init(field: "title", dc: "dc:title", dcterms: "dcterms:title",
              rule: "the first title is the title; its `xml:lang`, if any, is kept in `extra[\"dc:title@xml:lang\"]`"),
        .init(field: "alternativeTitles", dc: "dc:title (later ones)", dcterms: "dcterms:alternative",
              rule: "`xml:lang` ↔ `lang`; every title after the first is an alternative title"),
        .init(field: "agents (creator)", dc: "dc:creator", dcterms: "dcterms:creator",
              rule: "`Family, Given`, `Family, Given, Suffix`, `Family,` or a literal"),
        .init(field: "agents (contributor)", dc: "dc:contributor", dcterms: "dcterms:contributor", rule: "as creator"),
        .init(field: "agents (recipient, translator, editor)", dc: "dc:contributor", dcterms: "dcterms:contributor",
              rule: "the name followed by ` (recipient)`, ` (translator)` or ` (editor)`; read back by that suffix (also `(addressee)`, `(trans.)`, `(ed.)`)"),
        .init(field: "date", dc: "dc:date", dcterms: "dcterms:created",
              rule: "EDTF text; the first valid EDTF date is the date, other dates go to `extra[\"dc:date\"]` (or the dcterms term) with a warning if not EDTF"),
        .init(field: "type", dc: "dc:type", dcterms: "dcterms:type",
              rule: "written twice: the DCMI Type term (Text, StillImage, Dataset, Sound) and the Crosswalk type; read back case-insensitively"),
        .init(field: "genre", dc: "dc:type", dcterms: "dcterms:type", rule: "any other type text; more than one go to `extra[\"dc:type\"]`"),
        .init(field: "description", dc: "dc:description (first)", dcterms: "dcterms:abstract", rule: ""),
        .init(field: "notes", dc: "dc:description (later ones)", dcterms: "dcterms:description",
              rule: "with no description, the first note reads back as the description (both writers warn)"),
        .init(field: "subjects", dc: "dc:subject", dcterms: "dcterms:subject", rule: ""),
        .init(field: "places", dc: "dc:coverage", dcterms: "dcterms:spatial", rule: "`dcterms:coverage` is read as a place too"),
        .init(field: "languages", dc: "dc:language", dcterms: "dcterms:language", rule: ""),
        .init(field: "publisher", dc: "dc:publisher", dcterms: "dcterms:publisher",
              rule: "a second publisher goes to `extra[\"dc:publisher\"]`"),
        .init(field: "isPartOf", dc: "dc:relation", dcterms: "dcterms:isPartOf",
              rule: "an OAI-PMH header's `setSpec` is read into `isPartOf` too"),
        .init(field: "archive", dc: "dc:source", dcterms: "dcterms:source",
              rule: "`Archive: NAME; Location: LOCATION; Place: PLACE`; a source without that label goes to `extra[\"dc:source\"]`"),
        .init(field: "identifiers (url)", dc: "dc:identifier", dcterms: "dcterms:identifier", rule: "the URL itself"),
        .init(field: "identifiers (doi)", dc: "dc:identifier", dcterms: "dcterms:identifier",
              rule: "`doi:VALUE`; `https://doi.org/…` and `http://dx.doi.org/…` are read as DOIs too"),
        .init(field: "identifiers (handle)", dc: "dc:identifier", dcterms: "dcterms:identifier", rule: "`hdl:VALUE`"),
        .init(field: "identifiers (oai)", dc: "dc:identifier", dcterms: "dcterms:identifier",
              rule: "`oai:…` as it is; an OAI identifier of another form is written as it is, with a warning that it reads back by its own form. The OAI-PMH header identifier is read as an `oai` identifier"),
        .init(field: "identifiers (isbn, issn)", dc: "dc:identifier", dcterms: "dcterms:identifier", rule: "`urn:isbn:VALUE`, `urn:issn:VALUE`"),
        .init(field: "identifiers (local)", dc: "dc:identifier", dcterms: "dcterms:identifier",
              rule: "the value as it is, or `local:VALUE` when it would read as another scheme; any identifier of no known form is read as local"),
        .init(field: "rights", dc: "dc:rights", dcterms: "dcterms:rights", rule: ""),
        .init(field: "containerTitle, volume, issue, pages, edition, series, number, publisherPlace", dc: "dc:source",
              dcterms: "dcterms:bibliographicCitation",
              rule: "`Container: …; Volume: …; Issue: …; Pages: …; Edition: …; Series: …; Number: …; Publisher place: …` (only the parts present)"),
        .init(field: "accessed", dc: "—", dcterms: "—", rule: "dropped with a warning: Dublin Core has no access date"),
        .init(field: "extra", dc: "dc:NAME", dcterms: "dcterms:NAME or dc:NAME",
              rule: "keys `dc:NAME` (a DC 1.1 element) and, in dcterms, `dcterms:NAME` (a DCMI term) are written back as those elements, so `dc:format` survives; other keys are dropped with a warning. DC terms with no canonical field are read into `extra` as `dc:NAME` or `dcterms:NAME`, other elements under their qualified name"),
    ]

    /// The DC 1.1 elements, and the DCMI Metadata Terms properties (which include them).
    static let elementNames: Set<String> = ["title", "creator", "subject", "description", "publisher", "contributor", "date",
                                            "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"]
    static let termNames: Set<String> = elementNames.union([
        "abstract", "accessRights", "accrualMethod", "accrualPeriodicity", "accrualPolicy", "alternative", "audience", "available",
        "bibliographicCitation", "conformsTo", "created", "dateAccepted", "dateCopyrighted", "dateSubmitted", "educationLevel",
        "extent", "hasFormat", "hasPart", "hasVersion", "instructionalMethod", "isFormatOf", "isPartOf", "isReferencedBy",
        "isReplacedBy", "isRequiredBy", "isVersionOf", "issued", "license", "mediator", "medium", "modified", "provenance",
        "references", "replaces", "requires", "rightsHolder", "spatial", "tableOfContents", "temporal", "valid",
    ])

    /// Whether an element is a Dublin Core element or term.
    static func isTerm(namespace ns: String, name: String) -> Bool {
        (ns == DCNamespace.elements && elementNames.contains(name)) || (ns == DCNamespace.terms && termNames.contains(name))
    }

    // MARK: Types

    /// The DCMI Type Vocabulary terms.
    static let dcmiTypes = ["Collection", "Dataset", "Event", "Image", "InteractiveResource", "MovingImage",
                            "PhysicalObject", "Service", "Software", "Sound", "StillImage", "Text"]
    static let dcmiTypeByLowercase: [String: String] = Dictionary(uniqueKeysWithValues: dcmiTypes.map { ($0.lowercased(), $0) })

    /// The DCMI Type term for a Crosswalk type.
    static func dcmiType(for type: RecordType) -> String? {
        switch type {
        case .document, .letter, .manuscript, .report, .book, .chapter, .article, .thesis, .webpage: "Text"
        case .image, .map: "StillImage"
        case .dataset: "Dataset"
        case .interview, .speech: "Sound"
        case .other: nil
        }
    }

    /// The Crosswalk type for a DCMI Type term, when the record names no more specific type.
    static func recordType(forDCMI term: String) -> RecordType {
        switch term {
        case "Text": .document
        case "Image", "StillImage": .image
        case "Dataset": .dataset
        case "Sound": .speech
        default: .other
        }
    }

    // MARK: Agent roles

    static let roleSuffixes: [(suffix: String, role: AgentRole)] = [
        ("(recipient)", .recipient), ("(addressee)", .recipient),
        ("(translator)", .translator), ("(trans.)", .translator), ("(tr.)", .translator),
        ("(editor)", .editor), ("(ed.)", .editor),
    ]

    static func roleSuffix(_ role: AgentRole) -> String? {
        switch role {
        case .recipient: " (recipient)"
        case .translator: " (translator)"
        case .editor: " (editor)"
        case .creator, .contributor: nil
        }
    }

    /// Splits a role suffix off a contributor: "Stalin, I.V. (recipient)" → ("Stalin, I.V.", .recipient).
    static func splitRole(_ text: String, default role: AgentRole) -> (String, AgentRole) {
        for (suffix, r) in roleSuffixes where text.hasSuffix(suffix) {
            var name = String(text.dropLast(suffix.count))
            while name.last == " " { name.removeLast() }
            if !name.isEmpty { return (name, r) }
        }
        return (text, role)
    }

    // MARK: Identifiers

    static let recordIDPrefix = "crosswalk:"

    /// The text of an identifier in a `dc:identifier` element, and whether it reads back with the same scheme.
    static func text(of identifier: Identifier) -> (text: String, faithful: Bool) {
        let v = identifier.value
        switch identifier.scheme {
        case .url: return (v, classify(v) == identifier)
        case .doi: return ("doi:" + v, true)
        case .handle: return ("hdl:" + v, true)
        case .oai: return (v, classify(v) == identifier)
        case .isbn: return ("urn:isbn:" + v, true)
        case .issn: return ("urn:issn:" + v, true)
        case .local:
            if classify(v) == identifier { return (v, true) }
            return ("local:" + v, true)
        }
    }

    /// The identifier a `dc:identifier` text stands for.
    static func classify(_ text: String) -> Identifier {
        let lower = text.lowercased()
        func after(_ prefix: String) -> String { String(text.dropFirst(prefix.count)) }
        for p in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"] where lower.hasPrefix(p) {
            return Identifier(.doi, after(p))
        }
        if lower.hasPrefix("doi:") { return Identifier(.doi, after("doi:")) }
        if lower.hasPrefix("hdl:") { return Identifier(.handle, after("hdl:")) }
        if lower.hasPrefix("oai:") { return Identifier(.oai, text) }
        if lower.hasPrefix("urn:isbn:") { return Identifier(.isbn, after("urn:isbn:")) }
        if lower.hasPrefix("urn:issn:") { return Identifier(.issn, after("urn:issn:")) }
        if lower.hasPrefix("local:") { return Identifier(.local, after("local:")) }
        if text.contains("://") && !text.contains(" ") { return Identifier(.url, text) }
        return Identifier(.local, text)
    }

    // MARK: Labelled sources

    static let archiveLabels = ["Archive", "Location", "Place"]
    static let citationLabels = ["Container", "Volume", "Issue", "Pages", "Edition", "Series", "Number", "Publisher place"]

    /// `Label: value; Label: value`, for the labels that have values.
    static func labelled(_ pairs: [(String, String?)]) -> String? {
        let present = pairs.compactMap { label, value in value.map { "\(label): \($0)" } }
        return present.isEmpty ? nil : present.joined(separator: "; ")
    }

    /// Parses `Label: value; Label: value` when the text starts with one of the labels (the first
    /// label, when `firstRequired`).
    static func parseLabelled(_ text: String, labels: [String], firstRequired: Bool = false) -> [String: String]? {
        let candidates = firstRequired ? Array(labels.prefix(1)) : labels
        guard let first = candidates.first(where: { text.hasPrefix($0 + ": ") }) else { return nil }
        // Split at "; " and start a new part only where a known label follows, so that values may hold semicolons.
        var result: [String: String] = [:]
        var currentLabel = first
        let bytes = Array(text.utf8)
        var valueStart = first.utf8.count + 2
        var i = valueStart
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: ";") && bytes[i + 1] == 0x20 {
                let rest = bytes[(i + 2)...]
                if let label = labels.first(where: { l in
                    let lb = Array(l.utf8)
                    return rest.starts(with: lb) && rest.dropFirst(lb.count).starts(with: [UInt8(ascii: ":"), 0x20])
                }) {
                    result[currentLabel] = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                    currentLabel = label
                    valueStart = i + 2 + label.utf8.count + 2
                    i = valueStart
                    continue
                }
            }
            i += 1
        }
        result[currentLabel] = String(decoding: bytes[valueStart...], as: UTF8.self)
        return result
    }

    static func archiveSource(_ a: Archive) -> String {
        labelled([("Archive", a.name), ("Location", a.location), ("Place", a.place)])!
    }

    static func citation(_ r: Record) -> String? {
        labelled([("Container", r.containerTitle), ("Volume", r.volume), ("Issue", r.issue), ("Pages", r.pages),
                  ("Edition", r.edition), ("Series", r.series), ("Number", r.number), ("Publisher place", r.publisherPlace)])
    }

    /// Applies a parsed citation to a record.
    static func apply(citation c: [String: String], to r: inout Record) {
        r.containerTitle = c["Container"] ?? r.containerTitle
        r.volume = c["Volume"] ?? r.volume
        r.issue = c["Issue"] ?? r.issue
        r.pages = c["Pages"] ?? r.pages
        r.edition = c["Edition"] ?? r.edition
        r.series = c["Series"] ?? r.series
        r.number = c["Number"] ?? r.number
        r.publisherPlace = c["Publisher place"] ?? r.publisherPlace
    }
}
