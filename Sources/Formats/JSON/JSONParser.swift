import CrosswalkModel

/// A parsed JSON value with the place where it starts.
package struct JSONNode {
    package enum Value {
        case null
        case bool(Bool)
        /// The number's literal text, as written.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, keyLine: Int, keyColumn: Int, value: JSONNode)])
    }
    package var value: Value
    package var line: Int
    package var column: Int

    package init(value: Value, line: Int, column: Int) {
        self.value = value; self.line = line; self.column = column
    }

    package var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A byte-level JSON (RFC 8259) parser over a `ByteInput`. It parses one value at a time,
/// so that a reader can stream the elements of a top-level array.
package struct JSONParser {
    package let input: ByteInput
    private var scratch: [UInt8] = []
    private let maxDepth = 256

    package init(input: ByteInput) {
        self.input = input
        scratch.reserveCapacity(256)
    }

    package func error(_ message: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        let loc = SourceLocation(file: input.name, line: line ?? input.line, column: column ?? input.column)
        return .error(message, at: loc)
    }

    package func skipWhitespace() {
        while let b = input.peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { input.advance() }
    }

    /// After a member or an item: true after a `,` (another follows), false after `close` (the
    /// object or array ends); anything else is an error.
    @inline(__always)
    func another(_ close: UInt8, in what: String) throws(Diagnostic) -> Bool {
        skipWhitespace()
        let c = input.peek()
        if c == UInt8(ascii: ",") { input.advance(); return true }
        if c == close { input.advance(); return false }
        throw error("expected `,` or `\(Character(Unicode.Scalar(close)))` in \(what), found \(describe(c))")
    }

    /// Skips white space but not newlines (for JSON Lines).
    package func skipInlineWhitespace() {
        while let b = input.peek(), b == 0x20 || b == 0x09 || b == 0x0D { input.advance() }
    }

    package func describe(_ b: UInt8?) -> String {
        guard let b else { return "the end of the input" }
        if b >= 0x21 && b < 0x7F { return "`\(Character(Unicode.Scalar(b)))`" }
        if b == 0x0A { return "a line break" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    package mutating func parseValue(depth: Int = 0) throws(Diagnostic) -> JSONNode {
        skipWhitespace()
        let line = input.line, column = input.column
        guard let b = input.peek() else { throw error("expected a JSON value, found the end of the input") }
        switch b {
        case UInt8(ascii: "{"):
            guard depth < maxDepth else { throw error("JSON is nested more than \(maxDepth) levels deep") }
            input.advance()
            var members: [(key: String, keyLine: Int, keyColumn: Int, value: JSONNode)] = []
            skipWhitespace()
            if input.peek() == UInt8(ascii: "}") {
                input.advance()
                return JSONNode(value: .object(members), line: line, column: column)
            }
            while true {
                skipWhitespace()
                let kl = input.line, kc = input.column
                guard input.peek() == UInt8(ascii: "\"") else {
                    throw error("expected a quoted key, found \(describe(input.peek()))")
                }
                let key = try parseString()
                skipWhitespace()
                guard input.peek() == UInt8(ascii: ":") else {
                    throw error("expected `:` after key \"\(key)\", found \(describe(input.peek()))")
                }
                input.advance()
                let v = try parseValue(depth: depth + 1)
                members.append((key, kl, kc, v))
                if try !another(UInt8(ascii: "}"), in: "an object") { break }
            }
            return JSONNode(value: .object(members), line: line, column: column)
        case UInt8(ascii: "["):
            guard depth < maxDepth else { throw error("JSON is nested more than \(maxDepth) levels deep") }
            input.advance()
            var items: [JSONNode] = []
            skipWhitespace()
            if input.peek() == UInt8(ascii: "]") {
                input.advance()
                return JSONNode(value: .array(items), line: line, column: column)
            }
            while true {
                items.append(try parseValue(depth: depth + 1))
                if try !another(UInt8(ascii: "]"), in: "an array") { break }
            }
            return JSONNode(value: .array(items), line: line, column: column)
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try parseString()), line: line, column: column)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), line: line, column: column)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), line: line, column: column)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, line: line, column: column)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), line: line, column: column)
        default:
            throw error("expected a JSON value, found \(describe(b))")
        }
    }

    private func literal(_ word: StaticString) throws(Diagnostic) {
        let line = input.line, column = input.column
        var ok = true
        word.withUTF8Buffer { w in
            for c in w {
                if input.peek() == c { input.advance() } else { ok = false; return }
            }
        }
        if !ok { throw error("invalid literal; expected `\(word)`", line: line, column: column) }
    }

    private mutating func parseNumber() throws(Diagnostic) -> String {
        scratch.removeAll(keepingCapacity: true)
        let line = input.line, column = input.column
        func digits(_ s: inout [UInt8]) -> Int {
            var n = 0
            while let d = input.peek(), d >= 0x30 && d <= 0x39 { s.append(d); input.advance(); n += 1 }
            return n
        }
        if input.peek() == UInt8(ascii: "-") { scratch.append(0x2D); input.advance() }
        if input.peek() == UInt8(ascii: "0") {
            scratch.append(0x30); input.advance()
            if let d = input.peek(), d >= 0x30 && d <= 0x39 {
                throw error("a JSON number must not have a leading zero", line: line, column: column)
            }
        } else if digits(&scratch) == 0 {
            throw error("invalid number", line: line, column: column)
        }
        if input.peek() == UInt8(ascii: ".") {
            scratch.append(0x2E); input.advance()
            if digits(&scratch) == 0 { throw error("a digit must follow the decimal point") }
        }
        if let e = input.peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            scratch.append(e); input.advance()
            if let s = input.peek(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { scratch.append(s); input.advance() }
            if digits(&scratch) == 0 { throw error("a digit must follow the exponent") }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private func hex4() throws(Diagnostic) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let h = input.peek() else { throw error("unfinished \\u escape") }
            let d: UInt32
            switch h {
            case 0x30...0x39: d = UInt32(h - 0x30)
            case 0x41...0x46: d = UInt32(h - 0x41 + 10)
            case 0x61...0x66: d = UInt32(h - 0x61 + 10)
            default: throw error("invalid hex digit \(describe(h)) in a \\u escape")
            }
            input.advance()
            v = v << 4 | d
        }
        return v
    }

    private func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// Parses a string; the input is at the opening quote.
    package mutating func parseString() throws(Diagnostic) -> String {
        let line = input.line, column = input.column
        input.advance()
        scratch.removeAll(keepingCapacity: true)
        var ascii = true
        while true {
            guard let b = input.peek() else {
                throw error("a string is never closed", line: line, column: column)
            }
            if b == UInt8(ascii: "\"") { input.advance(); break }
            if b == UInt8(ascii: "\\") {
                input.advance()
                guard let e = input.peek() else { throw error("a string is never closed", line: line, column: column) }
                let escLine = input.line, escColumn = input.column - 1
                input.advance()
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    ascii = false
                    var v = try hex4()
                    if v >= 0xD800 && v < 0xDC00 {
                        guard input.peek() == UInt8(ascii: "\\"), input.peek(at: 1) == UInt8(ascii: "u") else {
                            throw error("a lone high surrogate \\u\(String(v, radix: 16, uppercase: true)) is not a character",
                                        line: escLine, column: escColumn)
                        }
                        input.advance(); input.advance()
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else {
                            throw error("a high surrogate must be followed by a low surrogate", line: escLine, column: escColumn)
                        }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if v >= 0xDC00 && v < 0xE000 {
                        throw error("a lone low surrogate is not a character", line: escLine, column: escColumn)
                    }
                    appendScalar(v, to: &scratch)
                default:
                    throw error("invalid escape `\\\(Character(Unicode.Scalar(e)))` in a string", line: escLine, column: escColumn)
                }
                continue
            }
            if b < 0x20 {
                throw error("a control character (0x\(String(b, radix: 16, uppercase: true))) must be escaped in a JSON string")
            }
            // The plain run up to the next quote, backslash or control character, in one copy.
            let before = scratch.count
            input.consumeRun(while: { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }, into: &scratch)
            if ascii, scratch[before...].contains(where: { $0 >= 0x80 }) { ascii = false }
        }
        if ascii { return String(decoding: scratch, as: UTF8.self) }
        guard let s = String(validating: scratch, as: UTF8.self) else {
            throw error("a string is not valid UTF-8", line: line, column: column)
        }
        return s
    }
}
