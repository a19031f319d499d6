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
    /// An EDTF (Level 0 and 1) date.
    public var date: EDTFDate?
    /// People and bodies, each with a role.
    public var agents: [Agent]
    public var description: String?
    public var subjects: [String]
    public var places: [String]
    /// BCP 47 language tags.
    public var languages: [String]
    public var publisher: String?
    /// The collections, series or sets the record belongs to.
    public var isPartOf: [String]
    /// The holding archive and the reference within it.
    public var archive: Archive?
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
        alternativeTitles: [LocalizedString] = [], date: EDTFDate? = nil, agents: [Agent] = [],
        description: String? = nil, subjects: [String] = [], places: [String] = [], languages: [String] = [],
        publisher: String? = nil, isPartOf: [String] = [], archive: Archive? = nil, identifiers: [Identifier] = [],
        rights: [String] = [], notes: [String] = [], containerTitle: String? = nil, volume: String? = nil,
        issue: String? = nil, pages: String? = nil, edition: String? = nil, series: String? = nil,
        number: String? = nil, publisherPlace: String? = nil, accessed: EDTFDate? = nil,
        extra: [String: [String]] = [:]
    ) {
        self.id = id; self.type = type; self.genre = genre; self.title = title
        self.alternativeTitles = alternativeTitles; self.date = date; self.agents = agents
        self.description = description; self.subjects = subjects; self.places = places; self.languages = languages
        self.publisher = publisher; self.isPartOf = isPartOf; self.archive = archive; self.identifiers = identifiers
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
