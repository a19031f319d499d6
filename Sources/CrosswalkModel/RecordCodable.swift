// Codable for library users (JSONEncoder, PropertyListEncoder, ...). Empty lists and nil values
// are omitted on encoding and optional on decoding, matching the canonical JSON contract.
// The `json` and `jsonl` formats do not use this: they have their own byte-level reader and
// writer (`JSONMapping`), with source locations and a fixed key order. Both are built on `RecordKey`,
// and both switch over it exhaustively, so a key added there cannot be forgotten in either.

/// The canonical record's JSON keys, in the order writers emit them: the one list of them.
public enum RecordKey: String, CaseIterable, CodingKey, Sendable {
    case id, type, genre, title, alternativeTitles, date, dates, agents, description, subjects, places, coordinates, languages
    case publisher, isPartOf, levelOfDescription, archive, extent, identifiers, rights, notes, containerTitle, volume, issue, pages
    case edition, series, number, publisherPlace, accessed, extra
}

extension Record {
    /// The canonical JSON keys, in the order writers emit them.
    public static let canonicalKeys: [String] = RecordKey.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: RecordKey.self)
        self.init(id: try c.decode(String.self, forKey: .id), title: "")
        func list<T: Decodable>(_ k: RecordKey) throws -> [T] { try c.decodeIfPresent([T].self, forKey: k) ?? [] }
        func text(_ k: RecordKey) throws -> String? { try c.decodeIfPresent(String.self, forKey: k) }
        for k in RecordKey.allCases {
            switch k {
            case .id: break
            case .title: title = try c.decode(String.self, forKey: k)
            case .type: type = try c.decodeIfPresent(RecordType.self, forKey: k)
            case .genre: genre = try text(k)
            case .alternativeTitles: alternativeTitles = try list(k)
            case .date: date = try c.decodeIfPresent(EDTFDate.self, forKey: k)
            case .dates: dates = try list(k)
            case .coordinates: coordinates = try c.decodeIfPresent(Coordinates.self, forKey: k)
            case .levelOfDescription: levelOfDescription = try text(k)
            case .extent: extent = try list(k)
            case .agents: agents = try list(k)
            case .description: description = try text(k)
            case .subjects: subjects = try list(k)
            case .places: places = try list(k)
            case .languages: languages = try list(k)
            case .publisher: publisher = try text(k)
            case .isPartOf: isPartOf = try list(k)
            case .archive: archive = try c.decodeIfPresent(Archive.self, forKey: k)
            case .identifiers: identifiers = try list(k)
            case .rights: rights = try list(k)
            case .notes: notes = try list(k)
            case .containerTitle: containerTitle = try text(k)
            case .volume: volume = try text(k)
            case .issue: issue = try text(k)
            case .pages: pages = try text(k)
            case .edition: edition = try text(k)
            case .series: series = try text(k)
            case .number: number = try text(k)
            case .publisherPlace: publisherPlace = try text(k)
            case .accessed: accessed = try c.decodeIfPresent(EDTFDate.self, forKey: k)
            case .extra: extra = try c.decodeIfPresent([String: [String]].self, forKey: k) ?? [:]
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: RecordKey.self)
        func list<T: Encodable>(_ v: [T], _ k: RecordKey) throws { if !v.isEmpty { try c.encode(v, forKey: k) } }
        for k in RecordKey.allCases {
            switch k {
            case .id: try c.encode(id, forKey: k)
            case .type: try c.encodeIfPresent(type, forKey: k)
            case .genre: try c.encodeIfPresent(genre, forKey: k)
            case .title: try c.encode(title, forKey: k)
            case .alternativeTitles: try list(alternativeTitles, k)
            case .date: try c.encodeIfPresent(date, forKey: k)
            case .dates: try list(dates, k)
            case .coordinates: try c.encodeIfPresent(coordinates, forKey: k)
            case .levelOfDescription: try c.encodeIfPresent(levelOfDescription, forKey: k)
            case .extent: try list(extent, k)
            case .agents: try list(agents, k)
            case .description: try c.encodeIfPresent(description, forKey: k)
            case .subjects: try list(subjects, k)
            case .places: try list(places, k)
            case .languages: try list(languages, k)
            case .publisher: try c.encodeIfPresent(publisher, forKey: k)
            case .isPartOf: try list(isPartOf, k)
            case .archive: try c.encodeIfPresent(archive, forKey: k)
            case .identifiers: try list(identifiers, k)
            case .rights: try list(rights, k)
            case .notes: try list(notes, k)
            case .containerTitle: try c.encodeIfPresent(containerTitle, forKey: k)
            case .volume: try c.encodeIfPresent(volume, forKey: k)
            case .issue: try c.encodeIfPresent(issue, forKey: k)
            case .pages: try c.encodeIfPresent(pages, forKey: k)
            case .edition: try c.encodeIfPresent(edition, forKey: k)
            case .series: try c.encodeIfPresent(series, forKey: k)
            case .number: try c.encodeIfPresent(number, forKey: k)
            case .publisherPlace: try c.encodeIfPresent(publisherPlace, forKey: k)
            case .accessed: try c.encodeIfPresent(accessed, forKey: k)
            case .extra: if !extra.isEmpty { try c.encode(extra, forKey: k) }
            }
        }
    }
}
