// Codable for library users (JSONEncoder, PropertyListEncoder, ...). Empty lists and nil values
// are omitted on encoding and optional on decoding, matching the canonical JSON contract.
// The `json` and `jsonl` formats do not use this: they have their own byte-level reader and
// writer, with source locations and a fixed key order.

extension Record {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, type, genre, title, alternativeTitles, date, agents, description, subjects, places, languages
        case publisher, isPartOf, archive, identifiers, rights, notes, containerTitle, volume, issue, pages
        case edition, series, number, publisherPlace, accessed, extra
    }

    /// The canonical JSON keys, in the order writers emit them.
    public static let canonicalKeys: [String] = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func list<T: Decodable>(_ k: CodingKeys) throws -> [T] { try c.decodeIfPresent([T].self, forKey: k) ?? [] }
        self.init(
            id: try c.decode(String.self, forKey: .id),
            type: try c.decodeIfPresent(RecordType.self, forKey: .type),
            genre: try c.decodeIfPresent(String.self, forKey: .genre),
            title: try c.decode(String.self, forKey: .title),
            alternativeTitles: try list(.alternativeTitles),
            date: try c.decodeIfPresent(EDTFDate.self, forKey: .date),
            agents: try list(.agents),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            subjects: try list(.subjects), places: try list(.places), languages: try list(.languages),
            publisher: try c.decodeIfPresent(String.self, forKey: .publisher),
            isPartOf: try list(.isPartOf),
            archive: try c.decodeIfPresent(Archive.self, forKey: .archive),
            identifiers: try list(.identifiers), rights: try list(.rights), notes: try list(.notes),
            containerTitle: try c.decodeIfPresent(String.self, forKey: .containerTitle),
            volume: try c.decodeIfPresent(String.self, forKey: .volume),
            issue: try c.decodeIfPresent(String.self, forKey: .issue),
            pages: try c.decodeIfPresent(String.self, forKey: .pages),
            edition: try c.decodeIfPresent(String.self, forKey: .edition),
            series: try c.decodeIfPresent(String.self, forKey: .series),
            number: try c.decodeIfPresent(String.self, forKey: .number),
            publisherPlace: try c.decodeIfPresent(String.self, forKey: .publisherPlace),
            accessed: try c.decodeIfPresent(EDTFDate.self, forKey: .accessed),
            extra: try c.decodeIfPresent([String: [String]].self, forKey: .extra) ?? [:]
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func list<T: Encodable>(_ v: [T], _ k: CodingKeys) throws { if !v.isEmpty { try c.encode(v, forKey: k) } }
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(genre, forKey: .genre)
        try c.encode(title, forKey: .title)
        try list(alternativeTitles, .alternativeTitles)
        try c.encodeIfPresent(date, forKey: .date)
        try list(agents, .agents)
        try c.encodeIfPresent(description, forKey: .description)
        try list(subjects, .subjects); try list(places, .places); try list(languages, .languages)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try list(isPartOf, .isPartOf)
        try c.encodeIfPresent(archive, forKey: .archive)
        try list(identifiers, .identifiers); try list(rights, .rights); try list(notes, .notes)
        try c.encodeIfPresent(containerTitle, forKey: .containerTitle)
        try c.encodeIfPresent(volume, forKey: .volume)
        try c.encodeIfPresent(issue, forKey: .issue)
        try c.encodeIfPresent(pages, forKey: .pages)
        try c.encodeIfPresent(edition, forKey: .edition)
        try c.encodeIfPresent(series, forKey: .series)
        try c.encodeIfPresent(number, forKey: .number)
        try c.encodeIfPresent(publisherPlace, forKey: .publisherPlace)
        try c.encodeIfPresent(accessed, forKey: .accessed)
        if !extra.isEmpty { try c.encode(extra, forKey: .extra) }
    }
}
