import CrosswalkModel

/// One key of the canonical JSON record: what `Docs/formats/json.md` says of it, and how the `json`
/// and `jsonl` reader reads it. (The writer writes the keys in `JSONRecordEncoder.encode`, by a switch
/// over every `RecordKey`: a per-key closure there costs the writer 4%.)
public struct JSONKeyRule: Sendable {
    public let key: RecordKey
    public let jsonType: String
    public let required: Bool
    public let meaning: String
    public let example: String
    /// Sets the field from the key's value (nil for `id` and `title`, which the decoder reads first).
    let decode: (@Sendable (inout Record, JSONNode, JSONRecordDecoder, String?) throws(Diagnostic) -> Void)?
}

/// The canonical JSON crosswalk, as data: one rule per `RecordKey`, in its order (the order the
/// writers emit, and the order the reader checks the keys in). `Docs/formats/json.md` prints it (`markdownTable`).
public enum JSONMapping {
    public static let keys: [JSONKeyRule] = RecordKey.allCases.map(rule)
    // The closures alone, so that the per-record loop copies one reference per key, not a whole rule.
    static let decoders = keys.map(\.decode)

    private static func text(_ k: RecordKey, _ meaning: String, _ example: String = "",
                             numbers: Bool = false,
                             get: @escaping @Sendable (Record) -> String?, set: @escaping @Sendable (inout Record, String?) -> Void) -> JSONKeyRule {
        let name = k.rawValue
        return JSONKeyRule(key: k, jsonType: numbers ? "string or number" : "string", required: false, meaning: meaning, example: example,
                    decode: { r, n, d, rid throws(Diagnostic) in set(&r, try d.optionalString(n, record: rid, field: name, numbersAllowed: numbers)) })
    }

    private static func list(_ k: RecordKey, _ meaning: String, _ example: String = "",
                             get: @escaping @Sendable (Record) -> [String], set: @escaping @Sendable (inout Record, [String]) -> Void) -> JSONKeyRule {
        let name = k.rawValue
        return JSONKeyRule(key: k, jsonType: "array of strings", required: false, meaning: meaning, example: example,
                    decode: { r, n, d, rid throws(Diagnostic) in set(&r, try d.strings(n, record: rid, field: name)) })
    }

    private static func date(_ k: RecordKey, _ type: String, _ meaning: String, _ example: String,
                             get: @escaping @Sendable (Record) -> EDTFDate?, set: @escaping @Sendable (inout Record, EDTFDate?) -> Void) -> JSONKeyRule {
        let name = k.rawValue
        return JSONKeyRule(key: k, jsonType: type, required: false, meaning: meaning, example: example,
                    decode: { r, n, d, rid throws(Diagnostic) in set(&r, try d.date(n, record: rid, field: name)) })
    }

    /// The rule for a key: a switch over every key, so that a new key cannot be left out.
    static func rule(_ k: RecordKey) -> JSONKeyRule {
        switch k {
        case .id:
            JSONKeyRule(key: k, jsonType: "string, not empty", required: true, meaning: "local identifier: any text, spaces and Unicode included (the BibTeX writer derives a key when needed)",
                        example: "`\"mao-stalin-1951-06-30\"`", decode: nil)
        case .type:
            JSONKeyRule(key: k, jsonType: "string, one of the [types](#types)", required: false,
                        meaning: "a controlled kind that maps to DCMI Type terms and BibTeX entry types", example: "`\"letter\"`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.type = try d.recordType(n, record: rid) })
        case .genre:
            text(k, "free-text document genre", "`\"Telegram\"`, `\"Record of a Conversation\"`", get: { $0.genre }, set: { $0.genre = $1 })
        case .title:
            JSONKeyRule(key: k, jsonType: "string, not empty", required: true, meaning: "the title",
                        example: "`\"Ciphered telegram, Roshchin to USSR Foreign Ministry\"`", decode: nil)
        case .alternativeTitles:
            JSONKeyRule(key: k, jsonType: "array of `{\"value\", \"lang\"}` objects", required: false,
                        meaning: "other titles, such as the original-language title; `value` (string) is required, `lang` (a BCP 47 tag) is optional",
                        example: "`[{\"value\": \"Шифртелеграмма\", \"lang\": \"ru\"}]`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.alternativeTitles = try d.alternativeTitles(n, record: rid) })
        case .date:
            date(k, "string, [EDTF](#dates-edtf) Level 0 or 1", "the date of the record; a date, a date and time, or an interval",
                 "`\"1953-07-03\"`, `\"1950-09~\"`, `\"1951/1953\"`", get: { $0.date }, set: { $0.date = $1 })
        case .dates:
            JSONKeyRule(key: k, jsonType: "array of [`{\"kind\", \"date\"}`](#dates) objects", required: false,
                        meaning: "the other dates, each with its kind: " + DateKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                            + "; `date` (EDTF) is required. A date that is not EDTF is kept in `extra` under its Dublin Core name (see [Dates](#dates))",
                        example: "`[{\"kind\": \"issued\", \"date\": \"2001\"}, {\"kind\": \"accessioned\", \"date\": \"2003-06-26T13:07:38Z\"}]`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.dates = try d.dates(n, record: rid) })
        case .agents:
            JSONKeyRule(key: k, jsonType: "array of [agent](#agents) objects", required: false,
                        meaning: "people and bodies, each with a role, in record order",
                        example: "`[{\"role\": \"creator\", \"family\": \"Mao\", \"given\": \"Zedong\"}]`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.agents = try d.agents(n, record: rid) })
        case .description:
            text(k, "abstract or summary", get: { $0.description }, set: { $0.description = $1 })
        case .subjects:
            list(k, "subject headings or keywords", "`[\"Korean War, 1950-1953\"]`", get: { $0.subjects }, set: { $0.subjects = $1 })
        case .places:
            list(k, "places", "`[\"Beijing\"]`", get: { $0.places }, set: { $0.places = $1 })
        case .coordinates:
            JSONKeyRule(key: k, jsonType: "object `{\"latitude\", \"longitude\"}`, each a decimal string (or number)", required: false,
                        meaning: "a point in WGS 84 decimal degrees (latitude -90 to 90, longitude -180 to 180), kept as the decimal text it was given",
                        example: "`{\"latitude\": \"-32.0569\", \"longitude\": \"115.7439\"}`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.coordinates = try d.coordinates(n, record: rid) })
        case .languages:
            list(k, "languages, as BCP 47 tags (not checked)", "`[\"ru\", \"zh\"]`", get: { $0.languages }, set: { $0.languages = $1 })
        case .publisher:
            text(k, "who publishes the record, e.g. a digital archive", get: { $0.publisher }, set: { $0.publisher = $1 })
        case .isPartOf:
            list(k, "the collections, series or sets the record belongs to", get: { $0.isPartOf }, set: { $0.isPartOf = $1 })
        case .levelOfDescription:
            text(k, "the ISAD(G) level of description, free text; usually one of " + LevelOfDescription.vocabulary.map { "`\($0)`" }.joined(separator: ", "),
                 "`\"file\"`, `\"Fonds\"`", get: { $0.levelOfDescription }, set: { $0.levelOfDescription = $1 })
        case .archive:
            JSONKeyRule(key: k, jsonType: "object `{\"name\", \"location\", \"place\"}`", required: false,
                        meaning: "the [holding archive](#archive)",
                        example: "`{\"name\": \"Archive of the President of the Russian Federation\", \"location\": \"f. 45, op. 1, d. 334, ll. 97-98\"}`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.archive = try d.archive(n, record: rid) })
        case .extent:
            list(k, "the extent: pages, folios, volumes, linear metres, one statement each", "`[\"212 p.\"]`, `[\"4.2 m of textual records\"]`",
                 get: { $0.extent }, set: { $0.extent = $1 })
        case .identifiers:
            JSONKeyRule(key: k, jsonType: "array of `{\"scheme\", \"value\"}` objects", required: false, meaning: "[identifiers](#identifiers)",
                        example: "`[{\"scheme\": \"doi\", \"value\": \"10.1000/182\"}]`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.identifiers = try d.identifiers(n, record: rid) })
        case .rights:
            list(k, "rights statements", get: { $0.rights }, set: { $0.rights = $1 })
        case .notes:
            list(k, "free-text notes", get: { $0.notes }, set: { $0.notes = $1 })
        case .containerTitle:
            text(k, "title of the containing book, journal or collection", "`\"Cold War International History Project Bulletin\"`",
                 get: { $0.containerTitle }, set: { $0.containerTitle = $1 })
        case .volume:
            text(k, "volume", "`\"5\"`, `5`", numbers: true, get: { $0.volume }, set: { $0.volume = $1 })
        case .issue:
            text(k, "issue", "`\"2\"`", numbers: true, get: { $0.issue }, set: { $0.issue = $1 })
        case .pages:
            text(k, "page or page range", "`\"97-98\"`", numbers: true, get: { $0.pages }, set: { $0.pages = $1 })
        case .edition:
            text(k, "edition", "`\"2\"`", numbers: true, get: { $0.edition }, set: { $0.edition = $1 })
        case .series:
            text(k, "series title", get: { $0.series }, set: { $0.series = $1 })
        case .number:
            text(k, "a document, report or other number", "`\"21334\"`", numbers: true, get: { $0.number }, set: { $0.number = $1 })
        case .publisherPlace:
            text(k, "where the publisher is", "`\"Washington, DC\"`", get: { $0.publisherPlace }, set: { $0.publisherPlace = $1 })
        case .accessed:
            date(k, "string, [EDTF](#dates-edtf)", "when an online resource was accessed", "`\"2024-05-01\"`",
                 get: { $0.accessed }, set: { $0.accessed = $1 })
        case .extra:
            JSONKeyRule(key: k, jsonType: "object whose values are arrays of strings", required: false,
                        meaning: "[fields the source had and the model has no key for](#extra)", example: "`{\"bibtex.annote\": [\"…\"]}`",
                        decode: { r, n, d, rid throws(Diagnostic) in r.extra = try d.extra(n, record: rid) })
        }
    }

    /// The key table as Markdown, as `Docs/formats/json.md` prints it (a test keeps the two in step).
    public static var markdownTable: String {
        var s = "| key | JSON type | required | meaning | example |\n|---|---|---|---|---|\n"
        for k in keys {
            s += "| `\(k.key.rawValue)` | \(k.jsonType) | \(k.required ? "yes" : "no") | \(k.meaning) | \(k.example) |\n"
        }
        return s
    }
}
