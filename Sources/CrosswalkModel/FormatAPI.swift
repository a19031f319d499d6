/// Options that readers and writers may consult. Each format documents which it uses.
public struct FormatOptions: Sendable, Hashable {
    /// The separator between the values of a multi-valued CSV cell.
    public var separator: String = " | "
    /// The text encoding of the input, as an IANA name, when it is not UTF-8.
    public var encoding: String?
    /// Format-specific settings, `key=value`.
    public var settings: [String: String] = [:]

    public init(separator: String = " | ", encoding: String? = nil, settings: [String: String] = [:]) {
        self.separator = separator; self.encoding = encoding; self.settings = settings
    }
}

/// What a reader is given besides its input.
public struct ReaderContext {
    public var options: FormatOptions
    /// Receives warnings as they arise.
    public var report: DiagnosticHandler

    public init(options: FormatOptions = FormatOptions(), report: @escaping DiagnosticHandler = { _ in }) {
        self.options = options; self.report = report
    }
}

/// What a writer is given besides its output.
public struct WriterContext {
    public var options: FormatOptions
    /// Keys of `Record.extra` that the input declared up front (for example the
    /// unknown columns of a CSV header), so that a writer with a fixed header can make room for them.
    public var extraKeys: [String]
    /// Receives warnings, such as fields the format cannot hold.
    public var report: DiagnosticHandler

    public init(options: FormatOptions = FormatOptions(), extraKeys: [String] = [],
                report: @escaping DiagnosticHandler = { _ in }) {
        self.options = options; self.extraKeys = extraKeys; self.report = report
    }
}

/// A streaming reader: it yields one record at a time.
public protocol RecordReader: AnyObject {
    /// The next record, or nil at the end of the input.
    ///
    /// Throws a `Diagnostic`. When its `isRecoverable` is true, the reader has
    /// skipped the bad record and `next()` may be called again; otherwise the
    /// input cannot be read any further.
    func next() throws(Diagnostic) -> Record?

    /// Keys of `Record.extra` that the input declares before any record (CSV's unknown columns).
    var declaredExtraKeys: [String] { get }

    /// Where the last record returned by `next()` starts in the input, when the reader knows
    /// (`crosswalk validate` places a record's problems there).
    var lastRecordLocation: SourceLocation? { get }

    /// Where a field of the last record returned is in the input, when the reader knows. The field is
    /// named by the reference tokens of its place in the record's canonical JSON (`["agents", "0", "role"]`).
    func location(ofField tokens: [String]) -> SourceLocation?
}

extension RecordReader {
    public var declaredExtraKeys: [String] { [] }
    public var lastRecordLocation: SourceLocation? { nil }
    public func location(ofField tokens: [String]) -> SourceLocation? { nil }

    /// Reads every record, collecting recoverable errors; stops at the first unrecoverable one.
    public func readAll() throws(Diagnostic) -> (records: [Record], errors: [Diagnostic]) {
        var records: [Record] = []
        var errors: [Diagnostic] = []
        while true {
            do {
                guard let r = try next() else { break }
                records.append(r)
            } catch {
                if !error.isRecoverable { throw error }
                errors.append(error)
            }
        }
        return (records, errors)
    }
}

/// A streaming writer: it takes one record at a time.
public protocol RecordWriter: AnyObject {
    /// Writes one record. Fields the format cannot hold are reported as warnings.
    func write(_ record: Record) throws(Diagnostic)
    /// Writes whatever closes the output and flushes it.
    func finish() throws(Diagnostic)
}

/// How a format's documents split into whole lines: a head, the lines of each record, a tail. Records
/// converted in parts (`crosswalk convert --part records`, run by GNU parallel or Spark on pieces of
/// a JSON Lines file) and joined between one head and one tail (`--part head`, `--part tail`) are
/// then the very bytes of a single run.
public struct DocumentFrame: Sendable, Hashable {
    /// Lines before the first record (an XML declaration and the root's start tag; a CSV header).
    public var headLines: Int
    /// Lines after the last record (the root's end tag).
    public var tailLines: Int
    /// Settings of which one must be given for the parts to agree (a CSV header that does not
    /// depend on the records: `csv.columns`); empty when none is needed.
    public var requiresOneOf: [String]

    public init(headLines: Int, tailLines: Int, requiresOneOf: [String] = []) {
        self.headLines = headLines; self.tailLines = tailLines; self.requiresOneOf = requiresOneOf
    }
}

/// Which part of a document a conversion writes: all of it, or for conversions in parts, the
/// head, the records, or the tail (see `DocumentFrame`).
public enum OutputPart: String, Sendable, Hashable, CaseIterable {
    case whole, head, records, tail
}

/// How sure a sniffer is that some bytes are in its format.
public enum SniffResult: Int, Sendable, Comparable {
    case no = 0, maybe = 1, likely = 2, certain = 3
    public static func < (a: SniffResult, b: SniffResult) -> Bool { a.rawValue < b.rawValue }
}

/// A setting that a format reads from `FormatOptions.settings`, declared by the format itself so
/// that the CLI (and any other front end) can offer it as an option, list its values in its help,
/// and refuse a bad value before any input is read.
public struct FormatSetting: Sendable, Hashable {
    /// The key in `FormatOptions.settings`, namespaced by the format: `bibtex.duplicateKeys`.
    public var key: String
    /// The long command-line option that sets it, without dashes: `duplicate-keys`.
    public var option: String
    /// The values it takes, lower case, the preferred spelling of each first; empty for free text.
    public var values: [String]
    /// How the value is named in help: `policy`.
    public var valueName: String
    public var help: String
    /// Whether the option may be given several times, its values then joined with commas (`--map a=b --map c=d`).
    public var repeatable: Bool

    public init(key: String, option: String, values: [String] = [], valueName: String, help: String, repeatable: Bool = false) {
        self.key = key; self.option = option; self.values = values; self.valueName = valueName; self.help = help
        self.repeatable = repeatable
    }

    /// Why `value` is refused, or nil when it is accepted (values are compared case-insensitively).
    public func problem(with value: String) -> String? {
        guard !values.isEmpty, !values.contains(value.lowercased()) else { return nil }
        return "--\(option): `\(value)` is not one of \(values.joined(separator: ", "))"
    }
}

/// A format plug-in: its names, how to recognise it, and its reader and writer.
public struct FormatDescriptor: Sendable {
    public var name: String
    public var aliases: [String]
    /// File extensions without the dot, lower case.
    public var extensions: [String]
    public var summary: String
    /// Looks at the first bytes of an input (at most 4 KiB, byte order mark included).
    public var sniff: @Sendable ([UInt8]) -> SniffResult
    public var makeReader: (@Sendable (ByteInput, ReaderContext) throws(Diagnostic) -> any RecordReader)?
    public var makeWriter: (@Sendable (ByteOutput, WriterContext) throws(Diagnostic) -> any RecordWriter)?
    /// The settings its reader and writer read (`FormatOptions.settings`).
    public var settings: [FormatSetting]
    /// How its documents split into a head, the records and a tail, line by line; nil when they
    /// cannot be written in parts (a JSON array needs commas between the parts).
    public var documentFrame: DocumentFrame?

    public init(name: String, aliases: [String] = [], extensions: [String], summary: String,
                sniff: @escaping @Sendable ([UInt8]) -> SniffResult,
                makeReader: (@Sendable (ByteInput, ReaderContext) throws(Diagnostic) -> any RecordReader)?,
                makeWriter: (@Sendable (ByteOutput, WriterContext) throws(Diagnostic) -> any RecordWriter)?,
                settings: [FormatSetting] = []) {
        self.name = name; self.aliases = aliases; self.extensions = extensions; self.summary = summary
        self.sniff = sniff; self.makeReader = makeReader; self.makeWriter = makeWriter; self.settings = settings
    }

    public var canRead: Bool { makeReader != nil }

    /// The same format, writable in parts with this frame.
    public func framed(_ frame: DocumentFrame) -> FormatDescriptor {
        var f = self
        f.documentFrame = frame
        return f
    }

    /// Whether the format is XML, which names its own text encoding.
    public var isXML: Bool { extensions.contains { $0.hasSuffix("xml") } }
    public var canWrite: Bool { makeWriter != nil }

    public func matches(name candidate: String) -> Bool {
        let c = candidate.lowercased()
        return c == name || aliases.contains(c)
    }
}
