// Shared by the test targets: where the package is, a deterministic random generator for
// property tests, and a runner for the built `crosswalk` executable.
import Foundation

/// The package's root folder, found from this file's path (so tests work from any fresh clone).
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text of a file in `Samples/`.
public func sampleText(_ name: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Samples").appendingPathComponent(name), encoding: .utf8)
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

    /// A new empty folder under the temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
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
