/// Which input a command reads, as the user named it.
public struct InputRequest: Sendable, Hashable {
    /// A file path, or `-` for standard input.
    public var path: String
    /// The input format's name or alias, when the user gave one (`--from`).
    public var format: String?
    /// The input's text encoding, when it is not UTF-8 (`--encoding`).
    public var encoding: String?

    public init(path: String = "-", format: String? = nil, encoding: String? = nil) {
        self.path = path; self.format = format; self.encoding = encoding
    }

    public var isStandardInput: Bool { path == "-" }

    /// A usage error when `outputPath` names this input file (by the same path, or another path to
    /// the same file): a command never writes over its input.
    public func checkNotOverwritten(by outputPath: String?) throws(Diagnostic) {
        guard let outputPath, !isStandardInput, outputPath == path || isSameFile(outputPath, path) else { return }
        throw Diagnostic.usage("refusing to write over the input file \(path)")
    }

    /// The name the input goes by in messages.
    public var displayName: String { isStandardInput ? "<stdin>" : path }
}

/// An input opened, its format decided, and its bytes transcoded to UTF-8 where asked.
public struct OpenedInput {
    public var input: ByteInput
    public var format: FormatDescriptor
}

extension FormatRegistry {
    /// Opens an input and decides its format: the one named, else the one that owns the file's
    /// extension, else the one whose sniffer is surest about the first 4 KiB. Then applies `encoding`
    /// (which XML ignores, with a usage warning, since a document names its own encoding).
    ///
    /// Throws a usage error for a format that is unknown, cannot be read or cannot be told, an input
    /// error when the file cannot be opened, and a data error when a byte is not valid in the encoding.
    public func open(_ request: InputRequest, report: DiagnosticHandler) throws(Diagnostic) -> OpenedInput {
        var input: ByteInput
        if request.isStandardInput {
            input = ByteInput(standardInputNamed: request.displayName)
        } else {
            input = try ByteInput(path: request.path)
        }
        let format: FormatDescriptor
        if let name = request.format {
            format = try readableFormat(named: name)
        } else if !request.isStandardInput, let f = self.format(forPath: request.path, prefix: input.prefix(4096)), f.canRead {
            // A CSL-JSON file named `.json` (Zotero's `My Library.json`) is told by its content.
            format = f
        } else if let f = sniff(input.prefix(4096)) {
            format = f
        } else {
            throw Diagnostic.usage("cannot tell the format of \(input.name); name it with --from")
        }
        if let encoding = request.encoding {
            if format.isXML {
                report(Diagnostic(.warning, "--encoding is ignored for XML; the document's encoding declaration says how to read it",
                                  kind: .usage))
            } else {
                input = try ByteInput.transcoding(input, from: encoding)
            }
        }
        return OpenedInput(input: input, format: format)
    }

    /// The format named, which must be readable.
    public func readableFormat(named name: String) throws(Diagnostic) -> FormatDescriptor {
        guard let f = format(named: name) else {
            throw Diagnostic.usage("unknown input format `\(name)`; `crosswalk formats` lists them")
        }
        guard f.canRead else { throw Diagnostic.usage("Crosswalk cannot read \(f.name)") }
        return f
    }

    /// The format named, which must be writable.
    public func writableFormat(named name: String) throws(Diagnostic) -> FormatDescriptor {
        guard let f = format(named: name) else {
            throw Diagnostic.usage("unknown output format `\(name)`; `crosswalk formats` lists them")
        }
        guard f.canWrite else { throw Diagnostic.usage("Crosswalk cannot write \(f.name)") }
        return f
    }

    /// Every format's settings, each once (formats that share a reader or writer share settings).
    public var settings: [FormatSetting] {
        var seen = Set<String>()
        return formats.flatMap(\.settings).filter { seen.insert($0.key).inserted }
    }

    /// Checks the values of the declared settings in `options` (undeclared keys are left to the formats).
    public func checkSettings(_ options: FormatOptions) throws(Diagnostic) {
        if let problem = CSVMapping.separatorProblem(options.separator) {
            throw Diagnostic.usage("--separator: \(problem)", field: "separator")
        }
        for s in settings {
            if let value = options.settings[s.key], let problem = s.problem(with: value) {
                throw Diagnostic.usage(problem, field: s.key)
            }
        }
    }
}

extension ExitStatus {
    /// The status a command exits with when it stops on this error.
    public init(for diagnostic: Diagnostic) {
        switch diagnostic.kind {
        case .usage: self = .usage
        case .input: self = .noInput
        case .data: self = .dataError
        case .output: self = .ioError
        }
    }
}
