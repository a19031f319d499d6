import CrosswalkTestSupport
import Foundation
import Testing

/// The `crosswalk` executable with BibTeX input and output, as a user runs it.
@Suite(.serialized) struct BibTeXCLITests {
    static func run(_ arguments: [String], stdin: [UInt8] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, stdin: stdin)
    }

    /// "@book{testŠ, title = {Šome title}, ...}" in ISO-8859-15 (Š is 0xA6), as in biber's test corpus.
    static let latin9: [UInt8] = Array("@BOOK{test".utf8) + [0xA6] + Array(",\n  YEAR = {1999},\n  AUTHOR = {Edward Encalcer},\n  TITLE = {".utf8)
        + [0xA6] + Array("ome title},\n}\n".utf8)

    @Test func theSampleConvertsBothWays() throws {
        let bib = try Self.run(["convert", "Samples/cold-war-korea.json", "--to", "biblatex"])
        #expect(bib.status == 0 && bib.stderr.isEmpty, "\(bib.stderr)")
        #expect(bib.stdout == (try sample("cold-war-korea.bib")))
        let json = try Self.run(["convert", "Samples/cold-war-korea.bib", "--to", "json"])
        #expect(json.status == 0 && json.stderr.isEmpty, "\(json.stderr)")
        #expect(json.stdout == (try sample("cold-war-korea.json")))
    }

    @Test func inputThatIsNotUTF8FailsWithAHintAndEncodingReadsIt() throws {
        let bad = try Self.run(["convert", "-", "--from", "bibtex", "--to", "json"], stdin: Self.latin9)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("<stdin>:1:11: error: the input is not UTF-8"))
        #expect(bad.stderr.contains("--encoding latin1"))
        let good = try Self.run(["convert", "-", "--from", "bibtex", "--to", "json", "--encoding", "ISO-8859-15"], stdin: Self.latin9)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("\"title\": \"Šome title\""))
        #expect(good.stdout.contains("\"id\": \"testŠ\""))
        let latin1 = try Self.run(["convert", "-", "--from", "bib", "--to", "json", "--encoding", "latin1"], stdin: Self.latin9)
        #expect(latin1.status == 0)
        #expect(latin1.stdout.contains("\"title\": \"¦ome title\""))
    }

    @Test func badEntriesAreSkippedWithLocationsAndExitStatus65() throws {
        let text = "@misc{a, title = {A}}\n@misc{b, title = undefined}\n@misc{c, title = {C}}\n"
        let r = try Self.run(["convert", "-", "--from", "bibtex", "--to", "jsonl"], stdin: Array(text.utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("<stdin>:2:18: error: undefined macro `undefined`"))
        #expect(r.stdout.split(separator: "\n").count == 2)
    }

    @Test func duplicateKeyPolicyOption() throws {
        let text = "@misc{k, title = {First}}\n@misc{k, title = {Second}}\n"
        let first = try Self.run(["convert", "-", "--from", "bibtex", "--to", "jsonl"], stdin: Array(text.utf8))
        #expect(first.status == 0 && first.stdout.contains("First") && !first.stdout.contains("Second"))
        #expect(first.stderr.contains("<stdin>:2:7: warning"))
        let last = try Self.run(["convert", "-", "--from", "bibtex", "--to", "jsonl", "--duplicate-keys", "last"], stdin: Array(text.utf8))
        #expect(last.status == 0 && last.stdout.contains("Second") && !last.stdout.contains("First"))
        let error = try Self.run(["convert", "-", "--from", "bibtex", "--to", "jsonl", "--duplicate-keys", "error", "--strict"], stdin: Array(text.utf8))
        #expect(error.status == 65)
        #expect(error.stderr.contains("<stdin>:2:7: error: record k: duplicate key"))
    }

    @Test func keyPatternAndLatexEncodingOptions() throws {
        let r = try Self.run(["convert", "Samples/cold-war-korea.json", "--to", "bibtex", "--key-pattern", "[auth][year][title]",
                              "--bibtex-encoding", "latex", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("@misc{mao1951telegram,"))
        #expect(r.stdout.contains("Charg{\\'e}"))
        #expect(r.stdout.utf8.allSatisfy { $0 < 0x80 })
        let bad = try Self.run(["convert", "Samples/cold-war-korea.json", "--to", "bibtex", "--key-pattern", "[nope]"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown token `[nope]`"))
    }
}
