import ArgumentParser
import Crosswalk
#if canImport(Glibc)
import Glibc
#endif

@main
struct CrosswalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Convert and validate catalogues of archival documents.",
        discussion: "Formats: \(FormatRegistry.builtIn.formats.map(\.name).joined(separator: ", ")). Exit statuses are listed in Docs/cli.md.",
        version: "0.1.0",
        subcommands: [Convert.self, Validate.self, Formats.self]
    )
}

/// Prints diagnostics to standard error as they arrive.
func printToStandardError(_ text: String, newline: Bool = true) {
    var line = text
    if newline && !line.hasSuffix("\n") { line += "\n" }
    var bytes = Array(line.utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { break }
        done += n
    }
}

struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The input file, or - for standard input.", valueName: "input"))
    var input: String = "-"

    @Option(name: .long, help: ArgumentHelp("The input format; detected from the extension or the content if omitted.", valueName: "format"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The separator between values in multi-valued CSV cells.", valueName: "text"))
    var separator: String = " | "

    @Option(name: .long, help: ArgumentHelp("The text encoding of the input, if it is not UTF-8 (an IANA name: latin1, ISO-8859-15, windows-1252...).", valueName: "name"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("What to do with a second entry that has the same key (BibTeX): first (keep the first, warn), last, or error.", valueName: "policy"))
    var duplicateKeys: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A format setting, key=value (see Docs/formats/).", valueName: "key=value"))
    var settings: [String] = []

    /// The reader and writer options these arguments give.
    func formatOptions(extra: [String: String] = [:]) throws -> FormatOptions {
        if let problem = CSVMapping.separatorProblem(separator) { throw fail(.usage, "--separator: \(problem)") }
        var options = FormatOptions(separator: separator, encoding: encoding)
        for s in settings {
            guard let eq = s.firstIndex(of: "="), eq != s.startIndex else {
                throw fail(.usage, "--set wants key=value, not `\(s)`")
            }
            options.settings[String(s[..<eq])] = String(s[s.index(after: eq)...])
        }
        if let duplicateKeys { options.settings["bibtex.duplicateKeys"] = duplicateKeys }
        for (k, v) in extra { options.settings[k] = v }
        return options
    }

    var isStandardInput: Bool { input == "-" }
}

extension Diagnostic {
    /// A problem with a setting the user gave (a format option), not with the input.
    var isUsageProblem: Bool {
        guard location == nil, let f = field else { return false }
        return f.hasPrefix("bibtex.") || f == "separator" || f == "encoding"
    }
}

func fail(_ status: ExitStatus, _ message: String) -> ExitCode {
    printToStandardError("crosswalk: error: \(message)")
    return ExitCode(status.rawValue)
}

/// Opens the input and decides its format.
func openInput(_ options: InputOptions, registry: FormatRegistry) throws -> (ByteInput, FormatDescriptor) {
    var input: ByteInput
    if options.isStandardInput {
        input = ByteInput(standardInputNamed: "<stdin>")
    } else {
        do { input = try ByteInput(path: options.input) } catch { throw fail(.noInput, error.message) }
    }
    let format: FormatDescriptor
    if let name = options.from {
        guard let f = registry.format(named: name) else {
            throw fail(.usage, "unknown input format `\(name)`; `crosswalk formats` lists them")
        }
        guard f.canRead else { throw fail(.usage, "Crosswalk cannot read \(f.name)") }
        format = f
    } else if !options.isStandardInput, let f = registry.format(forPath: options.input, prefix: input.prefix(4096)), f.canRead {
        format = f
    } else if let f = registry.sniff(input.prefix(4096)) {
        format = f
    } else {
        throw fail(.usage, "cannot tell the format of \(input.name); name it with --from")
    }
    if let encoding = options.encoding {
        if format.isXML {
            // An XML document names its own encoding in its declaration, and libxml2 follows it.
            printToStandardError("crosswalk: warning: --encoding is ignored for XML; the document's encoding declaration says how to read it")
        } else {
            do { input = try ByteInput.transcoding(input, from: encoding) } catch {
                if error.field == "encoding" { throw fail(.usage, error.message) }
                printToStandardError(error.description)
                throw ExitCode(ExitStatus.dataError.rawValue)
            }
        }
    }
    return (input, format)
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a catalogue from one format to another.",
        discussion: """
        Bad records are reported and skipped, and the exit status is then 65; --strict stops at the first error.
        With -o the output is written to a temporary file and renamed only on success.
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var to: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Stop at the first error instead of skipping the bad record.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("How the BibTeX writers encode non-ASCII text: unicode (default) or latex (7-bit ASCII).", valueName: "encoding"))
    var bibtexEncoding: String?

    @Option(name: .long, help: ArgumentHelp("The citation key pattern of the BibTeX writers (see Docs/formats/bibtex.md).", valueName: "pattern"))
    var keyPattern: String?

    func run() throws {
        let registry = FormatRegistry.builtIn
        guard let target = registry.format(named: to) else {
            throw fail(.usage, "unknown output format `\(to)`; `crosswalk formats` lists them")
        }
        guard target.canWrite else { throw fail(.usage, "Crosswalk cannot write \(target.name)") }
        if let output, !inputOptions.isStandardInput,
           output == inputOptions.input || isSameFile(output, inputOptions.input) {
            throw fail(.usage, "refusing to write over the input file \(inputOptions.input)")
        }
        let (input, source) = try openInput(inputOptions, registry: registry)

        let atomic: AtomicFileOutput?
        let sink: ByteOutput
        if let output {
            do { atomic = try AtomicFileOutput(path: output) } catch { throw fail(.cannotCreate, error.message) }
            sink = atomic!.output
        } else {
            atomic = nil
            sink = ByteOutput(standardOutput: ())
        }
        let quiet = self.quiet
        var extra: [String: String] = [:]
        if let bibtexEncoding { extra["bibtex.encoding"] = bibtexEncoding }
        if let keyPattern { extra["bibtex.keyPattern"] = keyPattern }
        var converter = Converter(options: try inputOptions.formatOptions(extra: extra), strict: strict)
        let progress = Progress(enabled: !quiet && isatty(2) == 1)
        if progress.enabled { converter.transforms.append(progress.transform) }
        let summary: ConversionSummary
        do {
            defer { progress.clear() }
            summary = try converter.convert(input, from: source, to: target, output: sink) { d in
                progress.clear()
                if d.severity == .error || !quiet { printToStandardError(d.description) }
            }
        } catch {
            atomic?.abandon()
            if error.isUsageProblem { throw fail(.usage, error.message) }
            printToStandardError(error.description)
            if output != nil { printToStandardError("crosswalk: \(output!) was not written") }
            if error.location == nil && error.message.hasPrefix("cannot write") { throw ExitCode(ExitStatus.ioError.rawValue) }
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
        if let atomic {
            do { try atomic.commit() } catch { throw fail(.ioError, error.message) }
        }
        if summary.recordsSkipped > 0 {
            let s = summary.recordsSkipped
            printToStandardError("crosswalk: \(s) bad record\(s == 1 ? " was" : "s were") skipped; \(summary.recordsWritten) converted")
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
    }
}

/// A record count on standard error, for long runs on a terminal: shown after the first second,
/// updated a few times a second, and cleared before any other message.
final class Progress {
    let enabled: Bool
    private var count = 0
    private var shown = false
    private let start = Progress.now()
    private var last = 0.0

    init(enabled: Bool) { self.enabled = enabled }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    var transform: RecordTransform {
        { [self] record, _ in
            count += 1
            if count & 1023 == 0 {
                let t = Progress.now()
                if t - start > 1, t - last > 0.25 {
                    last = t
                    shown = true
                    printToStandardError("\rcrosswalk: \(count) records…", newline: false)
                }
            }
            return record
        }
    }

    func clear() {
        if shown {
            printToStandardError("\r\u{1B}[K", newline: false)
            shown = false
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a file against its schema and the data-model rules of its format.",
        discussion: """
        XML is validated against Crosswalk's bundled XML Schemas, chosen by the root element (a Crosswalk \
        `records` container, an `oai_dc:dc` record, or an OAI-PMH response), or against --schema. Every file is \
        then read as its format, so that every bad record is reported. Problems are printed as \
        FILE:LINE:COLUMN: error: message. The exit status is 0 when the file is valid and 1 when it is not.
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("Validate XML against this XML Schema instead of the bundled one.", valueName: "path.xsd"))
    var schema: String?

    @Option(name: .long, help: ArgumentHelp("An XML catalog that maps schema URLs to local files (for --schema).", valueName: "catalog.xml"))
    var catalog: String?

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    func run() throws {
        let registry = FormatRegistry.builtIn
        // Read the input once: XML Schema validation and the format's reader both need it.
        let (input, format) = try openInput(inputOptions, registry: registry)
        let name = input.name
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        func note(_ d: Diagnostic) {
            guard seen.insert(d.description).inserted else { return }
            problems.append(d)
            if d.severity == .error || !quiet { printToStandardError(d.description) }
        }
        let isXML = schema != nil || format.isXML
        var bytes: [UInt8]?
        if isXML {
            let source: XMLValidation.Source
            if inputOptions.isStandardInput {
                bytes = input.readToEnd()
                source = .bytes(bytes!, name: name)
            } else {
                source = .file(name)
            }
            do {
                for d in try XMLValidation.validate(source, schema: schema, catalog: catalog) { note(d) }
            } catch {
                throw fail(.usage, error.message)
            }
        }
        // The data-model rules: read every record.
        let again: ByteInput
        if let bytes {
            again = ByteInput(bytes: bytes, name: name)
        } else if isXML {
            do { again = try ByteInput(path: name) } catch { throw fail(.noInput, error.message) }
        } else {
            again = input
        }
        var records = 0
        let options = try inputOptions.formatOptions()
        let reader: any RecordReader
        do {
            reader = try format.makeReader!(again, ReaderContext(options: options, report: note))
        } catch {
            if error.isUsageProblem { throw fail(.usage, error.message) }
            note(error)
            throw ExitCode(ExitStatus.invalid.rawValue)
        }
        while true {
            do {
                guard try reader.next() != nil else { break }
                records += 1
            } catch {
                note(error)
                if !error.isRecoverable { break }
            }
        }
        let errors = problems.filter { $0.severity == .error }.count
        if errors == 0 {
            print("\(name): valid (\(records) record\(records == 1 ? "" : "s"), \(format.name))")
        } else {
            print("\(name): invalid: \(errors) error\(errors == 1 ? "" : "s")")
            throw ExitCode(ExitStatus.invalid.rawValue)
        }
    }
}

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the formats, and what Crosswalk can do with each.")

    func run() {
        let rows = FormatRegistry.builtIn.formats.map { f in
            [f.name, (f.canRead ? "read" : "") + (f.canRead && f.canWrite ? "+" : "") + (f.canWrite ? "write" : ""),
             f.extensions.map { "." + $0 }.joined(separator: " "), f.summary]
        }
        let header = ["format", "can", "extensions", "description"]
        let widths = (0..<3).map { i in ([header] + rows).map { $0[i].count }.max()! }
        for row in [header] + rows {
            var line = ""
            for i in 0..<3 { line += row[i] + String(repeating: " ", count: widths[i] - row[i].count + 2) }
            print(line + row[3])
        }
    }
}
