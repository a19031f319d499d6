/// A JSON value for JSON Schema validation. Numbers are kept exact (``JSONNumber``), so `1 == 1.0`
/// and `multipleOf` on big or fractional numbers work without floating-point error. Objects keep
/// their members in document order.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The JSON Schema type name ("integer" for an integral number).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let n): n.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The member named `key` of an object (the last one if repeated).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        var found: JSONValue?
        for m in members where m.key == key { found = m.value }
        return found
    }

    /// JSON equality: numbers by value, objects regardless of member order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        // Code point by code point: Swift's `==` on strings is canonical equivalence.
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !(x[i] == y[i]) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for m in x {
                guard let other = y.first(where: { $0.key == m.key }), other.value == m.value else { return false }
            }
            return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(n)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a.count); for v in a { hasher.combine(v) }
        case .object(let m):
            // Order-insensitive: the sum of the members' hashes.
            var sum = 0
            for x in m { var h = Hasher(); h.combine(x.key); h.combine(x.value); sum &+= h.finalize() }
            hasher.combine(sum)
        }
    }

    /// The value as compact JSON text (for messages and reports).
    public var jsonText: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the value as compact JSON text.
    public func write(into out: inout String) { write(to: &out) }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.description
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let a):
            out += "["
            for (i, v) in a.enumerated() { if i > 0 { out += "," }; v.write(to: &out) }
            out += "]"
        case .object(let m):
            out += "{"
            for (i, x) in m.enumerated() {
                if i > 0 { out += "," }
                JSONValue.quote(x.key, into: &out); out += ":"; x.value.write(to: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue
    public init(key: String, value: JSONValue) { self.key = key; self.value = value }
}

/// An exact decimal number: `(-1)^negative × significand × 10^exponent`, normalized (no trailing
/// zeros in the significand, zero is `0e0`), so that equal numbers are equal values.
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var negative: Bool
    /// The significand's decimal digits (ASCII), without leading or trailing zeros; empty for zero.
    public private(set) var digits: [UInt8]
    public private(set) var exponent: Int

    /// Parses a JSON number literal (or any decimal literal with an optional exponent).
    public init?(_ text: some StringProtocol) {
        var neg = false, ds: [UInt8] = [], exp = 0, sawDigit = false, frac = false
        var it = text.utf8.makeIterator()
        var c = it.next()
        if c == UInt8(ascii: "-") { neg = true; c = it.next() } else if c == UInt8(ascii: "+") { c = it.next() }
        while let ch = c {
            if ch >= 0x30 && ch <= 0x39 {
                sawDigit = true
                if !(ds.isEmpty && ch == 0x30) { ds.append(ch) }
                if frac { exp -= 1 }
            } else if ch == UInt8(ascii: ".") && !frac {
                frac = true
            } else { break }
            c = it.next()
        }
        guard sawDigit else { return nil }
        if let ch = c {
            guard ch == UInt8(ascii: "e") || ch == UInt8(ascii: "E") else { return nil }
            var eneg = false, e = 0, any = false
            c = it.next()
            if c == UInt8(ascii: "-") { eneg = true; c = it.next() } else if c == UInt8(ascii: "+") { c = it.next() }
            while let d = c, d >= 0x30 && d <= 0x39 {
                any = true
                if e < 1_000_000_000_000 { e = e * 10 + Int(d - 0x30) }
                c = it.next()
            }
            guard any, c == nil else { return nil }
            exp += eneg ? -e : e
        }
        self.init(negative: neg, digits: ds, exponent: exp)
    }

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        var ds = digits, exp = exponent
        var lead = 0
        while lead < ds.count && ds[lead] == 0x30 { lead += 1 }
        if lead > 0 { ds.removeFirst(lead) }
        while let last = ds.last, last == 0x30 { ds.removeLast(); exp += 1 }
        if ds.isEmpty { self.negative = false; self.digits = []; self.exponent = 0 }
        else { self.negative = negative; self.digits = ds; self.exponent = exp }
    }

    public init(_ value: Int) { self.init(String(value))! }

    public var isZero: Bool { digits.isEmpty }
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an Int, when it is integral and fits.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 18 else { return nil }
        var v = 0
        for d in digits { v = v * 10 + Int(d - 0x30) }
        for _ in 0..<exponent { v *= 10 }
        return negative ? -v : v
    }

    public var doubleValue: Double { Double(description) ?? (negative ? -.infinity : .infinity) }

    public var description: String {
        if digits.isEmpty { return "0" }
        var s = negative ? "-" : ""
        s += String(decoding: digits, as: UTF8.self)
        if exponent != 0 {
            if exponent > 0 && exponent <= 6 { s += String(repeating: "0", count: exponent) }
            else if exponent < 0 && -exponent < digits.count {
                let cut = digits.count + exponent
                s = (negative ? "-" : "") + String(decoding: digits[..<cut], as: UTF8.self) + "." + String(decoding: digits[cut...], as: UTF8.self)
            } else if exponent < 0 && -exponent <= digits.count + 6 {
                s = (negative ? "-" : "") + "0." + String(repeating: "0", count: -exponent - digits.count) + String(decoding: digits, as: UTF8.self)
            } else { s += "e\(exponent)" }
        }
        return s
    }

    /// Compares magnitudes.
    static func compareMagnitude(_ a: JSONNumber, _ b: JSONNumber) -> Int {
        if a.digits.isEmpty { return b.digits.isEmpty ? 0 : -1 }
        if b.digits.isEmpty { return 1 }
        let ma = a.digits.count + a.exponent, mb = b.digits.count + b.exponent
        if ma != mb { return ma < mb ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let x = i < a.digits.count ? a.digits[i] : 0x30
            let y = i < b.digits.count ? b.digits[i] : 0x30
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    public static func < (a: JSONNumber, b: JSONNumber) -> Bool {
        let sa = a.isZero ? 0 : (a.negative ? -1 : 1), sb = b.isZero ? 0 : (b.negative ? -1 : 1)
        if sa != sb { return sa < sb }
        if sa == 0 { return false }
        let c = compareMagnitude(a, b)
        return sa > 0 ? c < 0 : c > 0
    }

    /// True when `self / divisor` is an integer (exactly). `divisor` must be positive.
    public func isMultiple(of divisor: JSONNumber) -> Bool {
        if isZero { return true }
        if divisor.isZero { return false }
        // self = A × 10^ea, divisor = B × 10^eb.
        let shift = exponent - divisor.exponent
        if shift >= 0 {
            // Is A × 10^shift divisible by B?
            guard let m = Self.smallValue(divisor.digits) else {
                return shift <= 100_000 ? Self.bigRemainderIsZero(digits, zeros: shift, divisor: divisor.digits) : doubleFallback(divisor)
            }
            var r = Self.mod(digits, m)
            r = Self.mulmod(r, Self.powmod(10, shift, m), m)
            return r == 0
        }
        // More decimal places than the divisor: A has no trailing zero (it is normalized), so
        // 10^-shift, hence B × 10^-shift, cannot divide it.
        return false
    }

    /// Whether `digits` followed by `zeros` zeros is divisible by `divisor` (all decimal ASCII digits),
    /// by long division in decimal: for divisors too big for machine integers.
    static func bigRemainderIsZero(_ digits: [UInt8], zeros: Int, divisor: [UInt8]) -> Bool {
        let b = divisor.map { Int($0 - 0x30) }
        var r: [Int] = []   // the remainder, most significant digit first, no leading zeros
        func less(_ x: [Int], _ y: [Int]) -> Bool {
            if x.count != y.count { return x.count < y.count }
            for i in x.indices where x[i] != y[i] { return x[i] < y[i] }
            return false
        }
        func subtract() {
            var borrow = 0
            var i = r.count - 1, j = b.count - 1
            while i >= 0 {
                var d = r[i] - borrow - (j >= 0 ? b[j] : 0)
                borrow = d < 0 ? 1 : 0
                if d < 0 { d += 10 }
                r[i] = d
                i -= 1; j -= 1
            }
            let lead = r.firstIndex { $0 != 0 } ?? r.count
            r.removeFirst(lead)
        }
        func push(_ d: Int) {
            if !(r.isEmpty && d == 0) { r.append(d) }
            while !less(r, b) { subtract() }
        }
        for d in digits { push(Int(d - 0x30)) }
        for _ in 0..<zeros { push(0) }
        return r.isEmpty
    }

    private func doubleFallback(_ divisor: JSONNumber) -> Bool {
        let q = doubleValue / divisor.doubleValue
        return q.isFinite && q == q.rounded()
    }

    static func smallValue(_ ds: [UInt8]) -> UInt64? {
        guard ds.count <= 18 else { return nil }
        var v: UInt64 = 0
        for d in ds { v = v * 10 + UInt64(d - 0x30) }
        return v
    }

    static func mod(_ ds: [UInt8], _ m: UInt64) -> UInt64 {
        var r: UInt64 = 0
        for d in ds { r = (r * 10 + UInt64(d - 0x30)) % m }
        return r
    }

    static func mulmod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((hi, lo)).remainder
    }

    static func powmod(_ base: UInt64, _ e: Int, _ m: UInt64) -> UInt64 {
        var result: UInt64 = 1 % m, b = base % m, e = e
        while e > 0 {
            if e & 1 == 1 { result = mulmod(result, b, m) }
            b = mulmod(b, b, m)
            e >>= 1
        }
        return result
    }
}

/// A syntax error in JSON text, at a byte offset (with its 1-based line and column, in UTF-8 bytes).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int
    public var description: String { "\(line):\(column): \(message)" }
}

/// A small byte-level JSON parser into ``JSONValue``, numbers kept as exact decimals.
public struct JSONValueParser {
    /// Parses one complete JSON text (surrounding white space allowed, a UTF-8 byte order mark skipped).
    public static func parse(_ bytes: [UInt8], firstLine: Int = 1) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buf) throws(JSONSyntaxError) -> JSONValue in
            try parse(buffer: buf, firstLine: firstLine)
        }
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    public static func parse(buffer: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) throws(JSONSyntaxError) -> JSONValue {
        var p = Cursor(buf: buffer, firstLine: firstLine)
        if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { p.i = 3 }
        let v = try p.value(depth: 0)
        p.ws()
        if p.i < buffer.count { throw p.fail("unexpected \(p.describe()) after the JSON value") }
        return v
    }

    struct Cursor {
        let buf: UnsafeBufferPointer<UInt8>
        var i = 0
        let firstLine: Int

        init(buf: UnsafeBufferPointer<UInt8>, firstLine: Int) { self.buf = buf; self.firstLine = firstLine }

        func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
            let o = min(offset ?? i, buf.count)
            let (l, c) = JSONLocator.lineColumn(of: o, in: buf)
            return JSONSyntaxError(message: message, offset: o, line: l + firstLine - 1, column: c)
        }

        func describe() -> String {
            guard i < buf.count else { return "end of input" }
            let b = buf[i]
            if b >= 0x21 && b < 0x7F { return "`\(Character(Unicode.Scalar(b)))`" }
            if b == 0x0A { return "a line break" }
            return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }

        @inline(__always) mutating func ws() {
            while i < buf.count {
                let b = buf[i]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { break }
            }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            ws()
            guard i < buf.count else { throw fail("expected a JSON value, found the end of the input") }
            switch buf[i] {
            case UInt8(ascii: "{"):
                guard depth < 512 else { throw fail("JSON is nested too deeply") }
                i += 1
                var members: [JSONMember] = []
                ws()
                if i < buf.count && buf[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    ws()
                    guard i < buf.count, buf[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key, found \(describe())") }
                    let k = try string()
                    ws()
                    guard i < buf.count, buf[i] == UInt8(ascii: ":") else { throw fail("expected `:` after a key, found \(describe())") }
                    i += 1
                    let v = try value(depth: depth + 1)
                    members.append(JSONMember(key: k, value: v))
                    ws()
                    guard i < buf.count else { throw fail("an object is never closed") }
                    if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                    if buf[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected `,` or `}` in an object, found \(describe())")
                }
                return .object(members)
            case UInt8(ascii: "["):
                guard depth < 512 else { throw fail("JSON is nested too deeply") }
                i += 1
                var items: [JSONValue] = []
                ws()
                if i < buf.count && buf[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                while true {
                    items.append(try value(depth: depth + 1))
                    ws()
                    guard i < buf.count else { throw fail("an array is never closed") }
                    if buf[i] == UInt8(ascii: ",") { i += 1; continue }
                    if buf[i] == UInt8(ascii: "]") { i += 1; break }
                    throw fail("expected `,` or `]` in an array, found \(describe())")
                }
                return .array(items)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fail("expected a JSON value, found \(describe())")
            }
        }

        mutating func word(_ w: StaticString) throws(JSONSyntaxError) {
            let start = i
            var ok = true
            w.withUTF8Buffer { wb in
                for c in wb { if i < buf.count && buf[i] == c { i += 1 } else { ok = false; return } }
            }
            if !ok { throw fail("invalid literal; expected `\(w)`", at: start) }
        }

        mutating func number() throws(JSONSyntaxError) -> JSONNumber {
            let start = i
            var neg = false
            var ds: [UInt8] = []
            var exp = 0
            if buf[i] == UInt8(ascii: "-") { neg = true; i += 1 }
            guard i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 else { throw fail("invalid number", at: start) }
            if buf[i] == 0x30 {
                i += 1
                if i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 { throw fail("a JSON number must not have a leading zero", at: start) }
            } else {
                while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 { ds.append(buf[i]); i += 1 }
            }
            if i < buf.count && buf[i] == UInt8(ascii: ".") {
                i += 1
                let f = i
                while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 { ds.append(buf[i]); i += 1; exp -= 1 }
                if i == f { throw fail("a digit must follow the decimal point") }
            }
            if i < buf.count && (buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E")) {
                i += 1
                var eneg = false
                if i < buf.count && (buf[i] == UInt8(ascii: "+") || buf[i] == UInt8(ascii: "-")) { eneg = buf[i] == UInt8(ascii: "-"); i += 1 }
                let f = i
                var e = 0
                while i < buf.count, buf[i] >= 0x30 && buf[i] <= 0x39 {
                    if e < 1_000_000_000_000 { e = e * 10 + Int(buf[i] - 0x30) }
                    i += 1
                }
                if i == f { throw fail("a digit must follow the exponent") }
                exp += eneg ? -e : e
            }
            return JSONNumber(negative: neg, digits: ds, exponent: exp)
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard i < buf.count else { throw fail("unfinished \\u escape") }
                let h = buf[i]
                let d: UInt32
                switch h {
                case 0x30...0x39: d = UInt32(h - 0x30)
                case 0x41...0x46: d = UInt32(h - 0x41 + 10)
                case 0x61...0x66: d = UInt32(h - 0x61 + 10)
                default: throw fail("invalid hex digit in a \\u escape")
                }
                i += 1
                v = v << 4 | d
            }
            return v
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            let open = i
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < buf.count {
                let b = buf[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(validating: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
                    guard let s else { throw fail("a string is not valid UTF-8", at: open) }
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { break }
                i += 1
            }
            var out = Array(buf[start..<i])
            while true {
                guard i < buf.count else { throw fail("a string is never closed", at: open) }
                let b = buf[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw fail("a control character (0x\(String(b, radix: 16, uppercase: true))) must be escaped in a JSON string") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < buf.count else { throw fail("a string is never closed", at: open) }
                let e = buf[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if v >= 0xD800 && v < 0xDC00, i + 1 < buf.count, buf[i] == UInt8(ascii: "\\"), buf[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 { v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00) } else { i = save }
                    }
                    let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default: throw fail("invalid escape in a string", at: i - 2)
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw fail("a string is not valid UTF-8", at: open) }
            return s
        }
    }
}

/// Finds where a value is in JSON text: the line and column of the value at a JSON Pointer.
public enum JSONLocator {
    static func lineColumn(of offset: Int, in buf: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, lineStart = 0
        var k = 0
        while k < offset && k < buf.count {
            if buf[k] == 0x0A { line += 1; lineStart = k + 1 }
            k += 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The 1-based line and column (UTF-8 bytes) where the value at `pointer` (its reference tokens,
    /// unescaped) starts in `bytes`, or nil. For a missing member, the place of its object.
    public static func locate(_ tokens: [String], in bytes: [UInt8]) -> (line: Int, column: Int)? {
        bytes.withUnsafeBufferPointer { buf -> (line: Int, column: Int)? in
            var c = JSONValueParser.Cursor(buf: buf, firstLine: 1)
            if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { c.i = 3 }
            var t = 0
            while true {
                c.ws()
                guard c.i < buf.count else { return nil }
                if t == tokens.count { return lineColumn(of: c.i, in: buf) }
                let token = tokens[t]
                let here = c.i
                switch buf[c.i] {
                case UInt8(ascii: "{"):
                    c.i += 1

                    while true {
                        c.ws()
                        guard c.i < buf.count, buf[c.i] == UInt8(ascii: "\"") else { return lineColumn(of: here, in: buf) }
                        guard let k = try? c.string() else { return nil }
                        c.ws()
                        guard c.i < buf.count, buf[c.i] == UInt8(ascii: ":") else { return nil }
                        c.i += 1
                        if k == token { break }
                        guard (try? c.value(depth: 0)) != nil else { return nil }
                        c.ws()
                        guard c.i < buf.count, buf[c.i] == UInt8(ascii: ",") else { return lineColumn(of: here, in: buf) }
                        c.i += 1
                    }
                case UInt8(ascii: "["):
                    c.i += 1
                    guard let n = Int(token) else { return lineColumn(of: here, in: buf) }
                    var k = 0
                    while k < n {
                        guard (try? c.value(depth: 0)) != nil else { return nil }
                        c.ws()
                        guard c.i < buf.count, buf[c.i] == UInt8(ascii: ",") else { return lineColumn(of: here, in: buf) }
                        c.i += 1
                        k += 1
                    }
                default:
                    return lineColumn(of: here, in: buf)
                }
                t += 1
            }
        }
    }
}
