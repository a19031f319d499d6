import CrosswalkModel

/// Whether the first bytes look like Dublin Core XML (or an OAI-PMH response).
func sniffDublinCore(_ bytes: [UInt8]) -> SniffResult {
    guard let (i, b) = Sniffing.firstSignificantByte(bytes), b == UInt8(ascii: "<") else { return .no }
    let text = String(decoding: bytes[i...], as: UTF8.self)
    for ns in [DCNamespace.elements, DCNamespace.terms, DCNamespace.oaiDC, DCNamespace.oaiPMH, DCNamespace.records]
    where text.contains(ns) {
        return .likely
    }
    return .maybe
}

extension FormatDescriptor {
    /// Simple Dublin Core: `oai_dc:dc` records. Reads any DC XML, including OAI-PMH responses.
    public static let dublinCore = FormatDescriptor(
        name: "dc", aliases: ["dublin-core", "oai_dc", "oai-dc", "xml"], extensions: ["dc.xml", "xml"],
        summary: "Dublin Core XML: oai_dc records in a Crosswalk container; reads OAI-PMH responses too",
        sniff: sniffDublinCore,
        makeReader: { input, context throws(Diagnostic) in try DublinCoreRecordReader(input: input, context: context) },
        makeWriter: { output, context in DublinCoreRecordWriter(output: output, dialect: .simple, context: context) }
    ).framed(DocumentFrame(headLines: 2, tailLines: 1))

    /// Qualified Dublin Core: `dcterms:` elements, which hold more than simple DC.
    public static let dublinCoreTerms = FormatDescriptor(
        name: "dcterms", aliases: ["qdc", "qualified-dc"], extensions: ["dcterms.xml"],
        summary: "qualified Dublin Core XML (dcterms) in a Crosswalk container",
        sniff: { bytes in
            let s = sniffDublinCore(bytes)
            // Surer than `dc` when the dcterms namespace is there (both read the same way).
            return s == .likely && String(decoding: bytes, as: UTF8.self).contains(DCNamespace.terms) ? .certain : .no
        },
        makeReader: { input, context throws(Diagnostic) in try DublinCoreRecordReader(input: input, context: context) },
        makeWriter: { output, context in DublinCoreRecordWriter(output: output, dialect: .terms, context: context) }
    ).framed(DocumentFrame(headLines: 2, tailLines: 1))
}
