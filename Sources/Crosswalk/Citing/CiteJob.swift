/// One `cite`: read a catalogue in any format, turn each record into a CSL item (through the
/// CSL-JSON table), and render a bibliography or one citation per record in a CSL style.
/// What `crosswalk cite` runs.
public struct CiteJob {
    public enum Mode: String, Sendable, CaseIterable {
        /// The style's bibliography, sorted as the style sorts it.
        case bibliography
        /// One citation per record, in input order (for a note style, each is a note).
        case citation
    }

    public var input: InputRequest
    /// A style name (looked for by `catalog`) or a path to a `.csl` file.
    public var style: String
    /// A locale (`de-DE`) instead of the style's default.
    public var locale: String?
    public var format: CSLOutputFormat
    public var mode: Mode
    /// Only these records, in this order (for `citation`); nil cites every record.
    public var ids: [String]?
    public var outputPath: String?
    public var options: FormatOptions
    public var catalog: StyleCatalog

    public init(input: InputRequest, style: String = "archival", locale: String? = nil, format: CSLOutputFormat = .text,
                mode: Mode = .bibliography, ids: [String]? = nil, outputPath: String? = nil,
                options: FormatOptions = FormatOptions(), catalog: StyleCatalog = .standardWithBuiltIns()) {
        self.input = input; self.style = style; self.locale = locale; self.format = format; self.mode = mode
        self.ids = ids; self.outputPath = outputPath; self.options = options; self.catalog = catalog
    }

    public struct Outcome {
        public var status: ExitStatus
        /// How many entries (bibliography) or citations were written.
        public var rendered = 0
        /// Bad records that were reported and skipped.
        public var recordsSkipped = 0
        public var wroteOutputFile = false
    }

    /// Renders. Every warning and error goes to `report`; the outcome's status is the one the command exits with.
    public func run(registry: FormatRegistry = .builtIn, standardOutput: @autoclosure () -> ByteOutput,
                    report: @escaping DiagnosticHandler) -> Outcome {
        var outcome = Outcome(status: .success)
        func stop(_ d: Diagnostic, _ status: ExitStatus? = nil) -> Outcome {
            report(d)
            outcome.status = status ?? ExitStatus(for: d)
            return outcome
        }
        // The style first: a wrong name should not wait for a large catalogue to be read.
        let resolved: ResolvedStyle
        let style: CSLStyle
        do throws(Diagnostic) {
            try registry.checkSettings(options)
            try input.checkNotOverwritten(by: outputPath)
            resolved = try catalog.resolveStyle(self.style)
            do { style = try CSLStyle(bytes: resolved.text, url: resolved.location) } catch { throw Diagnostic(cslError: error) }
            if mode == .bibliography && !style.hasBibliography {
                throw Diagnostic.usage("style `\(resolved.info.name)` has no bibliography; use --mode citation")
            }
        } catch { return stop(error) }

        // The records, each turned into a CSL item.
        var items: [CSLItem] = []
        do throws(Diagnostic) {
            let opened = try registry.open(input, report: report)
            guard let makeReader = opened.format.makeReader else { throw .usage("Crosswalk cannot read \(opened.format.name)") }
            let reader = try makeReader(opened.input, ReaderContext(options: options, report: report))
            while true {
                do {
                    guard let record = try reader.next() else { break }
                    items.append(CSLJSONMapping.item(from: record, report: report))
                } catch {
                    guard error.isRecoverable else { throw error }
                    outcome.recordsSkipped += 1
                    report(error)
                }
            }
            if let io = opened.input.ioError { throw io }
        } catch { return stop(error) }

        // Which items, in which order.
        var chosen = items
        if let ids {
            var byID: [String: CSLItem] = [:]
            for item in items where byID[item.id] == nil { byID[item.id] = item }
            let unknown = ids.filter { byID[$0] == nil }
            if !unknown.isEmpty {
                return stop(.usage("--ids: no record has the id \(unknown.map { "`\($0)`" }.joined(separator: ", "))"))
            }
            chosen = ids.map { byID[$0]! }
        }

        // Locales: the style's own, then the files for the language and its base, then en-US.
        let builtIn = catalog.builtInLocales.compactMap { (tag, text) in try? CSLLocale(bytes: Array(text.utf8), url: "built-in:locales-\(tag).xml") }
        let store = CSLLocaleStore(searchPaths: catalog.localeFolders, builtIn: builtIn)
        let language = locale ?? resolved.defaultLocale
        if let language, store.locale(language) == nil, store.locale(String(language.prefix { $0 != "-" })) == nil {
            report(.warning("no locale `\(language)` is installed; using en-US terms and dates (install citation-style-language-locales)"))
        }
        let processor = CSLProcessor(style: style, locales: store, items: chosen, language: language)

        var text = ""
        switch mode {
        case .bibliography:
            let bibliography = processor.bibliography(format: format)
            outcome.rendered = bibliography.entries.count
            text = Self.layout(bibliography, format: format)
        case .citation:
            let citations = chosen.enumerated().map { i, item in CSLCitation(items: [CSLCiteItem(id: item.id)], noteIndex: i + 1) }
            let rendered = processor.citations(citations, format: format)
            outcome.rendered = rendered.count
            text = rendered.map { $0 + "\n" }.joined(separator: format == .markdown ? "\n" : "")
        }
        for w in processor.warnings { report(.warning(w.message, record: w.itemID)) }
        for e in store.errors { report(Diagnostic(cslError: e, severity: .warning)) }

        // Out, atomically to a file or to standard output.
        do throws(Diagnostic) {
            if let outputPath {
                let atomic: AtomicFileOutput
                do { atomic = try AtomicFileOutput(path: outputPath) } catch { return stop(error, .cannotCreate) }
                atomic.output.write(text)
                try atomic.commit()
                outcome.wroteOutputFile = true
            } else {
                let out = standardOutput()
                out.write(text)
                try out.flush()
            }
        } catch { return stop(error) }
        if outcome.recordsSkipped > 0 { outcome.status = .dataError }
        return outcome
    }

    /// A bibliography as one text: one entry a line (text), entries apart by a blank line (Markdown),
    /// or the `csl-bib-body` division (HTML).
    static func layout(_ bibliography: CSLBibliography, format: CSLOutputFormat) -> String {
        switch format {
        case .text: return bibliography.entries.map { $0 + "\n" }.joined()
        case .markdown: return bibliography.entries.map { $0 + "\n" }.joined(separator: "\n")
        case .html: return bibliography.html()
        }
    }
}

extension StyleCatalog {
    /// The standard search path, with Crosswalk's own `archival` style and `en-US` locale as the last resort.
    public static func standardWithBuiltIns(environment: [String: String] = StyleCatalog.processEnvironment()) -> StyleCatalog {
        .standard(environment: environment, builtInStyles: EmbeddedCitationFiles.styles, builtInLocales: EmbeddedCitationFiles.locales)
    }
}

extension Diagnostic {
    /// A style or locale problem, at its file, line and column.
    init(cslError e: CSLError, severity: Severity = .error) {
        self.init(severity, e.message, at: SourceLocation(file: e.file, line: max(e.line, 1), column: e.column > 0 ? e.column : nil),
                  kind: .data)
    }
}
