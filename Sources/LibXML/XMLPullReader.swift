internal import CLibXML2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Streaming, forward-only XML reader over libxml2's `xmlTextReader`.
///
/// Never builds a DOM of the whole document: libxml2 keeps only the current subtree
/// and frees nodes as the reader moves on.
///
/// Security posture: parse options are `XML_PARSE_NONET | XML_PARSE_BIG_LINES`, never
/// `NOENT`, `DTDLOAD`, `DTDATTR`, `RECOVER` or `HUGE`. External DTDs and external
/// entities are not loaded, entities are not substituted in element content (you see
/// `.entityReference` nodes instead), and libxml2's default limits apply (nesting depth
/// 256, entity amplification checks). Malformed XML makes `read()` throw; there is no
/// recovery mode.
///
/// Diagnostics are collected per reader: `xmlTextReaderSetStructuredErrorHandler` with
/// this reader's own collector (passed through `Unmanaged`) as context. The few errors
/// libxml2 raises without a parser context (I/O, encoding conversion) are caught by
/// pointing libxml2's *thread-local* structured handler at the same collector for the
/// duration of each call into libxml2, and restoring it afterwards; the generic stderr
/// channel is silenced for that window. Nothing is printed to stderr and libxml2's
/// global "last error" is never consulted.
///
/// Not `Sendable`: use one reader from one task/thread at a time.
public final class XMLPullReader {
    private let reader: OpaquePointer
    private let collector: DiagnosticCollector
    /// Copy of the input for `init(bytes:url:)`; libxml2 reads it in place.
    private let ownedBuffer: UnsafeMutableRawPointer?
    /// Descriptor opened by `init(path:)`; libxml2 does not close it.
    private let fileDescriptor: Int32
    /// Keeps the read closure of `init(url:read:)` alive.
    private let callbackBox: ReadCallbackBox?

    /// XSD validation context attached by `XSDValidator`; freed after the reader.
    private var schemaValidContext: OpaquePointer?

    private var failure: XMLDiagnostic?
    private var reachedEnd = false

    /// The URL/path used in diagnostics (and as base URI).
    public let url: String

    /// Non-fatal diagnostics (libxml2 warnings and recoverable errors such as undeclared
    /// namespace prefixes, plus warnings added by `readElementText()` for unexpanded
    /// entity references), in document order. Fatal errors are thrown instead.
    /// At most 10,000 are kept (then one "suppressed" note); see `suppressedWarningCount`.
    public private(set) var warnings: [XMLDiagnostic] = []

    /// Number of non-fatal diagnostics dropped because `warnings` was full.
    public private(set) var suppressedWarningCount = 0

    private func record(_ diagnostic: XMLDiagnostic) {
        if warnings.count < maximumCollectedDiagnostics {
            warnings.append(diagnostic)
        } else {
            if suppressedWarningCount == 0 {
                warnings.append(XMLDiagnostic(
                    severity: .warning,
                    message: "more than \(maximumCollectedDiagnostics) warnings; further ones are not recorded",
                    file: url))
            }
            suppressedWarningCount += 1
        }
    }

    // MARK: Initialisers

    /// Reads the file at `path`. The file is opened here (so a missing file is an
    /// immediate error) and streamed; it is not decompressed and never fetched from
    /// a URL.
    public convenience init(path: String) throws(XMLDiagnostic) {
        ensureLibXMLInitialized()
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw XMLDiagnostic(severity: .fatal, message: "cannot open file: \(reason)", file: path)
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw XMLDiagnostic(severity: .fatal, message: "cannot read file: it is a directory", file: path)
        }
        let collector = DiagnosticCollector(defaultFile: path)
        let handle = withErrorScope(collector) {
            xmlReaderForFd(fd, path, nil, crosswalkParseOptions)
        }
        guard let handle else {
            close(fd)
            throw XMLPullReader.creationFailure(collector, url: path)
        }
        self.init(handle: handle, collector: collector, url: path,
                  ownedBuffer: nil, fileDescriptor: fd, callbackBox: nil)
    }

    /// Reads an in-memory document. `url` is used in diagnostics and as base URI.
    public convenience init(bytes: [UInt8], url: String) throws(XMLDiagnostic) {
        ensureLibXMLInitialized()
        guard bytes.count <= Int(Int32.max) else {
            throw XMLDiagnostic(severity: .fatal,
                                message: "document too large for an in-memory reader (\(bytes.count) bytes); stream it with init(url:read:)",
                                file: url)
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress, source.count > 0 {
                buffer.copyMemory(from: base, byteCount: source.count)
            }
        }
        let collector = DiagnosticCollector(defaultFile: url)
        let handle = withErrorScope(collector) {
            xmlReaderForMemory(buffer.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                               url, nil, crosswalkParseOptions)
        }
        guard let handle else {
            buffer.deallocate()
            throw XMLPullReader.creationFailure(collector, url: url)
        }
        self.init(handle: handle, collector: collector, url: url,
                  ownedBuffer: buffer, fileDescriptor: -1, callbackBox: nil)
    }

    /// Pulls input through `read` (libxml2's `xmlReaderForIO`), e.g. from stdin or the
    /// caller's own buffered file input. `read` fills the buffer it is given and returns
    /// the number of bytes written, 0 at end of input, or -1 on error.
    ///
    /// With `skipBlankText`, text nodes that hold only white space between elements are not
    /// reported (`XML_PARSE_NOBLANKS`): fewer nodes for record-shaped documents.
    public convenience init(url: String, skipBlankText: Bool = false,
                            read: @escaping (UnsafeMutableRawBufferPointer) -> Int) throws(XMLDiagnostic) {
        ensureLibXMLInitialized()
        let collector = DiagnosticCollector(defaultFile: url)
        let box = ReadCallbackBox(read: read, collector: collector, url: url)
        // libxml2 already calls `read` while creating the reader: keep the box alive.
        let handle = withExtendedLifetime(box) {
            withErrorScope(collector) {
                xmlReaderForIO(readCallbackTrampoline, nil, Unmanaged.passUnretained(box).toOpaque(), url, nil,
                               crosswalkParseOptions | (skipBlankText ? Int32(bitPattern: XML_PARSE_NOBLANKS.rawValue) : 0))
            }
        }
        guard let handle else {
            throw XMLPullReader.creationFailure(collector, url: url)
        }
        self.init(handle: handle, collector: collector, url: url,
                  ownedBuffer: nil, fileDescriptor: -1, callbackBox: box)
    }

    private init(handle: OpaquePointer, collector: DiagnosticCollector, url: String,
                 ownedBuffer: UnsafeMutableRawPointer?, fileDescriptor: Int32,
                 callbackBox: ReadCallbackBox?) {
        self.reader = handle
        self.collector = collector
        self.url = url
        self.ownedBuffer = ownedBuffer
        self.fileDescriptor = fileDescriptor
        self.callbackBox = callbackBox
        collector.positionReader = handle
        installErrorHandler()
    }

    deinit {
        collector.positionReader = nil
        withErrorScope(collector) {
            xmlFreeTextReader(reader)
            if let schemaValidContext {
                xmlSchemaFreeValidCtxt(schemaValidContext)
            }
        }
        ownedBuffer?.deallocate()
        if fileDescriptor >= 0 {
            close(fileDescriptor)
        }
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(
            reader, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
    }

    private static func creationFailure(_ collector: DiagnosticCollector, url: String) -> XMLDiagnostic {
        let collected = collector.take()
        if var first = collected.max(by: { $0.severity < $1.severity }) {
            first.severity = .fatal
            return first
        }
        return XMLDiagnostic(severity: .fatal, message: "libxml2 could not create a reader for this input", file: url)
    }

    // MARK: Reading

    /// Advances to the next node. Returns false at the end of the document.
    /// Throws the fatal error (with line and column) if the document is malformed;
    /// after that every call throws the same error.
    @discardableResult
    public func read() throws(XMLDiagnostic) -> Bool {
        if let failure { throw failure }
        if reachedEnd { return false }
        let status = withErrorScope(collector) { xmlTextReaderRead(reader) }
        if status < 0 || !collector.isEmpty {
            try absorbDiagnostics(readFailed: status < 0)
        }
        if status == 0 {
            reachedEnd = true
            return false
        }
        return true
    }

    /// Moves collected diagnostics into `warnings`, or throws the fatal one.
    private func absorbDiagnostics(readFailed: Bool) throws(XMLDiagnostic) {
        var pending = collector.take()
        let fatalIndex = pending.firstIndex { $0.severity == .fatal }
        guard readFailed || fatalIndex != nil else {
            pending.forEach(record)
            return
        }
        var error: XMLDiagnostic
        if let index = fatalIndex ?? pending.firstIndex(where: { $0.severity == .error }) {
            error = pending.remove(at: index)
        } else {
            error = XMLDiagnostic(severity: .fatal, message: "the XML parser stopped with an error but gave no details", file: url)
        }
        error.severity = .fatal
        if error.file == nil { error.file = url }
        if error.line == nil {
            let parserLine = Int(xmlTextReaderGetParserLineNumber(reader))
            let parserColumn = Int(xmlTextReaderGetParserColumnNumber(reader))
            if parserLine > 0 {
                error.line = parserLine
                error.column = parserColumn > 0 ? parserColumn : nil
            }
        }
        // Further fatal errors from the same step are cascades of the first one.
        pending.filter { $0.severity != .fatal }.forEach(record)
        failure = error
        throw error
    }

    // MARK: Current node

    public var nodeType: XMLNodeType {
        XMLNodeType(readerType: xmlTextReaderNodeType(reader))
    }

    /// Local name of the current element/attribute; for other nodes libxml2's node
    /// name (`#text`, `#cdata-section`, the entity name for an entity reference, the
    /// target of a processing instruction, …).
    public var localName: String {
        interned(xmlTextReaderConstLocalName(reader)) ?? ""
    }

    /// `prefix:localName` as written in the document.
    public var qualifiedName: String {
        interned(xmlTextReaderConstName(reader)) ?? ""
    }

    public var namespaceURI: String? {
        nonEmpty(interned(xmlTextReaderConstNamespaceUri(reader)))
    }

    public var prefix: String? {
        nonEmpty(interned(xmlTextReaderConstPrefix(reader)))
    }

    /// Names, prefixes and namespace URIs come from the reader's dictionary, where each
    /// distinct string has one address for the reader's lifetime: they are turned into
    /// Swift strings once, not once per node.
    private var internedStrings: [UnsafeRawPointer: String] = [:]

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let key = UnsafeRawPointer(pointer)
        if let known = internedStrings[key] { return known }
        let s = String(cString: pointer)
        if internedStrings.count < 4096 { internedStrings[key] = s }
        return s
    }

    /// Decoded text of text, CDATA, whitespace, comment and processing-instruction
    /// nodes; nil for nodes without a value.
    public var value: String? {
        guard xmlTextReaderHasValue(reader) == 1 else { return nil }
        return string(xmlTextReaderConstValue(reader))
    }

    /// Depth of the current node (the root element is 0).
    public var depth: Int {
        Int(xmlTextReaderDepth(reader))
    }

    /// True for `<empty/>` (no separate `.endElement` node follows).
    public var isEmptyElement: Bool {
        xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// Line of the current node: the line libxml2 recorded for it (where the start tag
    /// ends, for elements and their end elements; where the text ends, for text nodes),
    /// or the parser's current line if the node carries none (elements beyond line
    /// 65534, for which the value is approximate).
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let nodeLine = xmlGetLineNo(node)
            if nodeLine > 0 && nodeLine != 65535 { return Int(nodeLine) }
        }
        return max(0, Int(xmlTextReaderGetParserLineNumber(reader)))
    }

    /// Column of libxml2's parser. Approximate: libxml2 2.9 nodes do not record a
    /// column and the reader parses ahead (in chunks of up to a few hundred bytes),
    /// so this can point past the current node.
    public var column: Int {
        max(0, Int(xmlTextReaderGetParserColumnNumber(reader)))
    }

    /// The `xml:lang` value in scope for the current node, if any.
    public var xmlLang: String? {
        interned(xmlTextReaderConstXmlLang(reader))
    }

    /// Attributes of the current element in document order, without namespace
    /// declarations (`xmlns`, `xmlns:p`). Empty for other node types.
    ///
    /// Values are normalised and decoded by libxml2. Attribute values have no entity
    /// nodes, so a reference to an entity declared in the internal subset appears
    /// expanded here (libxml2's amplification limits apply); a reference to an external
    /// entity in an attribute is a fatal error, and DTD default attributes are not added.
    public var attributes: [XMLAttribute] {
        guard xmlTextReaderNodeType(reader) == Int32(bitPattern: XML_READER_TYPE_ELEMENT.rawValue),
              xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var result: [XMLAttribute] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return [] }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                result.append(XMLAttribute(
                    localName: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    namespaceURI: nonEmpty(string(xmlTextReaderConstNamespaceUri(reader))),
                    prefix: nonEmpty(string(xmlTextReaderConstPrefix(reader))),
                    value: string(xmlTextReaderConstValue(reader)) ?? ""))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// Value of the attribute with this local name and namespace (nil namespace = an
    /// unprefixed attribute) on the current element.
    public func attribute(localName: String, namespaceURI: String? = nil) -> String? {
        guard xmlTextReaderNodeType(reader) == Int32(bitPattern: XML_READER_TYPE_ELEMENT.rawValue),
              xmlTextReaderHasAttributes(reader) == 1,
              xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
            guard string(xmlTextReaderConstLocalName(reader)) == localName else { continue }
            let uri = nonEmpty(string(xmlTextReaderConstNamespaceUri(reader)))
            if uri == nonEmpty(namespaceURI) {
                return string(xmlTextReaderConstValue(reader)) ?? ""
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }

    // MARK: Helpers

    /// Positioned on a start element, reads up to and including its end element and
    /// returns the concatenated text and CDATA of the element and its descendants
    /// (character references and the predefined entities are already decoded).
    ///
    /// Entity references that libxml2 did not expand (declared or undeclared general
    /// entities; the parser never substitutes them) are left in the text as `&name;`
    /// and reported as a warning in `warnings`. `hadChildElements` tells the caller the
    /// element had element children (mixed or structured content).
    public func readElementText() throws(XMLDiagnostic) -> (text: String, hadChildElements: Bool) {
        guard nodeType == .element else {
            throw XMLDiagnostic(severity: .error,
                                message: "readElementText() must be called on a start element (current node: \(nodeType))",
                                file: url, line: line)
        }
        if isEmptyElement { return ("", false) }
        let startDepth = depth
        let startLine = line
        let name = qualifiedName
        var text = ""
        var hadChildElements = false
        while try read() {
            switch nodeType {
            case .text, .cdata, .whitespace, .significantWhitespace:
                if let value { text += value }
            case .entityReference:
                let entity = qualifiedName
                text += "&\(entity);"
                record(XMLDiagnostic(
                    severity: .warning,
                    message: "entity reference '&\(entity);' in <\(name)> was not expanded; kept as literal text",
                    file: url, line: line))
            case .element:
                hadChildElements = true
            case .endElement where depth == startDepth:
                return (text, hadChildElements)
            default:
                break
            }
        }
        throw XMLDiagnostic(severity: .fatal, message: "document ended inside <\(name)>", file: url, line: startLine)
    }

    /// Positioned on a start element, consumes it and all its content (ending on its
    /// end element, or staying put for an empty element).
    public func skipElement() throws(XMLDiagnostic) {
        guard nodeType == .element, !isEmptyElement else { return }
        let startDepth = depth
        while try read() {
            if nodeType == .endElement && depth == startDepth { return }
        }
    }

    @inline(__always)
    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    @inline(__always)
    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    // MARK: Schema validation support (used by XSDValidator)

    /// Validates the document against `schema` while it is read; must be called before
    /// the first `read()`. The validation context is owned by this reader and freed after
    /// it. Validity errors reach this reader's collector (libxml2 relays them through the
    /// reader's structured handler installed in `init`).
    ///
    /// Never call `xmlTextReaderSetStructuredErrorHandler` after this: once the schema's
    /// SAX plug is in place, the reader's SAX table is the plug's, and libxml2 2.9 would
    /// then call the reader's handler with the plug as context (segfault on the first
    /// well-formedness error). While validating, parser errors are delivered through the
    /// thread-local handler of `withErrorScope`, to the same collector.
    func attachSchema(_ schema: xmlSchemaPtr) -> Bool {
        guard schemaValidContext == nil, let validContext = xmlSchemaNewValidCtxt(schema) else { return false }
        schemaValidContext = validContext
        xmlSchemaSetValidStructuredErrors(
            validContext, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
        let status = withErrorScope(collector) { xmlTextReaderSchemaValidateCtxt(reader, validContext, 0) }
        return status == 0
    }

    /// 1 valid, 0 invalid, -1 unknown (libxml2's xmlTextReaderIsValid).
    var validityStatus: Int32 {
        xmlTextReaderIsValid(reader)
    }

    /// Diagnostics collected but not yet moved into `warnings`.
    func takePendingDiagnostics() -> [XMLDiagnostic] {
        collector.take()
    }
}

// MARK: - xmlReaderForIO support

final class ReadCallbackBox {
    let read: (UnsafeMutableRawBufferPointer) -> Int
    let collector: DiagnosticCollector
    let url: String
    var failed = false

    init(read: @escaping (UnsafeMutableRawBufferPointer) -> Int, collector: DiagnosticCollector, url: String) {
        self.read = read
        self.collector = collector
        self.url = url
    }
}

private func readCallbackTrampoline(_ context: UnsafeMutableRawPointer?,
                                    _ buffer: UnsafeMutablePointer<CChar>?,
                                    _ length: Int32) -> Int32 {
    guard let context else { return -1 }
    let box = Unmanaged<ReadCallbackBox>.fromOpaque(context).takeUnretainedValue()
    if box.failed { return -1 }
    guard let buffer, length > 0 else { return 0 }
    let count = box.read(UnsafeMutableRawBufferPointer(start: buffer, count: Int(length)))
    guard count >= 0, count <= Int(length) else {
        box.failed = true
        let message = count < 0
            ? "reading the input failed (read callback returned \(count))"
            : "read callback returned \(count) bytes for a \(length)-byte buffer"
        box.collector.add(XMLDiagnostic(severity: .fatal, message: message, file: box.url))
        return -1
    }
    return Int32(count)
}
