import CrosswalkModel

/// What `crosswalk inspect FILE.csv` prints: the header, how each column would be read (and why:
/// the column map, the profile, its name, or nothing, so `extra`), the profile, a few values of each
/// column, warnings, and a `--map` line to edit. Reads the whole file (to count rows and find empty
/// columns) but keeps only a few values per column.
public struct CSVInspection: Sendable {
    public struct Column: Sendable, Hashable {
        /// 1-based, as a spreadsheet counts.
        public var number: Int
        public var name: String
        public var target: CSVTarget
        public var source: CSVMappingSource
        /// The first few distinct non-empty cells.
        public var samples: [String] = []
        /// How many rows have a non-empty cell in this column.
        public var filled = 0
    }

    public var file: String
    public var header: [String]
    public var columns: [Column]
    /// The profile the header would be read with, if any.
    public var profile: String?
    public var profileDetected = false
    /// The multi-value separator the reader would use.
    public var separator: String
    /// Rows under the header.
    public var rows = 0
    public var warnings: [String] = []

    /// A `--map` option naming every column's target, for the user to edit.
    public var mapLine: String { CSVColumnMap.commandLine(columns.map { ($0.name, $0.target) }) }

    /// Inspects a CSV input with the reader's settings (`csv.profile`, `csv.map`, `csv.mapFile`, the separator).
    /// Throws when there is no header, or the settings are wrong (a usage error naming the map entry).
    public static func inspect(_ input: ByteInput, options: FormatOptions = FormatOptions(), samples: Int = 3) throws(Diagnostic) -> CSVInspection {
        var tokenizer = CSVTokenizer(input: input)
        var row = CSVRow()
        guard try tokenizer.nextRow(into: &row) else {
            throw Diagnostic.error("the input is empty; a CSV catalogue starts with a header row",
                                   at: SourceLocation(file: input.name, line: 1, column: 1))
        }
        let header = row.cells.map(\.trimmingCharacters)
        var warnings: [String] = []
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty { warnings.append("header cell \(i + 1) is empty: the reader refuses a header with an empty name") }
            if let first = seen[name] {
                warnings.append("the header names `\(name)` twice (cells \(first + 1) and \(i + 1)): the reader refuses it")
            } else {
                seen[name] = i
            }
        }
        let setup = try CSVHeaderSetup.make(header: header, settings: options.settings)
        let plan = setup.plan
        let separatorGiven = options.separator != FormatOptions().separator
        var result = CSVInspection(
            file: input.name, header: header,
            columns: header.indices.map { Column(number: $0 + 1, name: header[$0], target: plan.targets[$0], source: plan.sources[$0]) },
            profile: setup.profile?.name, profileDetected: setup.detected,
            separator: setup.profile.map { separatorGiven ? options.separator : $0.separator } ?? options.separator)

        // The header's own warnings, as the reader gives them.
        for (message, _) in plan.notes { warnings.append(message) }
        if setup.profile == nil {
            let names = Set(header)
            let partial = CSVProfiles.all.compactMap { p -> String? in
                let hits = p.signature.filter { names.contains($0) }
                return hits.isEmpty ? nil : "\(p.name) (\(hits.map { "`\($0)`" }.joined(separator: ", ")))"
            }
            if !partial.isEmpty, options.settings[CSVSettings.profile.key]?.lowercased() != "none" {
                warnings.append("the header has column names of \(partial.count == 1 ? "a layout" : "several layouts"): "
                                + partial.joined(separator: "; ") + "; no profile is detected, choose one with --profile NAME if it fits")
            }
        }
        if plan.mapped == 0 {
            warnings.append("no column maps to a Crosswalk field: the reader refuses the file; map the columns with --map")
        }
        if plan.titleColumn == nil {
            warnings.append("no column feeds `title`: the reader refuses the file; map one with --map 'COLUMN=title'")
        }
        if plan.idColumn == nil {
            let from = plan.idFallbackColumn.map { "the first value of column `\(header[$0])`, else " } ?? ""
            warnings.append("no column feeds `id`: each record's id would be \(from)its row number (`row-2` for the first row); map one with --map 'COLUMN=id'")
        }

        // The rows: a few values per column, filled counts, ragged rows.
        let codec = CellCodec(separator: result.separator)
        var ragged = 0, firstRagged = 0
        var sampleSets = [Set<String>](repeating: [], count: header.count)
        var ids: [String: Int] = [:]
        var duplicateIDs = 0, firstDuplicate = ""
        do throws(Diagnostic) {
            while try tokenizer.nextRow(into: &row) {
                result.rows += 1
                if row.cells.count != header.count {
                    if ragged == 0 { firstRagged = row.line }
                    ragged += 1
                    continue
                }
                for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
                    result.columns[i].filled += 1
                    if result.columns[i].samples.count < samples, sampleSets[i].insert(cell).inserted {
                        result.columns[i].samples.append(cell)
                    }
                }
                if let c = plan.idColumn, !row.cells[c].isEmpty {
                    if ids[row.cells[c]] != nil {
                        if duplicateIDs == 0 { firstDuplicate = row.cells[c] }
                        duplicateIDs += 1
                    } else {
                        ids[row.cells[c]] = row.line
                    }
                }
            }
        } catch {
            warnings.append("reading stopped at \(error.location.map(\.description) ?? input.name): \(error.message)")
        }
        if ragged > 0 {
            warnings.append("\(ragged) row\(ragged == 1 ? " has" : "s have") a different number of cells than the header (the first at line \(firstRagged)); the reader skips \(ragged == 1 ? "it" : "them")")
        }
        if duplicateIDs > 0 {
            warnings.append("\(duplicateIDs) row\(duplicateIDs == 1 ? " repeats an id" : "s repeat ids") of an earlier row (the first: `\(firstDuplicate)`)")
        }
        if result.rows > 0 {
            let empty = result.columns.filter { $0.filled == 0 && $0.target != .ignore }.map { "`\($0.name)`" }
            if !empty.isEmpty { warnings.append("empty in every row: \(empty.joined(separator: ", "))") }
        } else {
            warnings.append("the file has a header but no rows")
        }
        // Multi-valued cells that use another separator than the one the reader splits at.
        for c in result.columns where c.samples.contains(where: { codec.split($0).count > 1 }) == false {
            let others = ["|", ";", "^^"].filter { $0 != result.separator.trimmingSpaces }
            if case .column(let name) = c.target, let column = CSVMapping.columnIndex[name].map({ CSVMapping.columns[$0] }),
               column.kind == .list || column.kind == .names,
               let other = others.first(where: { sep in c.samples.count >= 2 && c.samples.filter { $0.contains(sep) }.count * 2 >= c.samples.count }) {
                warnings.append("column `\(c.name)` holds `\(other)` but values are split at `\(result.separator)`; if `\(other)` separates values, give --separator '\(other)'")
            }
        }
        result.warnings = warnings
        return result
    }

    /// The report as `crosswalk inspect` prints it.
    public var text: String {
        var lines: [String] = []
        lines.append("file: \(file)")
        lines.append("rows: \(rows) under the header; \(header.count) column\(header.count == 1 ? "" : "s")")
        if let profile {
            lines.append("profile: \(profile) (\(profileDetected ? "detected from the header" : "chosen"))")
        } else {
            lines.append("profile: none (columns are read by their names)")
        }
        lines.append("multi-value separator: `\(separator)`")
        lines.append("")
        let rowsShown = columns.map { c -> [String] in
            [String(c.number), c.name, c.target.mapName, c.source.rawValue, c.samples.map(Self.shown).joined(separator: " ‖ ")]
        }
        let titles = ["#", "column", "goes to", "by", "values (the first few)"]
        var widths = titles.map(\.count)
        for r in rowsShown { for i in 0..<4 { widths[i] = max(widths[i], r[i].count) } }
        func line(_ cells: [String]) -> String {
            var s = ""
            for i in 0..<4 { s += cells[i] + String(repeating: " ", count: widths[i] - cells[i].count + 2) }
            return s + cells[4]
        }
        lines.append(line(titles))
        for r in rowsShown { lines.append(line(r)) }
        lines.append("")
        if warnings.isEmpty {
            lines.append("warnings: none")
        } else {
            lines.append("warnings:")
            for w in warnings { lines.append("  - " + w) }
        }
        lines.append("")
        lines.append("a column map to edit (targets: the CSV column names, identifier, date.start, date.end, extra.NAME, - to ignore):")
        lines.append("  " + mapLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value on one line, at most 40 characters.
    static func shown(_ v: String) -> String {
        var s = ""
        for c in v { s += c == "\n" || c == "\r\n" || c == "\r" ? "⏎" : String(c) }
        if s.count > 40 { s = String(s.prefix(39)) + "…" }
        return s
    }
}
