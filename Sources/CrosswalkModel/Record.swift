/// The canonical record: the hub that every conversion goes through.
///
/// The JSON keys of this type are a public contract, documented in
/// `Schemas/record.schema.json` and `Docs/formats/json.md`. Empty lists and
/// `nil` values are equivalent and are omitted on output.
public struct Record: Sendable, Hashable, Codable {
    /// Local identifier (required, not empty): any text, spaces and any Unicode included, such as the
    /// archival reference code `AU NBAC N193-001`. Writers that need a restricted citation key derive one.
    public var id: String
    /// A controlled kind that maps to DCMI Type, BibTeX and CSL types.
    public var type: RecordType?
    /// Free-text document genre, such as `Telegram`.
    public var genre: String?
    /// The title (required).
    public var title: String
    /// Other titles, such as the original-language title.
    public var alternativeTitles: [LocalizedString]
    /// An EDTF (Level 0 and 1) date: the main date, the one a citation shows.
    public var date: EDTFDate?
    /// The other dates, each with its kind (`issued`, `available`, `accessioned` …), in source order.
    /// When the main date is one of them (a harvest's `dcterms:issued`), it is listed here too, so that
    /// its kind is kept. A date that is not EDTF is kept as text in `extra` under its Dublin Core name
    /// (`extra["dc:date"]`, `extra["dcterms:issued"]`).
    public var dates: [RecordDate]
    /// People and bodies, each with a role.
    public var agents: [Agent]
    public var description: String?
    public var subjects: [String]
    public var places: [String]
    /// Where the record was made or what it shows, as a point (WGS 84 decimal degrees, kept as text).
    public var coordinates: Coordinates?
    /// BCP 47 language tags.
    public var languages: [String]
    public var publisher: String?
    /// The collections, series or sets the record belongs to.
    public var isPartOf: [String]
    /// The ISAD(G) level of description: free text, usually one of `LevelOfDescription.vocabulary`
    /// (`fonds`, `series`, `file`, `item` …), kept as the source writes it.
    public var levelOfDescription: String?
    /// The holding archive and the reference within it.
    public var archive: Archive?
    /// The extent, one statement each: `212 p.`, `3 folios`, `4.2 linear metres`, `1 volume`.
    public var extent: [String]
    public var identifiers: [Identifier]
    public var rights: [String]
    public var notes: [String]
    // The common bibliographic fields.
    public var containerTitle: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var edition: String?
    public var series: String?
    public var number: String?
    public var publisherPlace: String?
    /// When an online resource was accessed (EDTF).
    public var accessed: EDTFDate?
    /// Fields that the source had and the model has no key for, kept so that nothing is lost.
    /// Keys are namespaced by their origin where that helps (`bibtex.addendum`); values are lists.
    public var extra: [String: [String]]

    public init(
        id: String, type: RecordType? = nil, genre: String? = nil, title: String,
        alternativeTitles: [LocalizedString] = [], date: EDTFDate? = nil, dates: [RecordDate] = [], agents: [Agent] = [],
        description: String? = nil, subjects: [String] = [], places: [String] = [], coordinates: Coordinates? = nil,
        languages: [String] = [], publisher: String? = nil, isPartOf: [String] = [], levelOfDescription: String? = nil,
        archive: Archive? = nil, extent: [String] = [], identifiers: [Identifier] = [],
        rights: [String] = [], notes: [String] = [], containerTitle: String? = nil, volume: String? = nil,
        issue: String? = nil, pages: String? = nil, edition: String? = nil, series: String? = nil,
        number: String? = nil, publisherPlace: String? = nil, accessed: EDTFDate? = nil,
        extra: [String: [String]] = [:]
    ) {
        self.id = id; self.type = type; self.genre = genre; self.title = title
        self.alternativeTitles = alternativeTitles; self.date = date; self.dates = dates; self.agents = agents
        self.description = description; self.subjects = subjects; self.places = places; self.coordinates = coordinates
        self.languages = languages; self.publisher = publisher; self.isPartOf = isPartOf
        self.levelOfDescription = levelOfDescription; self.archive = archive; self.extent = extent; self.identifiers = identifiers
        self.rights = rights; self.notes = notes; self.containerTitle = containerTitle; self.volume = volume
        self.issue = issue; self.pages = pages; self.edition = edition; self.series = series; self.number = number
        self.publisherPlace = publisherPlace; self.accessed = accessed; self.extra = extra
    }

    /// The agents with a given role, in record order.
    public func agents(_ role: AgentRole) -> [Agent] { agents.filter { $0.role == role } }

    /// The first identifier with a given scheme.
    public func identifier(_ scheme: IdentifierScheme) -> String? {
        identifiers.first { $0.scheme == scheme }?.value
    }

    /// Problems that make this record unusable, as (field, message) pairs.
    /// Readers report each as an error that names the record, the field and the input location.
    public var problems: [(field: String, message: String)] {
        var out: [(String, String)] = []
        // Any text is an id (archival reference codes such as `AU NBAC N193-001` hold spaces);
        // a writer that needs a restricted key (BibTeX) derives one and keeps the id as an identifier.
        if id.isEmpty { out.append(("id", "the record has no `id`")) }
        if title.isEmpty { out.append(("title", "the record has no `title`")) }
        for (i, agent) in agents.enumerated() {
            if let p = agent.problem { out.append(("agents[\(i)]", p)) }
        }
        if let c = coordinates, let p = c.problem { out.append(("coordinates", p)) }
        if let a = archive, a.name.isEmpty { out.append(("archive.name", "an archive needs a `name`")) }
        for (i, ident) in identifiers.enumerated() where ident.value.isEmpty {
            out.append(("identifiers[\(i)]", "identifier `\(ident.scheme.rawValue)` has an empty value"))
        }
        return out
    }
}

/// A controlled record type. Each maps to DCMI Type, BibTeX and CSL types (see `Docs/formats/`).
public enum RecordType: String, Sendable, Hashable, Codable, CaseIterable {
    case document, letter, manuscript, report, book, chapter, article, thesis
    case image, map, dataset, webpage, interview, speech, other
}

extension Record {
    /// The prefix of the `extra` keys that hold a field's text again with its LaTeX markup
    /// (`extra["bibtex.latex.title"]`: case protection, emphasis, math), as the BibTeX reader keeps it.
    /// The plain text is in the field itself, so a writer that cannot hold the markup loses the markup,
    /// not the field.
    public static let latexMarkupPrefix = "bibtex.latex."

    /// The field whose markup an `extra` key holds (`"bibtex.latex.title"` → `"title"`), or nil.
    public static func markedField(ofExtraKey key: String) -> String? {
        key.hasPrefix(latexMarkupPrefix) ? String(key.dropFirst(latexMarkupPrefix.count)) : nil
    }
}

extension RecordType {
    /// The record type a DCMI Type term names (`Text`, `StillImage`, `Dataset` …), as the Dublin Core
    /// and CSV readers read it; a term with no closer type is `.other`.
    public init(dcmiType term: String) {
        switch term {
        case "Text": self = .document
        case "Image", "StillImage": self = .image
        case "Dataset": self = .dataset
        case "Sound": self = .speech
        default: self = .other
        }
    }
}

/// The kind of a date in `Record.dates`: the DCMI Metadata Terms refinements of `date`, and
/// `accessioned` (when a repository took the record in: DSpace's `dc.date.accessioned`).
/// `date` is a date whose kind the source does not say (a second `dc:date`).
public enum DateKind: String, Sendable, Hashable, Codable, CaseIterable {
    case date, created, issued, available, accessioned, modified, dateAccepted, dateSubmitted, dateCopyrighted, valid
}

/// A date with its kind.
public struct RecordDate: Sendable, Hashable, Codable {
    public var kind: DateKind
    public var date: EDTFDate
    public init(_ kind: DateKind, _ date: EDTFDate) { self.kind = kind; self.date = date }
}

/// A point on the Earth: latitude and longitude in decimal degrees (WGS 84), each kept as the decimal
/// text the source wrote (`-32.0569`, `115.7439`), so that it is written back byte for byte.
public struct Coordinates: Sendable, Hashable, Codable {
    /// Decimal degrees north, -90 to 90.
    public var latitude: String
    /// Decimal degrees east, -180 to 180.
    public var longitude: String
    public init(latitude: String, longitude: String) { self.latitude = latitude; self.longitude = longitude }

    /// Why the point is not one, or nil.
    public var problem: String? {
        if latitude.isEmpty != longitude.isEmpty { return "a point needs both a latitude and a longitude" }
        if let p = Self.problem(latitude: latitude) { return p }
        return Self.problem(longitude: longitude)
    }

    public static func problem(latitude: String) -> String? {
        guard let v = decimal(latitude), (-90...90).contains(v) else {
            return "the latitude \"\(latitude)\" is not a decimal number of degrees from -90 to 90"
        }
        return nil
    }

    public static func problem(longitude: String) -> String? {
        guard let v = decimal(longitude), (-180...180).contains(v) else {
            return "the longitude \"\(longitude)\" is not a decimal number of degrees from -180 to 180"
        }
        return nil
    }

    /// The value of a decimal text: an optional sign, digits, and optionally a point and digits
    /// (`-32.0569`, `+115`, `0.5`); nil for anything else (exponents, commas, `N`/`E` letters).
    public static func decimal(_ text: String) -> Double? {
        var bytes = Array(text.utf8)[...]
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        let intPart = bytes.prefix(while: isDigit)
        guard !intPart.isEmpty, intPart.count <= 20 else { return nil }
        var rest = bytes.dropFirst(intPart.count)
        if let p = rest.first {
            guard p == UInt8(ascii: "."), rest.count > 1, rest.dropFirst().allSatisfy(isDigit), rest.count <= 40 else { return nil }
            rest = rest.dropFirst()
        }
        return Double(text)
    }
}

/// The ISAD(G) levels of description, as `Record.levelOfDescription` usually holds them (any text is kept).
public enum LevelOfDescription {
    /// ISAD(G) 3.1.4 and the usual additions (AtoM's default taxonomy): lower case, from the largest unit down.
    public static let vocabulary = ["fonds", "subfonds", "collection", "series", "subseries", "file", "item", "part"]
}

/// A text with an optional BCP 47 language tag.
public struct LocalizedString: Sendable, Hashable, Codable {
    public var value: String
    public var lang: String?
    public init(_ value: String, lang: String? = nil) { self.value = value; self.lang = lang }
}

/// The holding archive of an archival document.
public struct Archive: Sendable, Hashable, Codable {
    /// The archive's name.
    public var name: String
    /// The reference within the archive (fond, opis, delo, list; box and folder).
    public var location: String?
    /// Where the archive is.
    public var place: String?
    public init(name: String, location: String? = nil, place: String? = nil) {
        self.name = name; self.location = location; self.place = place
    }
}

public enum IdentifierScheme: String, Sendable, Hashable, Codable, CaseIterable {
    case url, doi, handle, oai, local, isbn, issn
}

public struct Identifier: Sendable, Hashable, Codable {
    public var scheme: IdentifierScheme
    public var value: String
    public init(_ scheme: IdentifierScheme, _ value: String) { self.scheme = scheme; self.value = value }
}
