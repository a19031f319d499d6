import CrosswalkModel

/// Reads CSV whose header uses the canonical column names (see `CSVMapping.columns`).
/// Unknown columns go to `extra` under their own name.
public final class CSVRecordReader: RecordReader {
    private let input: ByteInput
    private var tokenizer: CSVTokenizer
    private let codec: CellCodec
    private let codecSeparator: String
    private var header: [String] = []
    /// For each header column: its canonical column, or nil when it goes to `extra`.
    private var canonical: [CSVColumn?] = []
    private var idColumn = 0
    private var headerRead = false
    private var row = CSVRow()
    private var done = false
    public private(set) var declaredExtraKeys: [String] = []

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) {
        self.input = input
        self.tokenizer = CSVTokenizer(input: input)
        self.codec = CellCodec(separator: context.options.separator)
        self.codecSeparator = context.options.separator
    }

    private func readHeader() throws(Diagnostic) {
        headerRead = true
        if let problem = CellCodec.problem(with: codecSeparator) {
            done = true
            throw Diagnostic.error(problem, field: "separator", kind: .usage)
        }
        let more: Bool
        do { more = try tokenizer.nextRow(into: &row) } catch {
            // Without a header no row can be read.
            done = true
            var e = error
            e.isRecoverable = false
            throw e
        }
        guard more else {
            done = true
            throw Diagnostic.error("the input is empty; a CSV catalogue starts with a header row",
                                   at: SourceLocation(file: input.name, line: 1, column: 1))
        }
        header = row.cells
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let here = SourceLocation(file: input.name, line: row.cellLines[i], column: row.cellColumns[i])
            if name.isEmpty {
                done = true
                throw Diagnostic.error("header cell \(i + 1) is empty; every column needs a name", at: here)
            }
            if let first = seen[name] {
                done = true
                throw Diagnostic.error("the header names column `\(name)` twice (cells \(first + 1) and \(i + 1))", at: here)
            }
            seen[name] = i
            if CSVMapping.columnIndex[name] == nil { declaredExtraKeys.append(name) }
        }
        canonical = header.map { name in CSVMapping.columnIndex[name].map { CSVMapping.columns[$0] } }
        for required in ["id", "title"] where seen[required] == nil {
            done = true
            throw Diagnostic.error("the header has no `\(required)` column", at: SourceLocation(file: input.name, line: row.line, column: 1))
        }
        idColumn = seen["id"]!
    }

    public func next() throws(Diagnostic) -> Record? {
        if done { return nil }
        do {
            if !headerRead { try readHeader() }
            guard try tokenizer.nextRow(into: &row) else { done = true; return nil }
        } catch {
            if !error.isRecoverable { done = true }
            throw error
        }
        let rowStart = SourceLocation(file: input.name, line: row.line, column: 1)
        guard row.cells.count == header.count else {
            throw Diagnostic.error("this row has \(row.cells.count) cells but the header has \(header.count)",
                                   at: rowStart, recoverable: true)
        }
        let id = row.cells[idColumn]
        var r = Record(id: id, title: "")
        for (i, name) in header.enumerated() {
            let text = row.cells[i]
            // An empty cell sets nothing: every field starts empty.
            if text.isEmpty { continue }
            if let column = canonical[i] {
                do {
                    try column.set(&r, text, codec)
                } catch {
                    throw Diagnostic.error("field `\(name)`: \(error.message)",
                                           at: SourceLocation(file: input.name, line: row.cellLines[i], column: row.cellColumns[i]),
                                           record: id.isEmpty ? nil : id, field: name, recoverable: true)
                }
            } else {
                r.extra[name] = codec.split(text)
            }
        }
        if let problem = r.problemError(at: { field in
            SourceLocation(file: input.name, line: row.line, column: header.firstIndex(of: field).map { row.cellColumns[$0] } ?? 1)
        }) { throw problem }
        return r
    }
}

/// Writes CSV with the canonical header, then any `extra` columns.
public final class CSVRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let context: WriterContext
    private let codec: CellCodec
    private var extraColumns: [String] = []
    private var headerWritten = false
    private var line: [UInt8] = []
    private var cells: [String] = []

    public init(output: ByteOutput, context: WriterContext = WriterContext()) {
        self.output = output
        self.context = context
        self.codec = CellCodec(separator: context.options.separator)
    }

    private func writeHeader(first: Record?) {
        headerWritten = true
        var extras: [String] = []
        for k in context.extraKeys + (first?.extra.keys.sorted() ?? []) where !extras.contains(k) {
            extras.append(k)
        }
        extraColumns = extras.filter { CSVMapping.columnIndex[$0] == nil }
        CSVRowWriter.append(row: CSVMapping.columns.map(\.name) + extraColumns, to: &line)
        output.write(line)
        line.removeAll(keepingCapacity: true)
    }

    public func write(_ r: Record) throws(Diagnostic) {
        if !headerWritten {
            if let problem = CellCodec.problem(with: context.options.separator) {
                throw Diagnostic.error(problem, field: "separator", kind: .usage)
            }
            writeHeader(first: r)
        }
        cells.removeAll(keepingCapacity: true)
        for c in CSVMapping.columns { cells.append(c.get(r, codec)) }
        for k in extraColumns { cells.append(codec.join(r.extra[k] ?? [])) }
        // CSV groups agents by role and identifiers by scheme: say so when that changes their order.
        if !isGrouped(r.agents.map(\.role), order: AgentRole.allCases) {
            context.report(.warning("field `agents` reordered: CSV groups agents by role", record: r.id, field: "agents"))
        }
        if !isGrouped(r.identifiers.map(\.scheme), order: IdentifierScheme.allCases) {
            context.report(.warning("field `identifiers` reordered: CSV groups identifiers by scheme", record: r.id, field: "identifiers"))
        }
        if !r.extra.isEmpty {
            for k in r.extra.keys.sorted() where !extraColumns.contains(k) {
                let reason = CSVMapping.columnIndex[k] != nil
                    ? "its name is a canonical CSV column"
                    : "the CSV header was already written without this column (declare it in the first record)"
                context.report(.dropped("extra.\(k)", record: r.id, reason: reason))
            }
        }
        CSVRowWriter.append(row: cells, to: &line)
        output.write(line)
        line.removeAll(keepingCapacity: true)
        try output.flushIfNeeded()
    }

    private func isGrouped<T: Equatable>(_ keys: [T], order: [T]) -> Bool {
        var last = 0
        for k in keys {
            let i = order.firstIndex(of: k)!
            if i < last { return false }
            last = i
        }
        return true
    }

    public func finish() throws(Diagnostic) {
        if !headerWritten { writeHeader(first: nil) }
        try output.flush()
    }
}

extension FormatDescriptor {
    public static let csv = FormatDescriptor(
        name: "csv", aliases: [], extensions: ["csv"],
        summary: "CSV (RFC 4180) with a header of canonical column names",
        sniff: { bytes in
            let b = bytes.dropFirst(Sniffing.byteOrderMarkLength(bytes))
            let firstLine = b.prefix { $0 != 0x0A && $0 != 0x0D }
            let cells = firstLine.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: "\"") }
            if cells.contains("id") && cells.contains("title") { return .likely }
            return cells.count > 1 ? .maybe : .no
        },
        makeReader: { input, context in CSVRecordReader(input: input, context: context) },
        makeWriter: { output, context in CSVRecordWriter(output: output, context: context) }
    )
}

extension String {
    fileprivate func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
