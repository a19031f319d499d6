/// One `validate`: XML Schema validation (for XML input, or any input with a schema), then the
/// data-model rules of the input's format, by reading every record. What `crosswalk validate` runs.
public struct ValidateJob {
    public var input: InputRequest
    /// An XML Schema to use instead of the bundled one chosen by the root element.
    public var schema: String?
    /// An XML catalog that maps the schema's imports to local files.
    public var catalog: String?
    public var options: FormatOptions

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
    }

    /// Validates. Each problem goes to `report` once (a message found by both steps is reported once).
    public func run(registry: FormatRegistry = .builtIn, report: @escaping DiagnosticHandler) -> Outcome {
        var outcome = Outcome(status: .success, name: input.displayName)
        var seen = Set<String>()
        var errors = 0
        let note: DiagnosticHandler = { d in
            guard seen.insert(d.description).inserted else { return }
            if d.severity == .error { errors += 1 }
            report(d)
        }
        func stop(_ d: Diagnostic) -> Outcome {
            report(d)
            outcome.status = ExitStatus(for: d)
            return outcome
        }
        let opened: OpenedInput
        do throws(Diagnostic) {
            try registry.checkSettings(options)
            opened = try registry.open(input, report: report)
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

        // Step 2: the data-model rules: read every record.
        guard let makeReader = format.makeReader else { return stop(.usage("Crosswalk cannot read \(format.name)")) }
        do throws(Diagnostic) {
            var readerOptions = options
            // With the user's own schema, the document need not be Dublin Core: the DC reader then
            // checks whatever DC records it holds and does not refuse the document for being other XML.
            if schema != nil { readerOptions.settings[DublinCoreRecordReader.anyXMLSetting] = "true" }
            let reader = try makeReader(again, ReaderContext(options: readerOptions, report: note))
            while true {
                do {
                    guard try reader.next() != nil else { break }
                    outcome.records += 1
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
        outcome.status = errors == 0 ? .success : .invalid
        return outcome
    }
}
