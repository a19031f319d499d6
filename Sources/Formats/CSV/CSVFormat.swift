import CrosswalkModel

/// Reads CSV. The header may use the canonical column names (see `CSVMapping.columns`), the
/// same names in any case and spacing, Dublin Core names and common spreadsheet names
/// (`CSVHeaderNames`), or a profile's layout (`CSVProfiles`). Unknown columns go to `extra` under
/// their own name.
public final class CSVRecordReader: RecordReader {
    private let input: ByteInput
    private var tokenizer: CSVTokenizer
    private var codec: CellCodec
    private let codecSeparator: String
    private let report: DiagnosticHandler
    private let profileSetting: String?
    private let separatorGiven: Bool
    private var header: [String] = []
    private var plan = CSVHeaderPlan(header: [], profile: nil)
    private var headerRead = false
    private var row = CSVRow()
    /// The spreadsheet row number of the current row (the header is row 1).
    private var rowNumber = 1
    private var done = false
    /// The profile the header was read with, if any.
    public private(set) var profile: CSVProfile?
    public private(set) var declaredExtraKeys: [String] = []

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) {
        self.input = input
        self.tokenizer = CSVTokenizer(input: input)
        self.codec = CellCodec(separator: context.options.separator)
        self.codecSeparator = context.options.separator
        self.separatorGiven = context.options.separator != FormatOptions().separator
        self.report = context.report
        self.profileSetting = context.options.settings[CSVSettings.profile.key]?.lowercased()
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
        header = row.cells.map { $0.trimmingCharacters }
        rowNumber = 1
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
        }
        let headerAt = SourceLocation(file: input.name, line: row.line, column: 1)
        switch profileSetting {
        case nil, "auto":
            profile = CSVProfiles.detect(header: header)
            if let p = profile {
                report(.warning("the header is \(p.title): read with profile `\(p.name)` (say --profile none to read it by column names alone)", at: headerAt))
            }
        case "none":
            profile = nil
        case let name?:
            guard let p = CSVProfiles.named(name) else {
                done = true
                throw Diagnostic.usage("--profile: `\(name)` is not one of \(CSVSettings.profile.values.joined(separator: ", "))", field: CSVSettings.profile.key)
            }
            profile = p
        }
        if let p = profile, !separatorGiven { codec = CellCodec(separator: p.separator) }
        plan = CSVHeaderPlan(header: header, profile: profile)
        declaredExtraKeys = plan.extraKeys
        for (message, i) in plan.notes {
            report(.warning(message, at: SourceLocation(file: input.name, line: row.cellLines[i], column: row.cellColumns[i])))
        }
        if plan.mapped == 0 {
            done = true
            throw Diagnostic.error(
                "no column of the header (\(header.prefix(8).map { "`\($0)`" }.joined(separator: ", "))\(header.count > 8 ? ", …" : "")) maps to a Crosswalk field; name the columns as Docs/formats/csv.md says, or choose a --profile",
                at: headerAt)
        }
        if plan.titleColumn == nil {
            done = true
            throw Diagnostic.error("the header has no `title` column (nor `Title`, `dc:title` or a profile's title)", at: headerAt)
        }
        if plan.idColumn == nil {
            let from = plan.idFallbackColumn.map { "the first value of column `\(header[$0])`, else " } ?? ""
            report(.warning("the header has no `id` column; each record's id is \(from)its row number (`row-2` for the first row under the header)",
                            at: headerAt, field: "id"))
        }
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
        rowNumber += 1
        let rowStart = SourceLocation(file: input.name, line: row.line, column: 1)
        guard row.cells.count == header.count else {
            throw Diagnostic.error("this row has \(row.cells.count) cells but the header has \(header.count)",
                                   at: rowStart, recoverable: true)
        }
        var id = plan.idColumn.map { row.cells[$0] } ?? ""
        if id.isEmpty, let f = plan.idFallbackColumn, let first = codec.split(row.cells[f]).first, !first.isEmpty { id = first }
        if id.isEmpty {
            id = "row-\(rowNumber)"
            if plan.idColumn != nil {
                report(.warning("the `\(header[plan.idColumn!])` cell is empty; the record is given the id `\(id)`",
                                at: SourceLocation(file: input.name, line: row.line, column: row.cellColumns[plan.idColumn!]), record: id, field: "id"))
            }
        }
        var r = Record(id: id, title: "")
        var start: (text: String, column: Int)?
        var end: (text: String, column: Int)?
        for i in 0..<header.count {
            let text = row.cells[i]
            // An empty cell sets nothing: every field starts empty.
            if text.isEmpty { continue }
            switch plan.roles[i] {
            case .canonical(let column):
                if column.name == "id" { continue }
                // `date` and `type` are read leniently: never refused (see `readDate`, `readType`).
                if column.kind == .date && column.name == "date" { readDate(text, into: &r, column: i); continue }
                if column.kind == .controlled { readType(text, into: &r, column: i); continue }
                do {
                    try column.set(&r, text, codec)
                } catch {
                    throw Diagnostic.error("field `\(header[i])`: \(error.message)", at: cellLocation(i),
                                           record: id, field: header[i], recoverable: true)
                }
            case .identifier:
                for v in codec.split(text) where !v.isEmpty { r.identifiers.append(CSVIdentifiers.classify(v)) }
            case .dateStart:
                start = (text, i)
            case .dateEnd:
                end = (text, i)
            case .extra(let key):
                r.extra[key, default: []] += codec.split(text)
            }
        }
        if start != nil || end != nil { readRange(start: start, end: end, into: &r) }
        if r.identifiers.count > 1 {
            // CSV writes identifiers grouped by scheme.
            let order = IdentifierScheme.allCases
            r.identifiers = r.identifiers.enumerated().sorted {
                (order.firstIndex(of: $0.element.scheme)!, $0.offset) < (order.firstIndex(of: $1.element.scheme)!, $1.offset)
            }.map(\.element)
        }
        if let problem = r.problemError(at: { field in
            SourceLocation(file: input.name, line: row.line, column: header.firstIndex(of: field).map { row.cellColumns[$0] } ?? 1)
        }) { throw problem }
        return r
    }

    private func cellLocation(_ i: Int) -> SourceLocation {
        SourceLocation(file: input.name, line: row.cellLines[i], column: row.cellColumns[i])
    }

    /// A date cell: EDTF as it is; a spreadsheet date read as EDTF, with a warning naming the
    /// reading; anything else kept as text in `extra["dc:date"]`, with a warning. Never refused.
    private func readDate(_ text: String, into r: inout Record, column i: Int) {
        switch SpreadsheetDates.read(text) {
        case .edtf(let d):
            if r.date == nil { r.date = d } else { r.extra["dc:date", default: []].append(text) }
        case .read(let d):
            if r.date == nil {
                r.date = d
                report(.warning("field `\(header[i])`: \"\(text)\" is read as the EDTF date `\(d)`", at: cellLocation(i), record: r.id, field: "date"))
            } else {
                r.extra["dc:date", default: []].append(text)
            }
        case .undated:
            r.extra["dc:date", default: []].append(text)
            report(.warning("field `\(header[i])`: \"\(text)\" means undated: no date; the text is kept in `extra[\"dc:date\"]`",
                            at: cellLocation(i), record: r.id, field: "date"))
        case .unreadable:
            r.extra["dc:date", default: []].append(text)
            report(.warning("field `\(header[i])`: \"\(text)\" is not a date Crosswalk can read; kept as text in `extra[\"dc:date\"]`",
                            at: cellLocation(i), record: r.id, field: "date"))
        }
    }

    /// A start and an end column: an EDTF interval (or one date, when only one is given or both are the same).
    private func readRange(start: (text: String, column: Int)?, end: (text: String, column: Int)?, into r: inout Record) {
        if start == nil || end == nil, let only = start ?? end {
            // One of the two: a date cell like any other (a display date in a date column comes second).
            if let main = r.date { r.date = nil; readDate(only.text, into: &r, column: only.column); keep(main, into: &r); return }
            readDate(only.text, into: &r, column: only.column)
            return
        }
        func one(_ cell: (text: String, column: Int)) -> EDTFDate? {
            switch SpreadsheetDates.read(cell.text) {
            case .edtf(let d): return d
            case .read(let d):
                report(.warning("field `\(header[cell.column])`: \"\(cell.text)\" is read as the EDTF date `\(d)`",
                                at: cellLocation(cell.column), record: r.id, field: "date"))
                return d
            case .undated, .unreadable: return nil
            }
        }
        let s = start.flatMap(one), e = end.flatMap(one)
        var combined: EDTFDate?
        switch (s, e) {
        case let (s?, e?): combined = s == e ? s : try? EDTFDate(parsing: "\(s)/\(e)")
        case let (s?, nil) where end == nil: combined = s
        case let (nil, e?) where start == nil: combined = e
        default: combined = nil
        }
        let text = [start?.text, end?.text].compactMap { $0 }.joined(separator: " – ")
        guard let combined else {
            r.extra["dc:date", default: []].append(text)
            report(.warning("fields `\(header[start!.column])`, `\(header[end!.column])`: \"\(text)\" is not a date range Crosswalk can read; kept as text in `extra[\"dc:date\"]`",
                            at: cellLocation((start ?? end)!.column), record: r.id, field: "date"))
            return
        }
        if let main = r.date, main != combined { r.extra["dc:date", default: []].append(main.description) }
        r.date = combined
    }

    /// The sheet has a date column too (AtoM's display date): the range is the date; the other is kept.
    private func keep(_ main: EDTFDate, into r: inout Record) {
        if let d = r.date, d == main { return }
        if r.date == nil { r.date = main; return }
        r.extra["dc:date", default: []].append(main.description)
    }

    /// A type cell: a Crosswalk type or a DCMI Type term, in any case; anything else is the genre, with a warning.
    private func readType(_ text: String, into r: inout Record, column i: Int) {
        if let t = RecordType(rawValue: text), r.type == nil { r.type = t; return }
        for value in codec.split(text) {
            let lower = value.trimmingCharacters.lowercased()
            if let t = CSVTypes.recordTypeByLowercase[lower] {
                if r.type == nil { r.type = t; continue }
            } else if let term = CSVTypes.dcmiByLowercase[lower] {
                let t = CSVTypes.recordType(forDCMI: term)
                if r.type == nil {
                    r.type = t
                    // A term the model has no type for stays as the genre, so nothing is lost.
                    if t == .other, r.genre == nil { r.genre = term }
                    continue
                }
                if t == r.type || (r.type.map { CSVTypes.recordType(forDCMI: term) == .document && $0 != .other } ?? false) { continue }
            }
            if r.genre == nil {
                r.genre = value
                report(.warning("field `\(header[i])`: \"\(value)\" is not a Crosswalk or DCMI type; kept as the genre",
                                at: cellLocation(i), record: r.id, field: "type"))
            } else {
                r.extra["dc:type", default: []].append(value)
                report(.warning("field `\(header[i])`: \"\(value)\" is not a Crosswalk or DCMI type; kept in `extra[\"dc:type\"]`",
                                at: cellLocation(i), record: r.id, field: "type"))
            }
        }
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
        summary: "CSV (RFC 4180): reads any spreadsheet header (--profile); writes canonical column names",
        sniff: { bytes in
            let b = bytes.dropFirst(Sniffing.byteOrderMarkLength(bytes))
            let firstLine = b.prefix { $0 != 0x0A && $0 != 0x0D }
            let cells = firstLine.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: "\"") }
            if cells.contains("id") && cells.contains("title") { return .likely }
            // A spreadsheet whose header names a title (`Title`, `dc:title`) or is a profile's layout.
            if cells.contains(where: { CSVHeaderNames.target(for: $0) == .column("title") }) || CSVProfiles.detect(header: cells) != nil {
                return .likely
            }
            return cells.count > 1 ? .maybe : .no
        },
        makeReader: { input, context in CSVRecordReader(input: input, context: context) },
        makeWriter: { output, context in CSVRecordWriter(output: output, context: context) },
        settings: CSVSettings.all
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
