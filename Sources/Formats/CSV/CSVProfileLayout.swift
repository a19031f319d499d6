import CrosswalkModel

/// How the CSV writer fills a profile's layout (`--to csv --profile NAME`): every column of the
/// profile's table, in its order, each from what the reader would read into it; then, under their
/// canonical names, the fields the layout has no column for; then every other `extra` key under its
/// own name. Reading the result back with the same profile gives the same record.
struct CSVProfileLayout {
    let profile: CSVProfile
    /// The canonical columns the profile's table feeds.
    let covered: Set<String>
    let hasIdentifier: Bool
    let hasRange: Bool
    /// The `extra` keys the profile's table feeds.
    let extraTargets: Set<String>
    /// The profile's header names, normalised: no other column may take one of them.
    let reserved: Set<String>
    /// The canonical columns the table does not feed, as (column number, column).
    let leftovers: [CSVColumn]

    init(_ profile: CSVProfile) {
        self.profile = profile
        var covered = Set<String>(), extras = Set<String>()
        var hasIdentifier = false, hasRange = false
        for (_, t) in profile.columns {
            switch t {
            case .column(let c): covered.insert(c)
            case .identifier: hasIdentifier = true
            case .dateStart, .dateEnd: hasRange = true
            case .extra(let k): extras.insert(k)
            case .ignore: break
            }
        }
        self.covered = covered
        self.hasIdentifier = hasIdentifier
        self.hasRange = hasRange
        self.extraTargets = extras
        self.reserved = Set(profile.columns.map { CSVHeaderNames.normalized($0.header) })
        leftovers = CSVMapping.columns.filter { !covered.contains($0.name) }
    }

    /// Whether an identifier is written in the profile's identifier column: when reading it back
    /// there (its scheme told by its form) gives it again.
    private func byForm(_ i: Identifier) -> Bool { CSVIdentifiers.classify(i.value) == i }

    /// The cells of a record, as (column name, cell text); empty cells may be left out.
    /// `dropped` is told about what the layout cannot hold.
    func cells(_ r: Record, _ codec: CellCodec, dropped: (String, String) -> Void, _ emit: (String, String) -> Void) {
        for (header, target) in profile.columns {
            switch target {
            case .column(let c):
                emit(header, CSVMapping.columns[CSVMapping.columnIndex[c]!].get(r, codec))
            case .identifier:
                emit(header, codec.join(r.identifiers.filter(byForm).map(\.value)))
            case .dateStart, .dateEnd:
                guard let d = r.date else { continue }
                // A closed interval's ends, or a single date as both; an open interval only in the date column.
                let start: String?, end: String?
                if d.isInterval {
                    guard let s = d.start, let e = d.end else { continue }
                    start = s.description; end = e.description
                } else {
                    start = d.description; end = d.description
                }
                emit(header, (target == .dateStart ? start : end) ?? "")
            case .extra(let k):
                if let values = r.extra[k] { emit(header, codec.join(values)) }
            case .ignore:
                continue
            }
        }
        for column in leftovers {
            let text: String
            if hasIdentifier, column.field.hasPrefix("identifiers ") {
                let scheme = column.name
                text = codec.join(r.identifiers.filter { $0.scheme.rawValue == scheme && !byForm($0) }.map(\.value))
            } else {
                text = column.get(r, codec)
            }
            if text.isEmpty { continue }
            if reserved.contains(CSVHeaderNames.normalized(column.name)) {
                dropped(column.name, "the \(profile.name) layout uses the column `\(column.name)` for something else")
                continue
            }
            emit(column.name, text)
        }
        for k in r.extra.keys.sorted() where !extraTargets.contains(k) {
            if CSVMapping.columnIndex[k] != nil {
                dropped("extra.\(k)", "its name is a canonical CSV column")
            } else if reserved.contains(CSVHeaderNames.normalized(k)) {
                dropped("extra.\(k)", "the \(profile.name) layout has a column of that name for something else")
            } else {
                emit(k, codec.join(r.extra[k]!))
            }
        }
    }

    /// Whether a declared `extra` key of the input is a column of its own in this layout.
    func isOwnColumn(_ key: String) -> Bool {
        !extraTargets.contains(key) && CSVMapping.columnIndex[key] == nil && !reserved.contains(CSVHeaderNames.normalized(key))
    }
}
