import CrosswalkModel

/// The rules the crosswalk table's rows share: element names, types, roles, identifiers and labelled sources.
extension DublinCoreMapping {
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
    static func recordType(forDCMI term: String) -> RecordType { RecordType(dcmiType: term) }

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

    /// The parts of a labelled citation: its label, the canonical field, and how to get and set it.
    static let citationParts: [(label: String, field: String, get: @Sendable (Record) -> String?, set: @Sendable (inout Record, String) -> Void)] = [
        ("Container", "containerTitle", { $0.containerTitle }, { $0.containerTitle = $1 }),
        ("Volume", "volume", { $0.volume }, { $0.volume = $1 }),
        ("Issue", "issue", { $0.issue }, { $0.issue = $1 }),
        ("Pages", "pages", { $0.pages }, { $0.pages = $1 }),
        ("Edition", "edition", { $0.edition }, { $0.edition = $1 }),
        ("Series", "series", { $0.series }, { $0.series = $1 }),
        ("Number", "number", { $0.number }, { $0.number = $1 }),
        ("Publisher place", "publisherPlace", { $0.publisherPlace }, { $0.publisherPlace = $1 }),
    ]
    static let citationLabels = citationParts.map(\.label)

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
        labelled(citationParts.map { ($0.label, $0.get(r)) })
    }

    /// Applies a parsed citation to a record.
    static func apply(citation c: [String: String], to r: inout Record) {
        for part in citationParts { if let v = c[part.label] { part.set(&r, v) } }
    }
}
