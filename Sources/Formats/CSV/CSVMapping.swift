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
    /// A controlled value (`type`).
    case controlled
}

/// One column of the CSV crosswalk: its header name, the canonical field, and the cell kind.
public struct CSVColumn: Sendable {
    public let name: String
    public let field: String
    public let kind: CSVCellKind
}

/// The CSV crosswalk table, as data. `Docs/formats/csv.md` prints the same table.
/// The header uses these names in this order; any other column goes to `extra` under its own name.
public enum CSVMapping {
    public static let columns: [CSVColumn] = {
        var c: [CSVColumn] = [
            CSVColumn(name: "id", field: "id", kind: .text),
            CSVColumn(name: "type", field: "type", kind: .controlled),
            CSVColumn(name: "genre", field: "genre", kind: .text),
            CSVColumn(name: "title", field: "title", kind: .text),
            CSVColumn(name: "alternativeTitles", field: "alternativeTitles", kind: .titles),
            CSVColumn(name: "date", field: "date", kind: .date),
        ]
        for role in AgentRole.allCases {
            c.append(CSVColumn(name: role.rawValue, field: "agents (role \(role.rawValue))", kind: .names))
        }
        c += [
            CSVColumn(name: "description", field: "description", kind: .text),
            CSVColumn(name: "subjects", field: "subjects", kind: .list),
            CSVColumn(name: "places", field: "places", kind: .list),
            CSVColumn(name: "languages", field: "languages", kind: .list),
            CSVColumn(name: "publisher", field: "publisher", kind: .text),
            CSVColumn(name: "isPartOf", field: "isPartOf", kind: .list),
            CSVColumn(name: "archive.name", field: "archive.name", kind: .text),
            CSVColumn(name: "archive.location", field: "archive.location", kind: .text),
            CSVColumn(name: "archive.place", field: "archive.place", kind: .text),
        ]
        for scheme in IdentifierScheme.allCases {
            c.append(CSVColumn(name: scheme.rawValue, field: "identifiers (scheme \(scheme.rawValue))", kind: .list))
        }
        c += [
            CSVColumn(name: "rights", field: "rights", kind: .list),
            CSVColumn(name: "notes", field: "notes", kind: .list),
            CSVColumn(name: "containerTitle", field: "containerTitle", kind: .text),
            CSVColumn(name: "volume", field: "volume", kind: .text),
            CSVColumn(name: "issue", field: "issue", kind: .text),
            CSVColumn(name: "pages", field: "pages", kind: .text),
            CSVColumn(name: "edition", field: "edition", kind: .text),
            CSVColumn(name: "series", field: "series", kind: .text),
            CSVColumn(name: "number", field: "number", kind: .text),
            CSVColumn(name: "publisherPlace", field: "publisherPlace", kind: .text),
            CSVColumn(name: "accessed", field: "accessed", kind: .date),
        ]
        return c
    }()

    /// Why a multi-value separator cannot be used, or nil.
    public static func separatorProblem(_ separator: String) -> String? { CellCodec.problem(with: separator) }

    static let columnIndex: [String: Int] = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })

    /// The text of one canonical column for a record.
    static func cell(_ column: String, of r: Record, codec: CellCodec) -> String {
        switch column {
        case "id": return r.id
        case "type": return r.type?.rawValue ?? ""
        case "genre": return r.genre ?? ""
        case "title": return r.title
        case "alternativeTitles": return codec.joinEscaped(r.alternativeTitles.map(codec.title))
        case "date": return r.date?.description ?? ""
        case "description": return r.description ?? ""
        case "subjects": return codec.join(r.subjects)
        case "places": return codec.join(r.places)
        case "languages": return codec.join(r.languages)
        case "publisher": return r.publisher ?? ""
        case "isPartOf": return codec.join(r.isPartOf)
        case "archive.name": return r.archive?.name ?? ""
        case "archive.location": return r.archive?.location ?? ""
        case "archive.place": return r.archive?.place ?? ""
        case "rights": return codec.join(r.rights)
        case "notes": return codec.join(r.notes)
        case "containerTitle": return r.containerTitle ?? ""
        case "volume": return r.volume ?? ""
        case "issue": return r.issue ?? ""
        case "pages": return r.pages ?? ""
        case "edition": return r.edition ?? ""
        case "series": return r.series ?? ""
        case "number": return r.number ?? ""
        case "publisherPlace": return r.publisherPlace ?? ""
        case "accessed": return r.accessed?.description ?? ""
        default:
            if let role = AgentRole(rawValue: column) {
                return codec.joinEscaped(r.agents.filter { $0.role == role }.map(codec.name))
            }
            if let scheme = IdentifierScheme(rawValue: column) {
                return codec.join(r.identifiers.filter { $0.scheme == scheme }.map(\.value))
            }
            return ""
        }
    }

    /// Sets one canonical column's value on a record. Throws a message for a bad value.
    static func set(_ column: String, _ text: String, on r: inout Record, codec: CellCodec) throws(CellError) {
        func opt(_ s: String) -> String? { s.isEmpty ? nil : s }
        func date(_ s: String) throws(CellError) -> EDTFDate? {
            if s.isEmpty { return nil }
            do { return try EDTFDate(parsing: s) } catch {
                throw CellError("invalid EDTF date \"\(s)\": \(error.message)")
            }
        }
        func archive(_ update: (inout Archive) -> Void) {
            var a = r.archive ?? Archive(name: "")
            update(&a)
            r.archive = a
        }
        switch column {
        case "id": r.id = text
        case "type":
            if text.isEmpty { r.type = nil; return }
            guard let t = RecordType(rawValue: text) else {
                throw CellError("unknown type \"\(text)\"; expected one of \(RecordType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            r.type = t
        case "genre": r.genre = opt(text)
        case "title": r.title = text
        case "alternativeTitles": r.alternativeTitles = codec.splitEscaped(text).map(codec.parseTitle)
        case "date": r.date = try date(text)
        case "description": r.description = opt(text)
        case "subjects": r.subjects = codec.split(text)
        case "places": r.places = codec.split(text)
        case "languages": r.languages = codec.split(text)
        case "publisher": r.publisher = opt(text)
        case "isPartOf": r.isPartOf = codec.split(text)
        case "archive.name": if !text.isEmpty { archive { $0.name = text } }
        case "archive.location": if !text.isEmpty { archive { $0.location = text } }
        case "archive.place": if !text.isEmpty { archive { $0.place = text } }
        case "rights": r.rights = codec.split(text)
        case "notes": r.notes = codec.split(text)
        case "containerTitle": r.containerTitle = opt(text)
        case "volume": r.volume = opt(text)
        case "issue": r.issue = opt(text)
        case "pages": r.pages = opt(text)
        case "edition": r.edition = opt(text)
        case "series": r.series = opt(text)
        case "number": r.number = opt(text)
        case "publisherPlace": r.publisherPlace = opt(text)
        case "accessed": r.accessed = try date(text)
        default:
            if let role = AgentRole(rawValue: column) {
                for item in codec.splitEscaped(text) { r.agents.append(try codec.parseName(item, role: role)) }
            } else if let scheme = IdentifierScheme(rawValue: column) {
                for v in codec.split(text) { r.identifiers.append(Identifier(scheme, v)) }
            }
        }
    }
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
