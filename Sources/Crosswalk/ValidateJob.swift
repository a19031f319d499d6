/// One `validate`. Without a JSON Schema: XML Schema validation (for XML input, or any input with an
/// `.xsd` schema), then every record read with the input format's reader and checked against
/// Crosswalk's record schema (`Schemas/record.schema.json`) and the model's rules. With a JSON
/// Schema (`--schema S.json`): any JSON document, or JSON Lines line by line, against that schema.
/// What `crosswalk validate` runs.
public struct ValidateJob {
    public var input: InputRequest
    /// A schema to use instead of the bundled ones: an XML Schema (`.xsd`) or a JSON Schema.
    public var schema: String?
    /// An XML catalog that maps the schema's imports to local files.
    public var catalog: String?
    public var options: FormatOptions
    /// JSON Schema: URIs (or URI prefixes ending in `/`) mapped to local files (or folders).
    public var schemaMap: [(uri: String, path: String)] = []
    /// JSON Schema: assert `format` instead of treating it as an annotation.
    public var formatAssertion = false
    /// Stop after this many errors.
    public var maxErrors = Int.max

    public init(input: InputRequest, schema: String? = nil, catalog: String? = nil, options: FormatOptions = FormatOptions()) {
        self.input = input; self.schema = schema; self.catalog = catalog; self.options = options
    }

    public struct Outcome {
        /// `.success` when valid, `.invalid` when problems were found, or the status of the usage or
        /// input error that stopped the run.
        public var status: ExitStatus
        /// The input's name in messages.
        public var name: String
        /// The format it was read as, when it got that far.
        public var format: FormatDescriptor?
        public var records = 0
        public var errors = 0
        /// What `records` counts: "record", or "document" for JSON Schema validation.
        public var unit = "record"
        /// True when `--max-errors` stopped the run early.
        public var stoppedEarly = false
    }

    /// True when `path` names a JSON Schema rather than an XML Schema: by its extension, else by
    /// its first byte.
    public static func isJSONSchema(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xsd") { return false }
        if lower.hasSuffix(".json") { return true }
        guard let input = try? ByteInput(path: path) else { return false }
        input.skipByteOrderMark()
        while let b = input.peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { input.advance() }
        return input.peek() == UInt8(ascii: "{") || input.peek() == UInt8(ascii: "t") || input.peek() == UInt8(ascii: "f")
    }

    /// Validates. Each problem goes to `report` once (a message found by both steps is reported once).
    public func run(registry: FormatRegistry = .builtIn, report: @escaping DiagnosticHandler) -> Outcome {
        runDetailed(registry: registry) { report($0.diagnostic) }
    }

    /// Validates, reporting each problem with its JSON Schema details (for `--report json`).
    public func runDetailed(registry: FormatRegistry = .builtIn, report: @escaping (ValidationProblem) -> Void) -> Outcome {
        if let schema, Self.isJSONSchema(schema) { return runJSONSchema(schema, registry: registry, report: report) }
        var outcome = Outcome(status: .success, name: input.displayName)
        var seen = Set<String>()
        var errors = 0
        let limit = maxErrors
        let problem: (ValidationProblem) -> Void = { p in
            let d = p.diagnostic
            guard seen.insert(d.description).inserted else { return }
            if d.severity == .error {
                guard errors < limit else { return }
                errors += 1
            }
            report(p)
        }
        let note: DiagnosticHandler = { problem(ValidationProblem($0)) }
        func stop(_ d: Diagnostic) -> Outcome {
            report(ValidationProblem(d))
            outcome.status = ExitStatus(for: d)
            return outcome
        }
        let opened: OpenedInput
        do throws(Diagnostic) {
            try registry.checkSettings(options)
            opened = try registry.open(input, report: { d in report(ValidationProblem(d)) })
        } catch { return stop(error) }
        let format = opened.format
        outcome.format = format
        outcome.name = opened.input.name

        // Step 1: XML Schema. The input is read twice: a file from its path each time, standard input
        // into memory first.
        var again = opened.input
        if schema != nil || format.isXML {
            let source: XMLValidation.Source
            if input.isStandardInput {
                let bytes = opened.input.readToEnd()
                source = .bytes(bytes, name: outcome.name)
                again = ByteInput(bytes: bytes, name: outcome.name)
            } else {
                source = .file(outcome.name)
            }
            do throws(Diagnostic) {
                for d in try XMLValidation.validate(source, schema: schema, catalog: catalog) { note(d) }
                if !input.isStandardInput { again = try ByteInput(path: outcome.name) }
            } catch { return stop(error) }
        }

        // Step 2: read every record, then check it against the record schema and the model's rules.
        guard let makeReader = format.makeReader else { return stop(.usage("Crosswalk cannot read \(format.name)")) }
        let checker = RecordChecker(file: outcome.name, formatAssertion: formatAssertion)
        do throws(Diagnostic) {
            var readerOptions = options
            // With the user's own schema, the document need not be Dublin Core: the DC reader then
            // checks whatever DC records it holds and does not refuse the document for being other XML.
            if schema != nil { readerOptions.settings[DublinCoreRecordReader.anyXMLSetting] = "true" }
            let reader = try makeReader(again, ReaderContext(options: readerOptions, report: note))
            // Where a record starts, for readers that do not say (`RecordReader.lastRecordLocation`):
            // the input's position when the reader starts on it, past white space (which no text
            // format but CSV keeps between records). XML is read by libxml2 in blocks: no position.
            let isCSV = format.name.lowercased().contains("csv") || format.name == "tsv"
            let input = again
            while errors < limit {
                do {
                    if !format.isXML && !isCSV {
                        while let b = input.peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { input.advance() }
                    }
                    var before: SourceLocation? = format.isXML ? nil : input.location
                    // In a JSON array the next element is past a comma the reader has yet to read.
                    if var b = before, input.peek() == UInt8(ascii: ",") {
                        var k = 1
                        while let c = input.peek(at: k), c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09, k < 4096 {
                            if c == 0x0A { b.line += 1; b.column = 0 } else { b.column = (b.column ?? 0) + 1 }
                            k += 1
                        }
                        b.column = (b.column ?? 0) + 1
                        before = b
                    }
                    guard let record = try reader.next() else { break }
                    var start = before
                    // A CSV reader reads its header with the first row: that row ends where the next begins.
                    if isCSV, outcome.records == 0, let b = before, b.line == 1 {
                        start = SourceLocation(file: b.file, line: max(2, input.location.line - 1), column: 1)
                    }
                    outcome.records += 1
                    for p in checker.check(record, reader: reader, start: start) { problem(p) }
                } catch {
                    note(error)
                    if !error.isRecoverable { break }
                }
            }
        } catch {
            if error.kind == .usage { return stop(error) }
            note(error)
        }
        outcome.errors = errors
        outcome.stoppedEarly = errors >= limit && limit > 0 && limit < Int.max
        outcome.status = errors == 0 ? .success : .invalid
        return outcome
    }

    /// Any JSON document (or JSON Lines) against a JSON Schema.
    func runJSONSchema(_ schemaPath: String, registry: FormatRegistry, report: @escaping (ValidationProblem) -> Void) -> Outcome {
        var outcome = Outcome(status: .success, name: input.displayName)
        func stop(_ d: Diagnostic) -> Outcome {
            report(ValidationProblem(d))
            outcome.status = ExitStatus(for: d)
            return outcome
        }
        let compiled: JSONSchema
        do throws(Diagnostic) {
            if let f = input.format, f != "json", f != "jsonl" {
                throw Diagnostic.usage("a JSON Schema validates JSON or JSON Lines, not \(f)")
            }
            let schemas = JSONSchemaLoading.registry(map: schemaMap)
            compiled = try JSONSchemaLoading.schema(at: schemaPath, registry: schemas, options: JSONSchemaOptions(formatAssertion: formatAssertion))
        } catch { return stop(error) }
        let byteInput: ByteInput
        if input.isStandardInput {
            byteInput = ByteInput(standardInputNamed: "<stdin>")
        } else {
            do throws(Diagnostic) { byteInput = try ByteInput(path: input.path) } catch { return stop(error) }
        }
        let lower = input.path.lowercased()
        let lines = input.format == "jsonl" || (input.format == nil && (lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")))
        outcome.format = try? registry.readableFormat(named: lines ? "jsonl" : "json")
        let result = JSONDocumentValidation.validate(byteInput, lines: lines, schema: compiled, maxErrors: maxErrors, report: report)
        outcome.records = result.documents
        outcome.unit = "document"
        outcome.errors = result.errors
        outcome.stoppedEarly = result.errors >= maxErrors && maxErrors < Int.max
        outcome.status = result.errors == 0 ? .success : .invalid
        return outcome
    }
}

/// The checks of one record beyond its reader's: Crosswalk's record schema on the record's canonical
/// JSON, and the model's rules (an id and a title, no empty names or identifiers, ids unique in the
/// file). Each problem is placed where the reader says the record (or the field) is.
final class RecordChecker {
    let file: String
    let schema: JSONSchema
    let encoder = JSONRecordEncoder(pretty: false)
    /// Each id seen, with where its record is.
    var ids: [String: SourceLocation?] = [:]
    var buffer: [UInt8] = []

    init(file: String, formatAssertion: Bool) {
        self.file = file
        self.schema = JSONSchemaLoading.recordSchema(options: JSONSchemaOptions(formatAssertion: formatAssertion))
    }

    func check(_ r: Record, reader: RecordReader, start: SourceLocation? = nil) -> [ValidationProblem] {
        var out: [ValidationProblem] = []
        let recordLocation = reader.lastRecordLocation ?? start
        let rid: String? = r.id.isEmpty ? nil : "\"\(r.id)\""
        func at(_ tokens: [String]) -> SourceLocation? {
            reader.location(ofField: tokens) ?? recordLocation
        }
        // The model's rules, in words an archivist reads.
        var fieldsWithProblems = Set<String>()
        for p in r.problems {
            let top = String(p.field.prefix { $0 != "[" && $0 != "." })
            fieldsWithProblems.insert(top)
            let tokens = p.field.split(whereSeparator: { $0 == "[" || $0 == "]" || $0 == "." }).map(String.init)
            out.append(ValidationProblem(.error("field \(p.field): \(p.message)", at: at(tokens), record: rid, field: p.field),
                                         instancePointer: "/" + tokens.joined(separator: "/")))
        }
        if !r.id.isEmpty {
            if let first = ids[r.id] {
                let whereFirst = first.map { " (first at line \($0.line))" } ?? ""
                out.append(ValidationProblem(.error("duplicate id\(whereFirst); ids must be unique in the file", at: at(["id"]), record: rid, field: "id"),
                                             instancePointer: "/id"))
            } else {
                ids[r.id] = .some(recordLocation)
            }
        }
        // The record schema, on the canonical JSON.
        buffer.removeAll(keepingCapacity: true)
        encoder.encode(r, into: &buffer, level: 0)
        if let value = try? JSONValueParser.parse(buffer) {
            for e in schema.validate(value) where !fieldsWithProblems.contains(e.instanceTokens.first ?? "") {
                let name = JSONDocumentValidation.fieldName(e.instanceTokens)
                let message = e.instanceTokens.isEmpty ? e.message : "field \(name): \(e.message)"
                out.append(ValidationProblem(.error(message, at: at(e.instanceTokens), record: rid, field: name.isEmpty ? nil : name),
                                             instancePointer: e.instanceLocation, keyword: e.keyword, keywordLocation: e.keywordLocation))
            }
        }
        return out
    }
}
