/// A problem reported while reading, validating or compiling XML.
///
/// `description` is formatted like a compiler diagnostic, e.g.
/// `records.xml:12:7: error: Opening and ending tag mismatch: title line 11 and record`.
/// Missing location parts are omitted (`records.xml:12: error: …`, `error: …`).
public struct XMLDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable, CustomStringConvertible {
        case warning
        case error
        /// A well-formedness error: the document cannot be read any further.
        case fatal

        public var description: String {
            switch self {
            case .warning: return "warning"
            case .error: return "error"
            case .fatal: return "fatal error"
            }
        }

        private var rank: Int {
            switch self {
            case .warning: return 0
            case .error: return 1
            case .fatal: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// Single-line message: surrounding whitespace trimmed, internal line breaks folded into spaces.
    public var message: String
    public var file: String?
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?

    public init(severity: Severity, message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = XMLDiagnostic.normalize(message)
        self.file = (file?.isEmpty ?? true) ? nil : file
        self.line = (line ?? 0) > 0 ? line : nil
        self.column = (column ?? 0) > 0 ? column : nil
    }

    public var description: String {
        var location = ""
        if let file {
            location = file
        }
        if let line {
            location += location.isEmpty ? "\(line)" : ":\(line)"
            if let column {
                location += ":\(column)"
            }
        }
        let head = location.isEmpty ? "" : location + ": "
        return "\(head)\(severity): \(message)"
    }

    /// Trims whitespace and folds line breaks (libxml2 messages end with "\n" and
    /// sometimes carry a second line, e.g. "Bytes: 0xE9 0x3C").
    static func normalize(_ message: String) -> String {
        var parts: [Substring] = []
        for piece in message.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let trimmed = piece.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" })
            if !trimmed.isEmpty {
                parts.append(Substring(String(trimmed.reversed())))
            }
        }
        return parts.joined(separator: " ")
    }
}
