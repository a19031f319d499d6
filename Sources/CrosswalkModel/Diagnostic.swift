/// A place in an input: the file (or `<stdin>`), a 1-based line and a 1-based column.
/// Columns count UTF-8 bytes, as compilers do.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file; self.line = line; self.column = column
    }

    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}

/// An error or a warning, as data. Warnings never stop a conversion; errors stop
/// the record they belong to (or, when not recoverable, the whole input).
///
/// Printed like a compiler message:
/// `FILE:LINE:COLUMN: error: record ID: field `date`: month 13 is out of range`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, note }

    /// What a problem is about, which decides the exit status of a command that stops on it
    /// (`ExitStatus(for:)` in the `Crosswalk` module).
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A setting or argument the user gave is wrong (an unknown policy, a bad key pattern,
        /// an unknown encoding name): nothing in the input is at fault.
        case usage
        /// The input cannot be opened or read at all (a missing file, a directory, a read error).
        case input
        /// The input's content is bad: a syntax error or a bad record. The default.
        case data
        /// The output cannot be created or written.
        case output
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The record the problem belongs to, when known.
    public var recordID: String?
    /// The canonical field (or source field) the problem belongs to, when known.
    public var field: String?
    /// For errors raised by a reader: true when the reader has skipped the bad
    /// record and can go on with the next one.
    public var isRecoverable: Bool
    /// What the problem is about (for errors: what exit status it leads to).
    public var kind: Kind
    /// For a warning that stands for an outcome the closing line counts apart (a duplicate entry
    /// dropped, a key generated): which one.
    public var tally: Tally?

    /// Outcomes of reading that are not errors but change what is written, counted apart from the
    /// other warnings in a command's closing line.
    public enum Tally: String, Sendable, Hashable, Codable, CaseIterable {
        /// A second entry with the same key, dropped (or replacing the first).
        case duplicateDropped
        /// A second entry identical to the first, merged into it.
        case duplicateMerged
        /// A second, different entry with the same key, kept under a derived key.
        case duplicateRenamed
        /// A record without a key or id that was given one.
        case keyGenerated

        /// "3 duplicate entries dropped".
        public func phrase(_ n: Int) -> String {
            let entries = n == 1 ? "entry" : "entries"
            switch self {
            case .duplicateDropped: return "\(n) duplicate \(entries) dropped"
            case .duplicateMerged: return "\(n) identical duplicate \(entries) merged"
            case .duplicateRenamed: return "\(n) duplicate \(entries) kept under a new key"
            case .keyGenerated: return "\(n) key\(n == 1 ? "" : "s") generated"
            }
        }
    }

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil,
                record: String? = nil, field: String? = nil, recoverable: Bool = false, kind: Kind = .data) {
        self.severity = severity; self.message = message; self.location = location
        self.recordID = record; self.field = field; self.isRecoverable = recoverable; self.kind = kind
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, record: String? = nil,
                             field: String? = nil, recoverable: Bool = false, kind: Kind = .data) -> Diagnostic {
        Diagnostic(.error, message, at: location, record: record, field: field, recoverable: recoverable, kind: kind)
    }

    /// An error in a setting or argument the user gave (exit status 64).
    public static func usage(_ message: String, field: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, field: field, kind: .usage)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, record: String? = nil,
                               field: String? = nil, tally: Tally? = nil) -> Diagnostic {
        var d = Diagnostic(.warning, message, at: location, record: record, field: field)
        d.tally = tally
        return d
    }

    /// A writer's warning that a field could not be kept:
    /// "record mao-1951: field `archive.place` dropped: CSV has no column for it".
    public static func dropped(_ field: String, record: String, reason: String) -> Diagnostic {
        Diagnostic(.warning, "field `\(field)` dropped: \(reason)", record: record, field: field)
    }

    public var description: String {
        var s = ""
        if let location { s += "\(location): " }
        s += "\(severity.rawValue): "
        if let recordID { s += "record \(recordID): " }
        s += message
        return s
    }
}

/// Where readers and writers send warnings (and the converter sends errors it recovered from).
public typealias DiagnosticHandler = (Diagnostic) -> Void
