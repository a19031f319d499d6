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

    // MARK: Dates

    /// The DCMI terms that refine `date`, each a `DateKind` of the same name.
    static let dateTerms = ["created", "issued", "available", "modified", "dateAccepted", "dateSubmitted", "dateCopyrighted", "valid"]

    /// The kind of date an element (`dc:date`, `dcterms:issued`) holds.
    static func dateKind(ofElement key: String) -> DateKind {
        guard key.hasPrefix("dcterms:") else { return .date }
        return DateKind(rawValue: String(key.dropFirst(8))) ?? .date
    }

    /// The element a kind of date is written as in qualified Dublin Core.
    static func dateElement(_ kind: DateKind) -> String {
        switch kind {
        case .accessioned: "dcterms:dateAccepted"
        default: "dcterms:" + kind.rawValue
        }
    }

    /// How the reader ranks a date to be the main date (lowest first; nil: never the main date): a
    /// plain date before a timestamp (DSpace writes its deposit time even as `dcterms:created`), then
    /// `created` before `date` and `issued`.
    static func mainDateRank(_ kind: DateKind, text: String) -> Int? {
        let base: Int
        switch kind {
        case .created: base = 0
        case .date, .issued: base = 2
        default: return nil
        }
        return base + (text.utf8.contains(UInt8(ascii: "T")) ? 10 : 0)
    }

    /// The date of a list the reader would take as the main date, if there were no other.
    static func mainDateIndex(_ dates: [RecordDate]) -> Int? {
        dates.indices.compactMap { i in mainDateRank(dates[i].kind, text: dates[i].date.description).map { ($0, i) } }
            .min { ($0.0, $0.1) < ($1.0, $1.1) }?.1
    }

    /// The `created` date of `dates` that the `dcterms` writer writes in the main date's place: the one
    /// the reader will take as the main date and not list again (no other `created`, `date` or `issued`
    /// date is the same), when the record has no main date or that date as its main date.
    static func createdWrittenFirst(_ r: Record) -> Int? {
        guard let i = mainDateIndex(r.dates), r.dates[i].kind == .created, r.date == nil || r.date == r.dates[i].date else { return nil }
        let date = r.dates[i].date
        let again = r.dates.indices.contains { j in
            j != i && r.dates[j].date == date && mainDateRank(r.dates[j].kind, text: r.dates[j].date.description) != nil
        }
        return again ? nil : i
    }

    // MARK: Level of description, coordinates, extent

    static let levelLabel = "Level of description: "

    /// `east=LONGITUDE; north=LATITUDE`, a DCMI Point.
    static func pointText(_ c: Coordinates) -> String { "east=\(c.longitude); north=\(c.latitude)" }

    /// The coordinates of a DCMI Point that has `east` and `north` and nothing else but the default
    /// units and projection, each a decimal in range; nil for any other text.
    static func point(_ text: String) -> Coordinates? {
        guard text.contains("east="), text.contains("north=") else { return nil }
        var east: String?, north: String?
        for part in text.split(separator: ";") {
            let p = InvertedName.trimmed(String(part))
            if p.isEmpty { continue }
            guard let eq = p.firstIndex(of: "=") else { return nil }
            let name = InvertedName.trimmed(String(p[..<eq])), value = InvertedName.trimmed(String(p[p.index(after: eq)...]))
            switch name {
            case "east" where east == nil: east = value
            case "north" where north == nil: north = value
            case "units" where value == "signed decimal degrees": break
            case "projection" where value == "WGS84": break
            case "zunits" where value == "metres": break
            default: return nil
            }
        }
        guard let east, let north else { return nil }
        let c = Coordinates(latitude: north, longitude: east)
        return c.problem == nil ? c : nil
    }

    /// Whether a text is a media type (`application/pdf`, `image/jpeg; charset=…` aside): `type/subtype`, no spaces.
    static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || "!#$&^_.+-".utf8.contains(b)
            }
        }
    }

    // MARK: White space

    /// The text with every run of spaces, tabs and line breaks made one space, and none at the edges:
    /// how a reader of Dublin Core reads an element's text (pretty-printed XML is indented inside elements).
    public static func collapsingWhiteSpace(_ s: String) -> String {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        // Most texts need nothing: no tab or line break, no space at an edge, no two spaces in a row.
        var clean = s.utf8.first != 0x20 && s.utf8.last != 0x20
        if clean {
            var previous: UInt8 = 0
            for b in s.utf8 {
                if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && previous == 0x20) { clean = false; break }
                previous = b
            }
        }
        if clean { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pending = false
        for b in s.utf8 {
            if isSpace(b) { pending = !out.isEmpty; continue }
            if pending { out.append(0x20); pending = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
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
