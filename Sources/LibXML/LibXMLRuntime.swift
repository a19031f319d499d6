internal import CLibXML2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

// Process-wide libxml2 set-up and the error plumbing shared by the reader and the
// schema validator. Nothing here is public.

/// Parser options used for every document Crosswalk reads.
///
/// - `XML_PARSE_NONET`: never touch the network.
/// - `XML_PARSE_BIG_LINES`: keep line numbers above 65535 for text nodes.
///
/// Deliberately absent: `NOENT` (entity substitution), `DTDLOAD`, `DTDATTR`,
/// `RECOVER` and `HUGE` (which would lift the depth/size/amplification limits).
let crosswalkParseOptions: Int32 = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

/// Upper bound on diagnostics kept per reader (its `warnings`) and per libxml2 call, so a
/// hostile or badly broken file cannot exhaust memory with millions of non-fatal errors.
let maximumCollectedDiagnostics = 10_000

// MARK: - One-time initialisation

/// Set once, before our entity loader is installed; only read afterwards.
nonisolated(unsafe) private var previousEntityLoader: xmlExternalEntityLoader?

private let libxmlSetUp: Bool = {
    xmlInitParser()
    // Sets up libxml2's default catalog (reads XML_CATALOG_FILES or /etc/xml/catalog
    // lazily); libxml2 asks for this to happen once, before concurrent use.
    withErrorScope(DiagnosticCollector(defaultFile: nil)) { xmlInitializeCatalog() }
    previousEntityLoader = xmlGetExternalEntityLoader()
    xmlSetExternalEntityLoader(crosswalkEntityLoader)
    return true
}()

/// Initialises libxml2 (thread-safe, idempotent). Called by every entry point.
func ensureLibXMLInitialized() {
    _ = libxmlSetUp
}

// MARK: - Diagnostic collection

/// Receives libxml2 errors for one reader / schema compilation / validation.
/// Passed to C as an unretained context pointer; its owner keeps it alive for
/// as long as libxml2 may call back.
final class DiagnosticCollector {
    let defaultFile: String?
    private(set) var diagnostics: [XMLDiagnostic] = []
    private var suppressed = 0

    init(defaultFile: String?) {
        self.defaultFile = defaultFile
    }

    var isEmpty: Bool { diagnostics.isEmpty && suppressed == 0 }

    func add(_ diagnostic: XMLDiagnostic) {
        if diagnostics.count < maximumCollectedDiagnostics {
            diagnostics.append(diagnostic)
        } else {
            suppressed += 1
        }
    }

    /// The xmlTextReader whose parser position completes schema-validity errors, which
    /// libxml2 reports with a line but no column. Set by the reader while it is alive.
    var positionReader: OpaquePointer?

    func add(libxmlError error: UnsafePointer<xmlError>) {
        var diagnostic = XMLDiagnostic(libxmlError: error, fallbackFile: defaultFile)
        if diagnostic.column == nil, let line = diagnostic.line, let reader = positionReader,
           error.pointee.domain == Int32(bitPattern: XML_FROM_SCHEMASV.rawValue) {
            // Validation runs synchronously inside the parser's SAX callbacks, so the parser
            // position is where the problem was detected (end of the start tag, or of the
            // element for content/value errors).
            if Int(xmlTextReaderGetParserLineNumber(reader)) == line {
                let column = Int(xmlTextReaderGetParserColumnNumber(reader))
                if column > 0 { diagnostic.column = column }
            }
        }
        add(diagnostic)
    }

    /// Returns and clears everything collected so far.
    func take() -> [XMLDiagnostic] {
        var result = diagnostics
        diagnostics.removeAll(keepingCapacity: true)
        if suppressed > 0 {
            result.append(XMLDiagnostic(
                severity: .warning,
                message: "\(suppressed) further diagnostics suppressed (limit \(maximumCollectedDiagnostics))",
                file: defaultFile))
            suppressed = 0
        }
        return result
    }
}

/// C entry point for libxml2 structured errors; `context` is an unretained DiagnosticCollector.
func collectStructuredError(_ context: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let context, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    collector.add(libxmlError: UnsafePointer(error))
}

extension XMLDiagnostic {
    init(libxmlError pointer: UnsafePointer<xmlError>, fallbackFile: String?) {
        let error = pointer.pointee
        let severity: Severity
        switch error.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
        let message: String
        if let text = error.message {
            message = String(cString: text)
        } else {
            message = "libxml2 error (domain \(error.domain), code \(error.code))"
        }
        var file: String? = error.file.map { String(cString: $0) }
        if file?.isEmpty ?? true { file = fallbackFile }
        var line = Int(error.line)
        if line <= 0, let node = error.node {
            let nodeLine = xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self))
            if nodeLine > 0 && nodeLine != 65535 { line = Int(nodeLine) }
        }
        // For parser errors libxml2 stores the column in int2.
        let column = Int(error.int2)
        self.init(severity: severity, message: XMLDiagnostic.clarify(message, error: error), file: file,
                  line: line > 0 ? line : nil, column: column > 0 && line > 0 ? column : nil)
    }

    /// Replaces two misleading libxml2 2.9 messages:
    /// - the push parser (used by xmlTextReader) reports a premature end of input as
    ///   "Extra content at the end of the document"; the parser state tells the cases apart;
    /// - "Excessive depth in document: 256 use XML_PARSE_HUGE option" names an option
    ///   Crosswalk deliberately never sets.
    private static func clarify(_ message: String, error: xmlError) -> String {
        if error.domain == Int32(bitPattern: XML_FROM_PARSER.rawValue),
           error.code == Int32(bitPattern: XML_ERR_DOCUMENT_END.rawValue),
           let raw = error.ctxt {
            let parser = raw.assumingMemoryBound(to: xmlParserCtxt.self)
            let state = parser.pointee.instate
            if state != XML_PARSER_EPILOG && state != XML_PARSER_EOF {
                var text: String
                let open = Int(parser.pointee.nameNr)
                if open > 0, let names = parser.pointee.nameTab, let innermost = names[open - 1] {
                    text = "Premature end of data: element <\(String(cString: innermost))> is not closed"
                } else {
                    text = "Premature end of data: no root element was found"
                }
                if let encoding = parser.pointee.encoding {
                    let name = String(cString: encoding)
                    let upper = name.uppercased()
                    if upper != "UTF-8" && upper != "UTF8" {
                        text += " (or the input has bytes that are not valid \(name))"
                    }
                }
                return text
            }
        }
        if message.hasPrefix("Excessive depth in document") {
            return message.replacing("use XML_PARSE_HUGE option", with: "levels is the nesting limit")
        }
        return message
    }
}

// MARK: - Per-call error scope

/// Runs `body` with libxml2's thread-local error callbacks pointed at `collector` and the
/// stderr channel silenced, restoring the previous callbacks afterwards. Catches errors that
/// libxml2 raises without a parser context (I/O, encoding conversion). Errors tied to a
/// reader or schema context still go to that context's own structured handler.
@inline(__always)
func withErrorScope<R>(_ collector: DiagnosticCollector, _ body: () -> R) -> R {
    let context = Unmanaged.passUnretained(collector).toOpaque()
    let saved = crosswalk_xml_error_scope_enter(collectStructuredError, context)
    defer { crosswalk_xml_error_scope_leave(saved) }
    return body()
}

// MARK: - External entity loader (offline, per-thread catalog)

/// State visible to the entity loader during a schema compilation on the current thread.
final class LoaderScope {
    let catalog: OpaquePointer?
    let collector: DiagnosticCollector

    init(catalog: OpaquePointer?, collector: DiagnosticCollector) {
        self.catalog = catalog
        self.collector = collector
    }
}

/// nil only if the process ran out of thread-specific keys.
private let loaderScopeKey: pthread_key_t? = {
    var key = pthread_key_t()
    return pthread_key_create(&key, nil) == 0 ? key : nil
}()

/// Makes `scope` visible to `crosswalkEntityLoader` on this thread while `body` runs.
/// Returns nil (without running `body`) if no thread-specific key is available.
func withLoaderScope<R>(_ scope: LoaderScope, _ body: () -> R) -> R? {
    ensureLibXMLInitialized()
    guard let key = loaderScopeKey else { return nil }
    let previous = pthread_getspecific(key)
    guard pthread_setspecific(key, Unmanaged.passUnretained(scope).toOpaque()) == 0 else { return nil }
    defer { pthread_setspecific(key, previous) }
    return withExtendedLifetime(scope) { body() }
}

private func hasNetworkScheme(_ url: UnsafePointer<CChar>) -> Bool {
    let text = String(cString: url).lowercased()
    return text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("ftp://")
}

/// libxml2's external entity loader is a single process-wide hook (there is no
/// per-context variant in 2.9). It is installed once; outside a Crosswalk schema
/// compilation on the current thread it simply delegates to the loader that was
/// installed before, so other libxml2 users in the process see no difference.
/// Inside one, it maps URLs through the validator's own catalog (loaded with
/// xmlLoadACatalog, never added to the global catalog) and refuses any URL that
/// would need the network.
private func crosswalkEntityLoader(
    _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    guard let key = loaderScopeKey, let raw = pthread_getspecific(key) else {
        if let previous = previousEntityLoader { return previous(url, id, context) }
        return xmlNoNetExternalEntityLoader(url, id, context)
    }
    let scope = Unmanaged<LoaderScope>.fromOpaque(raw).takeUnretainedValue()
    var resolved: UnsafeMutablePointer<xmlChar>?
    if let catalog = scope.catalog {
        let publicID = id.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }
        let systemID = url.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }
        resolved = xmlACatalogResolve(catalog, publicID, systemID)
        if resolved == nil, let systemID {
            resolved = xmlACatalogResolveURI(catalog, systemID)
        }
    }
    defer { crosswalk_xml_free(resolved) }
    let target: UnsafePointer<CChar>? = resolved.map {
        UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
    } ?? url
    if let target, hasNetworkScheme(target) {
        let shown = String(cString: target)
        scope.collector.add(XMLDiagnostic(
            severity: .error,
            message: "refusing to load '\(shown)': network access is disabled (map it to a local file with an XML catalog)",
            file: nil))
        return nil
    }
    // Offline loader: still honours libxml2's global catalogs, refuses http/ftp.
    return xmlNoNetExternalEntityLoader(target, id, context)
}
