#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A transform between reader and writer: returns the record to pass on, or nil to drop it
/// (a transform that drops a record must report why).
public typealias RecordTransform = (Record, DiagnosticHandler) throws(Diagnostic) -> Record?

/// What a conversion did.
public struct ConversionSummary: Sendable, Hashable {
    public var recordsRead = 0
    public var recordsWritten = 0
    /// Bad records that were reported and skipped.
    public var recordsSkipped = 0
    public var warnings = 0
    public var errors = 0
    /// Outcomes counted apart from the other warnings (duplicates dropped, keys generated …).
    public var tallies: [Diagnostic.Tally: Int] = [:]
    /// Whether the input could be read to its end.
    public var completed = true
    public init() {}
}

/// The pipeline: reader → transforms → writer, one record at a time.
public struct Converter {
    public var options: FormatOptions
    /// Stop at the first error instead of skipping the bad record.
    public var strict: Bool
    public var transforms: [RecordTransform]
    /// Threads: 1 reads and writes on the calling thread; more reads on a thread of its own, ahead
    /// of the writer (the output and the diagnostics are the same, in the same order).
    public var jobs: Int

    public init(options: FormatOptions = FormatOptions(), strict: Bool = false, transforms: [RecordTransform] = [],
                jobs: Int = 1) {
        self.options = options; self.strict = strict; self.transforms = transforms; self.jobs = jobs
    }

    /// Converts every record of `input` from one format to another.
    ///
    /// Every warning and every recovered error goes to `report`. Throws the error that stopped the
    /// conversion: an unrecoverable input error, any error in strict mode, or an output error.
    @discardableResult
    public func convert(_ input: ByteInput, from source: FormatDescriptor, to target: FormatDescriptor,
                        output: ByteOutput, afterEachRecord: (() throws(Diagnostic) -> Void)? = nil,
                        report: @escaping DiagnosticHandler) throws(Diagnostic) -> ConversionSummary {
        guard let makeReader = source.makeReader else {
            throw Diagnostic.usage("Crosswalk cannot read \(source.name)")
        }
        guard let makeWriter = target.makeWriter else {
            throw Diagnostic.usage("Crosswalk cannot write \(target.name)")
        }
        final class Counter { var summary = ConversionSummary() }
        let counter = Counter()
        let counting: DiagnosticHandler = { d in
            switch d.severity {
            case .warning: counter.summary.warnings += 1
            case .error: counter.summary.errors += 1
            case .note: break
            }
            if let t = d.tally { counter.summary.tallies[t, default: 0] += 1 }
            report(d)
        }
        // With more than one job the reader runs on a thread of its own, ahead of the writer; its
        // warnings are replayed with the item they came before, so that every diagnostic comes in
        // the order one thread gives.
        let readAhead: ReadAhead?
        let reader: any RecordReader
        if jobs > 1 {
            let buffer = WarningBuffer()
            reader = try makeReader(input, ReaderContext(options: options, report: { buffer.append($0) }))
            readAhead = ReadAhead(reader: reader, warnings: buffer, strict: strict)
            readAhead?.start()
        } else {
            reader = try makeReader(input, ReaderContext(options: options, report: counting))
            readAhead = nil
        }
        defer { readAhead?.cancel(); readAhead?.join() }
        var batch: [ReadItem] = []
        var batchIndex = 0
        func nextItem() -> ReadItem {
            guard let readAhead else { return ReadItem.next(from: reader, strict: strict, warnings: { [] }) }
            if batchIndex == batch.count {
                batch = readAhead.nextBatch()
                batchIndex = 0
                if batch.isEmpty { return .end(nil, warnings: []) }
            }
            batchIndex += 1
            return batch[batchIndex - 1]
        }
        var writer: (any RecordWriter)?
        func theWriter() throws(Diagnostic) -> any RecordWriter {
            if let writer { return writer }
            let keys = readAhead?.extraKeys ?? reader.declaredExtraKeys
            let w = try makeWriter(output, WriterContext(options: options, extraKeys: keys, report: counting))
            writer = w
            return w
        }
        reading: while true {
            var record: Record
            switch nextItem() {
            case .record(let r, let warnings):
                warnings.forEach(counting)
                record = r
            case .skipped(let error, let warnings):
                warnings.forEach(counting)
                counter.summary.recordsSkipped += 1
                counting(error)
                continue
            case .end(let error, let warnings):
                warnings.forEach(counting)
                if let error {
                    counter.summary.errors += 1
                    throw error
                }
                break reading
            }
            counter.summary.recordsRead += 1
            var keep = true
            for t in transforms {
                guard let r = try t(record, counting) else { keep = false; break }
                record = r
            }
            guard keep else { continue }
            try theWriter().write(record)
            counter.summary.recordsWritten += 1
            try afterEachRecord?()
        }
        readAhead?.join()
        if let io = input.ioError { throw io }
        if counter.summary.recordsRead == 0 && counter.summary.recordsSkipped == 0 {
            // Never an empty catalogue without a word: the output is empty because the input is.
            counting(.warning("the input holds no records; the output is an empty catalogue",
                              at: SourceLocation(file: input.name, line: 1, column: 1)))
        }
        try theWriter().finish()
        try afterEachRecord?()
        return counter.summary
    }
}

/// An output file that appears only when it is complete: the writer writes to a temporary file
/// in the same folder, and `commit()` renames it over the target. `abandon()` (or deinit without
/// `commit()`) removes the temporary file, so a failed run leaves an existing file untouched.
public final class AtomicFileOutput {
    public let path: String
    private let temporaryPath: String
    public let output: ByteOutput
    private var finished = false

    public init(path: String) throws(Diagnostic) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(dir.isEmpty ? "/" : dir)/.\(base).crosswalk-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw Diagnostic.error("cannot create \(path): \(String(cString: strerror(errno)))", kind: .output)
        }
        self.temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp creates 0600; give the file the permissions a new file gets (0666 less the umask),
        // or the existing file's own permissions when it replaces one.
        var existing = stat()
        if stat(path, &existing) == 0 {
            fchmod(fd, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0o022)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        self.output = ByteOutput(fileDescriptor: fd, name: path, owns: true)
    }

    public func commit() throws(Diagnostic) {
        try output.flush()
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            finished = true
            throw Diagnostic.error("cannot write \(path): \(reason)", kind: .output)
        }
        finished = true
    }

    public func abandon() {
        if !finished { unlink(temporaryPath); finished = true }
    }

    deinit { abandon() }
}

/// Whether two paths name the same existing file (same device and inode).
public func isSameFile(_ a: String, _ b: String) -> Bool {
    var sa = stat(), sb = stat()
    guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
}
