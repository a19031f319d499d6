import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Every exit status in `Docs/cli.md` is produced by at least one real run of the command.
@Suite(.serialized) struct ExitStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var stdin: String = ""
        var standardOutputFile: String?
        var status: Int32
        var message: String
        var testDescription: String { "\(status): crosswalk \(arguments.joined(separator: " "))" }
    }

    static let badRecord = "[{\"id\": \"a\", \"title\": \"A\", \"date\": \"1953-13-01\"}]"

    static let cases: [Case] = [
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv"], status: 0, message: ""),
        Case(arguments: ["validate", "-", "--from", "json"], stdin: badRecord, status: 1, message: "<stdin>:1:"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "marc"], status: 64, message: "unknown output format `marc`"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv", "--from", "nope"], status: 64,
             message: "unknown input format `nope`"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json"], status: 64, message: "--to"),
        Case(arguments: ["frobnicate"], status: 64, message: "frobnicate"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv", "--set", "novalue"], status: 64,
             message: "--set wants key=value, not `novalue`"),
        // A refused format setting is a usage error for both commands, before any input is read.
        Case(arguments: ["convert", "Samples/cold-war-korea.bib", "--to", "json", "--duplicate-keys", "maybe"], status: 64,
             message: "--duplicate-keys: `maybe` is not one of first, last, error"),
        Case(arguments: ["validate", "Samples/cold-war-korea.bib", "--set", "bibtex.duplicateKeys=maybe"], status: 64,
             message: "`maybe` is not one of first, last, error"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "bibtex", "--bibtex-encoding", "ebcdic"], status: 64,
             message: "--bibtex-encoding: `ebcdic` is not one of unicode, latex"),
        // A free-text setting is checked by the writer that reads it, with the same status.
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "bibtex", "--key-pattern", "[nope]"], status: 64,
             message: "crosswalk: error: key pattern `[nope]`: unknown token `[nope]`"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv", "--separator", ","], status: 64,
             message: "--separator"),
        Case(arguments: ["convert", "-", "--from", "json", "--to", "csv"], stdin: "[{\"id\": \"a\" \"title\": \"A\"}]", status: 65,
             message: "<stdin>:1:13: error:"),
        Case(arguments: ["convert", "-", "--from", "json", "--to", "csv"], stdin: badRecord, status: 65,
             message: "crosswalk: 0 converted; 1 bad record skipped"),
        Case(arguments: ["convert", "Samples/does-not-exist.json", "--to", "csv"], status: 66,
             message: "crosswalk: error: cannot open Samples/does-not-exist.json"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv", "-o", "/nonexistent-crosswalk-dir/out.csv"],
             status: 73, message: "crosswalk: error: cannot create /nonexistent-crosswalk-dir/out.csv"),
        Case(arguments: ["convert", "Samples/cold-war-korea.json", "--to", "csv"], standardOutputFile: "/dev/full", status: 74,
             message: "cannot write <stdout>: No space left on device"),
    ]

    @Test(arguments: cases)
    func statusAndMessage(_ c: Case) throws {
        let r = try CLIRunner.run(c.arguments, stdin: Array(c.stdin.utf8), standardOutputFile: c.standardOutputFile)
        #expect(r.status == c.status, "\(r.stderr)")
        if c.message.isEmpty { #expect(r.stderr.isEmpty, "\(r.stderr)") } else { #expect(r.stderr.contains(c.message), "\(r.stderr)") }
    }

    /// The statuses in the table of `Docs/cli.md`, in order.
    static func documentedStatuses() throws -> [Int32] {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("Docs/cli.md"), encoding: .utf8)
        guard let section = doc.components(separatedBy: "## Exit statuses").last else { return [] }
        return section.split(separator: "\n").compactMap { line -> Int32? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), cells.count >= 3 else { return nil }
            return Int32(cells[0])
        }
    }

    @Test func theDocumentedTableIsTheCodesTableAndEveryStatusHasACase() throws {
        let documented = try Self.documentedStatuses()
        #expect(documented == ExitStatus.allCases.map(\.rawValue))
        let produced = Set(Self.cases.map(\.status))
        for status in documented { #expect(produced.contains(status), "no CLI test case exits with \(status)") }
    }
}
