import ArgumentParser
import Crosswalk
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct CrosswalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Convert, cite and validate catalogues of archival documents.",
        discussion: "Formats: \(FormatRegistry.builtIn.formats.map(\.name).joined(separator: ", ")). Exit statuses are listed in Docs/cli.md.",
        version: "0.1.0",
        subcommands: [Convert.self, Cite.self, Validate.self, Inspect.self, Formats.self, Styles.self]
    )

    /// The format settings' own options (`--duplicate-keys first`) are spelled `--set KEY=VALUE`
    /// before the arguments are parsed, so that a format declares its settings in its own module and
    /// the CLI needs no code for them.
    static func main() {
        main(SettingOptions.rewrite(Array(CommandLine.arguments.dropFirst()), settings: FormatRegistry.builtIn.settings))
    }
}

/// The command-line face of the formats' declared settings (`FormatDescriptor.settings`).
enum SettingOptions {
    /// Rewrites `--OPTION VALUE` and `--OPTION=VALUE` for each setting into `--set KEY=VALUE`, placed
    /// after every other argument so that they override a `--set` of the same key. Arguments after `--` are left alone.
    static func rewrite(_ arguments: [String], settings: [FormatSetting]) -> [String] {
        var out: [String] = [], sets: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { out += arguments[i...]; break }
            if let s = settings.first(where: { a == "--" + $0.option || a.hasPrefix("--" + $0.option + "=") }) {
                if a.contains("=") {
                    sets += ["--set", s.key + "=" + a[a.index(after: a.firstIndex(of: "=")!)...]]
                } else if i + 1 < arguments.count {
                    sets += ["--set", s.key + "=" + arguments[i + 1]]
                    i += 1
                } else {
                    out.append(a)   // left for the parser to refuse as an unknown option
                }
            } else {
                out.append(a)
            }
            i += 1
        }
        if let dd = out.firstIndex(of: "--") { out.insert(contentsOf: sets, at: dd) } else { out += sets }
        return out
    }

    /// The help text that lists every setting's option, its values and what it does.
    static var help: String {
        let lines = FormatRegistry.builtIn.settings.map { s in
            let values = s.values.isEmpty ? "<\(s.valueName)>" : s.values.joined(separator: "|")
            return "  --\(s.option) \(values)\n        \(s.help) (the same as --set \(s.key)=VALUE)"
        }
        return "Format settings:\n" + lines.joined(separator: "\n")
    }
}

/// A format named on the command line. Any name parses; `validate()` refuses the unknown ones with
/// the list of formats, and the help lists them.
struct FormatName: ExpressibleByArgument {
    var name: String
    init?(argument: String) { name = argument }
    static var allValueStrings: [String] { FormatRegistry.builtIn.formats.map(\.name) }
}

/// Prints to standard error.
func printToStandardError(_ text: String, newline: Bool = true) {
    var line = text
    if newline && !line.hasSuffix("\n") { line += "\n" }
    var bytes = Array(line.utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { break }
        done += n
    }
}

/// The closing line of a run that has more to say than its output: how many records were done, and
/// apart from each other the bad records skipped, each tally (duplicates dropped, keys generated …)
/// and the warnings held back. "crosswalk: 5 converted; 2 bad records skipped; 1 duplicate entry
/// dropped; 14 warnings of 3 kinds (--warnings all prints each one)". Nothing on a clean run.
func printClosingLine(_ verb: String, done: Int, skipped: Int, tallies: [Diagnostic.Tally: Int] = [:],
                      printer: DiagnosticPrinter) {
    var parts: [String] = []
    if skipped > 0 { parts.append("\(skipped) bad record\(skipped == 1 ? "" : "s") skipped") }
    let counted = Diagnostic.Tally.allCases.compactMap { t in tallies[t].flatMap { $0 > 0 ? t.phrase($0) : nil } }
    parts += counted
    // The warnings held back, less those a tally has counted already.
    let held = printer.summary.groups.filter { $0.first.tally == nil }
    let total = held.reduce(0) { $0 + $1.count }
    let grouped = printer.summary.groups.contains { $0.count > 1 }
    guard !parts.isEmpty || grouped else { return }
    if printer.mode == .summary && total > 0 {
        parts.append("\(total) \(counted.isEmpty ? "" : "other ")warning\(total == 1 ? "" : "s") of \(held.count) kind\(held.count == 1 ? "" : "s")"
                     + (grouped ? " (--warnings all prints each one)" : ""))
    }
    printToStandardError("crosswalk: \(done) \(verb); " + parts.joined(separator: "; "))
}

extension OutputPart: ExpressibleByArgument {}

/// How warnings are shown: each one as it comes, each kind once with its count at the end, or none.
enum WarningsMode: String, CaseIterable, ExpressibleByArgument {
    case all, summary, none
}

struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Do not print warnings (the same as --warnings none).")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("all: every warning as it comes; summary: each kind of warning once, with its count and the first records, at the end; none.", valueName: "mode"))
    var warnings: WarningsMode = .summary

    var mode: WarningsMode { quiet ? .none : warnings }
}

/// How diagnostics reach standard error: errors always, as they come; warnings as `--warnings` says,
/// except those about the command line itself, which are always shown. A problem with the command
/// rather than with a place in the input is prefixed with `crosswalk: `.
final class DiagnosticPrinter {
    let mode: WarningsMode
    let summary = WarningSummary()

    init(_ mode: WarningsMode) { self.mode = mode }

    func callAsFunction(_ d: Diagnostic) {
        if d.severity == .error || d.kind == .usage || mode == .all {
            print(d)
        } else if mode == .summary {
            summary.add(d)
        }
    }

    func print(_ d: Diagnostic) {
        if d.kind != .data && d.location == nil && d.recordID == nil {
            printToStandardError("crosswalk: " + d.description)
        } else {
            printToStandardError(d.description)
        }
    }

    /// The summary of the warnings held back, at the end of the command.
    func finish() {
        guard mode == .summary else { return }
        for line in summary.lines { printToStandardError(line) }
    }
}

struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The input file, or - for standard input.", valueName: "input"))
    var input: String = "-"

    @Option(name: .long, help: ArgumentHelp("The input format; detected from the extension or the content if omitted.", valueName: "format"))
    var from: FormatName?

    @Option(name: .long, help: ArgumentHelp("The separator between values in multi-valued CSV cells.", valueName: "text"))
    var separator: String = " | "

    @Option(name: .long, help: ArgumentHelp("The text encoding of the input, if it is not UTF-8 (an IANA name: latin1, ISO-8859-15, windows-1252...).", valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A format setting, key=value (see the format settings below and Docs/formats/).", valueName: "key=value"))
    var settings: [String] = []

    var request: InputRequest { InputRequest(path: input, format: from?.name, encoding: encoding) }

    /// The reader and writer options these arguments give.
    var formatOptions: FormatOptions {
        var options = FormatOptions(separator: separator, encoding: encoding)
        let repeatable = Set(FormatRegistry.builtIn.settings.filter(\.repeatable).map(\.key))
        for s in settings {
            guard let eq = s.firstIndex(of: "=") else { continue }
            let key = String(s[..<eq]), value = String(s[s.index(after: eq)...])
            if repeatable.contains(key), let earlier = options.settings[key] {
                options.settings[key] = earlier + "," + value
            } else {
                options.settings[key] = value
            }
        }
        return options
    }

    func validate() throws {
        for s in settings {
            guard let eq = s.firstIndex(of: "="), eq != s.startIndex else { throw ValidationError("--set wants key=value, not `\(s)`") }
        }
        do {
            if let from { _ = try FormatRegistry.builtIn.readableFormat(named: from.name) }
            try FormatRegistry.builtIn.checkSettings(formatOptions)
        } catch {
            throw ValidationError(error.message)
        }
    }
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a catalogue from one format to another.",
        discussion: """
        Bad records are reported and skipped, and the exit status is then 65; --strict stops at the first error.
        With -o the output is written to a temporary file and renamed only on success.

        \(SettingOptions.help)
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var to: FormatName

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Stop at the first error instead of skipping the bad record.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Write one part of the document, for conversions in parts (GNU parallel, Spark; see Docs/scale-out.md): records (the records' lines only), head or tail (the lines around them; no input is read); whole is the default.", valueName: "part"))
    var part: OutputPart = .whole

    @Option(name: .long, help: ArgumentHelp("Threads: 1 reads and writes on one; 2 or more reads on one thread ahead of the writer on another. The output and the messages are the same. Default: the number of cores.", valueName: "n"))
    var jobs: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        do { _ = try FormatRegistry.builtIn.writableFormat(named: to.name) } catch { throw ValidationError(error.message) }
    }

    func run() throws {
        let printer = DiagnosticPrinter(outputOptions.mode)
        let progress = Progress(enabled: printer.mode != .none && isatty(2) == 1)
        var job = ConvertJob(input: inputOptions.request, target: to.name, outputPath: output,
                             options: inputOptions.formatOptions, strict: strict)
        job.part = part
        job.jobs = jobs
        if progress.enabled { job.transforms.append(progress.transform) }
        let outcome = job.run(standardOutput: ByteOutput(standardOutput: ())) { d in
            progress.clear()
            printer(d)
        }
        progress.clear()
        printer.finish()
        if outcome.abandonedOutputFile, let output { printToStandardError("crosswalk: \(output) was not written") }
        if let s = outcome.summary {
            printClosingLine("converted", done: s.recordsWritten, skipped: s.recordsSkipped, tallies: s.tallies, printer: printer)
        }
        if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
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

/// What `validate` writes on standard output.
enum ReportMode: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a file against its schema and the data-model rules of its format.",
        discussion: """
        XML is validated against Crosswalk's bundled XML Schemas, chosen by the root element (a Crosswalk \
        `records` container, an `oai_dc:dc` record, or an OAI-PMH response), or against --schema. Every file is \
        then read as its format, and every record is checked against Crosswalk's record schema \
        (Schemas/record.schema.json) and the model's rules (an id and a title, ids unique in the file). With \
        --schema S.json, any JSON document (or JSON Lines, line by line) is checked against that JSON Schema \
        (2020-12) instead. Problems are printed as FILE:LINE:COLUMN: error: message. The exit status is 0 when \
        the file is valid and 1 when it is not.

        \(SettingOptions.help)
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("Validate against this schema: an XML Schema (.xsd) for XML, or a JSON Schema for JSON and JSON Lines.", valueName: "path"))
    var schema: String?

    @Option(name: .long, help: ArgumentHelp("An XML catalog that maps schema URLs to local files (for an .xsd --schema).", valueName: "catalog.xml"))
    var catalog: String?

    @Option(name: .customLong("schema-map"), help: ArgumentHelp("Resolve a JSON Schema URI (or a URI prefix ending in /) to a local file (or folder); repeatable. Nothing is fetched from the network.", valueName: "URI=PATH"))
    var schemaMap: [String] = []

    @Flag(name: .customLong("format-assert"), help: "JSON Schema: check `format` (date, email, uri, ...) instead of treating it as an annotation.")
    var formatAssert = false

    @Option(name: .long, help: ArgumentHelp("text: the summary line on standard output; json: a machine-readable report of every problem.", valueName: "text|json"))
    var report: ReportMode = .text

    @Option(name: .customLong("max-errors"), help: ArgumentHelp("Stop after this many errors.", valueName: "N"))
    var maxErrors: Int?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        for m in schemaMap where !m.contains("=") || m.hasPrefix("=") || m.hasSuffix("=") {
            throw ValidationError("--schema-map expects URI=PATH, not `\(m)`")
        }
        if let maxErrors, maxErrors < 1 { throw ValidationError("--max-errors must be 1 or more") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(outputOptions.mode)
        var job = ValidateJob(input: inputOptions.request, schema: schema, catalog: catalog, options: inputOptions.formatOptions)
        job.schemaMap = schemaMap.map { m in
            let eq = m.firstIndex(of: "=")!
            return (String(m[..<eq]), String(m[m.index(after: eq)...]))
        }
        job.formatAssertion = formatAssert
        job.maxErrors = maxErrors ?? Int.max
        var problems = 0
        if report == .json { print("{\"problems\":[", terminator: "") }
        let outcome = job.runDetailed { p in
            printer(p.diagnostic)
            if report == .json {
                print((problems == 0 ? "\n" : ",\n") + p.jsonObject, terminator: "")
                problems += 1
            }
        }
        printer.finish()
        printClosingLine("checked", done: outcome.records, skipped: 0, printer: printer)
        if report == .json {
            var tail = "\n],\"file\":"
            JSONValue.string(outcome.name).write(into: &tail)
            tail += ",\"format\":" + (outcome.format.map { "\"\($0.name)\"" } ?? "null")
            tail += ",\"valid\":\(outcome.status == .success),\"records\":\(outcome.records),\"errors\":\(outcome.errors)"
            tail += ",\"stoppedEarly\":\(outcome.stoppedEarly),\"exitStatus\":\(outcome.status.rawValue)}"
            print(tail)
        }
        switch outcome.status {
        case .success:
            let r = outcome.records
            if report == .text { print("\(outcome.name): valid (\(r) \(outcome.unit)\(r == 1 ? "" : "s"), \(outcome.format?.name ?? "?"))") }
        case .invalid:
            let e = outcome.errors
            if report == .text {
                print("\(outcome.name): invalid: \(e) error\(e == 1 ? "" : "s")\(outcome.stoppedEarly ? " (stopped at --max-errors)" : "")")
            }
            throw ExitCode(outcome.status.rawValue)
        default:
            throw ExitCode(outcome.status.rawValue)
        }
    }
}

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a CSV file's columns would be read, with a few values of each and a --map line to edit.",
        discussion: """
        Prints the header, what each column goes to and why (the column map, the profile, its name, or nothing: \
        extra), the profile, the first few values of each column, warnings, and a ready --map option. \
        --profile, --map, --map-file and --separator are taken into account as convert takes them.

        \(SettingOptions.help)
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("How many values to show per column.", valueName: "n"))
    var samples: Int = 3

    func run() throws {
        let printer = DiagnosticPrinter(.all)
        let outcome = InspectJob(input: inputOptions.request, options: inputOptions.formatOptions, samples: max(1, samples)).run { printer($0) }
        if let inspection = outcome.inspection { print(inspection.text, terminator: "") }
        if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
    }
}

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the formats, and what Crosswalk can do with each.")

    @Flag(name: .long, help: "List the CSV profiles (spreadsheet layouts, --profile NAME) instead.")
    var profiles = false

    func run() {
        if profiles {
            for line in CSVProfiles.listing() { print(line) }
            return
        }
        for line in FormatRegistry.builtIn.table() { print(line) }
    }
}

extension CSLOutputFormat: ExpressibleByArgument {}
extension CiteJob.Mode: ExpressibleByArgument {}

struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a bibliography, or one citation per record, in a CSL style.",
        discussion: """
        The input is any format Crosswalk reads. Styles are looked for by name in $CROSSWALK_STYLE_PATH \
        (a colon-separated list of folders), ~/.local/share/csl/styles, /usr/share/citation-style-language/styles \
        (Debian's citation-style-language-styles), then the built-in styles (archival); a path to a .csl file \
        works too. Locales the same way ($CROSSWALK_LOCALE_PATH, ~/.local/share/csl/locales, \
        /usr/share/citation-style-language/locales, then the built-in en-US). `crosswalk styles` lists the styles found.

        \(SettingOptions.help)
        """
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("The CSL style: a name (chicago-author-date, apa, modern-language-association, archival ...) or a .csl file.", valueName: "style"))
    var style: String = "archival"

    @Option(name: .long, help: ArgumentHelp("The locale (en-US, de-DE, fr-FR ...) instead of the style's default.", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var format: CSLOutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("bibliography: the sorted bibliography; citation: one citation (or note) per record, in input order.", valueName: "mode"))
    var mode: CiteJob.Mode = .bibliography

    @Option(name: .long, help: ArgumentHelp("Only these records, by id, comma-separated (in this order for citations).", valueName: "id,id,..."))
    var ids: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let printer = DiagnosticPrinter(outputOptions.mode)
        let job = CiteJob(input: inputOptions.request, style: style, locale: locale, format: format, mode: mode,
                          ids: ids.map { $0.split(separator: ",").map { String($0).trimmingCharacters() } },
                          outputPath: output, options: inputOptions.formatOptions)
        let outcome = job.run(standardOutput: ByteOutput(standardOutput: ())) { printer($0) }
        printer.finish()
        printClosingLine("cited", done: outcome.rendered, skipped: outcome.recordsSkipped, printer: printer)
        if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
    }
}

struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the CSL styles `crosswalk cite` can find, with their titles.",
        discussion: "Dependent styles are listed with the parent they use."
    )

    @Option(name: .long, help: ArgumentHelp("Only styles whose name or title contains this word.", valueName: "word"))
    var search: String?

    func run() throws {
        let styles = StyleCatalog.standardWithBuiltIns().styles(matching: search)
        let width = styles.map(\.name.count).max() ?? 0
        for s in styles {
            let parent = s.parent.map { " (uses \($0))" } ?? ""
            print(s.name + String(repeating: " ", count: width - s.name.count + 2) + s.title + parent)
        }
        if styles.isEmpty, let search { printToStandardError("crosswalk: no style matches `\(search)`") }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
