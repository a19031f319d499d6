import CrosswalkModel

/// Reads a top-level JSON array of records (or a single record object), one element at a time.
public final class JSONRecordReader: RecordReader {
    private let stream: JSONArrayStream
    private let decoder: JSONRecordDecoder

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) {
        self.stream = JSONArrayStream(input: input, plural: "records", singular: "a record")
        self.decoder = JSONRecordDecoder(file: input.name)
    }

    private var lastNode: JSONNode?

    public func next() throws(Diagnostic) -> Record? {
        guard let node = try stream.next() else { return nil }
        lastNode = node
        return try decoder.record(from: node)
    }

    public var lastRecordLocation: SourceLocation? { lastNode.map { SourceLocation(file: decoder.file, line: $0.line, column: $0.column) } }

    public func location(ofField tokens: [String]) -> SourceLocation? {
        lastNode?.location(of: tokens, file: decoder.file)
    }
}

/// Reads JSON Lines: one record object per line. A broken line costs only that record.
public final class JSONLinesRecordReader: RecordReader {
    private let input: ByteInput
    private let decoder: JSONRecordDecoder
    private var line: [UInt8] = []
    private var started = false

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) {
        self.input = input
        self.decoder = JSONRecordDecoder(file: input.name)
    }

    public func next() throws(Diagnostic) -> Record? {
        if !started { input.skipByteOrderMark(); started = true }
        while true {
            guard input.peek() != nil else { return nil }
            let lineNumber = input.line
            let firstColumn = input.column
            line.removeAll(keepingCapacity: true)
            if input.consume(upTo: 0x0A, into: &line) { input.advance() }  // the newline
            if !line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { continue }
            // Parse the line on its own, so that an error can never swallow the next line.
            let lineInput = ByteInput(bytes: line, name: input.name, firstLine: lineNumber)
            var parser = JSONParser(input: lineInput)
            func relocate(_ d: Diagnostic) -> Diagnostic {
                var d = d
                d.isRecoverable = true
                if var loc = d.location, loc.line == lineNumber, let c = loc.column {
                    loc.column = c + firstColumn - 1
                    d.location = loc
                }
                return d
            }
            let node: JSONNode
            do throws(Diagnostic) {
                parser.skipInlineWhitespace()
                guard lineInput.peek() == UInt8(ascii: "{") else {
                    throw parser.error("expected a record object at the start of the line, found \(parser.describe(lineInput.peek()))")
                }
                node = try parser.parseValue()
                parser.skipInlineWhitespace()
                if let b = lineInput.peek() {
                    throw parser.error("unexpected \(parser.describe(b)) after the record; JSON Lines has one record per line")
                }
            } catch {
                throw relocate(error)
            }
            lastNode = node
            return try decoder.record(from: node)
        }
    }

    private var lastNode: JSONNode?

    public var lastRecordLocation: SourceLocation? { lastNode.map { SourceLocation(file: decoder.file, line: $0.line, column: $0.column) } }

    public func location(ofField tokens: [String]) -> SourceLocation? {
        lastNode?.location(of: tokens, file: decoder.file)
    }
}

extension JSONNode {
    /// Where the value at `tokens` (JSON Pointer reference tokens) starts, or nil when there is none.
    package func location(of tokens: [String], file: String) -> SourceLocation? {
        var node = self
        for t in tokens {
            switch node.value {
            case .object(let members):
                guard let m = members.last(where: { $0.key == t }) else { return nil }
                node = m.value
            case .array(let items):
                guard let i = Int(t), i >= 0, i < items.count else { return nil }
                node = items[i]
            default: return nil
            }
        }
        return SourceLocation(file: file, line: node.line, column: node.column)
    }
}

/// Writes a JSON array of records, two-space indented, keys in canonical order.
public final class JSONRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let encoder = JSONRecordEncoder(pretty: true)
    private var frame = JSONArrayFrame()
    private var buffer: [UInt8] = []

    public init(output: ByteOutput, context: WriterContext = WriterContext()) {
        self.output = output
    }

    public func write(_ record: Record) throws(Diagnostic) {
        encoder.encode(record, into: &buffer, level: 1)
        try frame.write(&buffer, to: output)
    }

    public func finish() throws(Diagnostic) {
        frame.finish(output)
        try output.flush()
    }
}

/// Writes JSON Lines: one compact record per line.
public final class JSONLinesRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let encoder = JSONRecordEncoder(pretty: false)
    private var buffer: [UInt8] = []

    public init(output: ByteOutput, context: WriterContext = WriterContext()) {
        self.output = output
    }

    public func write(_ record: Record) throws(Diagnostic) {
        encoder.encode(record, into: &buffer, level: 0)
        buffer.append(0x0A)
        output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
        try output.flushIfNeeded()
    }

    public func finish() throws(Diagnostic) { try output.flush() }
}

extension FormatDescriptor {
    /// The canonical JSON: a top-level array of records.
    public static let json = FormatDescriptor(
        name: "json", aliases: ["crosswalk-json"], extensions: ["json"],
        summary: "Crosswalk canonical JSON: an array of records",
        sniff: { bytes in
            guard let (i, b) = Sniffing.firstSignificantByte(bytes) else { return .no }
            if b == UInt8(ascii: "[") { return .likely }
            if b == UInt8(ascii: "{") {
                // One object per line is JSON Lines; an object spread over lines is a single JSON record.
                if let nl = bytes[i...].firstIndex(of: 0x0A) {
                    let firstLine = bytes[i..<nl]
                    if let last = firstLine.last(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }), last == UInt8(ascii: "}") {
                        return .maybe
                    }
                }
                return .likely
            }
            return .no
        },
        makeReader: { input, context in JSONRecordReader(input: input, context: context) },
        makeWriter: { output, context in JSONRecordWriter(output: output, context: context) }
    )

    /// JSON Lines: one canonical record per line.
    public static let jsonLines = FormatDescriptor(
        name: "jsonl", aliases: ["jsonlines", "ndjson", "json-lines"], extensions: ["jsonl", "ndjson"],
        summary: "JSON Lines: one canonical record per line",
        sniff: { bytes in
            guard let (i, b) = Sniffing.firstSignificantByte(bytes), b == UInt8(ascii: "{") else { return .no }
            if let nl = bytes[i...].firstIndex(of: 0x0A),
               let last = bytes[i..<nl].last(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }), last == UInt8(ascii: "}") {
                return .likely
            }
            return .maybe
        },
        makeReader: { input, context in JSONLinesRecordReader(input: input, context: context) },
        makeWriter: { output, context in JSONLinesRecordWriter(output: output, context: context) }
    ).framed(DocumentFrame(headLines: 0, tailLines: 0))
}
