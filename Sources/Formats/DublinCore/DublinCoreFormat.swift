import CrosswalkModel

/// Whether the first bytes look like Dublin Core XML (or an OAI-PMH response).
func sniffDublinCore(_ bytes: [UInt8]) -> SniffResult {
    var i = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .no }
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
    )

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
    )
}
