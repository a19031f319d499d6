// Shared by the test targets: where the package is, a deterministic random generator for
// property tests, temporary folders that are removed, conversions in memory, the check of the
// generated doc tables, and a runner for the built `crosswalk` executable.
import Crosswalk
import Foundation

/// The package's root folder, found from this file's path (so tests work from any fresh clone).
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A file in `Samples/`.
public func sampleURL(_ name: String) -> URL { packageRoot.appendingPathComponent("Samples").appendingPathComponent(name) }

/// The text of a file in `Samples/`.
public func sampleText(_ name: String) throws -> String { try readText(sampleURL(name)) }

/// The text of a file (UTF-8).
public func readText(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

/// A source location, short (for expectations).
public typealias Loc = CrosswalkModel.SourceLocation

// MARK: - Temporary folders

/// Every temporary folder a test makes is inside this one, which is removed when the test process ends
/// (tests that remove their own, with `withTemporaryDirectory`, leave nothing even before that).
private let testRunFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-tests-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: testRunFolder) }
    return url
}()

/// A new empty folder inside the test run's folder.
public func makeTemporaryDirectory(_ prefix: String = "tmp") throws -> URL {
    let dir = testRunFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs `body` with a new empty folder, and removes the folder afterwards, whatever happens.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

/// A new file holding `contents` (in a new folder inside the test run's folder); returns its path.
public func makeTemporaryFile(_ contents: String, named name: String = "input.json") throws -> String {
    let file = try makeTemporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: file)
    return file.path
}

/// A new temporary folder with files in it; `cleanup()` removes it (and the test run removes it in any case).
public struct TemporaryDirectory {
    public let url: URL

    public init() throws { url = try makeTemporaryDirectory() }

    /// Writes a file (and its folders), returning its path.
    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func cleanup() { try? FileManager.default.removeItem(at: url) }
}

// MARK: - Conversions in memory

/// The outcome of a whole conversion: the output, what was reported, and what was thrown.
public struct ConversionResult {
    public var text: String
    public var diagnostics: [Diagnostic]
    public var summary: ConversionSummary?
    public var thrown: Diagnostic?
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } + (thrown.map { [$0] } ?? []) }
}

/// Runs a whole conversion in memory.
public func convert(_ text: String, from: FormatDescriptor, to: FormatDescriptor, name: String = "input",
                    options: FormatOptions = FormatOptions(), strict: Bool = false) -> ConversionResult {
    convert(bytes: Array(text.utf8), from: from, to: to, name: name, options: options, strict: strict)
}

public func convert(bytes: [UInt8], from: FormatDescriptor, to: FormatDescriptor, name: String = "input",
                    options: FormatOptions = FormatOptions(), strict: Bool = false) -> ConversionResult {
    let input = ByteInput(bytes: bytes, name: name)
    let output = ByteOutput()
    var diagnostics: [Diagnostic] = []
    let converter = Converter(options: options, strict: strict)
    do {
        let summary = try converter.convert(input, from: from, to: to, output: output) { diagnostics.append($0) }
        return ConversionResult(text: String(decoding: output.data, as: UTF8.self), diagnostics: diagnostics, summary: summary)
    } catch {
        return ConversionResult(text: String(decoding: output.data, as: UTF8.self), diagnostics: diagnostics, thrown: error)
    }
}

/// What a reader made of an input: the records, the errors (recoverable ones, then a final one that
/// is not) and the warnings.
public struct ReadResult {
    public var records: [Record]
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
}

/// Reads every record of some bytes, collecting errors and warnings; it never throws.
public func readAll(bytes: [UInt8], format: FormatDescriptor, name: String = "input",
                    options: FormatOptions = FormatOptions()) -> ReadResult {
    var result = ReadResult(records: [], errors: [], warnings: [])
    var warnings: [Diagnostic] = []
    do {
        let reader = try format.makeReader!(ByteInput(bytes: bytes, name: name), ReaderContext(options: options) { warnings.append($0) })
        while true {
            do {
                guard let r = try reader.next() else { break }
                result.records.append(r)
            } catch {
                result.errors.append(error)
                if !error.isRecoverable { break }
            }
        }
    } catch {
        result.errors.append(error)
    }
    result.warnings = warnings
    return result
}

public func readAll(_ text: String, format: FormatDescriptor, name: String = "input",
                    options: FormatOptions = FormatOptions()) -> ReadResult {
    readAll(bytes: Array(text.utf8), format: format, name: name, options: options)
}

/// Reads every record of a text; recoverable errors are collected, and any other is thrown.
public func readRecords(_ text: String, format: FormatDescriptor, name: String = "input",
                        options: FormatOptions = FormatOptions()) throws(Diagnostic) -> (records: [Record], errors: [Diagnostic]) {
    let reader = try format.makeReader!(ByteInput(bytes: Array(text.utf8), name: name), ReaderContext(options: options))
    return try reader.readAll()
}

/// The fields in which two records differ, for failure messages.
public func differences(_ a: Record, _ b: Record) -> String {
    zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children)
        .filter { "\($0.value)" != "\($1.value)" }
        .map { "\($0.label ?? "?"): \($0.value) ≠ \($1.value)" }
        .joined(separator: "\n")
}

/// Writes records to text, collecting the writer's warnings.
public func writeRecords(_ records: [Record], format: FormatDescriptor, options: FormatOptions = FormatOptions(),
                         extraKeys: [String] = []) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
    let out = ByteOutput()
    var warnings: [Diagnostic] = []
    let writer = try format.makeWriter!(out, WriterContext(options: options, extraKeys: extraKeys) { warnings.append($0) })
    for r in records { try writer.write(r) }
    try writer.finish()
    return (String(decoding: out.data, as: UTF8.self), warnings)
}

/// A small deterministic generator (SplitMix64), so that one random seed builds one whole record.
public struct SplitMix {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func bool() -> Bool { next() & 1 == 1 }
    public mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
}

/// Runs the built `crosswalk` executable, as a user would.
public enum CLIRunner {
    public static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("crosswalk"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("crosswalk"),
            packageRoot.appendingPathComponent(".build/debug/crosswalk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `crosswalk ARGUMENTS` in `directory` with `stdin` as its standard input. With
    /// `standardOutputFile`, standard output goes to that file (such as `/dev/full`) instead of a pipe.
    public static func run(_ arguments: [String], stdin: [UInt8] = [], in directory: URL = packageRoot,
                           executable: URL = CLIRunner.executable, standardOutputFile: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), input = Pipe()
        if let standardOutputFile {
            guard let handle = FileHandle(forWritingAtPath: standardOutputFile) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: standardOutputFile])
            }
            p.standardOutput = handle
            try out.fileHandleForWriting.close()
        } else {
            p.standardOutput = out
        }
        p.standardError = err
        p.standardInput = input
        try p.run()
        // Feed stdin and drain both pipes concurrently, so that large outputs cannot deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        group.wait()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder inside the test run's temporary folder (removed when the tests end).
    public static func temporaryDirectory() throws -> URL { try makeTemporaryDirectory("crosswalk-cli") }
}

/// The crosswalk tables in `Docs/formats/` are generated from the code: each stands between
/// `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`, where NAME says what prints it
/// (`DublinCoreMapping.markdownTable`). A doc test compares the region with the code's text, every
/// column of every row; run the tests with `CROSSWALK_UPDATE_DOCS=1` to write the code's text into
/// the doc instead (then review the change with `git diff`).
public enum GeneratedDocs {
    /// The region NAME of a doc (a path from the package root) as it is, or nil when the markers are
    /// missing; with `CROSSWALK_UPDATE_DOCS=1`, the region is first replaced by `text`.
    public static func region(_ name: String, in docPath: String, updatingTo text: String) throws -> String? {
        let url = packageRoot.appendingPathComponent(docPath)
        var doc = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- generated: \(name) -->\n", end = "<!-- end generated: \(name) -->"
        guard let b = doc.range(of: begin), let e = doc.range(of: end, range: b.upperBound..<doc.endIndex) else { return nil }
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_DOCS"] == "1" {
            doc.replaceSubrange(b.upperBound..<e.lowerBound, with: text)
            try doc.write(to: url, atomically: true, encoding: .utf8)
            return text
        }
        return String(doc[b.upperBound..<e.lowerBound])
    }
}
