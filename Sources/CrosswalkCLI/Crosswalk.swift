import ArgumentParser
import Crosswalk
#if canImport(Glibc)
import Glibc
#endif

@main
struct CrosswalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Convert, cite and validate catalogues of archival documents.",
        discussion: "Formats: \(FormatRegistry.builtIn.formats.map(\.name).joined(separator: ", ")). Exit statuses are listed in Docs/cli.md.",
        version: "0.1.0",
        subcommands: [Convert.self, Formats.self]
    )
}

/// Prints diagnostics to standard error as they arrive.
func printToStandardError(_ text: String) {
    var line = text
    if !line.hasSuffix("\n") { line += "\n" }
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
    if let encoding = options.encoding {
        // Transcode to UTF-8 before any reader (or sniffer) sees the bytes.
        do { input = try ByteInput.transcoding(input, from: encoding) } catch {
            printToStandardError(error.description)
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
    }
    if let name = options.from {
        guard let f = registry.format(named: name) else {
            throw fail(.usage, "unknown input format `\(name)`; `crosswalk formats` lists them")
        }
        guard f.canRead else { throw fail(.usage, "Crosswalk cannot read \(f.name)") }
        return (input, f)
    }
    if !options.isStandardInput, let f = registry.format(forPath: options.input), f.canRead {
        return (input, f)
    }
    guard let f = registry.sniff(input.prefix(4096)) else {
        throw fail(.usage, "cannot tell the format of \(input.name); name it with --from")
    }
    return (input, f)
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
        let converter = Converter(options: try inputOptions.formatOptions(extra: extra), strict: strict)
        let summary: ConversionSummary
        do {
            summary = try converter.convert(input, from: source, to: target, output: sink) { d in
                if d.severity == .error || !quiet { printToStandardError(d.description) }
            }
        } catch {
            atomic?.abandon()
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
