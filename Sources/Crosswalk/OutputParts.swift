/// Conversions in parts, for GNU parallel and Spark (`Docs/scale-out.md`): `--part records` writes
/// only the lines of the records, `--part head` and `--part tail` only the lines around them, as the
/// target's `DocumentFrame` says. A single run's output is head + records + tail, so parts converted
/// apart and joined in order give the same bytes.
enum OutputParts {
    /// The frame of a target, or a usage error saying why it cannot be written in parts.
    static func frame(of target: FormatDescriptor, options: FormatOptions,
                      registry: FormatRegistry) throws(Diagnostic) -> DocumentFrame {
        guard let frame = target.documentFrame else {
            let can = registry.formats.filter { $0.documentFrame != nil }.map(\.name).joined(separator: ", ")
            throw Diagnostic.usage("--part: \(target.name) cannot be written in parts (its records are not whole lines between a head and a tail); these can: \(can)", field: "part")
        }
        if !frame.requiresOneOf.isEmpty && !frame.requiresOneOf.contains(where: { options.settings[$0] != nil }) {
            let names = frame.requiresOneOf.map { "--set \($0)=…" }.joined(separator: " or ")
            throw Diagnostic.usage("--part: \(target.name) parts agree only when the layout does not depend on the records: give \(names) (for CSV, --columns)", field: "part")
        }
        return frame
    }

    /// The head or the tail of the target's documents: the lines around one record, written whole.
    static func frameLines(_ part: OutputPart, of target: FormatDescriptor, frame: DocumentFrame,
                           options: FormatOptions) throws(Diagnostic) -> [UInt8] {
        guard let makeWriter = target.makeWriter else { throw Diagnostic.usage("Crosswalk cannot write \(target.name)") }
        let memory = ByteOutput()
        let writer = try makeWriter(memory, WriterContext(options: options))
        try writer.write(Record(id: "x", title: "x"))
        try writer.finish()
        let lines = memory.data.split(separator: 0x0A, omittingEmptySubsequences: false)
        // The document ends with a newline: the last piece is empty.
        let whole = lines.last?.isEmpty == true ? lines.dropLast() : lines[...]
        let picked = part == .head ? whole.prefix(frame.headLines) : whole.suffix(frame.tailLines)
        var out: [UInt8] = []
        for line in picked { out += line; out.append(0x0A) }
        return out
    }
}

/// Passes a writer's output on without its first `headLines` lines and its last `tailLines` lines.
final class LineFrameFilter {
    private let frame: DocumentFrame
    private let sink: ByteOutput
    private var headLeft: Int
    /// The last lines seen, held back until it is clear they are not the tail.
    private var held: [[UInt8]] = []
    private var partial: [UInt8] = []

    init(frame: DocumentFrame, sink: ByteOutput) {
        self.frame = frame; self.sink = sink; self.headLeft = frame.headLines
    }

    /// Moves what `source` holds through the filter.
    func pass(_ source: ByteOutput) throws(Diagnostic) {
        let bytes = source.takeData()
        var start = 0
        while let nl = bytes[start...].firstIndex(of: 0x0A) {
            var line = partial
            partial = []
            line += bytes[start...nl]
            start = nl + 1
            if headLeft > 0 { headLeft -= 1; continue }
            held.append(line)
            if held.count > frame.tailLines { sink.write(held.removeFirst()) }
        }
        partial += bytes[start...]
        try sink.flushIfNeeded()
    }

    /// The end: the held-back lines are the tail, and are dropped.
    func finish() throws(Diagnostic) {
        try sink.flush()
    }
}
