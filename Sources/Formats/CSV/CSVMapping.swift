import CrosswalkModel

/// How a CSV column holds its canonical field.
public enum CSVCellKind: String, Sendable {
    /// One text value, written as it is.
    case text
    /// Several values joined with the separator (` | ` by default); a separator inside a value is escaped with `\`.
    case list
    /// Several names joined with the separator, each `Family, Given`, `Family, Given, Suffix`, `Family,` or a literal.
    case names
    /// Several titles joined with the separator, each `[lang] title` or `title`.
    case titles
    /// An EDTF date.
    case date
    /// Several EDTF dates joined with the separator (one kind of `dates`); a value that is not EDTF
    /// is kept in `extra` under its Dublin Core name (`dcterms:issued`), never refused.
    case dates
    /// A decimal number of degrees, kept as its text.
    case decimal
    /// A controlled value (`type`).
    case controlled
}

/// One column of the CSV crosswalk: its header name, the canonical field, the cell kind, and how
/// the cell is made from a record and set on one.
public struct CSVColumn: Sendable {
    public let name: String
    public let field: String
    public let kind: CSVCellKind
    /// The cell's text for a record ("" when the field is empty).
    let get: @Sendable (Record, CellCodec) -> String
    /// Sets the field from a non-empty cell; throws a message for a bad value.
    let set: @Sendable (inout Record, String, CellCodec) throws(CellError) -> Void
}

/// The CSV crosswalk table, as data. `Docs/formats/csv.md` prints the same table.
/// The header uses these names in this order; any other column goes to `extra` under its own name.
public enum CSVMapping {
    // Accessors are plain closures, not key paths: key-path projection copies the record, and these
    // run once per column per record.
    private static func text(_ name: String, _ get: @escaping @Sendable (Record) -> String?,
                             _ set: @escaping @Sendable (inout Record, String) -> Void) -> CSVColumn {
        CSVColumn(name: name, field: name, kind: .text, get: { r, _ in get(r) ?? "" }, set: { r, text, _ in set(&r, text) })
    }

    private static func list(_ name: String, _ get: @escaping @Sendable (Record) -> [String],
                             _ set: @escaping @Sendable (inout Record, [String]) -> Void) -> CSVColumn {
        CSVColumn(name: name, field: name, kind: .list, get: { r, codec in codec.join(get(r)) },
                  set: { r, text, codec in set(&r, codec.split(text)) })
    }

    private static func date(_ name: String, _ get: @escaping @Sendable (Record) -> EDTFDate?,
                             _ set: @escaping @Sendable (inout Record, EDTFDate) -> Void) -> CSVColumn {
        CSVColumn(name: name, field: name, kind: .date, get: { r, _ in get(r)?.description ?? "" },
                  set: { r, text, _ throws(CellError) in
                      do throws(EDTFError) { set(&r, try EDTFDate(parsing: text)) } catch {
                          throw CellError("invalid EDTF date \"\(text)\": \(error.message)")
                      }
                  })
    }

    private static func archive(_ name: String, _ get: @escaping @Sendable (Archive) -> String?,
                                _ set: @escaping @Sendable (inout Archive, String) -> Void) -> CSVColumn {
        CSVColumn(name: name, field: name, kind: .text, get: { r, _ in r.archive.flatMap(get) ?? "" },
                  set: { r, text, _ in
                      var a = r.archive ?? Archive(name: "")
                      set(&a, text)
                      r.archive = a
                  })
    }

    /// The column of one kind of `dates`: `date.issued`, `date.accessioned`; `date.other` for kind `date`.
    /// With no main date, the first `issued` date is also the main date (as a harvest's `dcterms:issued`
    /// is in Dublin Core, and a DSpace sheet's `dc.date.issued`).
    static func datesColumnName(_ kind: DateKind) -> String { kind == .date ? "date.other" : "date." + kind.rawValue }

    private static func dates(_ kind: DateKind) -> CSVColumn {
        let name = datesColumnName(kind)
        let textKey = kind == .date ? "dc:date" : kind == .accessioned ? "dcterms:dateAccepted" : "dcterms:" + kind.rawValue
        return CSVColumn(name: name, field: "dates (kind \(kind.rawValue))", kind: .dates,
                         get: { r, codec in
                             var values: [String] = []
                             for d in r.dates where d.kind == kind { values.append(d.date.description) }
                             return codec.join(values)
                         },
                         set: { r, text, codec in
                             for v in codec.split(text) where !v.isEmpty {
                                 guard let d = try? EDTFDate(parsing: v) else { r.extra[textKey, default: []].append(v); continue }
                                 if kind == .issued && r.date == nil { r.date = d }
                                 r.dates.append(RecordDate(kind, d))
                             }
                         })
    }

    /// A latitude or longitude: a decimal number of degrees in range, kept as written (spaces at the edges aside).
    private static func coordinate(_ name: String, _ get: @escaping @Sendable (Coordinates) -> String,
                                   _ problem: @escaping @Sendable (String) -> String?,
                                   _ set: @escaping @Sendable (inout Coordinates, String) -> Void) -> CSVColumn {
        CSVColumn(name: name, field: "coordinates.\(name)", kind: .decimal, get: { r, _ in r.coordinates.map(get) ?? "" },
                  set: { r, text, _ throws(CellError) in
                      let v = text.trimmingSpaces
                      if v.isEmpty { return }
                      if let p = problem(v) { throw CellError(p) }
                      var c = r.coordinates ?? Coordinates(latitude: "", longitude: "")
                      set(&c, v)
                      r.coordinates = c
                  })
    }

    public static let columns: [CSVColumn] = {
        var c: [CSVColumn] = [
            CSVColumn(name: "id", field: "id", kind: .text, get: { r, _ in r.id }, set: { r, text, _ in r.id = text }),
            CSVColumn(name: "type", field: "type", kind: .controlled, get: { r, _ in r.type?.rawValue ?? "" },
                      set: { r, text, _ throws(CellError) in
                          guard let t = RecordType(rawValue: text) else {
                              throw CellError("unknown type \"\(text)\"; expected one of \(RecordType.allCases.map(\.rawValue).joined(separator: ", "))")
                          }
                          r.type = t
                      }),
            text("genre", { $0.genre }, { $0.genre = $1 }),
            CSVColumn(name: "title", field: "title", kind: .text, get: { r, _ in r.title }, set: { r, text, _ in r.title = text }),
            CSVColumn(name: "alternativeTitles", field: "alternativeTitles", kind: .titles,
                      get: { r, codec in codec.joinEscaped(r.alternativeTitles.map(codec.title)) },
                      set: { r, text, codec in r.alternativeTitles = codec.splitEscaped(text).map(codec.parseTitle) }),
            date("date", { $0.date }, { $0.date = $1 }),
        ]
        for kind in DateKind.allCases { c.append(dates(kind)) }
        for role in AgentRole.allCases {
            c.append(CSVColumn(name: role.rawValue, field: "agents (role \(role.rawValue))", kind: .names,
                               get: { r, codec in codec.joinEscaped(r.agents.filter { $0.role == role }.map(codec.name)) },
                               set: { r, text, codec throws(CellError) in
                                   for item in codec.splitEscaped(text) { r.agents.append(try codec.parseName(item, role: role)) }
                               }))
        }
        c += [
            text("description", { $0.description }, { $0.description = $1 }),
            list("subjects", { $0.subjects }, { $0.subjects = $1 }),
            list("places", { $0.places }, { $0.places = $1 }),
            coordinate("latitude", { $0.latitude }, Coordinates.problem(latitude:)) { c, v in c.latitude = v },
            coordinate("longitude", { $0.longitude }, Coordinates.problem(longitude:)) { c, v in c.longitude = v },
            list("languages", { $0.languages }, { $0.languages = $1 }),
            text("publisher", { $0.publisher }, { $0.publisher = $1 }),
            list("isPartOf", { $0.isPartOf }, { $0.isPartOf = $1 }),
            text("levelOfDescription", { $0.levelOfDescription }, { $0.levelOfDescription = $1 }),
            archive("archive.name", { $0.name }, { $0.name = $1 }),
            archive("archive.location", { $0.location }, { $0.location = $1 }),
            archive("archive.place", { $0.place }, { $0.place = $1 }),
            list("extent", { $0.extent }, { $0.extent = $1 }),
        ]
        for scheme in IdentifierScheme.allCases {
            c.append(CSVColumn(name: scheme.rawValue, field: "identifiers (scheme \(scheme.rawValue))", kind: .list,
                               get: { r, codec in codec.join(r.identifiers.filter { $0.scheme == scheme }.map(\.value)) },
                               set: { r, text, codec in
                                   for v in codec.split(text) { r.identifiers.append(Identifier(scheme, v)) }
                               }))
        }
        c += [
            list("rights", { $0.rights }, { $0.rights = $1 }),
            list("notes", { $0.notes }, { $0.notes = $1 }),
            text("containerTitle", { $0.containerTitle }, { $0.containerTitle = $1 }),
            text("volume", { $0.volume }, { $0.volume = $1 }),
            text("issue", { $0.issue }, { $0.issue = $1 }),
            text("pages", { $0.pages }, { $0.pages = $1 }),
            text("edition", { $0.edition }, { $0.edition = $1 }),
            text("series", { $0.series }, { $0.series = $1 }),
            text("number", { $0.number }, { $0.number = $1 }),
            text("publisherPlace", { $0.publisherPlace }, { $0.publisherPlace = $1 }),
            date("accessed", { $0.accessed }, { $0.accessed = $1 }),
        ]
        return c
    }()

    /// Why a multi-value separator cannot be used, or nil.
    public static func separatorProblem(_ separator: String) -> String? { CellCodec.problem(with: separator) }

    static let columnIndex: [String: Int] = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
}

struct CellError: Error {
    var message: String
    init(_ m: String) { message = m }
}

/// Joins and splits multi-valued cells, and writes and parses names and titles.
///
/// Escaping: inside a value, `\` is written `\\`, and the separator's core (the separator without its
/// padding, `|` for ` | `) is written `\|`. In a name, a comma inside a part is written `\,`. A title whose
/// text starts with `[` is written `\[`.
struct CellCodec {
    let separator: [UInt8]
    /// The separator without leading and trailing spaces: the character(s) that actually split.
    let core: [UInt8]
    let leadingPad: Int
    let trailingPad: Int

    /// Why a separator cannot be used, or nil. The separator's core (the separator without its
    /// padding spaces) must not be empty and must not hold `\\`, `,`, `[` or `]`, which cells use.
    static func problem(with separator: String) -> String? {
        let core = separator.trimmingSpaces
        if separator.isEmpty { return "the separator is empty" }
        if core.isEmpty { return "the separator is only spaces" }
        for c in ["\\", ",", "[", "]"] where core.contains(c) {
            return "the separator `\(separator)` holds `\(c)`, which CSV cells use for names, titles and escapes"
        }
        return nil
    }

    init(separator: String) {
        let s = Array(separator.utf8)
        self.separator = s
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 }
        let lead = s.prefix(while: isSpace).count
        let trail = lead == s.count ? 0 : s.reversed().prefix(while: isSpace).count
        if lead == s.count {  // all spaces: the whole separator is the core
            core = s; leadingPad = 0; trailingPad = 0
        } else {
            core = Array(s[lead..<(s.count - trail)]); leadingPad = lead; trailingPad = trail
        }
    }

    private func hasCore(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + core.count <= bytes.count else { return false }
        for j in 0..<core.count where bytes[i + j] != core[j] { return false }
        return true
    }

    func escape(_ value: String, extra: UInt8? = nil) -> String {
        var needs = false
        for b in value.utf8 where b == 0x5C || b == core[0] || b == extra { needs = true; break }
        if !needs { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 4)
        var v = value
        v.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x5C { out.append(0x5C); out.append(0x5C); i += 1; continue }
                // Every occurrence of the core's first byte is escaped, so that no part of a value
                // can join with a neighbouring separator.
                if b == extra || b == core[0] { out.append(0x5C); out.append(b); i += 1; continue }
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Joins values, escaping each.
    func join(_ values: [String]) -> String { joinEscaped(values.map { escape($0) }) }

    /// Joins items that are already escaped.
    func joinEscaped(_ items: [String]) -> String {
        if items.count <= 1 { return items.first ?? "" }
        let sep = String(decoding: separator, as: UTF8.self)
        return items.joined(separator: sep)
    }

    /// Splits a cell into its values, undoing the escapes. An empty cell has no values.
    func split(_ cell: String) -> [String] { splitEscaped(cell).map { unescape($0) } }

    /// Removes the backslash before `\`, the separator's core and `extra`; any other backslash stays.
    func unescape(_ item: String, extra: UInt8? = nil) -> String {
        guard item.utf8.contains(0x5C) else { return item }
        var out: [UInt8] = []
        var item = item
        item.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x5C && i + 1 < bytes.count {
                    let n = bytes[i + 1]
                    if n == 0x5C || n == extra || n == core[0] { out.append(n); i += 2; continue }
                }
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits a cell at each separator that is not escaped, keeping the escapes in the items.
    func splitEscaped(_ cell: String) -> [String] {
        if cell.isEmpty { return [] }
        var values: [String] = []
        var current: [UInt8] = []
        var cell = cell
        cell.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x5C && i + 1 < bytes.count {
                    current.append(b)
                    current.append(bytes[i + 1])
                    i += 2
                    continue
                }
                if hasCore(bytes, at: i) {
                    // Drop the separator's padding around the split point, where present.
                    var pad = leadingPad
                    while pad > 0, current.last == 0x20 { current.removeLast(); pad -= 1 }
                    values.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    i += core.count
                    pad = trailingPad
                    while pad > 0, i < bytes.count, bytes[i] == 0x20 { i += 1; pad -= 1 }
                    continue
                }
                current.append(b)
                i += 1
            }
        }
        values.append(String(decoding: current, as: UTF8.self))
        return values
    }

    // MARK: names

    /// One name, escaped for a names cell: `Family, Given`, `Family, Given, Suffix`, `Family,`
    /// (no given name), or the literal name. A comma inside a part is written `\,`.
    func name(_ a: Agent) -> String {
        let comma = UInt8(ascii: ",")
        let parts = InvertedName.parts(of: a).map { escape($0, extra: comma) }
        if parts.count == 1 { return parts[0] }
        if parts.count == 2 && parts[1].isEmpty { return parts[0] + "," }
        return parts.joined(separator: ", ")
    }

    /// Parses one escaped item of a names cell.
    func parseName(_ item: String, role: AgentRole) throws(CellError) -> Agent {
        // Split on commas that are not escaped, then undo the escapes of each part.
        var parts: [String] = []
        var current: [UInt8] = []
        var bytes = Array(item.utf8)[...]
        while let b = bytes.popFirst() {
            if b == 0x5C, let n = bytes.first { current.append(b); current.append(n); bytes.removeFirst(); continue }
            if b == UInt8(ascii: ",") { parts.append(String(decoding: current, as: UTF8.self)); current = []; continue }
            current.append(b)
        }
        parts.append(String(decoding: current, as: UTF8.self))
        switch InvertedName.agent(fromParts: parts.map { unescape($0, extra: UInt8(ascii: ",")) }, role: role) {
        case .success(let agent): return agent
        case .failure(let e): throw CellError("the name \"\(item)\": \(e.message) (a comma inside a name is written \\,)")
        }
    }

    // MARK: titles

    /// One title, escaped for a titles cell: `[lang] title`, or the title. A title that starts with `[`
    /// is written `\[`, so that it is never taken for a language tag.
    func title(_ t: LocalizedString) -> String {
        var text = escape(t.value)
        if text.hasPrefix("[") { text = "\\" + text }
        if let lang = t.lang { text = "[\(lang)] " + text }
        return text
    }

    /// Parses one escaped item of a titles cell.
    func parseTitle(_ item: String) -> LocalizedString {
        let bracket = UInt8(ascii: "[")
        if item.hasPrefix("["), let close = item.firstIndex(of: "]") {
            let lang = item[item.index(after: item.startIndex)..<close]
            var rest = item[item.index(after: close)...]
            if rest.first == " " { rest = rest.dropFirst() }
            if !lang.isEmpty, lang.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                return LocalizedString(unescape(String(rest), extra: bracket), lang: String(lang))
            }
        }
        return LocalizedString(unescape(item, extra: bracket))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension CSVMapping {
    /// The column table as Markdown, as `Docs/formats/csv.md` prints it (a test keeps the two in step).
    public static var markdownTable: String {
        var s = "| # | column | canonical field | cell kind |\n|---|---|---|---|\n"
        for (i, c) in columns.enumerated() { s += "| \(i + 1) | `\(c.name)` | \(c.field) | \(c.kind.rawValue) |\n" }
        return s
    }
}
