import CrosswalkModel
import LibXML

/// Reads Dublin Core XML as a stream, one record at a time, through libxml2's pull parser.
///
/// It takes a single `oai_dc:dc` record, a bare record (any element whose children are DC 1.1 or
/// dcterms elements), any container of many records (Crosswalk's `records` among them), and OAI-PMH
/// `ListRecords` and `GetRecord` responses. DC elements are recognised by namespace URI, whatever
/// the prefix.
public final class DublinCoreRecordReader: RecordReader {
    private let xml: XMLPullReader
    private let input: ByteInput
    private let context: ReaderContext
    private var forwardedWarnings = 0
    private var done = false
    private var recordCount = 0
    /// The root element, once read: `(namespace, local name)`.
    private var root: (ns: String, name: String)?
    /// The first metadata format in an OAI-PMH `metadata` element that is not Dublin Core (MODS, MARCXML...).
    private var foreignMetadata: ForeignXMLFormat?
    /// Whether any element of the DC 1.1 or DCMI terms namespaces was seen.
    private var sawDublinCore = false
    /// Whether a document that is not Dublin Core is read as an empty catalogue instead of refused:
    /// `validate --schema` sets it (`dc.anyXML=true`), since the user's own schema says what the document is.
    private let acceptsAnyXML: Bool

    /// The setting that makes the reader read any XML document, Dublin Core or not (see `acceptsAnyXML`).
    public static let anyXMLSetting = "dc.anyXML"

    /// What the OAI-PMH `header` of the current `record` said.
    private struct OAIHeader {
        var identifier: String?
        var setSpecs: [String] = []
        var deleted = false
        var line = 0
    }
    private var header: OAIHeader?

    public init(input: ByteInput, context: ReaderContext = ReaderContext()) throws(Diagnostic) {
        self.input = input
        self.context = context
        self.acceptsAnyXML = context.options.settings[Self.anyXMLSetting] == "true"
        do {
            self.xml = try XMLPullReader(url: input.name, skipBlankText: true) { buffer in input.read(into: buffer) }
        } catch {
            throw Self.diagnostic(error, file: input.name)
        }
    }

    static func diagnostic(_ e: XMLDiagnostic, file: String, recoverable: Bool = false) -> Diagnostic {
        Diagnostic(warning: e.severity == .warning, e.message, file: e.file ?? file, line: e.line, column: e.column, recoverable: recoverable)
    }

    private var here: SourceLocation { SourceLocation(file: input.name, line: xml.line, column: xml.column) }

    /// Makes one call into libxml2: its error becomes a diagnostic (and ends the reading), its
    /// warnings are passed on.
    @inline(__always)
    private func libxml2<T>(_ call: () throws(XMLDiagnostic) -> T) throws(Diagnostic) -> T {
        let result: T
        do {
            result = try call()
        } catch {
            done = true
            throw Self.diagnostic(error, file: input.name)
        }
        forwardWarnings()
        return result
    }

    /// Reads the next node.
    private func read() throws(Diagnostic) -> Bool { try libxml2 { () throws(XMLDiagnostic) in try xml.read() } }

    /// libxml2's non-fatal problems (it went on reading) are passed on as warnings.
    private func forwardWarnings() {
        while forwardedWarnings < xml.warnings.count {
            var d = Self.diagnostic(xml.warnings[forwardedWarnings], file: input.name)
            d.severity = .warning
            context.report(d)
            forwardedWarnings += 1
        }
    }

    private func elementText() throws(Diagnostic) -> String {
        let start = here
        let result = try libxml2 { () throws(XMLDiagnostic) in try xml.readElementText() }
        if result.hadChildElements {
            context.report(.warning("element has child elements; only its text is kept", at: start))
        }
        // White space is normalised as a reader of Dublin Core expects of pretty-printed XML: runs of
        // spaces, tabs and line breaks are one space, and none at the edges.
        return DublinCoreMapping.collapsingWhiteSpace(result.text)
    }

    public func next() throws(Diagnostic) -> Record? {
        while !done {
            guard try read() else {
                done = true
                try checkNothingMissed()
                return nil
            }
            guard xml.nodeType == .element else { continue }
            let ns = xml.namespaceURI ?? ""
            let name = xml.localName
            if root == nil {
                root = (ns, name)
                // A document in another metadata format is refused whole: it would convert to nothing.
                if !acceptsAnyXML, let foreign = ForeignXMLFormat.identify(namespace: ns, name: name) {
                    done = true
                    throw Diagnostic.error(
                        "this is \(foreign.name) (root element <\(xml.qualifiedName)>\(ns.isEmpty ? "" : " in \(ns)")), not Dublin Core; Crosswalk does not read \(foreign.shortName) yet",
                        at: here)
                }
            } else if foreignMetadata == nil, xml.depth > 0, let foreign = ForeignXMLFormat.identify(namespace: ns, name: name) {
                foreignMetadata = foreign
            }
            if ns == DCNamespace.oaiPMH {
                switch name {
                case "record":
                    header = nil
                case "header":
                    try readHeader()
                case "resumptionToken":
                    var details: [String] = []
                    for a in ["completeListSize", "cursor", "expirationDate"] {
                        if let v = xml.attribute(localName: a) { details.append("\(a) \(v)") }
                    }
                    let at = here
                    let token = try elementText()
                    if !token.isEmpty {
                        let extra = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
                        context.report(.warning("the list continues: resumptionToken `\(token)`\(extra); harvest the next part for the rest",
                                                at: at))
                    }
                case "error":
                    let at = here
                    let code = xml.attribute(localName: "code") ?? "error"
                    let text = try elementText()
                    done = true
                    throw Diagnostic.error("the OAI-PMH response is an error: \(code)\(text.isEmpty ? "" : ": \(text)")", at: at)
                default:
                    break
                }
                continue
            }
            let isWrapper = (ns == DCNamespace.oaiDC && name == "dc") || (ns == DCNamespace.records && name == "record")
            var record: Record?
            if isWrapper {
                let start = here
                record = xml.isEmptyElement ? try finish(DCDraft(start: start))
                    : try readRecord(depth: xml.depth, start: start, positionedOnField: false)
            } else if DublinCoreMapping.isTerm(namespace: ns, name: name) {
                // A bare record: this element's parent is the record.
                record = try readRecord(depth: xml.depth - 1, start: here, positionedOnField: true)
            } else {
                continue
            }
            // nil: a deleted OAI-PMH record, already reported.
            if let record { return record }
        }
        return nil
    }

    /// At the end of the document: a document that held no Dublin Core at all is an error that says
    /// what it is, never an empty catalogue. (A DC or OAI-PMH document with no records is read as
    /// empty; the converter warns about it.)
    private func checkNothingMissed() throws(Diagnostic) {
        guard recordCount == 0, !acceptsAnyXML, let root else { return }
        let at = SourceLocation(file: input.name, line: 1, column: 1)
        if let foreignMetadata {
            throw Diagnostic.error(
                "the document holds \(foreignMetadata.name) metadata and no Dublin Core record; Crosswalk does not read \(foreignMetadata.shortName) yet (ask an OAI-PMH server for metadataPrefix=oai_dc)",
                at: at)
        }
        let known = root.ns == DCNamespace.oaiPMH || root.ns == DCNamespace.records || root.ns == DCNamespace.oaiDC
            || root.ns == DCNamespace.elements || root.ns == DCNamespace.terms
        if !known && !sawDublinCore {
            throw Diagnostic.error(
                "the root element <\(root.name)>\(root.ns.isEmpty ? "" : " (namespace \(root.ns))") is not Dublin Core or OAI-PMH, and the document holds no Dublin Core element; Crosswalk does not read this kind of XML",
                at: at)
        }
    }

    private func readHeader() throws(Diagnostic) {
        var h = OAIHeader()
        h.line = xml.line
        h.deleted = xml.attribute(localName: "status") == "deleted"
        if xml.isEmptyElement { header = h; return }
        let depth = xml.depth
        while try read() {
            if xml.nodeType == .endElement && xml.depth == depth { break }
            guard xml.nodeType == .element, xml.namespaceURI == DCNamespace.oaiPMH else { continue }
            switch xml.localName {
            case "identifier": h.identifier = try elementText()
            case "setSpec": h.setSpecs.append(try elementText())
            default: break
            }
        }
        header = h
        if h.deleted {
            context.report(.warning("record \(h.identifier ?? "without identifier") is deleted in the repository (header status=\"deleted\"); skipped",
                                    at: SourceLocation(file: input.name, line: h.line)))
        }
    }

    private func readRecord(depth: Int, start: SourceLocation, positionedOnField: Bool) throws(Diagnostic) -> Record? {
        var draft = DCDraft(start: start)
        var onField = positionedOnField
        while true {
            if !onField {
                guard try read() else {
                    done = true
                    // The document's root element was itself a DC element: the document is the record.
                    if depth < 0 { return try finish(draft) }
                    throw Diagnostic.error("the document ends inside a record", at: start)
                }
            }
            onField = false
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return try finish(draft)
            case .element where xml.depth == depth + 1:
                try readField(into: &draft)
            case .text, .cdata:
                if xml.depth == depth + 1, let v = xml.value, !InvertedName.trimmed(v).isEmpty {
                    let text = InvertedName.trimmed(v)
                    context.report(.warning("text `\(text)` outside any element in a record; kept in `extra[\"xml:text\"]`",
                                            at: here, field: "extra"))
                    draft.record.extra["xml:text", default: []].append(text)
                }
            default:
                break
            }
        }
    }

    /// Reads one child element of a record, through the crosswalk table's row for it.
    private func readField(into d: inout DCDraft) throws(Diagnostic) {
        let ns = xml.namespaceURI ?? ""
        let name = xml.localName
        let isDC = ns == DCNamespace.elements
        if isDC || ns == DCNamespace.terms { sawDublinCore = true }
        // A row reads only Dublin Core elements, so an element a row reads needs no other check.
        let reader = isDC || ns == DCNamespace.terms ? DublinCoreMapping.reader(isDC: isDC, name: name) : nil
        guard reader != nil || DublinCoreMapping.isTerm(namespace: ns, name: name) else {
            let key = xml.qualifiedName
            let at = here
            let text = try elementText()
            context.report(.warning("element <\(key)> is not Dublin Core; kept in `extra[\"\(key)\"]`", at: at, field: "extra"))
            d.record.extra[key, default: []].append(text)
            return
        }
        let lang = reader?.readsLang == true ? xml.xmlLang : nil
        // Qualified DC's encoding schemes (`xsi:type="dcterms:W3CDTF"`, `dcterms:URI`, a repository's own)
        // and the older `scheme` attribute, kept in `extra` beside the element's text (see `attributeKeys`).
        var schemes: [(attribute: String, value: String)] = []
        for a in xml.attributes {
            if a.localName == "type", a.namespaceURI == DCNamespace.xsi {
                schemes.append(("xsi:type", a.value))
            } else if a.localName == "scheme", a.namespaceURI == nil {
                schemes.append(("scheme", a.value))
            }
        }
        let text = try elementText()
        if text.isEmpty { return }
        let elementKey = (isDC ? "dc:" : "dcterms:") + name
        for (attribute, value) in schemes where !value.isEmpty && !value.contains(" ") {
            // A point the coordinates are read from is written back as one, with its type.
            if value == "dcterms:Point", DublinCoreMapping.point(text) != nil { continue }
            d.record.extra[elementKey + "@" + attribute, default: []].append(value + " " + text)
        }
        guard let reader else {
            // A Dublin Core element with no field of its own.
            d.record.extra[(isDC ? "dc:" : "dcterms:") + name, default: []].append(text)
            return
        }
        reader.read(&d, DCReadItem(text: text, key: reader.key, lang: lang, at: reader.readsLocation ? here : nil))
    }

    private func finish(_ draft: DCDraft) throws(Diagnostic) -> Record? {
        let d = draft
        var r = d.record
        recordCount += 1
        let h = header
        header = nil
        if let h, h.deleted { return nil }  // reported with its header; the caller reads on

        // Titles: the first is the title; the rest are alternative titles.
        if let first = d.titles.first {
            r.title = first.value
            if let lang = first.lang { r.extra["dc:title@xml:lang"] = [lang] }
            r.alternativeTitles = Array(d.titles.dropFirst()) + r.alternativeTitles
        }
        // Descriptions: an abstract is the description; otherwise the first description is.
        if let first = d.abstracts.first {
            r.description = first
            r.notes = Array(d.abstracts.dropFirst()) + d.descriptions
        } else if let first = d.descriptions.first {
            r.description = first
            r.notes = Array(d.descriptions.dropFirst())
        }
        // Dates: the main date is the first valid EDTF date that is plain rather than a timestamp
        // (DSpace writes its deposit time, `2003-06-26T13:07:38Z`, beside the publication year, even as
        // `dcterms:created`), `dcterms:created` before `date` and `dcterms:issued` (`mainDateRank`). Every other date goes to `dates` with
        // its kind, and so does the main date unless it is a `dc:date` or a `dcterms:created`.
        // A date that is not EDTF is kept in `extra` under its element's name.
        let parsed = d.dates.map { try? EDTFDate(parsing: $0.text) }
        let kinds = d.dates.map { DublinCoreMapping.dateKind(ofElement: $0.element) }
        let main = d.dates.indices
            .compactMap { i -> (rank: Int, index: Int)? in
                guard parsed[i] != nil, let rank = DublinCoreMapping.mainDateRank(kinds[i], text: d.dates[i].text) else { return nil }
                return (rank, i)
            }
            .min { ($0.rank, $0.index) < ($1.rank, $1.index) }?.index
        for (i, (text, element, at)) in d.dates.enumerated() {
            guard let date = parsed[i] else {
                context.report(.warning("<\(element)> `\(text)` is not an EDTF date; kept in `extra[\"\(element)\"]`",
                                        at: at, field: "date"))
                r.extra[element, default: []].append(text)
                continue
            }
            if i == main {
                r.date = date
                // A main `dc:date` or `dcterms:created` is written back as one (unless the record has the
                // same date again as one the reader could take as the main date); any other is listed
                // too, so that it is written back as what it is, where it was.
                if element == "dc:date" { continue }
                if kinds[i] == .created, !d.dates.indices.contains(where: { j in
                    j != i && parsed[j] == date && DublinCoreMapping.mainDateRank(kinds[j], text: d.dates[j].text) != nil
                }) { continue }
            }
            r.dates.append(RecordDate(kinds[i], date))
        }
        // Types: a Crosswalk type, else the DCMI term; the first other text is the genre.
        if r.type == nil, let term = d.dcmiType { r.type = DublinCoreMapping.recordType(forDCMI: term) }
        if let g = d.otherTypes.first { r.genre = g }
        if d.otherTypes.count > 1 { r.extra["dc:type", default: []] += d.otherTypes.dropFirst() }
        // OAI-PMH header.
        if let h {
            if let ident = h.identifier, !r.identifiers.contains(Identifier(.oai, ident)) {
                // In scheme order (url, doi, handle, oai, local...), so that CSV need not reorder it.
                let order = IdentifierScheme.allCases
                let at = r.identifiers.firstIndex { order.firstIndex(of: $0.scheme)! > order.firstIndex(of: .oai)! }
                r.identifiers.insert(Identifier(.oai, ident), at: at ?? r.identifiers.count)
            }
            for s in h.setSpecs where !r.isPartOf.contains(s) { r.isPartOf.append(s) }
        }
        // The id.
        if let id = d.recordID {
            r.id = id
        } else if let ident = h?.identifier, !ident.isEmpty {
            r.id = ident
        } else if let ident = r.identifiers.first {
            // Any identifier, spaces included: archival reference codes (`AU NBAC N193-001`) are ids.
            r.id = ident.value
        } else {
            r.id = "record-\(recordCount)"
            context.report(.warning("the record has no identifier; it is given the id `\(r.id)`", at: d.start, record: r.id, field: "id"))
        }
        if let problem = r.problemError(at: { _ in d.start }) { throw problem }
        return r
    }
}

/// An XML metadata format that is not Dublin Core, recognised by its root element so that it is
/// refused with its name rather than read as an empty catalogue.
struct ForeignXMLFormat: Sendable {
    var name: String
    var shortName: String

    static func identify(namespace ns: String, name: String) -> ForeignXMLFormat? {
        switch (ns, name) {
        case ("http://www.loc.gov/mods/v3", "mods"), ("http://www.loc.gov/mods/v3", "modsCollection"):
            return ForeignXMLFormat(name: "MODS (Metadata Object Description Schema)", shortName: "MODS")
        case ("http://www.loc.gov/MARC21/slim", "record"), ("http://www.loc.gov/MARC21/slim", "collection"):
            return ForeignXMLFormat(name: "MARCXML (MARC 21 slim)", shortName: "MARCXML")
        case ("urn:isbn:1-931666-22-9", "ead"), ("", "ead"), ("http://ead3.archivists.org/schema/", "ead"):
            return ForeignXMLFormat(name: "EAD (Encoded Archival Description)", shortName: "EAD")
        case ("urn:isbn:1-931666-33-4", "eac-cpf"):
            return ForeignXMLFormat(name: "EAC-CPF (Encoded Archival Context)", shortName: "EAC-CPF")
        case ("http://www.tei-c.org/ns/1.0", "TEI"), ("http://www.tei-c.org/ns/1.0", "teiCorpus"), ("", "TEI.2"), ("", "TEI"):
            return ForeignXMLFormat(name: "TEI (Text Encoding Initiative)", shortName: "TEI")
        case ("http://www.loc.gov/METS/", "mets"):
            return ForeignXMLFormat(name: "METS (Metadata Encoding and Transmission Standard)", shortName: "METS")
        case ("http://www.loc.gov/mads/v2", "mads"), ("http://www.loc.gov/mads/v2", "madsCollection"):
            return ForeignXMLFormat(name: "MADS (Metadata Authority Description Schema)", shortName: "MADS")
        case ("http://www.lido-schema.org", "lido"), ("http://www.lido-schema.org", "lidoWrap"):
            return ForeignXMLFormat(name: "LIDO (Lightweight Information Describing Objects)", shortName: "LIDO")
        case ("http://datacite.org/schema/kernel-4", "resource"), ("http://datacite.org/schema/kernel-3", "resource"):
            return ForeignXMLFormat(name: "DataCite XML", shortName: "DataCite XML")
        case ("http://www.openarchives.org/OAI/2.0/rfc1807/", "rfc1807"):
            return ForeignXMLFormat(name: "RFC 1807", shortName: "RFC 1807")
        default:
            return nil
        }
    }
}
