internal import CLibXML2

/// A compiled W3C XML Schema that validates documents by streaming them through
/// `XMLPullReader` (`xmlTextReaderSchemaValidateCtxt` with a validation context per
/// document), so big files are never loaded whole. Instances are parsed with the same
/// options as the reader (`XML_PARSE_NONET`, no entity substitution, no DTD loading).
///
/// Schema loading is offline: `xs:import`/`xs:include` with relative `schemaLocation`
/// resolve against the including file; an `http://`/`https://`/`ftp://` location must be
/// mapped to a local file by the catalog given as `catalogPath`, otherwise it is refused
/// (reported as a schema error, no network access is attempted).
///
/// Catalogs: libxml2 2.9 has no per-parser-context catalog for schema imports, and its
/// external entity loader is one process-wide hook. The catalog is therefore loaded as a
/// private catalog object (`xmlLoadACatalog`, never added to the global catalog) and
/// consulted by a loader hook installed once per process, which is active only on the
/// thread currently compiling a schema for this validator (thread-local state; no lock
/// needed). Outside that window the hook just delegates to the previously installed
/// loader, so other libxml2 users in the process are unaffected.
///
/// Not `Sendable`: use one validator from one task/thread at a time.
public final class XSDValidator {
    private let schema: xmlSchemaPtr
    public let schemaPath: String
    /// Warnings reported while compiling the schema.
    public let schemaWarnings: [XMLDiagnostic]

    /// Compiles the schema at `schemaPath`. Throws the first schema error (with file,
    /// line and column where libxml2 provides them) if the schema does not compile.
    public init(schemaPath: String, catalogPath: String? = nil) throws(XMLDiagnostic) {
        ensureLibXMLInitialized()
        let collector = DiagnosticCollector(defaultFile: schemaPath)

        var catalog: OpaquePointer?
        if let catalogPath {
            catalog = withErrorScope(collector) { xmlLoadACatalog(catalogPath) }
            guard catalog != nil else {
                var error = collector.take().first(where: { $0.severity >= .error })
                    ?? XMLDiagnostic(severity: .error, message: "cannot load XML catalog", file: catalogPath)
                if error.file == nil { error.file = catalogPath }
                throw error
            }
        }
        defer { if let catalog { xmlFreeCatalog(catalog) } }

        let scope = LoaderScope(catalog: catalog, collector: collector)
        let context = Unmanaged.passUnretained(collector).toOpaque()
        // Outer optional: nil if the loader scope could not be set up; inner: the schema.
        let outcome: xmlSchemaPtr?? = withLoaderScope(scope) {
            withErrorScope(collector) { () -> xmlSchemaPtr? in
                guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parserContext) }
                xmlSchemaSetParserStructuredErrors(parserContext, collectStructuredError, context)
                return xmlSchemaParse(parserContext)
            }
        }
        guard let compiled = outcome else {
            throw XMLDiagnostic(severity: .error,
                                message: "cannot set up schema loading (no thread-specific storage available)",
                                file: schemaPath)
        }
        let diagnostics = collector.take()
        guard let compiled else {
            var error = diagnostics.first(where: { $0.severity >= .error })
                ?? XMLDiagnostic(severity: .error, message: "the schema could not be compiled", file: schemaPath)
            if error.file == nil { error.file = schemaPath }
            throw error
        }
        self.schema = compiled
        self.schemaPath = schemaPath
        self.schemaWarnings = diagnostics
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates the file at `path`. Returns every diagnostic in document order: schema
    /// validity errors, non-fatal parser errors and warnings, and finally the fatal
    /// well-formedness error if there is one (reading stops there). An empty array means
    /// the document is valid.
    ///
    /// Locations: libxml2 reports validity errors with a line only; the column filled in
    /// is the parser position when the problem was detected (end of the offending start
    /// tag, or end of the element for content/value errors).
    public func validate(path: String) -> [XMLDiagnostic] {
        do {
            return run(try XMLPullReader(path: path), file: path)
        } catch {
            return [error]
        }
    }

    /// Validates an in-memory document; `url` is used in diagnostics.
    public func validate(bytes: [UInt8], url: String) -> [XMLDiagnostic] {
        do {
            return run(try XMLPullReader(bytes: bytes, url: url), file: url)
        } catch {
            return [error]
        }
    }

    /// Validates input pulled through `read` (see `XMLPullReader.init(url:read:)`).
    public func validate(url: String, read: @escaping (UnsafeMutableRawBufferPointer) -> Int) -> [XMLDiagnostic] {
        do {
            return run(try XMLPullReader(url: url, read: read), file: url)
        } catch {
            return [error]
        }
    }

    private func run(_ reader: XMLPullReader, file: String) -> [XMLDiagnostic] {
        guard reader.attachSchema(schema) else {
            var result = reader.takePendingDiagnostics()
            result.append(XMLDiagnostic(severity: .error, message: "could not attach the schema to the reader", file: file))
            return result
        }
        var fatal: XMLDiagnostic?
        do {
            while try reader.read() {}
        } catch {
            fatal = error
        }
        var result = reader.warnings
        result.append(contentsOf: reader.takePendingDiagnostics())
        if let fatal { result.append(fatal) }
        if result.isEmpty && reader.validityStatus == 0 {
            result.append(XMLDiagnostic(severity: .error, message: "the document is not valid against the schema", file: file))
        }
        return result
    }
}
