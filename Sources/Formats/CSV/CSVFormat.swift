#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
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
    private let settings: [String: String]
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
        self.settings = context.options.settings
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
        let setup: CSVHeaderSetup
        do { setup = try CSVHeaderSetup.make(header: header, settings: settings) } catch {
            done = true
            throw error
        }
        profile = setup.profile
        if setup.detected, let p = profile {
            report(.warning("the header is \(p.title): read with profile `\(p.name)` (say --profile none to read it by column names alone)", at: headerAt))
        }
        if let p = profile, !separatorGiven { codec = CellCodec(separator: p.separator) }
        plan = setup.plan
        declaredExtraKeys = plan.extraKeys
        for (message, i) in plan.notes {
            report(.warning(message, at: SourceLocation(file: input.name, line: row.cellLines[i], column: row.cellColumns[i])))
        }
        if plan.mapped == 0 {
            done = true
            throw Diagnostic.error(
                "no column of the header (\(header.prefix(8).map { "`\($0)`" }.joined(separator: ", "))\(header.count > 8 ? ", …" : "")) maps to a Crosswalk field; name the columns as Docs/formats/csv.md says, choose a --profile, or map them with --map (`crosswalk inspect` prints a map to edit)",
                at: headerAt)
        }
        if plan.titleColumn == nil {
            done = true
            throw Diagnostic.error("the header has no `title` column (nor `Title`, `dc:title` or a profile's title); map one with --map 'COLUMN=title'", at: headerAt)
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
            case .ignore:
                continue
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
            } else if let term = CSVTypes.dcmiByLowercase[lower] ?? CSVTypes.dcmiByLowercase[lower.filter { $0 != " " }] {
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

/// Writes CSV: the canonical header, then a column for every `extra` key the records hold (the keys
/// the input declared first, then the others in alphabetical order), or the columns `--columns` names.
///
/// The header is the union of what the records hold, so it can only be written when every record has
/// been seen. The rows wait, encoded: in memory up to a bound (8 MiB or 10,000 records), then in a
/// temporary file (mkstemp in the system temporary folder, unlinked at once, read back at `finish()`).
/// At `finish()` the header is written, then every row, padded to the header.
public final class CSVRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let context: WriterContext
    private let codec: CellCodec
    /// The separator in use: `--separator`, else the profile's, else the default.
    private let separatorText: String
    /// The profile whose layout is written (`csv.profile` naming one), or nil for the canonical columns.
    private let layout: CSVProfileLayout?
    /// The columns `--columns` names, in its order, or nil for every column.
    private let picked: [String]?
    /// The `extra` keys the records hold, in the order they first appear (`extraIndex[k]` is the number of key `k`).
    private var extraKeys: [String] = []
    private var extraIndex: [String: Int] = [:]
    /// Encoded rows, each `[u32 length][u32 length of the canonical part][the canonical cells as a CSV
    /// line][the extra cells]`, each extra cell `[u32 extra key number][u32 length][CSV-encoded bytes]`;
    /// empty extra cells are not stored.
    private var pending: [UInt8] = []
    private var pendingRows = 0
    private let maxPendingBytes: Int
    private let maxPendingRows: Int
    private var spool: UnsafeMutablePointer<FILE>?
    /// Whether rows were written to the temporary file (for tests).
    private(set) var spooled = false
    private var checkedSeparator = false
    private var finished = false
    /// When `--columns` names only canonical columns and keys the reader declared, the header is
    /// known from the start and rows are written as they come: these are the columns' numbers.
    private var direct: [Int]?
    private var directHeaderWritten = false
    private var line: [UInt8] = []

    public convenience init(output: ByteOutput, context: WriterContext = WriterContext()) {
        self.init(output: output, context: context, maxPendingBytes: 8 << 20, maxPendingRows: 10_000)
    }

    /// A writer that keeps at most `maxPendingBytes` of encoded rows, or `maxPendingRows` rows, in memory.
    init(output: ByteOutput, context: WriterContext, maxPendingBytes: Int, maxPendingRows: Int) {
        self.output = output
        self.context = context
        let profile = context.options.settings[CSVSettings.profile.key].flatMap { CSVProfiles.named($0) }
        let separatorGiven = context.options.separator != FormatOptions().separator
        self.separatorText = profile.map { separatorGiven ? context.options.separator : $0.separator } ?? context.options.separator
        self.codec = CellCodec(separator: separatorText)
        self.layout = profile.map(CSVProfileLayout.init)
        self.maxPendingBytes = maxPendingBytes
        self.maxPendingRows = max(1, maxPendingRows)
        self.picked = context.options.settings[CSVSettings.columns.key].map { value in
            value.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        }
        // A profile's columns come first, numbered in its order.
        if let profile { for (h, _) in profile.columns { _ = extraColumn(h) } }
    }

    deinit {
        if let spool { fclose(spool) }
    }

    public func write(_ r: Record) throws(Diagnostic) {
        if !checkedSeparator {
            if let problem = CellCodec.problem(with: separatorText) {
                throw Diagnostic.error(problem, field: "separator", kind: .usage)
            }
            checkedSeparator = true
            if layout == nil, let picked, Set(picked).count == picked.count, !picked.contains("") {
                let declared = Set(context.extraKeys.filter { CSVMapping.columnIndex[$0] == nil })
                if picked.allSatisfy({ CSVMapping.columnIndex[$0] != nil || declared.contains($0) }) {
                    direct = picked.map { CSVMapping.columnIndex[$0] ?? CSVMapping.columns.count + extraColumn($0) }
                }
            }
        }
        // CSV groups agents by role and identifiers by scheme: say so when that changes their order.
        if !isGrouped(r.agents.map(\.role), order: AgentRole.allCases) {
            context.report(.warning("field `agents` reordered: CSV groups agents by role", record: r.id, field: "agents"))
        }
        if layout == nil, !isGrouped(r.dates.map(\.kind), order: DateKind.allCases) {
            context.report(.warning("field `dates` reordered: CSV groups dates by kind", record: r.id, field: "dates"))
        }
        if layout == nil, !isGrouped(r.identifiers.map(\.scheme), order: IdentifierScheme.allCases) {
            context.report(.warning("field `identifiers` reordered: CSV groups identifiers by scheme", record: r.id, field: "identifiers"))
        }
        if let direct {
            try writeDirect(r, columns: direct)
            return
        }
        if let layout {
            try writeLayoutRow(r, layout)
            return
        }
        // Past the bound, the rows kept so far go to the temporary file (checked before a row, not
        // after, so that a catalogue of exactly the bound never needs the file).
        if pending.count >= maxPendingBytes || pendingRows >= maxPendingRows { try spill() }
        // The whole bound at once: growing by doubling would copy, and touch twice the memory.
        if pending.capacity == 0 { pending.reserveCapacity(min(maxPendingBytes, 8 << 20) + (64 << 10)) }
        let rowStart = pending.count
        appendUInt32(0)
        appendUInt32(0)
        for (i, c) in CSVMapping.columns.enumerated() {
            if i > 0 { pending.append(UInt8(ascii: ",")) }
            CSVRowWriter.append(cell: c.get(r, codec), to: &pending)
        }
        setUInt32(pending.count - rowStart - 8, at: rowStart + 4)
        if !r.extra.isEmpty {
            for k in r.extra.keys.sorted() {
                if CSVMapping.columnIndex[k] != nil {
                    context.report(.dropped("extra.\(k)", record: r.id, reason: "its name is a canonical CSV column"))
                    continue
                }
                let text = codec.join(r.extra[k]!)
                let column = extraColumn(k)
                if !text.isEmpty { appendCell(column: column, text) }
            }
        }
        setUInt32(pending.count - rowStart - 4, at: rowStart)
        pendingRows += 1
    }

    /// A row of a profile's layout: no canonical part, every cell by its column's number.
    private func writeLayoutRow(_ r: Record, _ layout: CSVProfileLayout) throws(Diagnostic) {
        if pending.count >= maxPendingBytes || pendingRows >= maxPendingRows { try spill() }
        if pending.capacity == 0 { pending.reserveCapacity(min(maxPendingBytes, 8 << 20) + (64 << 10)) }
        let rowStart = pending.count
        appendUInt32(0)
        appendUInt32(0)
        layout.cells(r, codec, dropped: { field, reason in
            context.report(.dropped(field, record: r.id, reason: reason))
        }) { name, text in
            if !text.isEmpty { appendCell(column: extraColumn(name), text) }
        }
        setUInt32(pending.count - rowStart - 4, at: rowStart)
        pendingRows += 1
    }

    private func writeDirectHeader() {
        directHeaderWritten = true
        CSVRowWriter.append(row: picked!, to: &line)
        output.write(line)
        line.removeAll(keepingCapacity: true)
    }

    private func writeDirect(_ r: Record, columns: [Int]) throws(Diagnostic) {
        if !directHeaderWritten { writeDirectHeader() }
        for k in r.extra.keys.sorted() where CSVMapping.columnIndex[k] != nil {
            context.report(.dropped("extra.\(k)", record: r.id, reason: "its name is a canonical CSV column"))
        }
        let canonical = CSVMapping.columns.count
        for (p, n) in columns.enumerated() {
            if p > 0 { line.append(UInt8(ascii: ",")) }
            let text = n < canonical ? CSVMapping.columns[n].get(r, codec) : codec.join(r.extra[extraKeys[n - canonical]] ?? [])
            CSVRowWriter.append(cell: text, to: &line)
        }
        line.append(0x0D)
        line.append(0x0A)
        output.write(line)
        line.removeAll(keepingCapacity: true)
        try output.flushIfNeeded()
    }

    private func extraColumn(_ key: String) -> Int {
        if let i = extraIndex[key] { return i }
        extraIndex[key] = extraKeys.count
        extraKeys.append(key)
        return extraKeys.count - 1
    }

    private func appendUInt32(_ v: Int) {
        let u = UInt32(truncatingIfNeeded: v)
        pending.append(UInt8(truncatingIfNeeded: u)); pending.append(UInt8(truncatingIfNeeded: u >> 8))
        pending.append(UInt8(truncatingIfNeeded: u >> 16)); pending.append(UInt8(truncatingIfNeeded: u >> 24))
    }

    private func setUInt32(_ v: Int, at i: Int) {
        let u = UInt32(truncatingIfNeeded: v)
        pending[i] = UInt8(truncatingIfNeeded: u); pending[i + 1] = UInt8(truncatingIfNeeded: u >> 8)
        pending[i + 2] = UInt8(truncatingIfNeeded: u >> 16); pending[i + 3] = UInt8(truncatingIfNeeded: u >> 24)
    }

    private func appendCell(column: Int, _ text: String) {
        appendUInt32(column)
        let lengthAt = pending.count
        appendUInt32(0)
        CSVRowWriter.append(cell: text, to: &pending)
        setUInt32(pending.count - lengthAt - 4, at: lengthAt)
    }

    /// Moves the rows kept in memory to the temporary file, creating it the first time.
    private func spill() throws(Diagnostic) {
        if spool == nil {
            var dir = ProcessTemporaryFolder.path
            while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
            var template = Array((dir + "/crosswalk-csv-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else {
                throw Diagnostic.error("cannot create a temporary file in \(dir) for the CSV rows: \(String(cString: strerror(errno)))", kind: .output)
            }
            // Unlinked at once: the file goes away with the process, however it ends.
            _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            guard let f = fdopen(fd, "w+") else {
                close(fd)
                throw Diagnostic.error("cannot open the temporary file for the CSV rows: \(String(cString: strerror(errno)))", kind: .output)
            }
            spool = f
            spooled = true
        }
        let written = pending.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, spool) }
        guard written == pending.count else {
            throw Diagnostic.error("cannot write the temporary file for the CSV rows: \(String(cString: strerror(errno)))", kind: .output)
        }
        pending.removeAll(keepingCapacity: true)
        pendingRows = 0
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

    /// The columns of the header, as column numbers (see `extraIndex`), and their names.
    private func headerColumns() throws(Diagnostic) -> (numbers: [Int], names: [String]) {
        let canonical = CSVMapping.columns.count
        var names: [String]
        var known: Set<String>
        if let layout {
            // The layout's columns, then the canonical fields it has no column for, then the declared
            // `extra` keys that are columns of their own, then the others in alphabetical order.
            names = layout.profile.columns.map(\.header)
            known = Set(names)
            for c in layout.leftovers where extraIndex[c.name] != nil && known.insert(c.name).inserted { names.append(c.name) }
            for k in context.extraKeys where layout.isOwnColumn(k) && known.insert(k).inserted { names.append(k) }
            names += extraKeys.filter { !known.contains($0) }.sorted()
            known.formUnion(names)
        } else {
            var extras: [String] = []
            var declared = Set<String>()
            for k in context.extraKeys where CSVMapping.columnIndex[k] == nil && declared.insert(k).inserted { extras.append(k) }
            extras += extraKeys.filter { !declared.contains($0) }.sorted()
            names = CSVMapping.columns.map(\.name) + extras
            known = Set(extras)
        }
        func number(_ name: String) -> Int {
            if layout == nil, let i = CSVMapping.columnIndex[name] { return i }
            return canonical + extraColumn(name)
        }
        guard let picked else { return (names.map(number), names) }
        func refuse(_ message: String) -> Diagnostic {
            .usage("--columns: \(message); the columns are \(names.joined(separator: ", "))", field: CSVSettings.columns.key)
        }
        var numbers: [Int] = []
        var seen: Set<String> = []
        for name in picked {
            if name.isEmpty { throw refuse("an empty column name") }
            guard seen.insert(name).inserted else { throw refuse("`\(name)` is named twice") }
            if (layout == nil && CSVMapping.columnIndex[name] != nil) || known.contains(name) {
                numbers.append(number(name))
            } else {
                throw refuse("`\(name)` is not a column")
            }
        }
        return (numbers, picked)
    }

    public func finish() throws(Diagnostic) {
        if finished { return }
        finished = true
        if direct != nil {
            if !directHeaderWritten { writeDirectHeader() }
            try output.flush()
            return
        }
        let (numbers, names) = try headerColumns()
        var header: [UInt8] = []
        CSVRowWriter.append(row: names, to: &header)
        output.write(header)
        // Where each stored column goes in the row, or -1.
        var position = [Int](repeating: -1, count: CSVMapping.columns.count + extraKeys.count)
        for (p, n) in numbers.enumerated() { position[n] = p }
        var emitter = RowEmitter(position: position, width: numbers.count)
        if let spool {
            try spill()
            rewind(spool)
            var row: [UInt8] = []
            var length: UInt32 = 0
            while fread(&length, 4, 1, spool) == 1 {
                let n = Int(UInt32(littleEndian: length))
                if row.count < n { row = [UInt8](repeating: 0, count: max(n, row.count * 2)) }
                let got = row.withUnsafeMutableBytes { fread($0.baseAddress, 1, n, spool) }
                guard got == n else {
                    throw Diagnostic.error("cannot read back the temporary file for the CSV rows", kind: .output)
                }
                row.withUnsafeBytes { emitter.emit(UnsafeRawBufferPointer(rebasing: $0[0..<n]), to: output) }
                try output.flushIfNeeded()
            }
            fclose(spool)
            self.spool = nil
        } else {
            var offset = 0
            while offset < pending.count {
                let n = pending.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) }
                pending.withUnsafeBytes { emitter.emit(UnsafeRawBufferPointer(rebasing: $0[(offset + 4)..<(offset + 4 + n)]), to: output) }
                offset += 4 + n
                try output.flushIfNeeded()
            }
            pending = []
        }
        try output.flush()
    }
}

/// Writes one stored row as a CSV line, each cell in its header position, empty where the row has none.
/// Column numbers: the canonical columns first, then the `extra` keys by their number.
private struct RowEmitter {
    let position: [Int]
    let width: Int
    let canonical = CSVMapping.columns.count
    /// Whether the header is every canonical column in order, then extras only: the canonical part
    /// of a row is then copied as it is.
    let canonicalFirst: Bool
    var starts: [Int]
    var lengths: [Int]

    init(position: [Int], width: Int) {
        self.position = position
        self.width = width
        canonicalFirst = width >= canonical && (0..<canonical).allSatisfy { position[$0] == $0 }
        starts = [Int](repeating: 0, count: width)
        lengths = [Int](repeating: 0, count: width)
    }

    private mutating func place(_ column: Int, start: Int, length: Int) {
        let p = column < position.count ? position[column] : -1
        if p >= 0 { starts[p] = start; lengths[p] = length }
    }

    mutating func emit(_ row: UnsafeRawBufferPointer, to output: ByteOutput) {
        let canonicalLength = Int(row.loadUnaligned(fromByteOffset: 0, as: UInt32.self).littleEndian)
        let first = canonicalFirst ? canonical : 0
        for p in first..<width { lengths[p] = 0 }
        if !canonicalFirst {
            // Find the canonical cells: split the line at the commas outside quotes.
            var column = 0, start = 4, i = 4
            let end = 4 + canonicalLength
            var quoted = false
            while i < end {
                let b = row[i]
                if b == UInt8(ascii: "\"") { quoted.toggle() } else if b == UInt8(ascii: ","), !quoted {
                    place(column, start: start, length: i - start)
                    column += 1
                    start = i + 1
                }
                i += 1
            }
            place(column, start: start, length: end - start)
        }
        var i = 4 + canonicalLength
        while i < row.count {
            let column = canonical + Int(row.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian)
            let n = Int(row.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian)
            place(column, start: i + 8, length: n)
            i += 8 + n
        }
        if canonicalFirst { output.write(UnsafeRawBufferPointer(rebasing: row[4..<(4 + canonicalLength)])) }
        for p in first..<width {
            if p > 0 { output.write(UInt8(ascii: ",")) }
            if lengths[p] > 0 { output.write(UnsafeRawBufferPointer(rebasing: row[starts[p]..<(starts[p] + lengths[p])])) }
        }
        output.write(0x0D)
        output.write(0x0A)
    }
}

/// The system temporary folder: `$TMPDIR`, else `/tmp`.
enum ProcessTemporaryFolder {
    static var path: String {
        if let t = getenv("TMPDIR"), t.pointee != 0 { return String(cString: t) }
        return "/tmp"
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
    ).framed(DocumentFrame(headLines: 1, tailLines: 0, requiresOneOf: ["csv.columns"]))
}

extension String {
    fileprivate func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
