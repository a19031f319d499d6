internal import CLibXML2

/// Kind of node the pull reader is positioned on.
public enum XMLNodeType: Sendable, Hashable {
    case element
    case endElement
    case text
    case cdata
    /// Whitespace-only text that may be ignored.
    case whitespace
    /// Whitespace-only text that libxml2 considers significant (it reports all
    /// whitespace-only text this way unless `xml:space="default"` is in scope).
    case significantWhitespace
    case comment
    case processingInstruction
    /// A reference to a general entity that was *not* expanded (the parser never
    /// substitutes entities for us).
    case entityReference
    case documentType
    case xmlDeclaration
    case other

    init(readerType: Int32) {
        func is_(_ type: xmlReaderTypes) -> Bool { Int32(bitPattern: type.rawValue) == readerType }
        if is_(XML_READER_TYPE_ELEMENT) { self = .element }
        else if is_(XML_READER_TYPE_END_ELEMENT) { self = .endElement }
        else if is_(XML_READER_TYPE_TEXT) { self = .text }
        else if is_(XML_READER_TYPE_CDATA) { self = .cdata }
        else if is_(XML_READER_TYPE_WHITESPACE) { self = .whitespace }
        else if is_(XML_READER_TYPE_SIGNIFICANT_WHITESPACE) { self = .significantWhitespace }
        else if is_(XML_READER_TYPE_COMMENT) { self = .comment }
        else if is_(XML_READER_TYPE_PROCESSING_INSTRUCTION) { self = .processingInstruction }
        else if is_(XML_READER_TYPE_ENTITY_REFERENCE) { self = .entityReference }
        else if is_(XML_READER_TYPE_DOCUMENT_TYPE) { self = .documentType }
        else if is_(XML_READER_TYPE_XML_DECLARATION) { self = .xmlDeclaration }
        else { self = .other }
    }
}

/// One attribute of the current element (namespace declarations are not included).
public struct XMLAttribute: Sendable, Hashable {
    public var localName: String
    public var namespaceURI: String?
    public var prefix: String?
    public var value: String

    public init(localName: String, namespaceURI: String? = nil, prefix: String? = nil, value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = value
    }

    /// `prefix:localName`, or just `localName`.
    public var qualifiedName: String {
        if let prefix, !prefix.isEmpty { return prefix + ":" + localName }
        return localName
    }
}
