import CrosswalkModel

/// What to do with a second entry that has the same citation key (`bibtex.duplicateKeys`).
public enum BibTeXDuplicateKeys: String, Sendable, CaseIterable {
    /// Keep the first entry and warn about the later ones (the default).
    case first
    /// Keep the last entry (at the place of the last one) and warn about the earlier ones. The reader
    /// must then read the whole input before it yields a record, so memory grows with the input.
    case last
    /// Report each later entry as an error and skip it.
    case error
}

/// Reads BibTeX and biblatex: one record per entry.
public final class BibTeXRecordReader: RecordReader {
    private let parser: BibTeXParser
    private let input: ByteInput
    private let report: DiagnosticHandler
    private let policy: BibTeXDuplicateKeys
    /// Every key read, with its line and column packed in one integer: the one thing that grows with the input.
    private var seen = KeyTable()
    private var preamble: [String] = []
    private var done = false
    /// For the `last` policy: every record, read up front.
    private var buffered: [Record]?
    private var bufferedErrors: [Diagnostic] = []
    private var bufferIndex = 0

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) throws(Diagnostic) {
        self.input = input
        self.parser = BibTeXParser(input: input)
        self.report = context.report
        let p = context.options.settings["bibtex.duplicateKeys"] ?? "first"
        guard let policy = BibTeXDuplicateKeys(rawValue: p.lowercased()) else {
            throw Diagnostic.error("unknown duplicate-key policy `\(p)`; use first, last or error", field: "bibtex.duplicateKeys", kind: .usage)
        }
        self.policy = policy
    }

    public func next() throws(Diagnostic) -> Record? {
        if policy == .last { return try nextBuffered() }
        return try nextStreaming()
    }

    private func nextBuffered() throws(Diagnostic) -> Record? {
        if buffered == nil {
            var all: [Record] = []
            var locations: [String: (index: Int, location: SourceLocation)] = [:]
            var dropped = Set<Int>()
            while true {
                do {
                    guard let (r, location) = try readEntry() else { break }
                    if let earlier = locations[r.id] {
                        dropped.insert(earlier.index)
                        report(.warning("duplicate key `\(r.id)`: the entry at \(earlier.location) is replaced by this one (policy `last`)",
                                        at: location, record: r.id, field: "id", tally: .duplicateDropped))
                    }
                    locations[r.id] = (all.count, location)
                    all.append(r)
                } catch {
                    bufferedErrors.append(error)
                    if !error.isRecoverable { break }
                }
            }
            buffered = all.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
        if !bufferedErrors.isEmpty { throw bufferedErrors.removeFirst() }
        guard let b = buffered, bufferIndex < b.count else { return nil }
        bufferIndex += 1
        return b[bufferIndex - 1]
    }

    private func nextStreaming() throws(Diagnostic) -> Record? {
        while true {
            guard let (r, location) = try readEntry() else { return nil }
            if let packed = seen.value(for: r.id) {
                let first = SourceLocation(file: input.name, line: packed >> 24, column: packed & 0xFF_FFFF)
                switch policy {
                case .error:
                    throw Diagnostic.error("duplicate key `\(r.id)`: the first entry with this key is at \(first)",
                                           at: location, record: r.id, field: "id", recoverable: true)
                default:
                    report(.warning("duplicate key `\(r.id)`: this entry is skipped; the first one, at \(first), is kept (policy `first`)",
                                    at: location, record: r.id, field: "id", tally: .duplicateDropped))
                    continue
                }
            }
            seen.insert(r.id, value: location.line << 24 | min(location.column ?? 1, 0xFF_FFFF))
            return r
        }
    }

    /// The next record and where its key is.
    private func readEntry() throws(Diagnostic) -> (Record, SourceLocation)? {
        if done { return nil }
        while true {
            let item: BibTeXItem?
            do {
                item = try parser.next()
            } catch {
                if !error.isRecoverable { done = true }
                throw error
            }
            guard let item else {
                done = true
                if let io = input.ioError { throw io }
                if !preamble.isEmpty {
                    report(.warning("the @preamble at the end of the input has no entry after it to carry it; it was not kept",
                                    at: SourceLocation(file: input.name, line: input.line), field: "@preamble"))
                }
                return nil
            }
            switch item {
            case .preamble(let bytes, _):
                preamble.append(String(decoding: bytes, as: UTF8.self))
            case .entry(let entry):
                var r = try BibTeXReading.record(from: entry, report: report)
                if !preamble.isEmpty { r.extra["bibtex.preamble"] = preamble; preamble = [] }
                return (r, entry.keyLocation)
            }
        }
    }
}
