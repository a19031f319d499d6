#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CrosswalkModel
import CrosswalkSchemas
import LibXML

/// Crosswalk's own XML Schemas (`Schemas/*.xsd`), written out of the binary into a private temporary
/// folder for libxml2, and removed again when this value is released. The installed binary needs no
/// source tree.
public final class BundledSchemas {
    public let directory: String

    public init() throws(Diagnostic) {
        var template = Array("\(Self.temporaryRoot)/crosswalk-schemas-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Diagnostic.error("cannot create a temporary folder for the schemas: \(String(cString: strerror(errno)))")
        }
        directory = String(cString: made)
        for (name, text) in EmbeddedSchemas.files {
            let path = directory + "/" + name
            guard let f = fopen(path, "wb") else {
                throw Diagnostic.error("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            var t = text
            t.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, f) }
            fclose(f)
        }
    }

    static var temporaryRoot: String {
        if let t = getenv("TMPDIR"), t.pointee != 0 { return String(cString: t) }
        return "/tmp"
    }

    deinit {
        for name in EmbeddedSchemas.files.keys { unlink(directory + "/" + name) }
        rmdir(directory)
    }

    /// The bundled schema for a root element, `{namespace}localName`.
    public func schemaPath(forRoot key: String) -> String? {
        EmbeddedSchemas.rootSchemas[key].map { directory + "/" + $0 }
    }

    /// The roots the bundled schemas cover, for messages.
    public static var knownRoots: [String] { EmbeddedSchemas.rootSchemas.keys.sorted() }
}

public enum XMLValidation {
    static func diagnostic(_ e: XMLDiagnostic, file: String) -> Diagnostic {
        Diagnostic(warning: e.severity == .warning, e.message, file: e.file ?? file, line: e.line, column: e.column)
    }

    /// An XML document to validate: a file (streamed) or bytes in memory.
    public enum Source {
        case file(String)
        case bytes([UInt8], name: String)

        var name: String {
            switch self {
            case .file(let p): p
            case .bytes(_, let n): n
            }
        }

        func reader() throws(XMLDiagnostic) -> XMLPullReader {
            switch self {
            case .file(let p): try XMLPullReader(path: p)
            case .bytes(let b, let n): try XMLPullReader(bytes: b, url: n)
            }
        }
    }

    /// The root element of an XML document, as `{namespace}localName`, or a well-formedness error.
    public static func rootElement(of source: Source) -> Result<String, Diagnostic> {
        let name = source.name
        do {
            let reader = try source.reader()
            while try reader.read() {
                if reader.nodeType == .element { return .success("{\(reader.namespaceURI ?? "")}\(reader.localName)") }
            }
            return .failure(.error("the document has no root element", at: SourceLocation(file: name, line: 1)))
        } catch {
            return .failure(diagnostic(error, file: name))
        }
    }

    /// Validates an XML document against a schema (a path), or against the bundled schema for its
    /// root element. Returns every problem with its line and column; an empty array means valid.
    /// Throws a usage problem: no bundled schema for the root, or a schema that does not compile.
    public static func validate(_ source: Source, schema: String? = nil,
                                catalog: String? = nil) throws(Diagnostic) -> [Diagnostic] {
        let name = source.name
        var bundled: BundledSchemas?
        let schemaPath: String
        if let schema {
            schemaPath = schema
        } else {
            let root: String
            switch rootElement(of: source) {
            case .success(let r): root = r
            case .failure(let d): return [d]
            }
            let b = try BundledSchemas()
            bundled = b
            guard let path = b.schemaPath(forRoot: root) else {
                throw Diagnostic.usage("no bundled schema for the root element \(root); name one with --schema (bundled: \(BundledSchemas.knownRoots.joined(separator: ", ")))")
            }
            schemaPath = path
        }
        let validator: XSDValidator
        do {
            validator = try XSDValidator(schemaPath: schemaPath, catalogPath: catalog)
        } catch {
            throw Diagnostic.usage("the schema cannot be used: \(error)")
        }
        let found: [XMLDiagnostic]
        switch source {
        case .file(let p): found = validator.validate(path: p)
        case .bytes(let b, let n): found = validator.validate(bytes: b, url: n)
        }
        let result = found.map { diagnostic($0, file: name) }
        withExtendedLifetime(bundled) {}
        return result
    }
}
