// Small pieces that several formats share, so that each is written once.

extension Diagnostic {
    /// A diagnostic from another library's report (libxml2's, through `LibXML`): a warning or an
    /// error, with a location when the library gave a line.
    public init(warning: Bool, _ message: String, file: String, line: Int?, column: Int?, recoverable: Bool = false) {
        self.init(warning ? .warning : .error, message, at: line.map { SourceLocation(file: file, line: $0, column: column) },
                  recoverable: recoverable)
    }
}

extension Record {
    /// The first of `problems` as the error a reader throws for the record: recoverable, naming the
    /// field, and the record when it has an id. `location` says where a field is in the input.
    public func problemError(at location: (_ field: String) -> SourceLocation?) -> Diagnostic? {
        guard let p = problems.first else { return nil }
        return .error("field `\(p.field)`: \(p.message)", at: location(p.field), record: id.isEmpty ? nil : id, field: p.field,
                      recoverable: true)
    }
}

extension Unicode.Scalar {
    /// The code point as Unicode writes it: `U+0009`, `U+00E9`, `U+1F600`.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// What format sniffers share: they look at the first bytes of an input.
public enum Sniffing {
    /// 3 when the bytes start with a UTF-8 byte order mark, else 0.
    public static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The first byte after a byte order mark and white space (space, tab, CR, LF), and where it is.
    public static func firstSignificantByte(_ bytes: [UInt8]) -> (index: Int, byte: UInt8)? {
        var i = byteOrderMarkLength(bytes)
        while i < bytes.count {
            let b = bytes[i]
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { return (i, b) }
            i += 1
        }
        return nil
    }
}
