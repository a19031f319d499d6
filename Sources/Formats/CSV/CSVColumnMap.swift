import CrosswalkModel

/// A column map: which source column feeds which target, as `--map 'Item_number=id,Title=title'`
/// (the `csv.map` setting) and `--map-file map.csv` (the `csv.mapFile` setting: a two-column CSV,
/// source column then target, with an optional `source,target` header row) give it. The map wins
/// over a profile, which wins over the column names.
public struct CSVColumnMap: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The source column's name, as the map writes it.
        public var source: String
        public var target: CSVTarget
        /// Where the entry was written, for messages: `--map`, or `map.csv:3`.
        public var origin: String
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Parses `--map` text: entries separated by commas, each `SOURCE=TARGET` (split at the last `=`).
    /// A comma or `=` inside a column name is written `\,` or `\=`.
    public static func parse(_ text: String, origin: String = "--map") throws(Diagnostic) -> CSVColumnMap {
        var map = CSVColumnMap()
        for item in splitUnescaped(text, at: ",") {
            let entry = item.trimmingSpaces
            if entry.isEmpty { continue }
            let parts = splitUnescaped(entry, at: "=")
            guard parts.count >= 2 else {
                throw Diagnostic.usage("\(origin): `\(entry)` is not SOURCE=TARGET", field: CSVSettings.map.key)
            }
            let source = unescape(parts.dropLast().joined(separator: "=")).trimmingSpaces
            let targetName = unescape(parts.last!).trimmingSpaces
            try map.add(source: source, targetName: targetName, origin: origin)
        }
        return map
    }

    /// Reads a map file: a two-column CSV (source column, target).
    public static func load(path: String) throws(Diagnostic) -> CSVColumnMap {
        let input = try ByteInput(path: path)
        var tokenizer = CSVTokenizer(input: input)
        var row = CSVRow()
        var map = CSVColumnMap()
        var first = true
        while try tokenizer.nextRow(into: &row) {
            let origin = "--map-file \(path):\(row.line)"
            let cells = row.cells.map(\.trimmingSpaces)
            defer { first = false }
            if first, cells.count == 2,
               ["source", "sourcecolumn", "column", "from"].contains(CSVHeaderNames.normalized(cells[0])),
               ["target", "to", "field", "goesto"].contains(CSVHeaderNames.normalized(cells[1])) {
                continue
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            guard cells.count == 2 else {
                throw Diagnostic.usage("\(origin): a map row has two cells, the source column and the target (this one has \(cells.count))",
                                       field: CSVSettings.mapFile.key)
            }
            try map.add(source: cells[0], targetName: cells[1], origin: origin)
        }
        return map
    }

    /// The map the settings give: `csv.mapFile`'s entries, then `csv.map`'s (which win), or nil when neither is set.
    public static func from(settings: [String: String]) throws(Diagnostic) -> CSVColumnMap? {
        let file = settings[CSVSettings.mapFile.key].flatMap { $0.isEmpty ? nil : $0 }
        let text = settings[CSVSettings.map.key]
        if file == nil && text == nil { return nil }
        var map = CSVColumnMap()
        if let file { map.entries += try load(path: file).entries }
        if let text { map.entries += try parse(text).entries }
        return map
    }

    private mutating func add(source: String, targetName: String, origin: String) throws(Diagnostic) {
        guard !source.isEmpty else {
            throw Diagnostic.usage("\(origin): an entry names no source column", field: CSVSettings.map.key)
        }
        guard let target = CSVTarget(mapName: targetName) else {
            throw Diagnostic.usage(
                "\(origin): `\(targetName)` (for column `\(source)`) is not a target; targets are the CSV column names "
                    + "(\(CSVMapping.columns.map(\.name).joined(separator: ", "))), identifier, date.start, date.end, extra.NAME, and - or ignore",
                field: CSVSettings.map.key)
        }
        entries.append(Entry(source: source, target: target, origin: origin))
    }

    /// The targets by column number for a header. A source column the header does not have is a
    /// usage error that names it; so are two sources for one field. A source is matched as written,
    /// else ignoring case, spaces, `_`, `-` and `.` when that names one column. A later entry for the
    /// same column wins.
    public func resolve(header: [String]) throws(Diagnostic) -> [Int: CSVTarget] {
        var exact: [String: Int] = [:]
        var loose: [String: [Int]] = [:]
        for (i, h) in header.enumerated() {
            if exact[h] == nil { exact[h] = i }
            loose[CSVHeaderNames.normalized(h), default: []].append(i)
        }
        var out: [Int: CSVTarget] = [:]
        var origins: [Int: String] = [:]
        for e in entries {
            let i: Int
            if let j = exact[e.source] {
                i = j
            } else if let js = loose[CSVHeaderNames.normalized(e.source)], js.count == 1 {
                i = js[0]
            } else {
                let shown = header.prefix(12).map { "`\($0)`" }.joined(separator: ", ") + (header.count > 12 ? ", …" : "")
                throw Diagnostic.usage("\(e.origin): the header has no column `\(e.source)` (it has \(shown))", field: CSVSettings.map.key)
            }
            out[i] = e.target
            origins[i] = e.origin
        }
        var fed: [CSVTarget: Int] = [:]
        for (i, t) in out.sorted(by: { $0.key < $1.key }) where t.isExclusive {
            if let j = fed[t] {
                throw Diagnostic.usage("\(origins[i]!): columns `\(header[j])` and `\(header[i])` are both mapped to `\(t.mapName)`; "
                                       + "one column feeds a field (map the other to extra.NAME or -)", field: CSVSettings.map.key)
            }
            fed[t] = i
        }
        return out
    }

    /// A `--map` line for these entries, quoted for a POSIX shell.
    public static func commandLine(_ pairs: [(source: String, target: CSVTarget)]) -> String {
        let text = pairs.map { escape($0.source) + "=" + $0.target.mapName }.joined(separator: ",")
        return "--map '" + text.replacingAll("'", with: "'\\''") + "'"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "," || c == "=" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private static func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if escaped { out.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            out.append(c)
        }
        if escaped { out.append("\\") }
        return out
    }

    /// Splits at each `separator` not preceded by a backslash, keeping the escapes.
    private static func splitUnescaped(_ s: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for c in s {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { current.append(c); escaped = true; continue }
            if c == separator { parts.append(current); current = ""; continue }
            current.append(c)
        }
        parts.append(current)
        return parts
    }
}

extension String {
    fileprivate func replacingAll(_ a: Character, with b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}

/// How a header is read: the profile (chosen, detected, or none), the column map, and the plan.
struct CSVHeaderSetup {
    var profile: CSVProfile?
    /// Whether the profile was detected from the header (not chosen with `--profile`).
    var detected = false
    var plan: CSVHeaderPlan

    /// Reads the `csv.profile`, `csv.map` and `csv.mapFile` settings for a header.
    static func make(header: [String], settings: [String: String]) throws(Diagnostic) -> CSVHeaderSetup {
        var profile: CSVProfile?
        var detected = false
        switch settings[CSVSettings.profile.key]?.lowercased() {
        case nil, "auto":
            profile = CSVProfiles.detect(header: header)
            detected = profile != nil
        case "none":
            profile = nil
        case let name?:
            guard let p = CSVProfiles.named(name) else {
                throw Diagnostic.usage("--profile: `\(name)` is not one of \(CSVSettings.profile.values.joined(separator: ", "))", field: CSVSettings.profile.key)
            }
            profile = p
        }
        let map = try CSVColumnMap.from(settings: settings)?.resolve(header: header) ?? [:]
        return CSVHeaderSetup(profile: profile, detected: detected, plan: CSVHeaderPlan(header: header, profile: profile, map: map))
    }
}
