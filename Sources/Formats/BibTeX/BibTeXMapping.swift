import CrosswalkModel

/// The two dialects the writer knows. The reader reads both.
public enum BibTeXDialect: String, Sendable, CaseIterable {
    /// Classic BibTeX: `year`/`month`, `journal`, `address`, `school`, `@techreport`, `@phdthesis`.
    case bibtex
    /// biblatex (biber): `date` as EDTF, `journaltitle`, `location`, `@letter`, `@online`, `@thesis`.
    case biblatex
}

/// One row of the crosswalk: a canonical field, the BibTeX fields it is written to and read from.
public struct BibTeXFieldRule: Sendable {
    /// The canonical field (`Record`'s JSON key).
    public let canonical: String
    /// What biblatex output writes.
    public let biblatex: String
    /// What BibTeX output writes.
    public let bibtex: String
    /// Every field the reader takes for it (either dialect), and how it reads each.
    let readers: [(field: String, as: BibTeXReading.KnownField)]
    /// What else the reader takes for it that is not a field of its own (`citation key`).
    public let readNote: String
    public let note: String

    /// Every field the reader takes for it (either dialect).
    public var reads: [String] { readers.map(\.field) }

    init(canonical: String, biblatex: String, bibtex: String? = nil, readers: [(field: String, as: BibTeXReading.KnownField)],
         readNote: String = "", note: String) {
        self.canonical = canonical; self.biblatex = biblatex; self.bibtex = bibtex ?? biblatex
        self.readers = readers; self.readNote = readNote; self.note = note
    }

    /// A row whose fields are all read the same way.
    init(canonical: String, biblatex: String, bibtex: String? = nil, reads: [String], as kind: BibTeXReading.KnownField?,
         readNote: String = "", note: String) {
        self.init(canonical: canonical, biblatex: biblatex, bibtex: bibtex, readers: kind.map { k in reads.map { ($0, k) } } ?? [],
                  readNote: readNote, note: note)
    }
}

/// One row of the type crosswalk.
public struct BibTeXTypeRule: Sendable {
    public let type: RecordType
    public let biblatex: String
    public let bibtex: String
}

/// The BibTeX crosswalk, as data: `Docs/formats/bibtex.md` prints the same tables.
public enum BibTeXMapping {
    /// The name fields, one per role, in the writer's order: the one role ↔ field table.
    static let roleFields: [(role: AgentRole, field: String, note: String)] = [
        (.creator, "author", "names by BibTeX's rules; `and others` is the et-al marker"),
        (.recipient, "recipient", "not a standard field: a name list that biblatex styles ignore, kept for the round trip"),
        (.translator, "translator", ""),
        (.editor, "editor", ""),
        (.contributor, "contributor", "not a standard field: a name list, kept for the round trip"),
    ]
    /// The role a name field holds (five short names: comparing beats hashing).
    static func role(ofField name: String) -> AgentRole? { roleFields.first { $0.field == name }?.role }

    /// The identifier fields, one per scheme, in the writer's (and the reader's) order: the one
    /// scheme ↔ field table. URLs and DOIs are verbatim fields (not LaTeX).
    static let schemeFields: [(scheme: IdentifierScheme, field: String, verbatim: Bool, note: String)] = [
        (.url, "url", true, "one per scheme; more are dropped with a warning"),
        (.doi, "doi", true, ""),
        (.handle, "eprint", false, ""),
        (.oai, "oai", false, "not a standard field"),
        (.local, "localid", false, "not a standard field"),
        (.isbn, "isbn", false, ""),
        (.issn, "issn", false, ""),
    ]
    static let schemeOrder = schemeFields.map(\.scheme)

    /// The rows of the names, from the role table.
    private static let nameRows: [BibTeXFieldRule] = roleFields.map { role, field, note in
        BibTeXFieldRule(canonical: "agents (\(role.rawValue))", biblatex: field, reads: [field], as: .names(role), note: note)
    }

    /// The rows of the identifiers, from the scheme table (a handle is an `eprint` with an `eprinttype`).
    private static let identifierRows: [BibTeXFieldRule] = schemeFields.map { scheme, field, isVerbatim, note in
        scheme == .handle
            ? BibTeXFieldRule(canonical: "identifiers (\(scheme.rawValue))", biblatex: "\(field) + eprinttype = {hdl}",
                              readers: [(field, .eprint), ("eprinttype", .eprinttype)], readNote: "with eprinttype hdl or handle", note: note)
            : BibTeXFieldRule(canonical: "identifiers (\(scheme.rawValue))", biblatex: field, reads: [field],
                              as: .identifier(scheme, verbatim: isVerbatim), note: note)
    }

    public static let fields: [BibTeXFieldRule] = [
        .init(canonical: "id", biblatex: "citation key", readers: [], readNote: "citation key",
              note: "kept when it is a valid key (and no --key-pattern is given); otherwise a key is made from the pattern"),
    ] + nameRows + [
        .init(canonical: "title", biblatex: "title", reads: ["title"], as: .title,
              note: "every word with a capital but the first is braced (runs of them share one group), so that styles that change case keep it; so are `origtitle`, `journaltitle`, `booktitle` and `series`"),
        .init(canonical: "alternativeTitles[0]", biblatex: "origtitle", readers: [("origtitle", .origtitle), ("origlanguage", .origlanguage)],
              note: "its language goes to `origlanguage`; further alternative titles are dropped with a warning"),
        .init(canonical: "genre", biblatex: "type", reads: ["type"], as: .type, note: "`type = {Telegram}`"),
        .init(canonical: "date", biblatex: "date", bibtex: "year, month, day",
              readers: [("date", .date), ("year", .year), ("month", .month), ("day", .day)],
              note: "biblatex: EDTF as it is. BibTeX: year, month macro and day; a date they cannot hold (qualified, unspecified, a season, an interval) is also written to `date`, with a warning"),
        .init(canonical: "containerTitle", biblatex: "journaltitle (article), booktitle", bibtex: "journal (article), booktitle",
              reads: ["journaltitle", "journal", "booktitle"], as: .journaltitle, note: ""),
        .init(canonical: "series", biblatex: "series", reads: ["series"], as: .series, note: ""),
        .init(canonical: "volume", biblatex: "volume", reads: ["volume"], as: .volume, note: ""),
        .init(canonical: "issue", biblatex: "number (article), issue", reads: ["issue"], as: .issue, readNote: "number (article)", note: ""),
        .init(canonical: "number", biblatex: "number", reads: ["number"], as: .number, readNote: "not in an article",
              note: "an article's `number` is its issue: a record `number` on an article is dropped with a warning"),
        .init(canonical: "edition", biblatex: "edition", reads: ["edition"], as: .edition, note: ""),
        .init(canonical: "pages", biblatex: "pages", reads: ["pages"], as: .pages, note: "`12–23` is written `12--23`"),
        .init(canonical: "publisher", biblatex: "institution (report, thesis), publisher", bibtex: "institution (report), school (thesis), publisher",
              reads: ["publisher", "howpublished", "institution", "school", "organization"], as: .publisher,
              note: "the first one read wins; the others go to `extra`"),
        .init(canonical: "publisherPlace", biblatex: "location", bibtex: "address", reads: ["location", "address"], as: .location, note: ""),
        .init(canonical: "archive.name", biblatex: "library", reads: ["library", "archive"], as: .library, note: "biblatex's `library` field"),
        .init(canonical: "archive.location", biblatex: "callnumber", reads: ["callnumber", "archivelocation", "archive_location"], as: .callnumber,
              note: "not a standard field (Zotero's call number)"),
        .init(canonical: "archive.place", biblatex: "archiveplace", reads: ["archiveplace"], as: .archiveplace, note: "not a standard field"),
        .init(canonical: "places", biblatex: "places", reads: ["places"], as: .places, note: "not a standard field; a list like `keywords`"),
        .init(canonical: "isPartOf", biblatex: "ispartof", reads: ["ispartof"], as: .ispartof, note: "not a standard field; a list like `keywords`"),
        .init(canonical: "subjects", biblatex: "keywords", reads: ["keywords"], as: .keywords,
              note: "comma-separated; a subject with a comma is written in braces"),
        .init(canonical: "languages", biblatex: "language", reads: ["language"], as: .language, note: "separated by `and`, as biblatex's list fields"),
        .init(canonical: "description", biblatex: "abstract", reads: ["abstract"], as: .abstract, note: ""),
        .init(canonical: "notes", biblatex: "note, addendum", readers: [("note", .note), ("addendum", .addendum)],
              note: "the first note goes to `note`, the others to `addendum` (from the third on, joined with a warning)"),
        .init(canonical: "rights", biblatex: "rights", reads: ["rights"], as: .rights, note: "not a standard field; a list like `keywords`"),
    ] + identifierRows + [
        .init(canonical: "accessed", biblatex: "urldate", reads: ["urldate"], as: .urldate, note: "EDTF"),
        .init(canonical: "type", biblatex: "entry type (+ entrysubtype)", reads: ["entrysubtype"], as: .entrysubtype, readNote: "entry type",
              note: "see the type table; a type with no entry type of its own is `@misc` with `entrysubtype`"),
        .init(canonical: "extent", biblatex: "pagetotal", reads: [], as: nil,
              note: "the page count of the first statement such as `212 p.` (biblatex's `pagetotal`), with a warning: it reads back in `extra`; any other extent is dropped with a warning"),
        .init(canonical: "dates", biblatex: "—", reads: [], as: nil, note: "dropped with a warning (BibTeX has one date)"),
        .init(canonical: "coordinates", biblatex: "—", reads: [], as: nil, note: "dropped with a warning"),
        .init(canonical: "levelOfDescription", biblatex: "—", reads: [], as: nil, note: "dropped with a warning"),
        .init(canonical: "extra[\"bibtex.<field>\"]", biblatex: "`<field>`", readers: [], readNote: "any other field",
              note: "fields the model has no key for survive the round trip; other `extra` keys are dropped with a warning"),
        .init(canonical: "extra[\"bibtex.latex.<field>\"]", biblatex: "`<field>`", readers: [], readNote: "markup in any field",
              note: "the field's LaTeX (with Unicode letters) when the plain value would not be written back the same: case-protecting braces, math, unknown commands, emphasis"),
        .init(canonical: "extra[\"bibtex.preamble\"]", biblatex: "`@preamble`", readers: [], readNote: "`@preamble`",
              note: "kept with the next entry read, and written before it"),
        .init(canonical: "extra[\"bibtex.entrytype\"]", biblatex: "entry type", readers: [], readNote: "entry type",
              note: "the entry type read, when the writer would not write it from `type` alone (`@inproceedings`, `@wrong`)"),
    ]

    /// The fields the reader knows, and how it reads each (one hash per field instead of a long
    /// chain of string comparisons): every field of every row of `fields`.
    static let knownFields: [String: BibTeXReading.KnownField] =
        Dictionary(uniqueKeysWithValues: fields.flatMap(\.readers).map { ($0.field, $0.as) })

    public static let types: [BibTeXTypeRule] = [
        .init(type: .document, biblatex: "misc", bibtex: "misc"),
        .init(type: .letter, biblatex: "letter", bibtex: "misc"),
        .init(type: .manuscript, biblatex: "unpublished", bibtex: "unpublished"),
        .init(type: .report, biblatex: "report", bibtex: "techreport"),
        .init(type: .book, biblatex: "book", bibtex: "book"),
        .init(type: .chapter, biblatex: "incollection", bibtex: "incollection"),
        .init(type: .article, biblatex: "article", bibtex: "article"),
        .init(type: .thesis, biblatex: "thesis", bibtex: "phdthesis"),
        .init(type: .image, biblatex: "artwork", bibtex: "misc"),
        .init(type: .map, biblatex: "misc", bibtex: "misc"),
        .init(type: .dataset, biblatex: "dataset", bibtex: "misc"),
        .init(type: .webpage, biblatex: "online", bibtex: "misc"),
        .init(type: .interview, biblatex: "misc", bibtex: "misc"),
        .init(type: .speech, biblatex: "misc", bibtex: "misc"),
        .init(type: .other, biblatex: "misc", bibtex: "misc"),
    ]

    /// Entry types the reader knows, and the record type each gives.
    public static let readTypes: [String: RecordType] = [
        "misc": .document, "letter": .letter, "manuscript": .manuscript, "unpublished": .manuscript,
        "report": .report, "techreport": .report, "manual": .report, "book": .book, "mvbook": .book, "booklet": .book,
        "collection": .book, "proceedings": .book, "incollection": .chapter, "inbook": .chapter, "inproceedings": .chapter,
        "conference": .chapter, "article": .article, "periodical": .article, "thesis": .thesis, "phdthesis": .thesis,
        "mastersthesis": .thesis, "artwork": .image, "image": .image, "dataset": .dataset, "data": .dataset,
        "online": .webpage, "www": .webpage, "electronic": .webpage, "interview": .interview, "speech": .speech,
    ]

    static func entryType(_ type: RecordType?, _ dialect: BibTeXDialect) -> (type: String, subtype: String?) {
        guard let type else { return ("misc", nil) }
        let rule = types.first { $0.type == type }!
        let name = dialect == .biblatex ? rule.biblatex : rule.bibtex
        let subtype = (name == "misc" && type != .document) ? type.rawValue : nil
        return (name, subtype)
    }

    static let monthNumbers: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, n) in EDTFDate.monthNames.enumerated() {
            d[n.lowercased()] = i + 1
            d[BibTeXParser.monthMacros[i]] = i + 1
        }
        d["sept"] = 9
        return d
    }()

    // MARK: - Writing

    /// One field as the writer writes it.
    struct OutField {
        var name: String
        /// The biblatex name of the field: the key of `extra["bibtex.latex.<slot>"]`.
        var slot: String
        var latex: [UInt8]
        /// Written without braces (a month macro).
        var bare = false
        var isNames = false
        var role: AgentRole? = nil
    }

    /// What the writer could not keep, as (field, reason), and the characters it could not encode.
    struct Notes {
        var dropped: [(field: String, reason: String)] = []
        var unencodable: [(field: String, scalars: [Unicode.Scalar])] = []
        var whitespace: [String] = []
    }

    static let titleSlots: Set<String> = ["title", "origtitle", "journaltitle", "booktitle", "series"]

    /// The fields of a record, in the writer's order. With `useMarked`, fields whose
    /// `extra["bibtex.latex.<slot>"]` still matches the value are written from it.
    /// With `only`, just those slots are made (the reader's check of markup).
    static func outFields(_ r: Record, dialect: BibTeXDialect, ascii: Bool, useMarked: Bool, notes: inout Notes,
                          only: Set<String>? = nil) -> (type: String, fields: [OutField]) {
        var (entryTypeName, subtype) = entryType(r.type, dialect)
        if let original = r.extra["bibtex.entrytype"]?.first, readTypes[original] == r.type || (readTypes[original] == nil && r.type == nil) {
            entryTypeName = original; subtype = nil
        }
        var b = OutFields(r: r, dialect: dialect, ascii: ascii, useMarked: useMarked, only: only, notes: notes)
        b.names(r)
        b.titles(r)
        b.date(r)
        b.containerAndNumbers(r)
        b.publication(r)
        b.listsAndNotes(r)
        b.identifiers(r)
        if let subtype { b.out.append(OutField(name: "entrysubtype", slot: "entrysubtype", latex: Array(subtype.utf8))) }
        b.archivalFields(r)
        b.extraFields(r)
        notes = b.notes
        return (entryTypeName, b.out)
    }

    /// A list field: values joined with `, ` (or ` and `); a value with a comma (or the word `and`) is braced.
    static func encodeList(_ values: [String], and: Bool, ascii: Bool, report rep: inout LaTeX.EncodeReport) -> [UInt8] {
        var latex: [UInt8] = []
        for v in values where !v.isEmpty {
            if !latex.isEmpty { latex.append(contentsOf: Array((and ? " and " : ", ").utf8)) }
            let e = LaTeX.encode(v, ascii: ascii, report: &rep)
            let brace = and ? BibTeXNames.words(e).contains(where: BibTeXNames.isAnd) || e.isEmpty
                            : e.contains(UInt8(ascii: ",")) || e.isEmpty
            if brace { latex.append(UInt8(ascii: "{")) }
            latex.append(contentsOf: e)
            if brace { latex.append(UInt8(ascii: "}")) }
        }
        return latex
    }

    /// A URL or DOI: written as it is (they are verbatim fields in biblatex), with unbalanced braces escaped.
    static func verbatim(_ v: String) -> [UInt8] {
        var depth = 0
        var balanced = true
        for b in v.utf8 {
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth -= 1; if depth < 0 { balanced = false } }
        }
        if balanced && depth == 0 && !v.utf8.contains(UInt8(ascii: "\\")) { return Array(v.utf8) }
        var r = LaTeX.EncodeReport()
        return LaTeX.encode(v, ascii: false, report: &r)
    }

    static func isFieldName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { BibTeXParser.isIdentifier($0) && $0 < 0x80 && $0 != UInt8(ascii: "@") }
    }

    /// Splits a list field at depth-0 commas (or `and`), decoding each item.
    static func splitList(_ raw: [UInt8], and: Bool) -> [String] {
        let items: [[UInt8]] = and ? BibTeXNames.splitNames(raw).map(Array.init) : BibTeXNames.splitCommas(raw)
        return items.map { LaTeX.decode($0) }.filter { !$0.isEmpty }
    }
}

extension LaTeX {
    static func decode(_ bytes: [UInt8]) -> String {
        var u: [String] = []
        return decode(bytes, unknown: &u)
    }
}

extension BibTeXMapping {
    /// The field table as Markdown, as `Docs/formats/bibtex.md` prints it (a test keeps the two in step).
    public static var markdownFieldTable: String {
        var s = "| canonical field | biblatex writes | BibTeX writes | read from | notes |\n|---|---|---|---|---|\n"
        for f in fields {
            let reads = (f.reads + (f.readNote.isEmpty ? [] : [f.readNote])).joined(separator: ", ")
            s += "| `\(f.canonical)` | \(f.biblatex) | \(f.bibtex) | \(reads) | \(f.note) |\n"
        }
        return s
    }

    /// The type table as Markdown.
    public static var markdownTypeTable: String {
        var s = "| `type` | biblatex entry | BibTeX entry | also read from |\n|---|---|---|---|\n"
        for t in types {
            let written: Set<String> = [t.biblatex, t.bibtex]
            let also = readTypes.filter { $0.value == t.type && !written.contains($0.key) }.keys.sorted()
            func show(_ e: String) -> String { e == "misc" && t.type != .document ? "`@misc` + `entrysubtype = {\(t.type.rawValue)}`" : "`@\(e)`" }
            s += "| `\(t.type.rawValue)` | \(show(t.biblatex)) | \(show(t.bibtex)) | \(also.map { "`@\($0)`" }.joined(separator: ", ")) |\n"
        }
        return s
    }
}

/// Makes the fields of one record, in the writer's order (`BibTeXMapping.outFields`), one group at a time.
struct OutFields {
    typealias OutField = BibTeXMapping.OutField
    /// The extra fields of the record (for the marked LaTeX), the only part of it every method reads.
    let extra: [String: [String]]
    let dialect: BibTeXDialect
    let ascii: Bool
    let useMarked: Bool
    let only: Set<String>?
    var notes: BibTeXMapping.Notes
    var out: [OutField] = []
    let isArticle: Bool

    init(r: Record, dialect: BibTeXDialect, ascii: Bool, useMarked: Bool, only: Set<String>?, notes: BibTeXMapping.Notes) {
        self.extra = r.extra; self.isArticle = r.type == .article; self.dialect = dialect; self.ascii = ascii; self.useMarked = useMarked; self.only = only; self.notes = notes
    }

    /// A text field (with the marked LaTeX of `extra`, when it still matches).
    mutating func text(_ name: String, slot: String? = nil, _ value: String?, canonical: String) {
        guard let value, !value.isEmpty else { return }
        let slot = slot ?? name
        if let only, !only.contains(slot) { return }
        var rep = LaTeX.EncodeReport()
        var latex = LaTeX.encode(value, ascii: ascii, protectCase: BibTeXMapping.titleSlots.contains(slot), report: &rep)
        if useMarked, let m = extra["bibtex.latex.\(slot)"]?.first, LaTeX.decode(m) == LaTeX.decode(String(decoding: latex, as: UTF8.self)) {
            rep = LaTeX.EncodeReport()
            latex = LaTeX.encodeMarked(m, ascii: ascii, report: &rep)
        }
        if !rep.unencodable.isEmpty { notes.unencodable.append((canonical, rep.unencodable)) }
        if rep.whitespaceChanged { notes.whitespace.append(canonical) }
        out.append(OutField(name: name, slot: slot, latex: latex))
    }

    /// A list field.
    mutating func list(_ name: String, _ values: [String], canonical: String, and: Bool = false) {
        if let only, !only.contains(name) { return }
        let values = values.filter { !$0.isEmpty }
        guard !values.isEmpty else { return }
        var rep = LaTeX.EncodeReport()
        var latex = BibTeXMapping.encodeList(values, and: and, ascii: ascii, report: &rep)
        if useMarked, let m = extra["bibtex.latex.\(name)"]?.first,
           BibTeXMapping.splitList(Array(m.utf8), and: and) == BibTeXMapping.splitList(latex, and: and) {
            rep = LaTeX.EncodeReport()
            latex = LaTeX.encodeMarked(m, ascii: ascii, report: &rep)
        }
        if !rep.unencodable.isEmpty { notes.unencodable.append((canonical, rep.unencodable)) }
        if rep.whitespaceChanged { notes.whitespace.append(canonical) }
        out.append(OutField(name: name, slot: name, latex: latex))
    }

    /// The names, in role order.
    mutating func names(_ r: Record) {
        for (role, name, _) in BibTeXMapping.roleFields {
            if let only, !only.contains(name) { continue }
            let agents = r.agents(role)
            guard !agents.isEmpty else { continue }
            var rep = LaTeX.EncodeReport()
            var problems: [String] = []
            var latex = BibTeXNames.format(agents, ascii: ascii, report: &rep, problems: &problems)
            if useMarked, let m = extra["bibtex.latex.\(name)"]?.first {
                var unknown: [String] = []
                if BibTeXNames.parse(Array(m.utf8), role: role, unknown: &unknown) == BibTeXNames.parse(latex, role: role, unknown: &unknown) {
                    rep = LaTeX.EncodeReport(); problems = []
                    latex = LaTeX.encodeMarked(m, ascii: ascii, report: &rep)
                }
            }
            for p in problems { notes.dropped.append(("agents (\(role.rawValue))", p)) }
            if !rep.unencodable.isEmpty { notes.unencodable.append(("agents (\(role.rawValue))", rep.unencodable)) }
            if rep.whitespaceChanged { notes.whitespace.append("agents (\(role.rawValue))") }
            out.append(OutField(name: name, slot: name, latex: latex, isNames: true, role: role))
        }
    }

    /// The title, the original title and its language, and the genre.
    mutating func titles(_ r: Record) {
        text("title", r.title, canonical: "title")
        if let alt = r.alternativeTitles.first {
            text("origtitle", alt.value, canonical: "alternativeTitles[0]")
            if let lang = alt.lang { text("origlanguage", lang, canonical: "alternativeTitles[0].lang") }
            if r.alternativeTitles.count > 1 {
                notes.dropped.append(("alternativeTitles", "BibTeX holds one original title (`origtitle`); \(r.alternativeTitles.count - 1) more were not written"))
            }
        }
        text("type", r.genre, canonical: "genre")
    }

    /// The date: biblatex's EDTF, or BibTeX's year, month and day (and the EDTF when they cannot hold it).
    mutating func date(_ r: Record) {
        if let date = r.date {
            switch dialect {
            case .biblatex:
                out.append(OutField(name: "date", slot: "date", latex: Array(date.description.utf8)))
            case .bibtex:
                var simple: EDTFSimpleDate?
                if case .single(let d) = date.value, d.qualifier == nil, d.unspecifiedYearDigits == 0, !d.monthUnspecified,
                   d.season == nil, !d.dayUnspecified, d.time == nil, !d.isLongYear, d.year >= 0 {
                    simple = d
                }
                let shown = simple ?? date.start ?? date.end
                if let shown {
                    out.append(OutField(name: "year", slot: "year", latex: Array(String(shown.year).utf8)))
                    if let m = shown.month {
                        out.append(OutField(name: "month", slot: "month", latex: Array(BibTeXParser.monthMacros[m - 1].utf8), bare: true))
                        if let day = shown.day { out.append(OutField(name: "day", slot: "day", latex: Array(String(day).utf8))) }
                    }
                }
                if simple == nil {
                    out.append(OutField(name: "date", slot: "date", latex: Array(date.description.utf8)))
                    var what: [String] = []
                    if date.isInterval { what.append("a range") }
                    if date.isApproximate { what.append("`~` (approximate)") }
                    if date.isUncertain { what.append("`?` (uncertain)") }
                    if let s = date.start, s.unspecifiedYearDigits > 0 || s.monthUnspecified || s.dayUnspecified { what.append("unspecified digits (X)") }
                    if let s = date.start, s.season != nil { what.append("a season") }
                    if let s = date.start, s.time != nil { what.append("a time of day") }
                    if what.isEmpty { what.append("this date") }
                    notes.dropped.append(("date", "BibTeX's year and month cannot hold \(what.joined(separator: ", ")) in \(date); wrote year \(shown.map { String($0.year) } ?? "none") and kept the EDTF in a `date` field, which classic BibTeX styles ignore"))
                }
            }
        }
    }

    /// The container, the series, volume, number and issue, the edition and the pages.
    mutating func containerAndNumbers(_ r: Record) {
        let container = isArticle ? (dialect == .biblatex ? "journaltitle" : "journal") : "booktitle"
        text(container, slot: isArticle ? "journaltitle" : "booktitle", r.containerTitle, canonical: "containerTitle")
        text("series", r.series, canonical: "series")
        text("volume", r.volume, canonical: "volume")
        if isArticle {
            text("number", r.issue, canonical: "issue")
            if let n = r.number, !n.isEmpty {
                notes.dropped.append(("number", "an article's `number` field holds its issue; the record number \"\(n)\" was not written"))
            }
        } else {
            text("number", r.number, canonical: "number")
            text("issue", r.issue, canonical: "issue")
        }
        text("edition", r.edition, canonical: "edition")
        text("pages", r.pages, canonical: "pages")
    }

    /// The publisher, its place and the archive.
    mutating func publication(_ r: Record) {
        let publisherField: String
        switch r.type {
        case .report?: publisherField = "institution"
        case .thesis?: publisherField = dialect == .biblatex ? "institution" : "school"
        default: publisherField = "publisher"
        }
        text(publisherField, slot: "publisher", r.publisher, canonical: "publisher")
        text(dialect == .biblatex ? "location" : "address", slot: "location", r.publisherPlace, canonical: "publisherPlace")
        if let a = r.archive {
            text("library", a.name, canonical: "archive.name")
            text("callnumber", a.location, canonical: "archive.location")
            text("archiveplace", a.place, canonical: "archive.place")
        }
    }

    /// The list fields, the abstract and the notes.
    mutating func listsAndNotes(_ r: Record) {
        list("places", r.places, canonical: "places")
        list("ispartof", r.isPartOf, canonical: "isPartOf")
        list("keywords", r.subjects, canonical: "subjects")
        list("language", r.languages, canonical: "languages", and: true)
        text("abstract", r.description, canonical: "description")
        let notesList = r.notes.filter { !$0.isEmpty }
        if let first = notesList.first { text("note", first, canonical: "notes[0]") }
        if notesList.count > 1 {
            text("addendum", notesList[1...].joined(separator: " "), canonical: "notes[1]")
            if notesList.count > 2 {
                notes.dropped.append(("notes", "BibTeX holds two notes (`note`, `addendum`); notes 2 to \(notesList.count) were joined into `addendum`"))
            }
        }
        list("rights", r.rights, canonical: "rights")
    }

    /// The identifiers, one field per scheme, and the access date.
    mutating func identifiers(_ r: Record) {
        for (scheme, name, isVerbatim, _) in BibTeXMapping.schemeFields {
            let values = r.identifiers.filter { $0.scheme == scheme }.map(\.value)
            guard let v = values.first else { continue }
            if scheme == .handle { out.append(OutField(name: "eprinttype", slot: "eprinttype", latex: Array("hdl".utf8))) }
            if isVerbatim {
                // URLs and DOIs are verbatim fields: only braces need care.
                out.append(OutField(name: name, slot: name, latex: BibTeXMapping.verbatim(v)))
            } else {
                text(name, v, canonical: "identifiers (\(scheme.rawValue))")
            }
            if scheme == .url, let d = r.accessed { out.append(OutField(name: "urldate", slot: "urldate", latex: Array(d.description.utf8))) }
            if values.count > 1 {
                notes.dropped.append(("identifiers (\(scheme.rawValue))", "BibTeX holds one `\(name)`; \(values.count - 1) more were not written"))
            }
        }
        if let d = r.accessed, r.identifier(.url) == nil {
            out.append(OutField(name: "urldate", slot: "urldate", latex: Array(d.description.utf8)))
        }
    }

    /// `extra` keys that are BibTeX fields.
    mutating func extraFields(_ r: Record) {
        let written = Set(out.map(\.name))
        for key in r.extra.keys.sorted() {
            guard key.hasPrefix("bibtex.") else {
                notes.dropped.append(("extra.\(key)", "only `extra` keys that start with `bibtex.` are BibTeX fields"))
                continue
            }
            let name = String(key.dropFirst("bibtex.".count))
            if name.hasPrefix("latex.") || name == "entrytype" || name == "preamble" { continue }
            guard BibTeXMapping.isFieldName(name), !written.contains(name) else {
                notes.dropped.append(("extra.\(key)", written.contains(name) ? "the entry already has a `\(name)` field" : "`\(name)` is not a valid BibTeX field name"))
                continue
            }
            let values = r.extra[key] ?? []
            text(name, values.first, canonical: "extra.\(key)")
            if values.count > 1 {
                notes.dropped.append(("extra.\(key)", "a BibTeX field holds one value; \(values.count - 1) more were not written"))
            }
        }
    }
}
