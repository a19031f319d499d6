import CrosswalkModel

/// One `field = value` of an entry, its value already expanded (macros, `#`), still LaTeX.
public struct BibTeXField: Sendable, Hashable {
    /// Lower case.
    public var name: String
    public var value: [UInt8]
    /// Where the field's name starts.
    public var location: SourceLocation

    public var text: String { String(decoding: value, as: UTF8.self) }
}

/// One entry: `@type{key, field = value, ...}`.
public struct BibTeXEntry: Sendable, Hashable {
    /// Lower case.
    public var type: String
    public var key: String
    /// Where the `@` is.
    public var location: SourceLocation
    public var keyLocation: SourceLocation
    public var fields: [BibTeXField]
}

/// What the parser yields: entries, and `@preamble` text. `@string` and `@comment` are handled inside.
public enum BibTeXItem: Sendable, Hashable {
    case entry(BibTeXEntry)
    case preamble([UInt8], SourceLocation)
}

/// The BibTeX grammar, on UTF-8 bytes, streaming one item at a time.
///
/// - Entry types, field names and macro names are case-insensitive; `{…}` or `(…)` may enclose an entry.
/// - Values: `{…}` (balanced braces; a backslash does not escape a brace, as in BibTeX), `"…"`
///   (braces inside balanced), bare numbers and macro names, joined with `#`.
/// - `@string` defines a macro (it may use earlier ones); `jan`–`dec` are predefined.
/// - `@comment{…}` and any text outside entries are ignored.
/// - Errors are thrown as diagnostics with the file, line and column. After one, the parser
///   skips to the next `@` at the start of a line (only spaces or tabs before it), so that a bad
///   entry costs only itself. A value that runs into a line starting with `@` is reported as
///   unbalanced there.
public final class BibTeXParser {
    let input: ByteInput
    /// Macros by lower-case name.
    public private(set) var macros: [String: [UInt8]]
    private var lastSkipSawNewline = false
    /// Where the last value started (its `{` or `"`).
    private var lastValueStart: SourceLocation?

    public static let monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public init(input: ByteInput) {
        self.input = input
        var m: [String: [UInt8]] = [:]
        for (i, name) in Self.monthMacros.enumerated() { m[name] = Array(EDTFDate.monthNames[i].utf8) }
        self.macros = m
        input.skipByteOrderMark()
    }

    /// A parse error. After it the parser skips to the next entry (`resync()`), unless `stopHere` is set
    /// (for input that is not UTF-8), when it reads no further.
    private struct Failure: Error { var diagnostic: Diagnostic; var stopHere = false }

    /// The next entry or preamble; nil at the end. Throws a recoverable diagnostic for a bad entry
    /// (already skipped), and an unrecoverable one for input that is not UTF-8.
    public func next() throws(Diagnostic) -> BibTeXItem? {
        while true {
            guard let b = input.peek() else { return nil }
            if b != UInt8(ascii: "@") { input.advance(); continue }
            let at = input.location
            input.advance()
            do {
                if let item = try item(at: at) { return item }
            } catch {
                if !error.stopHere { resync() }
                throw error.diagnostic
            }
        }
    }

    /// Skips to the next `@` at the start of a line.
    private func resync() {
        var lineStart = input.column == 1
        while let b = input.peek() {
            if b == 0x0A { input.advance(); lineStart = true; continue }
            if lineStart && (b == 0x20 || b == 0x09 || b == 0x0D) { input.advance(); continue }
            if lineStart && b == UInt8(ascii: "@") { return }
            lineStart = false
            input.advance()
        }
    }

    private func error(_ message: String, at location: SourceLocation, stopHere: Bool = false) -> Failure {
        Failure(diagnostic: .error(message, at: location, recoverable: true), stopHere: stopHere)
    }

    @inline(__always) private func skipWhitespace() {
        var sawNewline = false
        var skipped = false
        while let b = input.peek(), b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
            if b == 0x0A { sawNewline = true }
            skipped = true
            input.advance()
        }
        if skipped { lastSkipSawNewline = sawNewline }
    }

    /// ASCII lower case, without going through `String.lowercased()`.
    static func lowercased(_ bytes: [UInt8]) -> String {
        var b = bytes
        for i in b.indices where b[i] >= 0x41 && b[i] <= 0x5A { b[i] |= 0x20 }
        return String(decoding: b, as: UTF8.self)
    }

    /// BibTeX's identifier characters: anything printable but `"#%'(),={}` and white space.
    @inline(__always) static func isIdentifier(_ b: UInt8) -> Bool {
        switch b {
        case 0...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "{"),
             UInt8(ascii: "}"):
            return false
        default: return true
        }
    }

    private func identifier() throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        while true {
            input.consumeRun(while: { $0 < 0x80 && Self.isIdentifier($0) }, into: &out)
            guard let b = input.peek(), b >= 0x80 else { return out }
            try utf8(into: &out)
        }
    }

    /// Validates and copies one non-ASCII UTF-8 sequence.
    private func utf8(into out: inout [UInt8]) throws(Failure) {
        let lead = input.peek()!
        var n = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: n = 0
        }
        var ok = n > 0
        if ok {
            for j in 1..<n {
                guard let c = input.peek(at: j), c >= (j == 1 ? lo : 0x80), c <= (j == 1 ? hi : 0xBF) else { ok = false; break }
            }
        }
        guard ok else {
            let hex = String(lead, radix: 16, uppercase: true)
            throw Failure(diagnostic: .error(
                "the input is not UTF-8: byte 0x\(hex) does not start a valid UTF-8 character; if the file is in another encoding, name it with --encoding (for example --encoding latin1)",
                at: input.location, field: "input", recoverable: false), stopHere: true)
        }
        for _ in 0..<n { out.append(input.peek()!); input.advance() }
    }

    private func item(at start: SourceLocation) throws(Failure) -> BibTeXItem? {
        skipWhitespace()
        let typeBytes = try identifier()
        if typeBytes.isEmpty { return nil } // a stray `@` in text outside entries
        skipWhitespace()
        guard let open = input.peek(), open == UInt8(ascii: "{") || open == UInt8(ascii: "(") else { return nil }
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        let type = Self.lowercased(typeBytes)
        let openLocation = input.location
        input.advance()
        switch type {
        case "comment":
            // Skip the balanced group.
            var depth = 1
            while let b = input.peek() {
                input.advance()
                if b == open { depth += 1 } else if b == close { depth -= 1; if depth == 0 { break } }
            }
            return nil
        case "preamble":
            let v = try closingValue(of: "@preamble", close: close, opened: openLocation, entryStart: start)
            return .preamble(v, start)
        case "string":
            skipWhitespace()
            let nameLocation = input.location
            let name = try identifier()
            guard !name.isEmpty else { throw error("@string needs a name", at: nameLocation) }
            skipWhitespace()
            guard input.peek() == UInt8(ascii: "=") else {
                throw error("expected `=` after the @string name `\(String(decoding: name, as: UTF8.self))`", at: input.location)
            }
            input.advance()
            let v = try closingValue(of: "@string", close: close, opened: openLocation, entryStart: start)
            macros[Self.lowercased(name)] = v
            return nil
        default:
            return .entry(try entry(type: type, start: start, close: close))
        }
    }

    private func entry(type: String, start: SourceLocation, close: UInt8) throws(Failure) -> BibTeXEntry {
        skipWhitespace()
        let keyLocation = input.location
        var key: [UInt8] = []
        while true {
            input.consumeRun(while: { b in
                b < 0x80 && b != UInt8(ascii: ",") && b != close && b != UInt8(ascii: "}") && b != 0x20 && b != 0x09
                    && b != 0x0D && b != UInt8(ascii: "=") && b != UInt8(ascii: "{") && b != UInt8(ascii: "\"")
                    && b != UInt8(ascii: "#")
            }, into: &key)
            guard let b = input.peek(), b >= 0x80 else { break }
            try utf8(into: &key)
        }
        skipWhitespace()
        let keyText = String(decoding: key, as: UTF8.self)
        if key.isEmpty || input.peek() == UInt8(ascii: "=") {
            let why = key.isEmpty ? "the entry has no citation key" : "the entry has no citation key (`\(keyText)` is followed by `=`, so it is a field)"
            throw error("@\(type): \(why)", at: keyLocation)
        }
        var fields: [BibTeXField] = []
        var entry = BibTeXEntry(type: type, key: keyText, location: start, keyLocation: keyLocation, fields: [])
        guard let afterKey = input.peek() else {
            throw error("the entry `\(keyText)` is not closed: the input ends", at: start)
        }
        if afterKey == close { input.advance(); return entry }
        guard afterKey == UInt8(ascii: ",") else {
            throw error("expected `,` after the citation key `\(keyText)`", at: input.location)
        }
        input.advance()
        while true {
            skipWhitespace()
            guard let b = input.peek() else {
                throw error("the entry `\(keyText)` is not closed: the input ends (unbalanced braces?)", at: start)
            }
            if b == close { input.advance(); break }
            if b == UInt8(ascii: ",") { input.advance(); continue }
            let nameLocation = input.location
            let name = try identifier()
            if name.isEmpty {
                if b == UInt8(ascii: "@") && lastSkipSawNewline {
                    throw error("the entry `\(keyText)` is not closed before the next entry (unbalanced braces?)", at: start, stopHere: true)
                }
                throw error("expected a field name or `\(Character(Unicode.Scalar(close)))`, found `\(Character(Unicode.Scalar(b)))`", at: nameLocation)
            }
            let fieldName = Self.lowercased(name)
            skipWhitespace()
            guard input.peek() == UInt8(ascii: "=") else {
                if input.peek() == UInt8(ascii: "@") && lastSkipSawNewline {
                    throw error("the entry `\(keyText)` is not closed before the next entry (unbalanced braces?)", at: start, stopHere: true)
                }
                throw error("expected `=` after the field name `\(fieldName)`", at: input.location)
            }
            input.advance()
            skipWhitespace()
            let v = try value(fieldName: fieldName, entryStart: start)
            fields.append(BibTeXField(name: fieldName, value: v, location: nameLocation))
            skipWhitespace()
            guard let after = input.peek() else {
                throw error("the entry `\(keyText)` is not closed: the input ends (unbalanced braces?)", at: start)
            }
            if after == UInt8(ascii: ",") { input.advance(); continue }
            if after == close { continue }
            if after == UInt8(ascii: "@") && lastSkipSawNewline {
                // Most likely the value swallowed the entry's closing brace.
                throw error("unbalanced braces: the entry `\(keyText)` (at \(start)) is not closed before the next entry; the value of `\(fieldName)` that opens here takes its closing brace",
                            at: lastValueStart ?? start, stopHere: true)
            }
            throw error("expected `,` or `\(Character(Unicode.Scalar(close)))` after the value of field `\(fieldName)`", at: input.location)
        }
        entry.fields = fields
        return entry
    }

    /// A value: pieces joined with `#`.
    /// The value of a `@preamble` or `@string`, then the `close` that ends it.
    private func closingValue(of what: String, close: UInt8, opened: SourceLocation, entryStart: SourceLocation) throws(Failure) -> [UInt8] {
        skipWhitespace()
        let v = try value(fieldName: what, entryStart: entryStart)
        skipWhitespace()
        guard input.peek() == close else {
            throw error("expected `\(Character(Unicode.Scalar(close)))` to close the \(what) opened at \(opened)", at: input.location)
        }
        input.advance()
        return v
    }

    private func value(fieldName: String, entryStart: SourceLocation) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        while true {
            try piece(into: &out, fieldName: fieldName)
            skipWhitespace()
            guard input.peek() == UInt8(ascii: "#") else { return out }
            input.advance()
            skipWhitespace()
        }
    }

    private func piece(into out: inout [UInt8], fieldName: String) throws(Failure) {
        let start = input.location
        if out.isEmpty { lastValueStart = start }
        guard let b = input.peek() else { throw error("field `\(fieldName)` has no value: the input ends", at: start) }
        switch b {
        case UInt8(ascii: "{"), UInt8(ascii: "\""):
            let quoted = b == UInt8(ascii: "\"")
            input.advance()
            var depth = quoted ? 0 : 1
            while true {
                // Ordinary bytes in one go.
                input.consumeRun(while: { $0 < 0x80 && $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: "}") && $0 != UInt8(ascii: "\"") }, into: &out)
                guard let c = input.peek() else {
                    throw error("unbalanced braces: the \(quoted ? "`\"`" : "`{`") that opens the value of `\(fieldName)` is never closed", at: start)
                }
                switch c {
                case UInt8(ascii: "{"):
                    depth += 1
                case UInt8(ascii: "}"):
                    if depth == 0 {
                        throw error("unbalanced braces: `}` without `{` in the value of `\(fieldName)`", at: input.location)
                    }
                    depth -= 1
                    if depth == 0 && !quoted { input.advance(); return }
                case UInt8(ascii: "\"") where quoted && depth == 0:
                    input.advance(); return
                case 0x0A:
                    // A line that starts with `@` and a letter: the value ran into the next entry.
                    input.advance()
                    out.append(c)
                    var k = 0
                    while let x = input.peek(at: k), x == 0x20 || x == 0x09 { k += 1 }
                    if input.peek(at: k) == UInt8(ascii: "@"), let l = input.peek(at: k + 1), LaTeX.isLetter(l) {
                        throw error("unbalanced braces: the \(quoted ? "`\"`" : "`{`") that opens the value of `\(fieldName)` is not closed before the next entry", at: start)
                    }
                    continue
                case 0x80...0xFF:
                    try utf8(into: &out)
                    continue
                default:
                    break
                }
                out.append(c)
                input.advance()
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            while let c = input.peek(), c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { out.append(c); input.advance() }
        default:
            let name = try identifier()
            guard !name.isEmpty else {
                throw error("expected a value for `\(fieldName)` (`{…}`, `\"…\"`, a number or a macro), found `\(Character(Unicode.Scalar(b)))`", at: start)
            }
            let key = Self.lowercased(name)
            guard let v = macros[key] else {
                throw error("undefined macro `\(String(decoding: name, as: UTF8.self))` in the value of `\(fieldName)`", at: start)
            }
            out.append(contentsOf: v)
        }
    }
}
