import CrosswalkModel

/// Entry → record: one `BibTeXReading` reads one entry, field by field (`read(_:)`), then resolves
/// what needs every field (`resolve()`) and keeps the markup the writer would not write back
/// (`keepMarkup()`).
struct BibTeXReading {
    let e: BibTeXEntry
    let report: DiagnosticHandler
    /// The entry's fields in order, a repeated field's later copies left out.
    let order: [BibTeXField]
    var r: Record

    var agents: [AgentRole: [Agent]] = [:]
    var containerSet = false, publisherSet = false, placeSet = false
    var archiveName: String?, archiveLocation: String?, archivePlace: String?
    var note: String?, addendum: String?
    var handleType: String?
    var year: BibTeXField?, month: BibTeXField?, day: BibTeXField?
    var origTitle: String?, origLanguage: String?
    var markupSlots: [(slot: String, field: BibTeXField)] = []

    static func record(from e: BibTeXEntry, report: @escaping DiagnosticHandler) throws(Diagnostic) -> Record {
        var reading = BibTeXReading(e, report: report)
        reading.readFields()
        reading.resolve()
        reading.keepMarkup()
        return try reading.checked()
    }

    @inline(__always)
    private init(_ e: BibTeXEntry, report: @escaping DiagnosticHandler) {
        self.e = e
        self.report = report
        r = Record(id: e.key, title: "")
        // Entries have a dozen fields: a linear search beats hashing.
        var duplicates = SmallIndexSet()
        for i in e.fields.indices {
            for j in e.fields.indices where j < i && e.fields[j].name == e.fields[i].name {
                let f = e.fields[i]
                report(.warning("field `\(f.name)` appears twice; the first, at \(e.fields[j].location), is kept", at: f.location, record: e.key, field: f.name))
                duplicates.insert(i)
                break
            }
        }
        order = duplicates.isEmpty ? e.fields : e.fields.indices.filter { !duplicates.contains($0) }.map { e.fields[$0] }

        // The type.
        r.type = BibTeXMapping.readTypes[e.type]
        if e.type == "misc", let st = field("entrysubtype"), let t = RecordType(rawValue: plain(st)) {
            r.type = t
        }
        if BibTeXMapping.entryType(r.type, .biblatex).type != e.type && BibTeXMapping.entryType(r.type, .bibtex).type != e.type {
            r.extra["bibtex.entrytype"] = [e.type]
        }
    }

    /// The (first) field of that name.
    @inline(__always)
    func field(_ name: String) -> BibTeXField? { order.first { $0.name == name } }

    @inline(__always)
    func plain(_ f: BibTeXField) -> String {
        var unknown: [String] = []
        let s = LaTeX.decode(f.value, unknown: &unknown)
        for u in unknown {
            report(.warning("field `\(f.name)`: unknown LaTeX command `\(u)` kept as it is", at: f.location, record: e.key, field: f.name))
        }
        return s
    }

    /// URLs and DOIs are verbatim: decoded only when they hold a command.
    @inline(__always)
    func verbatim(_ f: BibTeXField) -> String {
        if f.value.contains(UInt8(ascii: "\\")) { return plain(f) }
        if !f.value.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x20 }) { return f.text }
        return f.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Keeps a field as it is, in `extra["bibtex.<name>"]`.
    @inline(__always)
    mutating func keep(_ f: BibTeXField) { r.extra["bibtex.\(f.name)"] = [plain(f)] }

    /// Reads every field, each by how `BibTeXMapping.knownFields` says to read it (any other goes to `extra`).
    mutating func readFields() {
        for f in order {
            var slot = f.name
            switch BibTeXMapping.knownFields[f.name] {
            case .names(let role)?:
                var unknown: [String] = []
                agents[role, default: []] += BibTeXNames.parse(f.value, role: role, unknown: &unknown)
                for u in unknown {
                    report(.warning("field `\(f.name)`: unknown LaTeX command `\(u)` kept as it is", at: f.location, record: e.key, field: f.name))
                }
            case .title?: r.title = plain(f)
            case .origtitle?: origTitle = plain(f)
            case .origlanguage?: origLanguage = plain(f)
            case .type?: r.genre = plain(f)
            case .date?:
                let text = verbatim(f)
                do { r.date = try EDTFDate(parsing: text) } catch {
                    report(.warning("field `date`: \"\(text)\" is not an EDTF date (\(error.message)); kept in extra", at: f.location, record: e.key, field: "date"))
                    keep(f)
                }
            case .year?: year = f
            case .month?: month = f
            case .day?: day = f
            case .journaltitle?:
                slot = e.type == "article" || r.type == .article ? "journaltitle" : "booktitle"
                if f.name == "booktitle" { slot = "booktitle" }
                if containerSet { keep(f) } else { r.containerTitle = plain(f); containerSet = true }
            case .series?: r.series = plain(f)
            case .volume?: r.volume = plain(f)
            case .number?:
                if r.type == .article { r.issue = plain(f) } else { r.number = plain(f) }
            case .issue?:
                if r.type == .article && field("number") != nil { keep(f) } else { r.issue = plain(f) }
            case .edition?: r.edition = plain(f)
            case .pages?: r.pages = plain(f)
            case .publisher?:
                slot = "publisher"
                if publisherSet { keep(f); slot = f.name } else { r.publisher = plain(f); publisherSet = true }
            case .location?:
                slot = "location"
                if placeSet { keep(f); slot = f.name } else { r.publisherPlace = plain(f); placeSet = true }
            case .library?:
                slot = "library"
                if archiveName != nil { keep(f); slot = f.name } else { archiveName = plain(f) }
            case .callnumber?:
                slot = "callnumber"
                if archiveLocation != nil { keep(f); slot = f.name } else { archiveLocation = plain(f) }
            case .archiveplace?: archivePlace = plain(f)
            case .places?: r.places = BibTeXMapping.splitList(f.value, and: false)
            case .ispartof?: r.isPartOf = BibTeXMapping.splitList(f.value, and: false)
            case .keywords?: r.subjects = BibTeXMapping.splitList(f.value, and: false)
            case .rights?: r.rights = BibTeXMapping.splitList(f.value, and: false)
            case .language?: r.languages = BibTeXMapping.splitList(f.value, and: true)
            case .abstract?: r.description = plain(f)
            case .note?: note = plain(f)
            case .addendum?: addendum = plain(f)
            case .identifier(let scheme, let isVerbatim)?:
                r.identifiers.append(Identifier(scheme, isVerbatim ? verbatim(f) : plain(f)))
            case .eprinttype?: handleType = plain(f).lowercased()
            case .eprint?: break
            case .urldate?:
                let text = verbatim(f)
                do { r.accessed = try EDTFDate(parsing: text) } catch {
                    report(.warning("field `urldate`: \"\(text)\" is not an EDTF date (\(error.message)); kept in extra", at: f.location, record: e.key, field: "urldate"))
                    keep(f)
                }
            case .entrysubtype?:
                if RecordType(rawValue: plain(f)) == nil || e.type != "misc" { keep(f) }
            case nil:
                keep(f)
            }
            if LaTeX.hasMarkup(f.value) { markupSlots.append((slot, f)) }
        }
    }

    /// What needs every field: handles, the order of agents and identifiers, the original title,
    /// the notes, the archive and the date.
    @inline(__always)
    mutating func resolve() {
        // Handles: eprint with eprinttype hdl.
        if let ep = field("eprint") {
            if handleType == "hdl" || handleType == "handle" {
                r.identifiers.append(Identifier(.handle, plain(ep)))
            } else {
                keep(ep)
                if let t = field("eprinttype") { keep(t) }
            }
        } else if let t = field("eprinttype") { keep(t) }

        r.agents = AgentRole.allCases.flatMap { agents[$0] ?? [] }
        r.identifiers = BibTeXMapping.schemeOrder.flatMap { s in r.identifiers.filter { $0.scheme == s } }
        if let origTitle { r.alternativeTitles = [LocalizedString(origTitle, lang: origLanguage)] }
        else if let f = field("origlanguage") { keep(f) }
        if let note { r.notes.append(note) }
        if let addendum { r.notes.append(addendum) }
        if let archiveName, !archiveName.isEmpty {
            r.archive = Archive(name: archiveName, location: archiveLocation, place: archivePlace)
        } else {
            for n in ["callnumber", "archivelocation", "archive_location", "archiveplace"] { if let f = field(n) { keep(f) } }
        }
        Self.readDate(year: year, month: month, day: day, into: &r, report: report, key: e.key)
    }

    /// Markup that the writer would not write back by itself is kept in `extra["bibtex.latex.<slot>"]`.
    @inline(__always)
    mutating func keepMarkup() {
        // The common slots are compared here directly; the rest through the writer's own field list.
        var rest: [(slot: String, field: BibTeXField)] = []
        for (slot, f) in markupSlots {
            let d: [UInt8]
            if let role = BibTeXMapping.role(ofField: slot) {
                var rep = LaTeX.EncodeReport()
                var problems: [String] = []
                d = BibTeXNames.format(r.agents(role), ascii: false, report: &rep, problems: &problems)
            } else if let (values, and) = Self.listValues(slot, r) {
                var rep = LaTeX.EncodeReport()
                d = BibTeXMapping.encodeList(values, and: and, ascii: false, report: &rep)
            } else if let v = Self.simpleText(slot, r) {
                var rep = LaTeX.EncodeReport()
                d = LaTeX.encode(v, ascii: false, protectCase: BibTeXMapping.titleSlots.contains(slot), report: &rep)
            } else {
                rest.append((slot, f))
                continue
            }
            // What the writer itself wrote reads back equal, byte for byte: nothing to keep.
            if f.value == d { continue }
            let marked = LaTeX.marked(f.value)
            if !marked.utf8.elementsEqual(d) { r.extra["bibtex.latex.\(slot)"] = [marked] }
        }
        if !rest.isEmpty {
            var notes = BibTeXMapping.Notes()
            let defaults = BibTeXMapping.outFields(r, dialect: .biblatex, ascii: false, useMarked: false, notes: &notes,
                                                   only: Set(rest.map(\.slot))).fields
            for (slot, f) in rest {
                let marked = LaTeX.marked(f.value)
                if let d = defaults.first(where: { $0.slot == slot }) {
                    if String(decoding: d.latex, as: UTF8.self) != marked { r.extra["bibtex.latex.\(slot)"] = [marked] }
                } else if r.extra["bibtex.\(f.name)"] != nil {
                    var rep = LaTeX.EncodeReport()
                    let d = String(decoding: LaTeX.encode(r.extra["bibtex.\(f.name)"]![0], ascii: false, report: &rep), as: UTF8.self)
                    if d != marked { r.extra["bibtex.latex.\(f.name)"] = [marked] }
                }
            }
        }
    }

    /// The record, or the error for a record that has no title.
    @inline(__always)
    mutating func checked() throws(Diagnostic) -> Record {
        // The grammar makes the key and the agents valid; the title and identifiers may still be empty.
        r.identifiers.removeAll { $0.value.isEmpty }
        if r.title.isEmpty, let problem = r.problemError(at: { field($0)?.location ?? e.location }) { throw problem }
        return r
    }

    /// How the reader reads a field it knows (`BibTeXMapping.knownFields`).
    enum KnownField: Sendable, Equatable {
        case names(AgentRole), identifier(IdentifierScheme, verbatim: Bool)
        case title, origtitle, origlanguage, type, date, year, month, day, journaltitle, series, volume, number, issue
        case edition, pages, publisher, location, library, callnumber, archiveplace, places, ispartof, keywords, rights, language
        case abstract, note, addendum, eprinttype, eprint, urldate, entrysubtype
    }

    static func listValues(_ slot: String, _ r: Record) -> ([String], Bool)? {
        switch slot {
        case "keywords": return (r.subjects, false)
        case "places": return (r.places, false)
        case "ispartof": return (r.isPartOf, false)
        case "rights": return (r.rights, false)
        case "language": return (r.languages, true)
        default: return nil
        }
    }

    /// The canonical text a plain text slot is written from.
    static func simpleText(_ slot: String, _ r: Record) -> String? {
        switch slot {
        case "title": return r.title
        case "type": return r.genre
        case "abstract": return r.description
        case "series": return r.series
        case "volume": return r.volume
        case "edition": return r.edition
        case "pages": return r.pages
        case "journaltitle", "booktitle": return r.containerTitle
        case "publisher": return r.publisher
        case "location": return r.publisherPlace
        case "library": return r.archive?.name
        case "callnumber": return r.archive?.location
        default: return nil
        }
    }

    static func readDate(year: BibTeXField?, month: BibTeXField?, day: BibTeXField?, into r: inout Record,
                         report: DiagnosticHandler, key: String) {
        func keep(_ f: BibTeXField?) {
            guard let f else { return }
            r.extra["bibtex.\(f.name)"] = [LaTeX.decode(f.value)]
        }
        let yearText = year.map { LaTeX.decode($0.value) }
        let monthText = month.map { LaTeX.decode($0.value).lowercased() }
        let monthNumber: Int? = monthText.flatMap { t in
            if let n = BibTeXMapping.monthNumbers[t] { return n }
            if let n = BibTeXMapping.monthNumbers[String(t.prefix(3))], t.count >= 3 { return n }
            if let n = Int(t), (1...12).contains(n) { return n }
            return nil
        }
        let dayNumber = day.flatMap { Int(LaTeX.decode($0.value)) }
        if let date = r.date {
            // `date` wins; year, month and day that agree with it are redundant.
            let s = date.start
            if let yearText, Int(yearText) != s?.year { keep(year) }
            if month != nil, monthNumber == nil || monthNumber != s?.month { keep(month) }
            if day != nil, dayNumber == nil || dayNumber != s?.day { keep(day) }
            return
        }
        guard let year, let yearText else {
            keep(month); keep(day)
            return
        }
        if let y = Int(yearText) {
            if month != nil && monthNumber == nil {
                report(.warning("field `month`: \"\(monthText ?? "")\" is not a month; kept in extra", at: month!.location, record: key, field: "month"))
                keep(month)
            }
            if day != nil && (dayNumber == nil || monthNumber == nil) {
                keep(day)
            }
            let d = EDTFDate(year: y, month: monthNumber, day: monthNumber == nil ? nil : dayNumber)
            if d.isValid {
                r.date = d
            } else {
                report(.warning("year \(yearText), month \(monthText ?? "-"), day \(dayNumber.map(String.init) ?? "-") is not a valid date; kept in extra",
                                at: year.location, record: key, field: "year"))
                keep(year); keep(month); keep(day)
            }
            return
        }
        if let d = try? EDTFDate(parsing: yearText.replacingDoubleDash()) {
            r.date = d
            keep(month); keep(day)
            return
        }
        report(.warning("field `year`: \"\(yearText)\" is not a year; kept in extra", at: year.location, record: key, field: "year"))
        keep(year); keep(month); keep(day)
    }
}

extension String {
    /// "1950–1953" → "1950/1953" (a year range written with an en dash).
    fileprivate func replacingDoubleDash() -> String {
        String(self.map { $0 == "–" ? "/" : $0 })
    }
}

/// A small set of indices.
struct SmallIndexSet {
    private var bits: [Int] = []
    var isEmpty: Bool { bits.isEmpty }
    mutating func insert(_ i: Int) { bits.append(i) }
    func contains(_ i: Int) -> Bool { bits.contains(i) }
}

