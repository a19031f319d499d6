import CrosswalkBibTeX
import CrosswalkCitations
import CrosswalkJSON
import CrosswalkModel

/// How a CSL-JSON member holds its record field.
public enum CSLJSONKind: String, Sendable {
    /// The item's `id`.
    case id
    /// The item's `type`, through the type table.
    case type
    /// A standard variable: a string.
    case text
    /// A title: a string whose rich-text markup is the record's case protection.
    case title
    /// A number variable: a string (a JSON number is read as its text).
    case number
    /// A name variable: an array of names.
    case names
    /// A date variable: a date object, as EDTF in the record.
    case date
    /// A member of `custom`, CSL-JSON's place for what has no CSL variable.
    case custom
}

/// One row of the CSL-JSON crosswalk: a CSL-JSON member, the record field it holds, and the
/// code that moves the value each way. Both directions run over the same rows, in order.
public struct CSLJSONRule: Sendable {
    /// The CSL-JSON member: a CSL variable, `id`, `type`, or `custom.<key>`.
    public let variable: String
    public let kind: CSLJSONKind
    /// The canonical field (`Record`'s JSON key).
    public let field: String
    public let note: String
    let write: @Sendable (Record, inout CSLJSONMapping.Writing) -> Void
    let read: @Sendable (inout Record, inout CSLJSONMapping.Reading) -> Void
}

/// One row of the type table.
public struct CSLJSONTypeRule: Sendable {
    public let type: RecordType
    /// What the writer writes.
    public let csl: String
    /// The other CSL types read as this record type.
    public let alsoRead: [String]
}

/// The CSL-JSON crosswalk, as data: `Docs/formats/csl-json.md` prints the same tables.
/// `item(from:report:)` and `record(from:report:)` turn records into CSL items and back; the
/// CSL-JSON reader and writer, and `crosswalk cite`, use them.
public enum CSLJSONMapping {
    // MARK: - The type table

    public static let types: [CSLJSONTypeRule] = [
        .init(type: .document, csl: "document", alsoRead: ["bill", "hearing", "legal_case", "legislation", "patent", "regulation", "standard", "treaty", "collection"]),
        .init(type: .letter, csl: "personal_communication", alsoRead: []),
        .init(type: .manuscript, csl: "manuscript", alsoRead: []),
        .init(type: .report, csl: "report", alsoRead: []),
        .init(type: .book, csl: "book", alsoRead: ["classic", "pamphlet", "periodical"]),
        .init(type: .chapter, csl: "chapter", alsoRead: ["entry", "entry-dictionary", "entry-encyclopedia", "paper-conference"]),
        .init(type: .article, csl: "article-journal", alsoRead: ["article", "article-magazine", "article-newspaper", "review", "review-book"]),
        .init(type: .thesis, csl: "thesis", alsoRead: []),
        .init(type: .image, csl: "graphic", alsoRead: ["figure"]),
        .init(type: .map, csl: "map", alsoRead: []),
        .init(type: .dataset, csl: "dataset", alsoRead: ["software"]),
        .init(type: .webpage, csl: "webpage", alsoRead: ["post", "post-weblog"]),
        .init(type: .interview, csl: "interview", alsoRead: []),
        .init(type: .speech, csl: "speech", alsoRead: []),
        .init(type: .other, csl: "document", alsoRead: ["broadcast", "event", "motion_picture", "musical_score", "performance", "song"]),
    ]

    static let cslTypeOfRecordType: [RecordType: String] = Dictionary(uniqueKeysWithValues: types.map { ($0.type, $0.csl) })
    static let recordTypeOfCSLType: [String: RecordType] = {
        var d: [String: RecordType] = [:]
        for t in types {
            for c in t.alsoRead { d[c] = t.type }
        }
        for t in types where d[t.csl] == nil { d[t.csl] = t.type }
        return d
    }()

    // MARK: - State while mapping

    /// What the writer builds: the item, the members of `custom`, and what it could not keep.
    public struct Writing {
        var item: CSLItem
        var custom: [(key: String, value: JSONNode)] = []
        /// (field, reason) for what CSL processors will not see.
        var lost: [(field: String, reason: String)] = []
        /// `extra` keys a rule has written (they are not copied to `custom.extra`).
        var usedExtra: Set<String> = []
        /// For each name variable other than the role's own: the display names it claims.
        var claimed: [String: Set<String>] = [:]

        mutating func set(_ variable: String, _ value: String?) {
            if let value, !value.isEmpty { item.variables[variable] = .text(value) }
        }

        mutating func setCustom(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            custom.append((key, node(.array(values.map { node(.string($0)) }))))
        }
    }

    /// What the reader works from: the item, its `custom` members, and what it has taken.
    public struct Reading {
        var item: CSLItem
        let file: String
        var custom: [String: JSONNode] = [:]
        var usedVariables: Set<String> = ["id", "type"]
        var usedCustom: Set<String> = []
        var warnings: [(field: String, message: String)] = []

        func text(_ variable: String) -> String? {
            guard let t = item.text(variable), !t.isEmpty else { return nil }
            return t
        }

        mutating func take(_ variable: String) -> String? {
            guard let t = text(variable) else { return nil }
            usedVariables.insert(variable)
            return t
        }

        /// A `custom` member that is an array of strings.
        mutating func customStrings(_ key: String) -> [String]? {
            guard let n = custom[key], case .array(let items) = n.value else { return nil }
            var out: [String] = []
            for i in items {
                guard case .string(let s) = i.value else { return nil }
                out.append(s)
            }
            usedCustom.insert(key)
            return out
        }
    }

    static func node(_ v: JSONNode.Value) -> JSONNode { JSONNode(value: v, line: 0, column: 0) }

    // MARK: - Rule builders

    private static func text(_ variable: String, _ field: String, kind: CSLJSONKind = .text, note: String = "",
                             _ get: @escaping @Sendable (Record) -> String?,
                             _ set: @escaping @Sendable (inout Record, String) -> Void) -> CSLJSONRule {
        CSLJSONRule(variable: variable, kind: kind, field: field, note: note,
                    write: { r, w in w.set(variable, get(r)) },
                    read: { r, rd in if let v = rd.take(variable) { set(&r, v) } })
    }

    /// A title: its case protection and emphasis cross over (see `CSLRichText`).
    private static func title(_ variable: String, _ field: String, note: String = "", slot: @escaping @Sendable (Record) -> String,
                              _ get: @escaping @Sendable (Record) -> String?,
                              _ set: @escaping @Sendable (inout Record, String) -> Void) -> CSLJSONRule {
        CSLJSONRule(variable: variable, kind: .title, field: field, note: note,
                    write: { r, w in
                        guard let value = get(r), !value.isEmpty else { return }
                        let key = "bibtex.latex.\(slot(r))"
                        if let marked = r.extra[key]?.first {
                            let rich = CSLRichText.fromLaTeX(marked)
                            let back = CSLRichText.toLaTeX(rich)
                            if back.plain == value {
                                w.set(variable, rich)
                                // Markup that the rich text spells differently stays in custom.extra.
                                if back.latex == marked { w.usedExtra.insert(key) }
                                return
                            }
                        }
                        w.set(variable, value)
                    },
                    read: { r, rd in
                        guard let v = rd.take(variable) else { return }
                        let (plain, latex) = CSLRichText.toLaTeX(v)
                        set(&r, plain)
                        if let latex { r.extra["bibtex.latex.\(slot(r))"] = [latex] }
                    })
    }

    private static func names(_ variable: String, role: AgentRole, primary: Bool, note: String = "") -> CSLJSONRule {
        CSLJSONRule(variable: variable, kind: .names, field: "agents (role \(role.rawValue))", note: note,
                    write: { r, w in
                        // A variable other than the role's own has only the names the record lists for it.
                        if !primary && w.claimed[variable] == nil { return }
                        var names: [CSLName] = []
                        var etAl = false
                        for a in r.agents where a.role == role {
                            if a.isEtAl { etAl = true; continue }
                            if !w.claimed.isEmpty {
                                let shown = a.displayName
                                let claimedBy = otherNameVariables.first { $0.role == role && w.claimed[$0.variable]?.contains(shown) == true }?.variable
                                if primary ? claimedBy != nil : claimedBy != variable { continue }
                            }
                            names.append(cslName(a, r))
                        }
                        if !names.isEmpty { w.item.variables[variable] = .names(names) }
                        if primary && etAl {
                            w.custom.append(("etAl.\(role.rawValue)", node(.bool(true))))
                        }
                    },
                    read: { r, rd in
                        guard let names = rd.item.names(variable) else { return }
                        rd.usedVariables.insert(variable)
                        var displayed: [String] = []
                        for n in names {
                            guard let a = agent(n, role: role, record: &r, warnings: &rd.warnings, variable: variable) else { continue }
                            r.agents.append(a)
                            displayed.append(a.displayName)
                        }
                        if !primary && !displayed.isEmpty { r.extra["csl.role.\(variable)", default: []] += displayed }
                        if primary, case .bool(true)? = rd.custom["etAl.\(role.rawValue)"]?.value {
                            rd.usedCustom.insert("etAl.\(role.rawValue)")
                            r.agents.append(.etAl(role: role))
                        }
                    })
    }

    private static func date(_ variable: String, _ field: String, note: String,
                             _ get: @escaping @Sendable (Record) -> EDTFDate?,
                             _ set: @escaping @Sendable (inout Record, EDTFDate) -> Void) -> CSLJSONRule {
        CSLJSONRule(variable: variable, kind: .date, field: field, note: note,
                    write: { r, w in
                        let key = "csl.json.\(variable)"
                        // The date as read, when it still says the record's date (or there is none).
                        if let json = r.extra[key]?.first, let kept = keptDate(json) {
                            if let d = get(r) {
                                if case .success(let e) = CSLDates.edtf(from: kept), e == d {
                                    w.item.variables[variable] = .date(kept); w.usedExtra.insert(key); return
                                }
                            } else if case .failure = CSLDates.edtf(from: kept) {
                                w.item.variables[variable] = .date(kept); w.usedExtra.insert(key); return
                            }
                        }
                        guard let d = get(r) else { return }
                        let (csl, lost) = CSLDates.cslDate(from: d)
                        w.item.variables[variable] = .date(csl)
                        if !lost.isEmpty {
                            let shown = csl.parts.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ")
                            w.lost.append((field, "CSL date-parts cannot hold \(lost.joined(separator: ", ")) in \(d); wrote [\(shown)]\(csl.circa ? " with circa" : "") and kept the EDTF in `edtf`, which CSL processors ignore"))
                        }
                    },
                    read: { r, rd in
                        guard let d = rd.item.date(variable) else { return }
                        rd.usedVariables.insert(variable)
                        switch CSLDates.edtf(from: d) {
                        case .success(let e):
                            set(&r, e)
                            if CSLDates.cslDate(from: e).date != d { r.extra["csl.json.\(variable)"] = [compactJSON(d)] }
                        case .failure(let why):
                            r.extra["csl.json.\(variable)"] = [compactJSON(d)]
                            rd.warnings.append((variable, "\(why.message); kept in extra[\"csl.json.\(variable)\"]"))
                        }
                    })
    }

    private static func customList(_ key: String, _ field: String, note: String = "",
                                   _ get: @escaping @Sendable (Record) -> [String],
                                   _ set: @escaping @Sendable (inout Record, [String]) -> Void) -> CSLJSONRule {
        CSLJSONRule(variable: "custom.\(key)", kind: .custom, field: field, note: note,
                    write: { r, w in w.setCustom(key, get(r)) },
                    read: { r, rd in if let v = rd.customStrings(key) { set(&r, v) } })
    }

    private static func identifier(_ variable: String, _ scheme: IdentifierScheme) -> CSLJSONRule {
        CSLJSONRule(variable: variable, kind: .text, field: "identifiers (scheme \(scheme.rawValue))",
                    note: "the first one; when there are more, or in another order, `custom.identifiers` holds them all",
                    write: { r, w in w.set(variable, r.identifier(scheme)) },
                    read: { r, rd in
                        guard let v = rd.take(variable) else { return }
                        r.identifiers.append(Identifier(scheme, v))
                    })
    }

    /// The CSL variables that have no role of their own, and the role they take in the record.
    public static let otherNameVariables: [(variable: String, role: AgentRole)] = [
        ("collection-editor", .editor), ("editorial-director", .editor), ("editor-translator", .editor),
        ("interviewer", .contributor), ("container-author", .contributor), ("original-author", .contributor),
        ("reviewed-author", .contributor), ("chair", .contributor), ("compiler", .contributor), ("composer", .contributor),
        ("curator", .contributor), ("director", .contributor), ("executive-producer", .contributor), ("guest", .contributor),
        ("host", .contributor), ("illustrator", .contributor), ("narrator", .contributor), ("organizer", .contributor),
        ("performer", .contributor), ("producer", .contributor), ("script-writer", .contributor), ("series-creator", .contributor),
    ]

    // MARK: - The field table

    public static let rules: [CSLJSONRule] = {
        var rules: [CSLJSONRule] = [
            CSLJSONRule(variable: "id", kind: .id, field: "id", note: "a number is read as its text; written as a string",
                        write: { _, _ in }, read: { _, _ in }),
            CSLJSONRule(variable: "type", kind: .type, field: "type",
                        note: "through the type table; a CSL type the writer would not write back from `type` alone is kept in `extra[\"csl.type\"]`",
                        write: { _, _ in }, read: { _, _ in }),
            title("title", "title", note: "required; its rich text is the record's case protection (see [Case protection](#case-protection))",
                  slot: { _ in "title" }, { $0.title }, { $0.title = $1 }),
            CSLJSONRule(variable: "title-short", kind: .text, field: "extra[\"csl.title-short\"]",
                        note: "the record has no short title: kept in `extra`, as every variable it has no place for",
                        write: { r, w in
                            guard let v = r.extra["csl.title-short"], v.count == 1 else { return }
                            w.set("title-short", v[0]); w.usedExtra.insert("csl.title-short")
                        },
                        read: { r, rd in if let v = rd.take("title-short") { r.extra["csl.title-short"] = [v] } }),
            names("author", role: .creator, primary: true, note: "each name: `family`, `given`, `non-dropping-particle` ↔ `particle`, `suffix`, `literal`"),
            names("recipient", role: .recipient, primary: true),
            names("translator", role: .translator, primary: true),
            names("editor", role: .editor, primary: true),
            names("contributor", role: .contributor, primary: true),
        ]
        for (v, role) in otherNameVariables {
            rules.append(names(v, role: role, primary: false, note: "the names are listed in `extra[\"csl.role.\(v)\"]`, which takes them back to `\(v)`"))
        }
        rules += [
            date("issued", "date", note: "EDTF; see [Dates](#dates)", { $0.date }, { $0.date = $1 }),
            date("accessed", "accessed", note: "EDTF", { $0.accessed }, { $0.accessed = $1 }),
            text("genre", "genre", { $0.genre }, { $0.genre = $1 }),
            text("abstract", "description", { $0.description }, { $0.description = $1 }),
            text("archive", "archive.name", { $0.archive?.name }, { r, v in
                var a = r.archive ?? Archive(name: v); a.name = v; r.archive = a
            }),
            CSLJSONRule(variable: "archive_location", kind: .text, field: "archive.location",
                        note: "only with `archive`; without it, kept in `extra[\"csl.archive_location\"]`",
                        write: { r, w in w.set("archive_location", r.archive?.location) },
                        read: { r, rd in
                            guard r.archive != nil, let v = rd.take("archive_location") else { return }
                            r.archive?.location = v
                        }),
            CSLJSONRule(variable: "archive-place", kind: .text, field: "archive.place",
                        note: "only with `archive`; without it, kept in `extra[\"csl.archive-place\"]`",
                        write: { r, w in w.set("archive-place", r.archive?.place) },
                        read: { r, rd in
                            guard r.archive != nil, let v = rd.take("archive-place") else { return }
                            r.archive?.place = v
                        }),
            text("publisher", "publisher", { $0.publisher }, { $0.publisher = $1 }),
            text("publisher-place", "publisherPlace", { $0.publisherPlace }, { $0.publisherPlace = $1 }),
            title("container-title", "containerTitle", note: "case protection as BibTeX's `journaltitle` (articles) or `booktitle`",
                  slot: { $0.type == .article ? "journaltitle" : "booktitle" }, { $0.containerTitle }, { $0.containerTitle = $1 }),
            title("collection-title", "series", note: "case protection as BibTeX's `series`", slot: { _ in "series" }, { $0.series }, { $0.series = $1 }),
            text("volume", "volume", kind: .number, { $0.volume }, { $0.volume = $1 }),
            text("issue", "issue", kind: .number, { $0.issue }, { $0.issue = $1 }),
            text("page", "pages", kind: .number, { $0.pages }, { $0.pages = $1 }),
            text("edition", "edition", kind: .number, { $0.edition }, { $0.edition = $1 }),
            text("number", "number", kind: .number, { $0.number }, { $0.number = $1 }),
            identifier("URL", .url),
            identifier("DOI", .doi),
            identifier("ISBN", .isbn),
            identifier("ISSN", .issn),
            CSLJSONRule(variable: "keyword", kind: .text, field: "subjects",
                        note: "joined with `, `; when a subject holds a comma, the list is also kept in `custom.subjects`",
                        write: { r, w in
                            let subjects = r.subjects.filter { !$0.isEmpty }
                            guard !subjects.isEmpty else { return }
                            let joined = subjects.joined(separator: ", ")
                            w.set("keyword", joined)
                            // Kept exactly when `keyword` would not split back into the same list.
                            let plain = r.subjects.allSatisfy { s in
                                !s.isEmpty && s.utf8.first != 0x20 && s.utf8.last != 0x20 && !s.utf8.contains(UInt8(ascii: ","))
                            }
                            if !plain { w.setCustom("subjects", r.subjects) }
                        },
                        read: { r, rd in
                            if let exact = rd.customStrings("subjects") {
                                r.subjects = exact; _ = rd.take("keyword")
                            } else if let v = rd.take("keyword") {
                                r.subjects = splitKeywords(v)
                            }
                        }),
            CSLJSONRule(variable: "language", kind: .text, field: "languages",
                        note: "the first language; when there are more, the list is also kept in `custom.languages`",
                        write: { r, w in
                            w.set("language", r.languages.first)
                            if r.languages.count > 1 || r.languages.first == "" { w.setCustom("languages", r.languages) }
                        },
                        read: { r, rd in
                            if let exact = rd.customStrings("languages") {
                                r.languages = exact; _ = rd.take("language")
                            } else if let v = rd.take("language") {
                                r.languages = [v]
                            }
                        }),
            CSLJSONRule(variable: "note", kind: .text, field: "notes",
                        note: "joined with line breaks; when there are several, the list is also kept in `custom.notes`",
                        write: { r, w in
                            guard !r.notes.isEmpty else { return }
                            w.set("note", r.notes.joined(separator: "\n"))
                            if r.notes.count > 1 || r.notes[0].isEmpty { w.setCustom("notes", r.notes) }
                        },
                        read: { r, rd in
                            if let exact = rd.customStrings("notes") {
                                r.notes = exact; _ = rd.take("note")
                            } else if let v = rd.take("note") {
                                r.notes = [v]
                            }
                        }),
            CSLJSONRule(variable: "original-title", kind: .title, field: "alternativeTitles",
                        note: "the first title; when it has a language, or there are more, the list is also kept in `custom.alternativeTitles` as `{\"value\", \"lang\"}` objects",
                        write: { r, w in
                            guard let first = r.alternativeTitles.first else { return }
                            w.set("original-title", first.value)
                            if r.alternativeTitles.count > 1 || first.lang != nil || first.value.isEmpty {
                                w.custom.append(("alternativeTitles", node(.array(r.alternativeTitles.map { t in
                                    var members: [(key: String, keyLine: Int, keyColumn: Int, value: JSONNode)] = [("value", 0, 0, node(.string(t.value)))]
                                    if let l = t.lang { members.append(("lang", 0, 0, node(.string(l)))) }
                                    return node(.object(members))
                                }))))
                            }
                        },
                        read: { r, rd in
                            if let n = rd.custom["alternativeTitles"], case .array(let items) = n.value {
                                var titles: [LocalizedString] = []
                                for i in items {
                                    guard case .object(let ms) = i.value,
                                          case .string(let v)? = ms.first(where: { $0.key == "value" })?.value.value else { titles = []; break }
                                    var lang: String?
                                    if case .string(let l)? = ms.first(where: { $0.key == "lang" })?.value.value { lang = l }
                                    titles.append(LocalizedString(v, lang: lang))
                                }
                                if !titles.isEmpty || items.isEmpty {
                                    rd.usedCustom.insert("alternativeTitles")
                                    r.alternativeTitles = titles
                                    _ = rd.take("original-title")
                                    return
                                }
                            }
                            if let v = rd.take("original-title") { r.alternativeTitles = [LocalizedString(v)] }
                        }),
            CSLJSONRule(variable: "available-date, submitted", kind: .date, field: "dates",
                        note: "the first `available` date and the first `dateSubmitted` date; when they are not all the dates, or CSL date-parts cannot hold one, every date is also kept in `custom.dates` as `{\"kind\", \"date\"}` objects (EDTF)",
                        write: { r, w in
                            guard !r.dates.isEmpty else { return }
                            var held: [RecordDate] = []
                            var exact = true
                            for (variable, kind) in cslDateKinds {
                                guard let d = r.dates.first(where: { $0.kind == kind }) else { continue }
                                let (csl, lost) = CSLDates.cslDate(from: d.date)
                                w.item.variables[variable] = .date(csl)
                                if !lost.isEmpty { exact = false }
                                held.append(d)
                            }
                            if held != r.dates || !exact {
                                w.custom.append(("dates", node(.array(r.dates.map { d in
                                    node(.object([("kind", 0, 0, node(.string(d.kind.rawValue))), ("date", 0, 0, node(.string(d.date.description)))]))
                                }))))
                            }
                        },
                        read: { r, rd in
                            var taken: [RecordDate] = []
                            for (variable, kind) in cslDateKinds {
                                guard let d = rd.item.date(variable) else { continue }
                                if case .success(let e) = CSLDates.edtf(from: d) {
                                    rd.usedVariables.insert(variable)
                                    taken.append(RecordDate(kind, e))
                                }
                            }
                            if let n = rd.custom["dates"], case .array(let items) = n.value {
                                var exact: [RecordDate] = []
                                for i in items {
                                    guard case .object(let ms) = i.value,
                                          case .string(let k)? = ms.first(where: { $0.key == "kind" })?.value.value, let kind = DateKind(rawValue: k),
                                          case .string(let t)? = ms.first(where: { $0.key == "date" })?.value.value, let e = EDTFDate(t) else { exact = []; break }
                                    exact.append(RecordDate(kind, e))
                                }
                                if !exact.isEmpty || items.isEmpty { rd.usedCustom.insert("dates"); r.dates = exact; return }
                            }
                            r.dates = taken
                        }),
            CSLJSONRule(variable: "dimensions, number-of-pages", kind: .text, field: "extent",
                        note: "`dimensions`: the extent statements joined with `; ` (and in `custom.extent` when there are several, or one holds `; `); `number-of-pages`: the number of a statement such as `212 p.` or `212 pages`. Read: `custom.extent`, else `dimensions`, else `number-of-pages` as `N p.`",
                        write: { r, w in
                            guard !r.extent.isEmpty else { return }
                            w.set("dimensions", r.extent.joined(separator: "; "))
                            if let n = r.extent.lazy.compactMap(pageCount).first { w.set("number-of-pages", n) }
                            if r.extent.count > 1 || r.extent[0].contains("; ") || r.extent[0].isEmpty { w.setCustom("extent", r.extent) }
                        },
                        read: { r, rd in
                            let pages = rd.take("number-of-pages")
                            if let exact = rd.customStrings("extent") { r.extent = exact; _ = rd.take("dimensions"); return }
                            if let v = rd.take("dimensions") { r.extent = [v] } else if let p = pages { r.extent = [p + " p."] }
                        }),
            CSLJSONRule(variable: "custom.levelOfDescription", kind: .custom, field: "levelOfDescription", note: "no CSL variable",
                        write: { r, w in if let l = r.levelOfDescription { w.custom.append(("levelOfDescription", node(.string(l)))) } },
                        read: { r, rd in
                            if case .string(let l)? = rd.custom["levelOfDescription"]?.value { r.levelOfDescription = l; rd.usedCustom.insert("levelOfDescription") }
                        }),
            CSLJSONRule(variable: "custom.coordinates", kind: .custom, field: "coordinates",
                        note: "no CSL variable: `{\"latitude\", \"longitude\"}`, the decimal text as it is",
                        write: { r, w in
                            guard let c = r.coordinates else { return }
                            w.custom.append(("coordinates", node(.object([("latitude", 0, 0, node(.string(c.latitude))),
                                                                           ("longitude", 0, 0, node(.string(c.longitude)))]))))
                        },
                        read: { r, rd in
                            guard case .object(let ms)? = rd.custom["coordinates"]?.value,
                                  case .string(let lat)? = ms.first(where: { $0.key == "latitude" })?.value.value,
                                  case .string(let lon)? = ms.first(where: { $0.key == "longitude" })?.value.value else { return }
                            let c = Coordinates(latitude: lat, longitude: lon)
                            guard c.problem == nil else { return }
                            r.coordinates = c; rd.usedCustom.insert("coordinates")
                        }),
            customList("places", "places", note: "no CSL variable", { $0.places }, { $0.places = $1 }),
            customList("isPartOf", "isPartOf", note: "no CSL variable", { $0.isPartOf }, { $0.isPartOf = $1 }),
            customList("rights", "rights", note: "no CSL variable", { $0.rights }, { $0.rights = $1 }),
            CSLJSONRule(variable: "custom.identifiers", kind: .custom, field: "identifiers",
                        note: "every identifier, as `{\"scheme\", \"value\"}` objects, when `URL`, `DOI`, `ISBN` and `ISSN` do not hold them all in order",
                        write: { r, w in
                            let held = [IdentifierScheme.url, .doi, .isbn, .issn].compactMap { s in r.identifiers.first { $0.scheme == s && !$0.value.isEmpty } }
                            guard held != r.identifiers else { return }
                            w.custom.append(("identifiers", node(.array(r.identifiers.map { i in
                                node(.object([("scheme", 0, 0, node(.string(i.scheme.rawValue))), ("value", 0, 0, node(.string(i.value)))]))
                            }))))
                        },
                        read: { r, rd in
                            guard let n = rd.custom["identifiers"], case .array(let items) = n.value else { return }
                            var ids: [Identifier] = []
                            for i in items {
                                guard case .object(let ms) = i.value,
                                      case .string(let s)? = ms.first(where: { $0.key == "scheme" })?.value.value,
                                      let scheme = IdentifierScheme(rawValue: s),
                                      case .string(let v)? = ms.first(where: { $0.key == "value" })?.value.value else { return }
                                ids.append(Identifier(scheme, v))
                            }
                            rd.usedCustom.insert("identifiers")
                            r.identifiers = ids
                        }),
            CSLJSONRule(variable: "custom.etAl.<role>", kind: .custom, field: "agents (et al.)",
                        note: "`true` when the role's names end in the et-al marker; CSL-JSON has no \"and others\"",
                        write: { _, _ in }, read: { _, _ in }),
            CSLJSONRule(variable: "custom.extra", kind: .custom, field: "extra",
                        note: "every `extra` key that no other row writes, as an object of string lists",
                        write: { _, _ in }, read: { _, _ in }),
            CSLJSONRule(variable: "any other variable", kind: .text, field: "extra[\"csl.<variable>\"]",
                        note: "a variable the record has no place for (`title-short`, `event-place`, `original-date` …) comes back out; a date as EDTF, or as its CSL-JSON in `extra[\"csl.json.<variable>\"]`",
                        write: { _, _ in }, read: { _, _ in }),
        ]
        return rules
    }()

    // MARK: - Record → item

    /// The CSL item for a record. `report` receives a warning for each thing CSL processors will
    /// not see as the record has it.
    public static func item(from record: Record, report: DiagnosticHandler = { _ in }) -> CSLItem {
        item(from: record, lost: { field, reason in report(.dropped(field, record: record.id, reason: reason)) })
    }

    static func item(from r: Record, lost: (String, String) -> Void) -> CSLItem {
        itemAndCustom(from: r, lost: lost).item
    }

    /// The item, and its `custom` member as parsed JSON (the writer emits it without parsing it again).
    static func itemAndCustom(from r: Record, lost: (String, String) -> Void) -> (item: CSLItem, custom: JSONNode?) {
        var w = Writing(item: CSLItem(id: r.id, type: ""))
        // The type, or the CSL type it was read from.
        var type = r.type.map { cslTypeOfRecordType[$0]! } ?? ""
        if let original = r.extra["csl.type"]?.first, recordTypeOfCSLType[original] == r.type {
            type = original; w.usedExtra.insert("csl.type")
        }
        if r.type == .other && type == "document" { w.custom.append(("type", node(.string("other")))) }
        w.item.type = type
        for (v, _) in otherNameVariables {
            if let names = r.extra["csl.role.\(v)"] { w.claimed[v] = Set(names); w.usedExtra.insert("csl.role.\(v)") }
        }
        for key in r.extra.keys where key.hasPrefix("csl.name.") { w.usedExtra.insert(key) }
        for rule in rules { rule.write(r, &w) }
        // Variables the record kept for CSL.
        for (key, values) in r.extra.sorted(by: { $0.key < $1.key }) where !w.usedExtra.contains(key) {
            guard values.count == 1 else { continue }
            if key.hasPrefix("csl.json.") {
                let v = String(key.dropFirst("csl.json.".count))
                if CSLVariables.dates.contains(v) {
                    if w.item.variables[v] == nil, let d = keptDate(values[0]) { w.item.variables[v] = .date(d); w.usedExtra.insert(key) }
                } else if w.item.variables[v] == nil, w.item.otherJSON[v] == nil, isJSON(values[0]), v != "custom" {
                    w.item.otherJSON[v] = values[0]; w.usedExtra.insert(key)
                }
            } else if key.hasPrefix("csl.custom.") {
                let k = String(key.dropFirst("csl.custom.".count))
                if let n = parseJSON(values[0]), !w.custom.contains(where: { $0.key == k }) { w.custom.append((k, n)); w.usedExtra.insert(key) }
            } else if key.hasPrefix("csl.") {
                let v = String(key.dropFirst(4))
                guard !v.isEmpty, !v.contains("."), w.item.variables[v] == nil, v != "id", v != "type", v != "custom",
                      !CSLVariables.names.contains(v) else { continue }
                if CSLVariables.dates.contains(v) {
                    guard let e = EDTFDate(values[0]) else { continue }
                    let (d, lostParts) = CSLDates.cslDate(from: e)
                    w.item.variables[v] = .date(d)
                    if !lostParts.isEmpty { w.lost.append(("extra.\(key)", "CSL date-parts cannot hold \(lostParts.joined(separator: ", ")) in \(e); kept the EDTF in `edtf`")) }
                } else {
                    w.item.variables[v] = .text(values[0])
                }
                w.usedExtra.insert(key)
            }
        }
        // Everything else in extra goes to custom.extra.
        let rest = r.extra.keys.sorted().filter { !w.usedExtra.contains($0) }
        if !rest.isEmpty {
            w.custom.append(("extra", node(.object(rest.map { k in
                (k, 0, 0, node(.array(r.extra[k]!.map { node(.string($0)) })))
            }))))
        }
        var customNode: JSONNode?
        if !w.custom.isEmpty {
            let n = node(.object(w.custom.map { ($0.key, 0, 0, $0.value) }))
            var out: [UInt8] = []
            CSLJSONItemDecoder.compact(n, into: &out)
            w.item.otherJSON["custom"] = String(decoding: out, as: UTF8.self)
            customNode = n
        }
        for (field, reason) in w.lost { lost(field, reason) }
        return (w.item, customNode)
    }

    // MARK: - Item → record

    /// The record for a CSL item, and warnings about what it could not take as it is (each kept in
    /// `extra`). A record without a title is returned as it is: `Record.problems` names it.
    public static func record(from item: CSLItem, file: String = "<memory>", location: SourceLocation? = nil,
                              report: DiagnosticHandler = { _ in }) -> Record {
        record(from: item, custom: item.otherJSON["custom"].flatMap(parseJSON), file: file, location: location, report: report)
    }

    /// The record, with the item's `custom` member already parsed (the reader has it as JSON).
    static func record(from item: CSLItem, custom: JSONNode?, file: String, location: SourceLocation?,
                       report: DiagnosticHandler) -> Record {
        var r = Record(id: item.id, title: "")
        var rd = Reading(item: item, file: file)
        if let n = custom, case .object(let ms) = n.value {
            for m in ms { rd.custom[m.key] = m.value }
            rd.usedVariables.insert("custom")
        }
        // The type.
        if !item.type.isEmpty {
            if let t = recordTypeOfCSLType[item.type] {
                r.type = t
                if cslTypeOfRecordType[t] != item.type { r.extra["csl.type"] = [item.type] }
            } else {
                r.extra["csl.type"] = [item.type]
                rd.warnings.append(("type", "`\(item.type)` is not a CSL type; kept in extra[\"csl.type\"]"))
            }
        }
        if case .string("other")? = rd.custom["type"]?.value, r.type == .document {
            r.type = .other; rd.usedCustom.insert("type")
        }
        for rule in rules { rule.read(&r, &rd) }
        // Variables the record has no place for.
        for (key, value) in item.variables where !rd.usedVariables.contains(key) {
            switch value {
            case .text(let t):
                r.extra["csl.\(key)"] = [t]
            case .date(let d):
                if case .success(let e) = CSLDates.edtf(from: d), CSLDates.cslDate(from: e).date == d {
                    r.extra["csl.\(key)"] = [e.description]
                } else {
                    r.extra["csl.json.\(key)"] = [compactJSON(d)]
                }
            case .names(let names):
                // A name variable with no rule (not a CSL 1.0.2 variable): kept as JSON.
                var out: [UInt8] = []
                CSLJSONItemEncoder.encode(CSLItem(id: "", type: "", variables: ["n": .names(names)]), into: &out, level: 0)
                if let n = parseJSON(String(decoding: out, as: UTF8.self)), case .object(let ms) = n.value,
                   let v = ms.first(where: { $0.key == "n" })?.value {
                    var c: [UInt8] = []
                    CSLJSONItemDecoder.compact(v, into: &c)
                    r.extra["csl.json.\(key)"] = [String(decoding: c, as: UTF8.self)]
                }
            }
        }
        for (key, json) in item.otherJSON where !rd.usedVariables.contains(key) {
            r.extra["csl.json.\(key)"] = [json]
        }
        // custom: our own members, then anything else kept as it is.
        if let n = rd.custom["extra"], case .object(let ms) = n.value {
            rd.usedCustom.insert("extra")
            for m in ms {
                switch m.value.value {
                case .array(let items):
                    r.extra[m.key] = items.compactMap { if case .string(let s) = $0.value { s } else { nil } }
                case .string(let s):
                    r.extra[m.key] = [s]
                default:
                    break
                }
            }
        }
        for (k, v) in rd.custom where !rd.usedCustom.contains(k) {
            var out: [UInt8] = []
            CSLJSONItemDecoder.compact(v, into: &out)
            r.extra["csl.custom.\(k)"] = [String(decoding: out, as: UTF8.self)]
        }
        // Name flags CSL-JSON has and the record does not.
        for (flag, names) in nameFlags(item) where !names.isEmpty { r.extra["csl.name.\(flag)"] = names }
        for (field, message) in rd.warnings {
            report(.warning("field `\(field)`: \(message)", at: location, record: item.id, field: field))
        }
        return r
    }

    // MARK: - Names

    static func cslName(_ a: Agent, _ r: Record) -> CSLName {
        let shown = a.displayName
        func flagged(_ flag: String) -> Bool { r.extra["csl.name.\(flag)"]?.contains(shown) == true }
        if let l = a.literal {
            var n = CSLName.literal(l)
            n.isInstitution = flagged("isInstitution")
            return n
        }
        var n = CSLName(family: a.family, given: a.given, suffix: a.suffix)
        if let p = a.particle {
            if flagged("dropping-particle") { n.droppingParticle = p } else { n.nonDroppingParticle = p }
        }
        n.commaSuffix = flagged("comma-suffix")
        n.staticOrdering = flagged("static-ordering")
        if flagged("parse-names-false") { n.parseNames = false }
        return n
    }

    static func agent(_ n: CSLName, role: AgentRole, record: inout Record, warnings: inout [(field: String, message: String)],
                      variable: String) -> Agent? {
        func nonEmpty(_ s: String?) -> String? { (s?.isEmpty ?? true) ? nil : s }
        if let l = nonEmpty(n.literal) { return .literal(l, role: role) }
        let particles = [nonEmpty(n.droppingParticle), nonEmpty(n.nonDroppingParticle)].compactMap { $0 }
        guard let family = nonEmpty(n.family) else {
            if let g = nonEmpty(n.given) { return .literal(([g] + particles).joined(separator: " "), role: role) }
            warnings.append((variable, "a name with no `family` and no `literal` was left out"))
            return nil
        }
        if particles.count > 1 {
            warnings.append((variable, "the name \(family) has both a dropping and a non-dropping particle; the record keeps them as one particle"))
        }
        return Agent(role: role, family: family, given: nonEmpty(n.given),
                     particle: particles.isEmpty ? nil : particles.joined(separator: " "), suffix: nonEmpty(n.suffix))
    }

    static let nameVariableOrder = ["author", "recipient", "translator", "editor", "contributor"] + otherNameVariables.map(\.variable)

    /// The display names of the item's names that carry each flag the record has no place for.
    static func nameFlags(_ item: CSLItem) -> [(String, [String])] {
        var dropping: [String] = [], comma: [String] = [], staticOrder: [String] = [], noParse: [String] = [], institution: [String] = []
        for v in nameVariableOrder {
            guard case .names(let names)? = item.variables[v],
                  names.contains(where: { $0.droppingParticle != nil || $0.commaSuffix || $0.staticOrdering || $0.parseNames == false || $0.isInstitution })
            else { continue }
            for n in names {
                var ignored: [(field: String, message: String)] = []
                var scratch = Record(id: "", title: "")
                guard let a = agent(n, role: .creator, record: &scratch, warnings: &ignored, variable: v) else { continue }
                let shown = a.displayName
                if n.isInstitution, a.literal != nil { institution.append(shown) }
                guard a.literal == nil else { continue }
                if n.droppingParticle?.isEmpty == false && (n.nonDroppingParticle ?? "").isEmpty { dropping.append(shown) }
                if n.commaSuffix { comma.append(shown) }
                if n.staticOrdering { staticOrder.append(shown) }
                if n.parseNames == false { noParse.append(shown) }
            }
        }
        return [("dropping-particle", dropping), ("comma-suffix", comma), ("static-ordering", staticOrder), ("parse-names-false", noParse),
                ("isInstitution", institution)]
    }

    // MARK: - Helpers

    /// The CSL date variables that hold a kind of `dates`.
    static let cslDateKinds: [(variable: String, kind: DateKind)] = [("available-date", .available), ("submitted", .dateSubmitted)]

    /// The number of pages an extent statement gives (`212 p.`, `212 pp.`, `212 pages`), or nil.
    static func pageCount(_ extent: String) -> String? {
        let digits = extent.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = extent.dropFirst(digits.count).trimmingCharacters(in: " ")
        return ["p.", "pp.", "p", "pages", "page"].contains(rest) ? String(digits) : nil
    }

    static func splitKeywords(_ s: String) -> [String] {
        s.split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }

    static func parseJSON(_ text: String) -> JSONNode? {
        var p = JSONParser(input: ByteInput(string: text))
        return try? p.parseValue()
    }

    static func isJSON(_ text: String) -> Bool { parseJSON(text) != nil }

    static func compactJSON(_ d: CSLDate) -> String {
        var out: [UInt8] = []
        CSLJSONItemEncoder.encode(CSLItem(id: "", type: "", variables: ["d": .date(d)]), into: &out, level: 0)
        guard let n = parseJSON(String(decoding: out, as: UTF8.self)), case .object(let ms) = n.value,
              let v = ms.first(where: { $0.key == "d" })?.value else { return "{}" }
        var c: [UInt8] = []
        CSLJSONItemDecoder.compact(v, into: &c)
        return String(decoding: c, as: UTF8.self)
    }

    /// A CSL date kept as JSON text in `extra`.
    static func keptDate(_ json: String) -> CSLDate? {
        guard let n = parseJSON(json) else { return nil }
        let decoder = CSLJSONItemDecoder(file: "extra")
        let wrapper = node(.object([("id", 0, 0, node(.string("x"))), ("issued", 0, 0, n)]))
        return (try? decoder.item(from: wrapper, index: 1))?.date("issued")
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension CSLJSONMapping {
    /// The field table as Markdown, as `Docs/formats/csl-json.md` prints it (a test keeps the two in step).
    public static var markdownFieldTable: String {
        var s = "| CSL-JSON | kind | record field | notes |\n|---|---|---|---|\n"
        for r in rules {
            s += "| `\(r.variable)` | \(r.kind.rawValue) | `\(r.field)` | \(r.note) |\n"
        }
        return s
    }

    /// The type table as Markdown.
    public static var markdownTypeTable: String {
        var s = "| `type` | CSL type written | also read from |\n|---|---|---|\n"
        for t in types {
            let written = t.type == .other ? "`\(t.csl)` + `custom.type = \"other\"`" : "`\(t.csl)`"
            s += "| `\(t.type.rawValue)` | \(written) | \(t.alsoRead.map { "`\($0)`" }.joined(separator: ", ")) |\n"
        }
        return s
    }
}
