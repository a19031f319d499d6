import Crosswalk
import CrosswalkTestSupport
import Testing

/// The library's commands, called as a Swift program (or a web page) would, without a subprocess.
@Suite struct JobTests {
    static let sample = packageRoot.appendingPathComponent("Samples/cold-war-korea.json").path

    @Test func convertWritesWhatTheCLIWrites() throws {
        let out = ByteOutput()
        var reported: [Diagnostic] = []
        let outcome = ConvertJob(input: InputRequest(path: Self.sample), target: "csv")
            .run(standardOutput: out) { reported.append($0) }
        #expect(outcome.status == .success)
        #expect(reported.isEmpty)
        #expect(outcome.summary?.recordsWritten == 7)
        #expect(String(decoding: out.data, as: UTF8.self) == (try sampleText("cold-war-korea.csv")))
    }

    /// Jobs that fail before converting, by name (a job holds closures, so it is not a test argument itself).
    static func failingJob(_ name: String) -> ConvertJob {
        switch name {
        case "unknown target": ConvertJob(input: InputRequest(path: sample), target: "marc")
        case "unknown source": ConvertJob(input: InputRequest(path: sample, format: "nope"), target: "csv")
        case "missing input": ConvertJob(input: InputRequest(path: sample + ".missing"), target: "csv")
        case "output is input": ConvertJob(input: InputRequest(path: sample), target: "csv", outputPath: sample)
        case "bad key pattern":
            ConvertJob(input: InputRequest(path: sample), target: "bibtex", options: FormatOptions(settings: ["bibtex.keyPattern": "[x]"]))
        case "bad separator": ConvertJob(input: InputRequest(path: sample), target: "csv", options: FormatOptions(separator: ","))
        default: ConvertJob(input: InputRequest(path: sample), target: "csv", options: FormatOptions(settings: ["bibtex.encoding": "ebcdic"]))
        }
    }

    @Test(arguments: [
        ("unknown target", Crosswalk.ExitStatus.usage, Diagnostic.Kind.usage),
        ("unknown source", .usage, .usage),
        ("missing input", .noInput, .input),
        ("output is input", .usage, .usage),
        ("bad key pattern", .usage, .usage),
        ("bad separator", .usage, .usage),
        ("bad declared setting", .usage, .usage),
    ])
    func failuresHaveAKindAndAStatus(name: String, status: Crosswalk.ExitStatus, kind: Diagnostic.Kind) {
        var reported: [Diagnostic] = []
        let outcome = Self.failingJob(name).run(standardOutput: ByteOutput()) { reported.append($0) }
        #expect(outcome.status == status)
        #expect(reported.count == 1)
        #expect(reported.first?.kind == kind)
        #expect(reported.first?.severity == .error)
        #expect(reported.first.map { Crosswalk.ExitStatus(for: $0) } == status)
    }

    /// Zotero exports CSL-JSON as `My Library.json`: content that is certainly CSL-JSON wins over the
    /// extension that canonical JSON shares.
    @Test func aCSLJSONFileNamedDotJSONIsReadAsCSLJSON() throws {
        let path = try makeTemporaryFile("""
        [{"id": "doe2014", "type": "chapter", "title": "Cool Stuff", "author": [{"family": "Doe", "given": "John"}],
          "issued": {"date-parts": [[2014]]}, "container-title": "My International Conference", "page": "1-10"}]
        """)
        #expect(path.hasSuffix(".json"))
        let out = ByteOutput()
        var reported: [Diagnostic] = []
        let outcome = ConvertJob(input: InputRequest(path: path), target: "jsonl").run(standardOutput: out) { reported.append($0) }
        #expect(outcome.status == .success, "\(reported)")
        let line = String(decoding: out.data, as: UTF8.self)
        #expect(line.contains("\"containerTitle\":\"My International Conference\""))
        #expect(line.contains("\"family\":\"Doe\""))
        // The canonical sample, also `.json`, is still canonical JSON.
        let sample = ConvertJob(input: InputRequest(path: Self.sample), target: "jsonl").run(standardOutput: ByteOutput()) { _ in }
        #expect(sample.status == .success)
    }

    @Test func badRecordsAreSkippedReportedAndMakeStatus65() throws {
        let text = "[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\", \"date\": \"1953-13-01\"}]"
        let path = try makeTemporaryFile(text)
        var reported: [Diagnostic] = []
        let outcome = ConvertJob(input: InputRequest(path: path), target: "jsonl").run(standardOutput: ByteOutput()) { reported.append($0) }
        #expect(outcome.status == .dataError)
        #expect(outcome.summary?.recordsSkipped == 1)
        #expect(outcome.summary?.recordsWritten == 1)
        #expect(reported.map(\.kind) == [.data])
        #expect(reported.first?.location?.line == 1)
    }

    @Test func validateReportsEachProblemOnceAndCounts() throws {
        let good = ValidateJob(input: InputRequest(path: packageRoot.appendingPathComponent("Samples/cold-war-korea.dc.xml").path))
            .run { _ in Issue.record("no problem expected") }
        #expect(good.status == .success)
        #expect(good.records == 7)
        #expect(good.format?.name == "dc")

        let path = try makeTemporaryFile("[{\"id\": \"a\", \"title\": \"A\", \"date\": \"1953-13-01\"}, {\"id\": \"b\"}]")
        var reported: [Diagnostic] = []
        let bad = ValidateJob(input: InputRequest(path: path, format: "json")).run { reported.append($0) }
        #expect(bad.status == .invalid)
        #expect(bad.errors == 2)
        #expect(reported.count == 2)
        #expect(Set(reported.compactMap(\.field)) == ["date", "title"])
    }
}

