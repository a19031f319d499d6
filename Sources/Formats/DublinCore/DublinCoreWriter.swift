import CrosswalkModel
import LibXML

/// Writes records as Dublin Core XML inside Crosswalk's `records` container:
/// `dc` writes each as an `oai_dc:dc` element (valid against the official `oai_dc.xsd`), and
/// `dcterms` writes each as a `record` of qualified `dcterms:` elements. Every field that the
/// dialect cannot hold is reported as a warning.
public final class DublinCoreRecordWriter: RecordWriter {
    public enum Dialect: Sendable { case simple, terms }

    private let output: ByteOutput
    private let context: WriterContext
    private let dialect: Dialect
    private var xml: XMLWriter!
    private var started = false
    private var currentRecord = ""

    public init(output: ByteOutput, dialect: Dialect, context: WriterContext = WriterContext()) {
        self.output = output
        self.dialect = dialect
        self.context = context
        self.xml = XMLWriter(indent: true) { [output] chunk in output.write(chunk) }
    }

    private func fail(_ e: any Error) -> Diagnostic {
        .error("cannot write XML: \(e)", record: currentRecord.isEmpty ? nil : currentRecord)
    }

    private func start() throws(Diagnostic) {
        started = true
        var attributes = [("xmlns", DCNamespace.records)]
        switch dialect {
        case .simple:
            attributes += [("xmlns:oai_dc", DCNamespace.oaiDC), ("xmlns:dc", DCNamespace.elements)]
        case .terms:
            attributes += [("xmlns:dcterms", DCNamespace.terms), ("xmlns:dc", DCNamespace.elements)]
        }
        do {
            try xml.writeDeclaration()
            try xml.startElement("records", attributes: attributes)
        } catch { throw fail(error) }
    }

    /// Text that XML 1.0 can hold: characters it cannot hold are removed, with a warning.
    private func clean(_ text: String, field: String) -> String {
        guard let bad = XMLWriter.firstInvalidCharacter(in: text) else { return text }
        context.report(.warning("field `\(field)`: character \(bad.codePoint) (and any other character XML 1.0 cannot hold) removed",
                                record: currentRecord, field: field))
        return XMLWriter.removingInvalidCharacters(from: text)
    }

    /// Whether a text can be an `xml:lang` value (a BCP 47-shaped tag: letters, digits and hyphens).
    private func isLanguageTag(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return !s.isEmpty && parts.allSatisfy { p in
            (1...8).contains(p.count) && p.unicodeScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value | 0x20 >= 0x61 && $0.value | 0x20 <= 0x7A) }
        } && parts[0].unicodeScalars.allSatisfy { $0.value | 0x20 >= 0x61 && $0.value | 0x20 <= 0x7A }
    }

    /// Writes one element. Its text is normalised as a reader of Dublin Core reads it (runs of white
    /// space one space, none at the edges), with a warning when that changes it, so that what is written
    /// reads back as itself; an empty text is not written (a reader skips it), with a warning.
    func element(_ name: String, _ text: String, field: String, lang: String? = nil, xsiType: String? = nil) throws(Diagnostic) {
        var attributes: [(String, String)] = []
        if let lang {
            if isLanguageTag(lang) {
                attributes.append(("xml:lang", lang))
            } else {
                context.report(.dropped("\(field).lang", record: currentRecord, reason: "\"\(lang)\" is not a language tag, which xml:lang needs"))
            }
        }
        var value = clean(text, field: field)
        let normalised = DublinCoreMapping.collapsingWhiteSpace(value)
        if normalised.isEmpty {
            context.report(.dropped(field, record: currentRecord, reason: "the value is empty or white space, which a Dublin Core reader skips"))
            return
        }
        if normalised != value {
            context.report(.warning("field `\(field)`: white space normalised (runs of spaces, tabs and line breaks are one space, none at the edges), as a Dublin Core reader reads it",
                                    record: currentRecord, field: field))
            value = normalised
        }
        var type = xsiType
        if !isSimple, !schemes.isEmpty, let colon = name.firstIndex(of: ":") {
            let local = name[name.index(after: colon)...]
            for i in schemes.indices where !schemes[i].used && schemes[i].local == local && schemes[i].text == value {
                if schemes[i].attribute == "xsi:type" {
                    if type == nil || type == schemes[i].value { type = schemes[i].value; schemes[i].used = true }
                } else if !attributes.contains(where: { $0.0 == "scheme" }) {
                    attributes.append(("scheme", schemes[i].value)); schemes[i].used = true
                }
            }
        }
        if let type {
            attributes.append(("xmlns:xsi", DCNamespace.xsi))
            attributes.append(("xsi:type", type))
        }
        do { try xml.element(name, attributes: attributes, text: value) } catch { throw fail(error) }
    }

    /// The encoding schemes of the record being written (`extra["dc:NAME@xsi:type"]`,
    /// `extra["dc:NAME@scheme"]`: `TYPE TEXT` each), and whether each has been written.
    private var schemes: [(key: String, index: Int, local: Substring, attribute: String, value: String, text: String, used: Bool)] = []

    /// Whether an `extra` key holds an element's attribute (`dc:title@xml:lang`, `dc:date@xsi:type`), not an element.
    static func isAttributeKey(_ key: String) -> Bool {
        key == "dc:title@xml:lang" || key.hasSuffix("@xsi:type") || key.hasSuffix("@scheme")
    }

    private func prepareSchemes(_ r: Record) {
        schemes.removeAll(keepingCapacity: true)
        for (key, values) in r.extra where key.hasSuffix("@xsi:type") || key.hasSuffix("@scheme") {
            let at = key.lastIndex(of: "@")!
            let element = key[..<at]
            guard let colon = element.firstIndex(of: ":") else { continue }
            let local = element[element.index(after: colon)...]
            let attribute = String(key[key.index(after: at)...])
            for (i, v) in values.enumerated() {
                guard let space = v.firstIndex(of: " ") else { continue }
                schemes.append((key, i, local, attribute, String(v[..<space]), String(v[v.index(after: space)...]), false))
            }
        }
    }

    /// The encoding schemes that no element took: named, never dropped unannounced.
    private func reportUnusedSchemes() {
        var seen = Set<String>()
        for s in schemes where !s.used && seen.insert(s.key).inserted {
            let reason = isSimple ? "simple Dublin Core has no encoding schemes"
                : "no element was written with the text it names (a value the writer changed, or an element it writes otherwise)"
            dropped("extra.\(s.key)", reason)
        }
        schemes.removeAll(keepingCapacity: true)
    }

    var isSimple: Bool { dialect == .simple }

    var formatName: String { dialect == .simple ? "simple Dublin Core" : "qualified Dublin Core" }

    func warn(_ message: String, field: String) {
        context.report(.warning(message, record: currentRecord, field: field))
    }

    func dropped(_ field: String, _ reason: String) {
        context.report(.dropped(field, record: currentRecord, reason: reason))
    }

    public func write(_ r: Record) throws(Diagnostic) {
        if !started { try start() }
        currentRecord = r.id
        let simple = dialect == .simple
        do {
            try xml.startElement(simple ? "oai_dc:dc" : "record")
        } catch { throw fail(error) }

        prepareSchemes(r)
        for row in DublinCoreMapping.writers { try row.write(r, self, simple ? row.simple : row.terms) }
        reportUnusedSchemes()
        do {
            try xml.endElement()
            try xml.flush()
        } catch { throw fail(error) }
        try output.flushIfNeeded()
    }


    /// The `extra` keys that name a Dublin Core element, as those elements; the others are dropped.
    func writeExtra(_ r: Record) throws(Diagnostic) {
        let simple = dialect == .simple
        for key in r.extra.keys.sorted() where !Self.isAttributeKey(key) {
            let values = r.extra[key]!
            let local: String?
            if key.hasPrefix("dc:") {
                local = String(key.dropFirst(3))
            } else if key.hasPrefix("dcterms:") && !simple {
                local = String(key.dropFirst(8))
            } else {
                local = nil
            }
            let known = key.hasPrefix("dc:") ? DublinCoreMapping.elementNames : DublinCoreMapping.termNames
            guard let local, known.contains(local) else {
                if let marked = Record.markedField(ofExtraKey: key) {
                    // The text was written; only its markup is lost.
                    context.report(.warning("field `\(marked)`: its LaTeX markup (case protection, emphasis, math) is not kept; \(formatName) holds the plain text",
                                            record: currentRecord, field: "extra.\(key)"))
                } else {
                    dropped("extra.\(key)", "\(formatName) has no element for it")
                }
                continue
            }
            let name = key.hasPrefix("dc:") ? "dc:" + local : "dcterms:" + local
            for (i, v) in values.enumerated() { try element(name, v, field: "extra.\(key)[\(i)]") }
        }
    }

    func writeAgent(_ a: Agent, index i: Int, element name: String) throws(Diagnostic) {
        var text = InvertedName.format(a)
        if let literal = a.literal, literal.contains(",") {
            context.report(.warning("field `agents[\(i)]`: the literal name \"\(literal)\" holds a comma and reads back as `Family, Given`",
                                    record: currentRecord, field: "agents[\(i)]"))
        } else if a.literal == nil, [a.family, a.given, a.particle, a.suffix].contains(where: { $0?.contains(",") == true }) {
            context.report(.warning("field `agents[\(i)]`: a part of the name \"\(text)\" holds a comma, so the name reads back split differently",
                                    record: currentRecord, field: "agents[\(i)]"))
        } else if DublinCoreMapping.roleSuffixes.contains(where: { text.hasSuffix($0.suffix) }) {
            context.report(.warning("field `agents[\(i)]`: the name \"\(text)\" ends like a role and reads back with that role",
                                    record: currentRecord, field: "agents[\(i)]"))
        }
        if let suffix = DublinCoreMapping.roleSuffix(a.role) { text += suffix }
        try element(name, text, field: "agents[\(i)]")
    }

    public func finish() throws(Diagnostic) {
        if !started { try start() }
        do {
            try xml.endElement()
            try xml.finish()
        } catch { throw fail(error) }
        try output.flush()
    }
}
