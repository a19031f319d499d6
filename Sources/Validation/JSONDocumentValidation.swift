#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CrosswalkModel
import CrosswalkSchemas

/// A problem found by `validate`, with what a machine-readable report needs beside the diagnostic.
public struct ValidationProblem: Sendable, Hashable {
    public var diagnostic: Diagnostic
    /// The JSON Pointer of the value at fault, for JSON Schema problems.
    public var instancePointer: String?
    /// The schema keyword that failed, and its absolute location (`URI#/pointer`).
    public var keyword: String?
    public var keywordLocation: String?

    public init(_ diagnostic: Diagnostic, instancePointer: String? = nil, keyword: String? = nil, keywordLocation: String? = nil) {
        self.diagnostic = diagnostic; self.instancePointer = instancePointer; self.keyword = keyword; self.keywordLocation = keywordLocation
    }

    /// One JSON object for `--report json`.
    public var jsonObject: String {
        var members: [(String, JSONValue)] = []
        let d = diagnostic
        members.append(("file", d.location.map { .string($0.file) } ?? .null))
        members.append(("line", d.location.map { .number(JSONNumber($0.line)) } ?? .null))
        members.append(("column", d.location?.column.map { .number(JSONNumber($0)) } ?? .null))
        members.append(("record", d.recordID.map { .string($0) } ?? .null))
        members.append(("instance", instancePointer.map { .string($0) } ?? .null))
        members.append(("keyword", keyword.map { .string($0) } ?? .null))
        members.append(("keywordLocation", keywordLocation.map { .string($0) } ?? .null))
        members.append(("severity", .string(d.severity.rawValue)))
        members.append(("message", .string(d.message)))
        return JSONValue.object(members.map { JSONMember(key: $0.0, value: $0.1) }).jsonText
    }
}

/// Loads JSON Schemas for `crosswalk validate`: from a file, with a local map of URIs to files and
/// Crosswalk's bundled schemas. Nothing is fetched from the network.
public enum JSONSchemaLoading {
    /// The current directory, for making a file's `file://` URI.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }

    /// A registry with the bundled schemas and each `URI=PATH` of `map`.
    public static func registry(map: [(uri: String, path: String)]) -> JSONSchemaRegistry {
        let r = JSONSchemaRegistry()
        r.addBundledSchemas()
        for (u, p) in map { r.map(u, to: absolute(p)) }
        return r
    }

    /// Compiles the schema in the file at `path`. A usage error when it cannot be read or compiled.
    public static func schema(at path: String, registry: JSONSchemaRegistry, options: JSONSchemaOptions) throws(Diagnostic) -> JSONSchema {
        let bytes: [UInt8]
        do { bytes = try ByteInput(path: path).readToEnd() } catch {
            throw Diagnostic.usage("cannot read the schema \(path): \(error.message)")
        }
        let value: JSONValue
        do { value = try JSONValueParser.parse(bytes) } catch {
            throw Diagnostic.usage("the schema \(path) is not JSON: \(path):\(error.line):\(error.column): \(error.message)")
        }
        do {
            return try JSONSchema(value, uri: "file://" + absolute(path), registry: registry, options: options)
        } catch {
            throw Diagnostic.usage("the schema \(path) cannot be used: \(error.message)")
        }
    }

    /// Crosswalk's record schema (`Schemas/record.schema.json`, bundled).
    public static func recordSchema(options: JSONSchemaOptions = JSONSchemaOptions()) -> JSONSchema {
        let r = JSONSchemaRegistry()
        r.addBundledSchemas()
        // The bundled schema is checked by the tests; it compiles.
        return try! JSONSchema(JSONValueParser.parse(EmbeddedRecordSchema.text), uri: EmbeddedRecordSchema.uri, registry: r, options: options)
    }
}

enum EmbeddedRecordSchema {
    static let uri = "https://crosswalk.invalid/schemas/record.schema.json"
    static var text: String { EmbeddedJSONSchemas.files["record.schema.json"] ?? "true" }
}

/// Validates JSON documents (or JSON Lines, line by line in flat memory) against a JSON Schema, and
/// places each problem at its line and column in the original text.
public enum JSONDocumentValidation {
    /// The problems of one document, located in `bytes` (whose first line is `firstLine`).
    public static func problems(of value: JSONValue, bytes: [UInt8], firstLine: Int, file: String, schema: JSONSchema,
                                maxErrors: Int, record: String? = nil) -> [ValidationProblem] {
        schema.validate(value, maxErrors: maxErrors).map { e in
            let at = JSONLocator.locate(e.instanceTokens, in: bytes)
            let loc = SourceLocation(file: file, line: (at?.line ?? 1) + firstLine - 1, column: at?.column)
            let message: String
            if e.instanceTokens.isEmpty { message = e.message }
            else if record != nil { message = "field \(fieldName(e.instanceTokens)): \(e.message)" }
            else { message = "at \(e.instanceLocation): \(e.message)" }
            let d = Diagnostic.error(message, at: loc, record: record, field: e.instanceLocation.isEmpty ? nil : e.instanceLocation)
            return ValidationProblem(d, instancePointer: e.instanceLocation, keyword: e.keyword, keywordLocation: e.keywordLocation)
        }
    }

    /// A record field path as people write it: `agents[0].role`.
    public static func fieldName(_ tokens: [String]) -> String {
        var s = ""
        for t in tokens {
            if let i = Int(t), String(i) == t, !s.isEmpty { s += "[\(i)]" } else { s += s.isEmpty ? t : "." + t }
        }
        return s
    }

    /// Validates a whole input. `lines`: JSON Lines (each non-blank line one document). Returns the
    /// number of documents and of errors; stops after `maxErrors` errors.
    public static func validate(_ input: ByteInput, lines: Bool, schema: JSONSchema, maxErrors: Int = Int.max,
                                report: (ValidationProblem) -> Void) -> (documents: Int, errors: Int) {
        var documents = 0, errors = 0
        let file = input.name
        func note(_ p: ValidationProblem) {
            if p.diagnostic.severity == .error { errors += 1 }
            report(p)
        }
        if !lines {
            let bytes = input.readToEnd()
            if let e = input.ioError { note(ValidationProblem(e)); return (0, errors) }
            do {
                let v = try JSONValueParser.parse(bytes)
                documents = 1
                for p in problems(of: v, bytes: bytes, firstLine: 1, file: file, schema: schema, maxErrors: maxErrors) { note(p) }
            } catch {
                note(ValidationProblem(.error(error.message, at: SourceLocation(file: file, line: error.line, column: error.column))))
            }
            return (documents, errors)
        }
        var line: [UInt8] = []
        line.reserveCapacity(4096)
        var lineNumber = 0
        input.skipByteOrderMark()
        while errors < maxErrors {
            line.removeAll(keepingCapacity: true)
            let more = input.consume(upTo: 0x0A, into: &line)
            if more { input.advance() }
            if !more && line.isEmpty { break }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { if !more { break }; continue }
            documents += 1
            do {
                let v = try JSONValueParser.parse(line, firstLine: lineNumber)
                for p in problems(of: v, bytes: line, firstLine: lineNumber, file: file, schema: schema, maxErrors: maxErrors - errors) { note(p) }
            } catch {
                note(ValidationProblem(.error(error.message, at: SourceLocation(file: file, line: error.line, column: error.column))))
            }
            if !more { break }
        }
        if let e = input.ioError { note(ValidationProblem(e)) }
        return (documents, errors)
    }
}
