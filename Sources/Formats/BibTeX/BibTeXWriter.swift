import CrosswalkModel

/// Citation keys: kept from the record id when valid, or made from a pattern.
///
/// Pattern tokens: `[auth]` (the first author's family name, or a literal's first word; lower-case
/// ASCII), `[year]` (the date's first year), `[title]` (the first significant word of the title),
/// `[shorttitle]` (the first three), `[id]` (the record id, folded to key characters). Any other
/// text is copied (key characters only). The default pattern is `[auth][year][title]`.
public struct BibTeXKeyPattern: Sendable, Hashable {
    public enum Token: Sendable, Hashable { case auth, year, title, shorttitle, id, text(String) }
    public let tokens: [Token]
    public static let `default` = try! BibTeXKeyPattern("[auth][year][title]")

    public init(_ pattern: String) throws(Diagnostic) {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else {
                    throw Diagnostic.error("key pattern `\(pattern)`: `[` without `]`", field: "bibtex.keyPattern", kind: .usage)
                }
                let name = rest[rest.index(after: rest.startIndex)..<close]
                switch name {
                case "auth": tokens.append(.auth)
                case "year": tokens.append(.year)
                case "title": tokens.append(.title)
                case "shorttitle": tokens.append(.shorttitle)
                case "id": tokens.append(.id)
                default:
                    throw Diagnostic.error("key pattern `\(pattern)`: unknown token `[\(name)]`; use [auth], [year], [title], [shorttitle] or [id]",
                                           field: "bibtex.keyPattern", kind: .usage)
                }
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(of: "[") ?? rest.endIndex
                let text = String(rest[..<end])
                guard text.utf8.allSatisfy(BibTeXKeyPattern.isKeyByte) else {
                    throw Diagnostic.error("key pattern `\(pattern)`: `\(text)` has characters that a citation key cannot hold", field: "bibtex.keyPattern", kind: .usage)
                }
                tokens.append(.text(text))
                rest = rest[end...]
            }
        }
        self.tokens = tokens
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || LaTeX.isLetter(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: "+") || b == UInt8(ascii: "/")
    }

    /// Whether an id can be a citation key as it is: ASCII letters, digits and `-_:./+`.
    public static func isValidKey(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy(isKeyByte)
    }

    static let stopWords: Set<String> = ["a", "an", "the", "of", "on", "in", "to", "for", "and", "from", "with", "at", "by",
                                         "le", "la", "les", "de", "des", "du", "un", "une", "der", "die", "das", "ein", "eine"]

    /// The key this pattern makes for a record (before it is made unique).
    public func key(for r: Record) -> String {
        var out = ""
        for t in tokens {
            switch t {
            case .auth:
                let a = r.agents(.creator).first { !$0.isEtAl } ?? r.agents.first { !$0.isEtAl }
                if let a {
                    let name = a.family ?? a.literal?.split(separator: " ").first.map(String.init) ?? ""
                    out += LaTeX.asciiFold(name)
                }
            case .year:
                if let y = r.date?.start?.year ?? r.date?.end?.year { out += String(y) }
            case .title, .shorttitle:
                let words = r.title.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" })
                    .map { LaTeX.asciiFold(String($0)) }
                    .filter { !$0.isEmpty && !Self.stopWords.contains($0) }
                out += words.prefix(t == .title ? 1 : 3).joined()
            case .id:
                out += String(decoding: r.id.utf8.filter(Self.isKeyByte), as: UTF8.self)
            case .text(let s):
                out += s
            }
        }
        return out
    }
}

/// Writes BibTeX or biblatex, one entry per record.
public final class BibTeXRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let context: WriterContext
    private let dialect: BibTeXDialect
    private let ascii: Bool
    private let pattern: BibTeXKeyPattern?
    private var usedKeys = KeyTable()
    private var first = true
    private var line: [UInt8] = []

    public init(output: ByteOutput, context: WriterContext = WriterContext(), dialect: BibTeXDialect) throws(Diagnostic) {
        self.output = output
        self.context = context
        self.dialect = dialect
        let encoding = context.options.settings["bibtex.encoding"]?.lowercased() ?? "unicode"
        switch encoding {
        case "unicode", "utf-8", "utf8": ascii = false
        case "latex", "ascii": ascii = true
        default:
            throw Diagnostic.error("unknown BibTeX encoding `\(encoding)`; use unicode or latex", field: "bibtex.encoding", kind: .usage)
        }
        if let p = context.options.settings["bibtex.keyPattern"] { pattern = try BibTeXKeyPattern(p) } else { pattern = nil }
    }

    private func key(for r: Record) -> String {
        var base: String
        if pattern == nil && BibTeXKeyPattern.isValidKey(r.id) {
            base = r.id
        } else {
            base = (pattern ?? .default).key(for: r)
            if base.isEmpty { base = "record" }
        }
        var key = base
        var n = 0
        while usedKeys.contains(key) {
            key = base + Self.suffix(n)
            n += 1
        }
        if key != r.id {
            let why = pattern != nil ? "the key pattern gives `\(key)`"
                : BibTeXKeyPattern.isValidKey(r.id) ? "the key `\(r.id)` is already used in this file; wrote `\(key)`"
                : r.identifiers.contains(where: { $0.scheme == .local })
                    ? "`\(r.id)` is not a valid citation key; wrote `\(key)` (the id is not kept: `localid` holds the record's local identifier)"
                    : "`\(r.id)` is not a valid citation key; wrote `\(key)` and kept the id in `localid`"
            if pattern == nil || usedKeys.contains(base) {
                context.report(.warning("field `id`: \(why)", record: r.id, field: "id"))
            }
        }
        usedKeys.insert(key, value: 0)
        return key
    }

    /// a, b, …, z, aa, ab, …
    static func suffix(_ n: Int) -> String {
        var n = n
        var s = ""
        repeat {
            s = String(Character(Unicode.Scalar(UInt8(97 + n % 26)))) + s
            n = n / 26 - 1
        } while n >= 0
        return s
    }

    public func write(_ record: Record) throws(Diagnostic) {
        let citationKey = key(for: record)
        var r = record
        // An id that is not a valid key (an archival reference code with spaces, any Unicode) is kept
        // as the local identifier, so that bib → JSON gives it back.
        if citationKey != r.id && !BibTeXKeyPattern.isValidKey(r.id) && !r.identifiers.contains(where: { $0.scheme == .local }) {
            r.identifiers.append(Identifier(.local, r.id))
        }
        var notes = BibTeXMapping.Notes()
        let (type, fields) = BibTeXMapping.outFields(r, dialect: dialect, ascii: ascii, useMarked: true, notes: &notes)
        for (field, reason) in notes.dropped { context.report(.dropped(field, record: r.id, reason: reason)) }
        for (field, scalars) in notes.unencodable {
            var seen: [Unicode.Scalar] = []
            for s in scalars where !seen.contains(s) { seen.append(s) }
            let list = seen.map { "\(Character($0)) (U+\(String($0.value, radix: 16, uppercase: true)))" }.joined(separator: ", ")
            context.report(.warning("field `\(field)`: \(list) \(seen.count == 1 ? "has" : "have") no LaTeX form; kept as UTF-8", record: r.id, field: field))
        }
        for field in notes.whitespace {
            context.report(.warning("field `\(field)`: line breaks, tabs and repeated or edge spaces became single spaces (BibTeX does not keep them)", record: r.id, field: field))
        }
        if !first { line.append(0x0A) }
        first = false
        if let pre = r.extra["bibtex.preamble"] {
            for p in pre {
                line.append(contentsOf: Array("@preamble{{".utf8)); line.append(contentsOf: Array(p.utf8)); line.append(contentsOf: Array("}}\n\n".utf8))
            }
        }
        line.append(UInt8(ascii: "@"))
        line.append(contentsOf: Array(type.utf8))
        line.append(UInt8(ascii: "{"))
        line.append(contentsOf: Array(citationKey.utf8))
        for f in fields {
            line.append(contentsOf: [UInt8(ascii: ","), 0x0A, 0x20, 0x20])
            line.append(contentsOf: Array(f.name.utf8))
            line.append(contentsOf: Array(" = ".utf8))
            if f.bare {
                line.append(contentsOf: f.latex)
            } else {
                line.append(UInt8(ascii: "{")); line.append(contentsOf: f.latex); line.append(UInt8(ascii: "}"))
            }
        }
        line.append(contentsOf: [0x0A, UInt8(ascii: "}"), 0x0A])
        output.write(line)
        line.removeAll(keepingCapacity: true)
        try output.flushIfNeeded()
    }

    public func finish() throws(Diagnostic) {
        try output.flush()
    }
}
