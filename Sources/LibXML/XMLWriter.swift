/// Errors thrown by `XMLWriter`. The writer's output is unchanged by a failed call
/// (nothing of the rejected item is written), so a caller can report the problem,
/// clean the value and carry on.
public enum XMLWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A character XML 1.0 does not allow (U+0000–U+0008, U+000B, U+000C,
    /// U+000E–U+001F, U+FFFE, U+FFFF). `context` says where, e.g. `text of <dc:title>`.
    case invalidCharacter(codePoint: UInt32, context: String)
    case invalidName(String)
    case duplicateAttribute(name: String, element: String)
    /// Comments may not contain `--` or end with `-`.
    case invalidComment(String)
    /// `endElement()` or `text(_:)` with no open element.
    case noOpenElement
    /// Text, or a second root element, outside the root element.
    case contentOutsideRootElement
    /// `writeDeclaration()` after other output.
    case misplacedDeclaration
    /// `finish()` with elements still open.
    case unclosedElements([String])
    /// A write after `finish()`.
    case finished

    public var description: String {
        switch self {
        case let .invalidCharacter(codePoint, context):
            return "character \(XMLWriterError.format(codePoint)) is not allowed in XML 1.0 (in \(context))"
        case let .invalidName(name):
            return "'\(name)' is not a valid XML name"
        case let .duplicateAttribute(name, element):
            return "duplicate attribute '\(name)' on <\(element)>"
        case let .invalidComment(text):
            return "comment text may not contain '--' or end with '-': \(text)"
        case .noOpenElement:
            return "no element is open"
        case .contentOutsideRootElement:
            return "content outside the root element"
        case .misplacedDeclaration:
            return "the XML declaration must come first"
        case let .unclosedElements(names):
            return "unclosed elements: " + names.map { "<\($0)>" }.joined(separator: ", ")
        case .finished:
            return "the writer is already finished"
        }
    }

    static func format(_ codePoint: UInt32) -> String {
        let hex = String(codePoint, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Streaming UTF-8 XML writer (pure Swift).
///
/// Output is accumulated in an internal buffer and handed to `sink` in chunks of
/// roughly `chunkSize` bytes (and on `finish()`). Escaping:
/// - text: `&` `<` `>` become entity references, CR becomes `&#13;` (so it survives
///   line-end normalisation);
/// - attribute values (always double-quoted): `&` `<` `"` become entity references,
///   tab, newline and CR become `&#9;` `&#10;` `&#13;`.
/// Characters not allowed in XML 1.0 are rejected with `XMLWriterError.invalidCharacter`.
///
/// With `indent` (the default) child elements go on their own lines indented by two
/// spaces per level; an element holding only text stays on one line, and nothing is
/// inserted inside an element once it has received text (mixed content is preserved,
/// except for whitespace already written before its first text).
///
/// Namespace declarations are ordinary attributes: `("xmlns:dc", "http://purl.org/dc/elements/1.1/")`.
public final class XMLWriter {
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private struct OpenElement {
        let name: String
        var hasChildren = false
        var hasText = false
    }

    private let sink: Sink
    private let chunkSize: Int
    private let indent: Bool
    private var buffer: [UInt8] = []
    private var stack: [OpenElement] = []
    private var startTagOpen = false
    private var rootClosed = false
    private var anythingWritten = false
    private var isFinished = false
    /// Set while `element(_:attributes:text:)` may still need to roll back.
    private var holdFlush = false

    private struct Snapshot {
        let bufferCount: Int
        let stackCount: Int
        let innermost: OpenElement?
        let startTagOpen: Bool
        let rootClosed: Bool
        let anythingWritten: Bool
    }

    private func snapshot() -> Snapshot {
        Snapshot(bufferCount: buffer.count, stackCount: stack.count, innermost: stack.last,
                 startTagOpen: startTagOpen,
                 rootClosed: rootClosed, anythingWritten: anythingWritten)
    }

    private func restore(_ snapshot: Snapshot) {
        if buffer.count > snapshot.bufferCount { buffer.removeSubrange(snapshot.bufferCount...) }
        if stack.count > snapshot.stackCount { stack.removeSubrange(snapshot.stackCount...) }
        if let innermost = snapshot.innermost, stack.count == snapshot.stackCount {
            stack[stack.count - 1] = innermost
        }
        startTagOpen = snapshot.startTagOpen
        rootClosed = snapshot.rootClosed
        anythingWritten = snapshot.anythingWritten
    }

    public init(indent: Bool = true, chunkSize: Int = 64 * 1024, sink: @escaping Sink) {
        self.sink = sink
        self.indent = indent
        self.chunkSize = max(chunkSize, 1024)
        buffer.reserveCapacity(self.chunkSize + 4096)
    }

    /// Convenience: runs `body` with a writer and returns the whole document.
    public static func document(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        var output: [UInt8] = []
        let writer = XMLWriter(indent: indent) { chunk in output.append(contentsOf: chunk) }
        try body(writer)
        try writer.finish()
        return output
    }

    /// Number of open elements.
    public var depth: Int { stack.count }

    /// `<?xml version="1.0" encoding="UTF-8"?>` and a newline; must come first.
    public func writeDeclaration() throws {
        try checkNotFinished()
        guard !anythingWritten else { throw XMLWriterError.misplacedDeclaration }
        appendASCII("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        anythingWritten = true
    }

    /// Opens an element. Attribute names are written as given (prefixes included);
    /// values are escaped.
    public func startElement(_ qname: String, attributes: [(String, String)] = []) throws {
        try checkNotFinished()
        try XMLWriter.validateName(qname)
        for (index, attribute) in attributes.enumerated() {
            try XMLWriter.validateName(attribute.0)
            for other in attributes[..<index] where other.0 == attribute.0 {
                throw XMLWriterError.duplicateAttribute(name: attribute.0, element: qname)
            }
        }
        if stack.isEmpty && rootClosed { throw XMLWriterError.contentOutsideRootElement }
        let saved = snapshot()
        closeStartTag()
        if !stack.isEmpty {
            stack[stack.count - 1].hasChildren = true
            if indent && !stack[stack.count - 1].hasText { newlineAndIndent(stack.count) }
        }
        buffer.append(UInt8(ascii: "<"))
        appendRaw(qname)
        do {
            for (name, value) in attributes {
                buffer.append(UInt8(ascii: " "))
                appendRaw(name)
                buffer.append(UInt8(ascii: "="))
                buffer.append(UInt8(ascii: "\""))
                try appendEscaped(value, attribute: true) { "attribute '\(name)' of <\(qname)>" }
                buffer.append(UInt8(ascii: "\""))
            }
        } catch {
            restore(saved)
            throw error
        }
        stack.append(OpenElement(name: qname))
        startTagOpen = true
        anythingWritten = true
        try flushIfNeeded()
    }

    /// Writes escaped character data into the current element.
    public func text(_ text: String) throws {
        try checkNotFinished()
        guard !stack.isEmpty else { throw XMLWriterError.contentOutsideRootElement }
        guard !text.isEmpty else { return }
        let saved = snapshot()
        closeStartTag()
        do {
            try appendEscaped(text, attribute: false) { "text of <\(self.stack[self.stack.count - 1].name)>" }
        } catch {
            restore(saved)
            throw error
        }
        stack[stack.count - 1].hasText = true
        try flushIfNeeded()
    }

    /// Closes the innermost open element (`<a/>` if it received no content).
    public func endElement() throws {
        try checkNotFinished()
        guard let element = stack.popLast() else { throw XMLWriterError.noOpenElement }
        if startTagOpen {
            buffer.append(UInt8(ascii: "/"))
            buffer.append(UInt8(ascii: ">"))
            startTagOpen = false
        } else {
            if indent && element.hasChildren && !element.hasText { newlineAndIndent(stack.count) }
            buffer.append(UInt8(ascii: "<"))
            buffer.append(UInt8(ascii: "/"))
            appendRaw(element.name)
            buffer.append(UInt8(ascii: ">"))
        }
        if stack.isEmpty {
            rootClosed = true
            buffer.append(UInt8(ascii: "\n"))
        }
        try flushIfNeeded()
    }

    /// `startElement` + `text` (if non-empty) + `endElement`. The element is
    /// written atomically: if the text is rejected, nothing of it is output.
    public func element(_ qname: String, attributes: [(String, String)] = [], text: String? = nil) throws {
        try checkNotFinished()
        let saved = snapshot()
        holdFlush = true
        defer { holdFlush = false }
        try startElement(qname, attributes: attributes)
        if let text {
            do {
                try self.text(text)
            } catch {
                restore(saved)
                throw error
            }
        }
        try endElement()
        holdFlush = false
        try flushIfNeeded()
    }

    /// `<!--text-->`, indented like an element.
    public func comment(_ text: String) throws {
        try checkNotFinished()
        if text.contains("--") || text.hasSuffix("-") { throw XMLWriterError.invalidComment(text) }
        if let bad = XMLWriter.firstInvalidCharacter(in: text) {
            throw XMLWriterError.invalidCharacter(codePoint: bad.value, context: "comment")
        }
        closeStartTag()
        if !stack.isEmpty {
            stack[stack.count - 1].hasChildren = true
            if indent && !stack[stack.count - 1].hasText { newlineAndIndent(stack.count) }
        }
        appendASCII("<!--")
        appendRaw(text)
        appendASCII("-->")
        if stack.isEmpty { buffer.append(UInt8(ascii: "\n")) }
        anythingWritten = true
        try flushIfNeeded()
    }

    /// Checks that every element is closed and hands the remaining output to the sink.
    public func finish() throws {
        try checkNotFinished()
        guard stack.isEmpty else { throw XMLWriterError.unclosedElements(stack.map(\.name)) }
        try flush()
        isFinished = true
    }

    /// Hands buffered output to the sink now.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    // MARK: Character checks

    /// The first character in `string` that XML 1.0 does not allow, if any.
    public static func firstInvalidCharacter(in string: String) -> Unicode.Scalar? {
        for scalar in string.unicodeScalars where !isAllowed(scalar.value) {
            return scalar
        }
        return nil
    }

    /// `string` without the characters XML 1.0 does not allow.
    public static func removingInvalidCharacters(from string: String) -> String {
        guard firstInvalidCharacter(in: string) != nil else { return string }
        var scalars = String.UnicodeScalarView()
        for scalar in string.unicodeScalars where isAllowed(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @inline(__always)
    static func isAllowed(_ value: UInt32) -> Bool {
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return value != 0xFFFE && value != 0xFFFF
    }

    // MARK: Internals

    private func checkNotFinished() throws(XMLWriterError) {
        if isFinished { throw .finished }
    }

    private func closeStartTag() {
        if startTagOpen {
            buffer.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    private func newlineAndIndent(_ level: Int) {
        buffer.append(UInt8(ascii: "\n"))
        if level > 0 {
            buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
    }

    private func flushIfNeeded() throws {
        if !holdFlush && buffer.count >= chunkSize { try flush() }
    }

    private func appendASCII(_ string: StaticString) {
        string.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private func appendRaw(_ string: String) {
        var string = string
        string.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// Appends `string` escaped; on an invalid character throws, leaving partial output
    /// for the caller to roll back.
    private func appendEscaped(_ string: String, attribute: Bool, context: () -> String) throws(XMLWriterError) {
        var string = string
        let invalid: UInt32? = string.withUTF8 { utf8 -> UInt32? in
            let count = utf8.count
            var index = 0
            var runStart = 0
            @inline(__always) func flushRun(_ end: Int) {
                if end > runStart {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end]))
                }
            }
            while index < count {
                let byte = utf8[index]
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"):
                    replacement = "&amp;"
                case UInt8(ascii: "<"):
                    replacement = "&lt;"
                case UInt8(ascii: ">"):
                    if attribute { index += 1; continue }
                    replacement = "&gt;"
                case UInt8(ascii: "\""):
                    if !attribute { index += 1; continue }
                    replacement = "&quot;"
                case 0x0D:
                    replacement = "&#13;"
                case 0x09:
                    if !attribute { index += 1; continue }
                    replacement = "&#9;"
                case 0x0A:
                    if !attribute { index += 1; continue }
                    replacement = "&#10;"
                case 0x00..<0x20:
                    return UInt32(byte)
                case 0xEF:
                    // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
                    if index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                        return utf8[index + 2] == 0xBE ? 0xFFFE : 0xFFFF
                    }
                    index += 1
                    continue
                default:
                    index += 1
                    continue
                }
                flushRun(index)
                replacement.withUTF8Buffer { buffer.append(contentsOf: $0) }
                index += 1
                runStart = index
            }
            flushRun(count)
            return nil
        }
        if let invalid {
            throw .invalidCharacter(codePoint: invalid, context: context())
        }
    }

    /// Loose XML name check: non-empty; ASCII letters, digits, `_ - . :` and any
    /// non-ASCII character; must not start with a digit, `-` or `.`.
    static func validateName(_ name: String) throws(XMLWriterError) {
        var valid = !name.isEmpty
        var first = true
        for byte in name.utf8 where valid {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...0xFF:
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if first { valid = false }
            default:
                valid = false
            }
            first = false
        }
        if !valid { throw .invalidName(name) }
    }
}
