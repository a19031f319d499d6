import CrosswalkCitations
import CrosswalkJSON
import CrosswalkModel

/// Reads a CSL-JSON array of items as records, one item at a time.
public final class CSLJSONRecordReader: RecordReader {
    private let items: CSLJSONItemReader
    private let decoder: CSLJSONItemDecoder
    private let report: DiagnosticHandler
    private let file: String

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) {
        self.items = CSLJSONItemReader(input: input)
        self.decoder = CSLJSONItemDecoder(file: input.name)
        self.report = context.report
        self.file = input.name
    }

    public func next() throws(Diagnostic) -> Record? {
        guard let node = try items.nextNode() else { return nil }
        let at = SourceLocation(file: file, line: node.line, column: node.column)
        if case .object(let members) = node.value, !members.contains(where: { $0.key == "id" }) {
            throw Diagnostic.error("the item has no `id`", at: at, field: "id", recoverable: true)
        }
        let item = try decoder.item(from: node, index: items.position)
        var custom: JSONNode?
        if case .object(let members) = node.value { custom = members.last(where: { $0.key == "custom" })?.value }
        let r = CSLJSONMapping.record(from: item, custom: custom, file: file, location: at, report: report)
        if let p = r.problems.first {
            let field = p.field == "title" ? "title" : p.field
            throw Diagnostic.error("field `\(field)`: \(p.message)", at: at, record: item.id, field: field, recoverable: true)
        }
        return r
    }
}

/// Writes records as a CSL-JSON array, two-space indented; the same records always give the same bytes.
public final class CSLJSONRecordWriter: RecordWriter {
    private let output: ByteOutput
    private let report: DiagnosticHandler
    private var frame = JSONArrayFrame()
    private var buffer: [UInt8] = []

    public init(output: ByteOutput, context: WriterContext = WriterContext()) {
        self.output = output
        self.report = context.report
    }

    public func write(_ record: Record) throws(Diagnostic) {
        let (item, custom) = CSLJSONMapping.itemAndCustom(from: record) { field, reason in
            report(.dropped(field, record: record.id, reason: reason))
        }
        CSLJSONItemEncoder.encode(item, into: &buffer, level: 1, custom: custom)
        try frame.write(&buffer, to: output)
    }

    public func finish() throws(Diagnostic) {
        frame.finish(output)
        try output.flush()
    }
}

extension FormatDescriptor {
    /// CSL-JSON: the item format of Zotero, pandoc and the CSL processors.
    public static let cslJSON = FormatDescriptor(
        name: "csl-json", aliases: ["csljson", "csl"], extensions: ["csl.json"],
        summary: "CSL-JSON: an array of CSL items (Zotero, pandoc, citeproc)",
        sniff: CSLJSONSniffer.sniff,
        makeReader: { input, context in CSLJSONRecordReader(input: input, context: context) },
        makeWriter: { output, context in CSLJSONRecordWriter(output: output, context: context) }
    )
}

/// Tells CSL-JSON from canonical JSON by the keys of the first items.
enum CSLJSONSniffer {
    /// Keys only CSL-JSON items have.
    static let cslKeys: Set<String> = Set<String>([
        "issued", "author", "container-title", "collection-title", "publisher-place", "archive_location",
        "archive-place", "title-short", "URL", "DOI", "ISBN", "ISSN", "page", "abstract", "keyword", "language",
        "note", "accessed", "recipient", "citation-key", "event-place", "original-date", "date-parts",
        "container-title-short", "number-of-pages", "call-number", "custom",
    ]).union(CSLVariables.names).union(CSLVariables.dates)
    /// Keys only canonical records have.
    static let recordKeys: Set<String> = [
        "agents", "date", "alternativeTitles", "description", "subjects", "places", "languages", "isPartOf",
        "identifiers", "rights", "notes", "containerTitle", "pages", "series", "publisherPlace", "extra",
        "dates", "coordinates", "levelOfDescription", "extent",
    ]

    /// `.certain` when the first items (at most 4 KiB are seen) have more CSL keys than canonical ones.
    @Sendable static func sniff(_ bytes: [UInt8]) -> SniffResult {
        guard let (i, first) = Sniffing.firstSignificantByte(bytes) else { return .no }
        // Keys are counted at the depth of an item's members: 2 in an array, 1 in a single object.
        let itemDepth: Int
        switch first {
        case UInt8(ascii: "["): itemDepth = 2
        case UInt8(ascii: "{"): itemDepth = 1
        default: return .no
        }
        var depth = 0, csl = 0, canonical = 0, hasType = false
        var k = i
        while k < bytes.count {
            let b = bytes[k]
            switch b {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "\""):
                var e = k + 1
                while e < bytes.count, bytes[e] != UInt8(ascii: "\"") { if bytes[e] == UInt8(ascii: "\\") { e += 1 }; e += 1 }
                guard e < bytes.count else { k = e; continue }
                var c = e + 1
                while c < bytes.count, bytes[c] == 0x20 || bytes[c] == 0x0A || bytes[c] == 0x0D || bytes[c] == 0x09 { c += 1 }
                if depth == itemDepth, c < bytes.count, bytes[c] == UInt8(ascii: ":") {
                    let key = String(decoding: bytes[(k + 1)..<e], as: UTF8.self)
                    if key == "type" { hasType = true }
                    if cslKeys.contains(key) { csl += 1 }
                    if recordKeys.contains(key) { canonical += 1 }
                }
                k = e
            default: break
            }
            k += 1
        }
        if csl > canonical && (hasType || csl >= 2) { return .certain }
        return .no
    }
}
