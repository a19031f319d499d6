import LibXML

/// A small element tree read once from a style or locale file (no C pointers kept).
struct XElement: Sendable {
    var name: String
    var namespace: String?
    var attributes: [(name: String, value: String)]
    var children: [XNode]
    var line: Int
    var column: Int

    subscript(_ attribute: String) -> String? {
        for a in attributes where a.name == attribute { return a.value }
        return nil
    }

    var elements: [XElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// Concatenated text content.
    var text: String {
        var s = ""
        for c in children {
            switch c {
            case .text(let t): s += t
            case .element(let e): s += e.text
            }
        }
        return s
    }
}

enum XNode: Sendable {
    case element(XElement)
    case text(String)
}

enum XMLTreeReader {
    static let cslNamespace = "http://purl.org/net/xbiblio/csl"

    static func read(bytes: [UInt8], file: String) throws(CSLError) -> XElement {
        let reader: XMLPullReader
        do { reader = try XMLPullReader(bytes: bytes, url: file) } catch { throw convert(error, file: file) }
        return try build(reader, file: file)
    }

    static func read(path: String) throws(CSLError) -> XElement {
        let reader: XMLPullReader
        do { reader = try XMLPullReader(path: path) } catch { throw convert(error, file: path) }
        return try build(reader, file: path)
    }

    private static func convert(_ d: XMLDiagnostic, file: String) -> CSLError {
        CSLError(d.message, file: d.file ?? file, line: d.line ?? 0, column: d.column ?? 0)
    }

    private static func build(_ reader: XMLPullReader, file: String) throws(CSLError) -> XElement {
        var stack: [XElement] = []
        var root: XElement?
        do {
            while try reader.read() {
                switch reader.nodeType {
                case .element:
                    var attrs: [(name: String, value: String)] = []
                    for a in reader.attributes {
                        attrs.append((a.prefix == "xml" ? "xml:" + a.localName : a.localName, a.value))
                    }
                    let e = XElement(name: reader.localName, namespace: reader.namespaceURI, attributes: attrs,
                                     children: [], line: reader.line, column: reader.column)
                    if reader.isEmptyElement {
                        if stack.isEmpty { root = e } else { stack[stack.count - 1].children.append(.element(e)) }
                    } else {
                        stack.append(e)
                    }
                case .endElement:
                    let e = stack.removeLast()
                    if stack.isEmpty { root = e } else { stack[stack.count - 1].children.append(.element(e)) }
                case .text, .cdata, .whitespace, .significantWhitespace:
                    if !stack.isEmpty, let v = reader.value { stack[stack.count - 1].children.append(.text(v)) }
                case .entityReference:
                    if !stack.isEmpty { stack[stack.count - 1].children.append(.text("&\(reader.qualifiedName);")) }
                default:
                    break
                }
            }
        } catch {
            throw convert(error, file: file)
        }
        guard let root else { throw CSLError("no root element", file: file) }
        return root
    }
}
