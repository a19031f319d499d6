import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// The built `crosswalk` executable (see `CLIRunner` in Tests/Support).
enum CLI {
    static let packageRoot = CrosswalkTestSupport.packageRoot

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = packageRoot) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, stdin: Array((stdin ?? "").utf8), in: directory)
    }

    static func sample(_ name: String) throws -> String { try sampleText(name) }

    static func temporaryDirectory() throws -> URL { try CLIRunner.temporaryDirectory() }
}

@Suite(.serialized) struct CLITests {
    let badJSON = "[\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"id\": \"b\" \"title\": \"B\"}\n]\n"
    let oneBadRecord = "[\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"id\": \"b\", \"title\": \"B\", \"date\": \"1953-13-01\"},\n  {\"id\": \"c\", \"title\": \"C\"}\n]\n"

    @Test func theReadmeCommandConvertsTheSampleToCSV() throws {
        let r = try CLI.run(["convert", "Samples/cold-war-korea.json", "--to", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try CLI.sample("cold-war-korea.csv")))
        #expect(r.stderr.isEmpty)
    }

    @Test func csvOnStandardInputComesBackAsTheSampleJSON() throws {
        let csv = try CLI.sample("cold-war-korea.csv")
        let json = try CLI.sample("cold-war-korea.json")
        let named = try CLI.run(["convert", "-", "--from", "csv", "--to", "json"], stdin: csv)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == json)
        // Without --from, the content is sniffed.
        let sniffed = try CLI.run(["convert", "--to", "json"], stdin: csv)
        #expect(sniffed.status == 0, "\(sniffed.stderr)")
        #expect(sniffed.stdout == json)
    }

    @Test func outputFileIsWrittenOnlyOnSuccess() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("out.csv")
        try "keep me".write(to: out, atomically: true, encoding: .utf8)
        let bad = dir.appendingPathComponent("bad.json")
        try badJSON.write(to: bad, atomically: true, encoding: .utf8)

        let failed = try CLI.run(["convert", bad.path, "--to", "csv", "-o", out.path])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("bad.json:3:14: error: expected `,` or `}` in an object"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.json", "out.csv"])

        let ok = try CLI.run(["convert", "Samples/cold-war-korea.json", "--to", "csv", "-o", out.path])
        #expect(ok.status == 0)
        #expect(ok.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == (try CLI.sample("cold-war-korea.csv")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.json", "out.csv"])
    }

    @Test func itRefusesToWriteOverItsInput() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("cat.json")
        let original = try CLI.sample("cold-war-korea.json")
        try original.write(to: input, atomically: true, encoding: .utf8)
        for target in [input.path, dir.path + "/./cat.json"] {
            let r = try CLI.run(["convert", input.path, "--to", "json", "-o", target])
            #expect(r.status == 64)
            #expect(r.stderr.contains("refusing to write over the input file"))
        }
        let relative = try CLI.run(["convert", "cat.json", "--to", "csv", "-o", "cat.json"], in: dir)
        #expect(relative.status == 64)
        #expect(try String(contentsOf: input, encoding: .utf8) == original)
    }

    @Test func badRecordsAreSkippedAndTheStatusSaysSo() throws {
        let r = try CLI.run(["convert", "-", "--from", "json", "--to", "jsonl"], stdin: oneBadRecord)
        #expect(r.status == 65)
        #expect(r.stdout == "{\"id\":\"a\",\"title\":\"A\"}\n{\"id\":\"c\",\"title\":\"C\"}\n")
        #expect(r.stderr.contains("<stdin>:3:37: error: record b: field `date`: invalid EDTF date \"1953-13-01\""))
        #expect(r.stderr.hasSuffix("crosswalk: 2 converted; 1 bad record skipped\n"))
    }

    /// The closing line counts bad records, duplicates and warnings apart: a dropped duplicate is not
    /// a bad record (exit 0), and it is not lost among the other warnings.
    @Test func closingLineCountsDuplicatesApartFromWarnings() throws {
        let bib = "@misc{k, title={First}}\n@misc{k, title={Second}}\n@misc{m, title={The {UN}}}\n"
        let r = try CLI.run(["convert", "-", "--from", "bibtex", "--to", "jsonl", "--duplicate-keys", "first"], stdin: bib)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stderr.hasSuffix("crosswalk: 2 converted; 1 duplicate entry dropped\n"))
        #expect(r.stderr.contains("<stdin>:2:7: warning: record k: duplicate key `k`"))
        let quiet = try CLI.run(["convert", "-", "--from", "bibtex", "--to", "jsonl", "--duplicate-keys", "first", "-q"], stdin: bib)
        #expect(quiet.stderr == "crosswalk: 2 converted; 1 duplicate entry dropped\n")
    }

    @Test func strictStopsAtTheFirstErrorAndWritesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("out.jsonl")
        let r = try CLI.run(["convert", "-", "--from", "json", "--to", "jsonl", "--strict", "-o", out.path], stdin: oneBadRecord)
        #expect(r.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test(arguments: [
        (["convert", "Samples/cold-war-korea.json", "--to", "marc"], Int32(64), "unknown output format `marc`"),
        (["convert", "Samples/cold-war-korea.json", "--from", "nope", "--to", "csv"], 64, "unknown input format `nope`"),
        (["convert", "Samples/does-not-exist.json", "--to", "csv"], 66, "cannot open Samples/does-not-exist.json"),
        (["convert", "Samples/cold-war-korea.json"], 64, "--to"),
        (["frobnicate"], 64, "frobnicate"),
    ])
    func exitStatuses(arguments: [String], status: Int32, message: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func warningsGoToStandardErrorAndOutputToStandardOutput() throws {
        let input = "[{\"id\":\"a\",\"title\":\"A\",\"agents\":[{\"role\":\"recipient\",\"literal\":\"R\"},{\"role\":\"creator\",\"literal\":\"C\"}]},"
            + "{\"id\":\"b\",\"title\":\"B\",\"extra\":{\"shelf\":[\"X\"]}}]"
        let r = try CLI.run(["convert", "-", "--from", "json", "--to", "csv"], stdin: input)
        #expect(r.status == 0)
        #expect(r.stderr == "warning: record a: field `agents` reordered: CSV groups agents by role\n")
        #expect(r.stdout.hasPrefix("id,type,genre,title"))
        // A field that first appears in the second record still gets its column.
        #expect(r.stdout.contains(",accessed,shelf\r\n"))
        #expect(r.stdout.hasSuffix(",X\r\n"))
        let quiet = try CLI.run(["convert", "-", "--from", "json", "--to", "csv", "--quiet"], stdin: input)
        #expect(quiet.stderr.isEmpty)
    }

    /// Many warnings of one kind: one line by default, every one with `--warnings all`, none with `none`.
    @Test func warningsAreSummarisedByKind() throws {
        let bib = "@article{a, title={The {UN} and Korea}, year=1950}\n@article{b, title={The {USSR} and China}, year=1951}\n@article{c, title={A {PRC} View of Korea}, year=1952}\n"
        let summary = try CLI.run(["convert", "-", "--from", "bibtex", "--to", "dc"], stdin: bib)
        #expect(summary.status == 0)
        #expect(summary.stderr == """
        warning: record a: field `title`: its LaTeX markup (case protection, emphasis, math) is not kept; simple Dublin Core holds the plain text (and 2 more like it, in records b, c)
        crosswalk: 3 converted; 3 warnings of 1 kind (--warnings all prints each one)

        """)
        let all = try CLI.run(["convert", "-", "--from", "bibtex", "--to", "dc", "--warnings", "all"], stdin: bib)
        #expect(all.stderr.split(separator: "\n").count == 3)
        #expect(all.stderr.contains("record c: field `title`"))
        let none = try CLI.run(["convert", "-", "--from", "bibtex", "--to", "dc", "--warnings", "none"], stdin: bib)
        #expect(none.stderr.isEmpty)
        #expect(none.stdout == summary.stdout)
    }

    @Test func columnsPicksAndOrdersTheCSVColumns() throws {
        let input = "[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"b\",\"title\":\"B\",\"extra\":{\"shelf\":[\"X\"]}}]"
        let r = try CLI.run(["convert", "-", "--from", "json", "--to", "csv", "--columns", "shelf,title,id"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "shelf,title,id\r\n,A,a\r\nX,B,b\r\n")
        let bad = try CLI.run(["convert", "-", "--from", "json", "--to", "csv", "--columns", "id,titel"], stdin: input)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("`titel` is not a column"), "\(bad.stderr)")
        #expect(bad.stderr.contains("the columns are id, type, genre, title,"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
    }

    @Test func formatsListsWhatEachFormatCanDo() throws {
        let r = try CLI.run(["formats"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(lines.first == ["format", "can", "extensions", "description"])
        let table = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { (String($0[0]), String($0[1])) })
        // Every built-in format is listed, in the registry's order, with what it can do.
        #expect(lines.dropFirst().map { String($0[0]) } == FormatRegistry.builtIn.formats.map(\.name))
        for name in ["json", "jsonl", "csv", "dc", "dcterms", "bibtex", "biblatex"] {
            #expect(table[name] == "read+write", "\(name)")
        }
    }
}

@Suite(.serialized) struct ValidateCLITests {
    @Test func theBundledSamplesAreValid() throws {
        for (file, format) in [("cold-war-korea.dc.xml", "dc"), ("cold-war-korea.dcterms.xml", "dcterms"),
                               ("cold-war-korea.json", "json"), ("cold-war-korea.csv", "csv")] {
            let r = try CLI.run(["validate", "Samples/\(file)"])
            #expect(r.status == 0, "\(file): \(r.stderr)")
            #expect(r.stdout == "Samples/\(file): valid (7 records, \(format))\n")
        }
    }

    @Test func schemaErrorsNameTheLineAndTheStatusIsOne() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.xml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <records xmlns="urn:crosswalk:records:1" xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <oai_dc:dc>
            <dc:title>One</dc:title>
            <dc:genre>not a DC element</dc:genre>
          </oai_dc:dc>
        </records>

        """.write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", bad.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(bad.path):5:"))
        #expect(r.stderr.contains(": error: "))
        #expect(r.stderr.contains("genre"))
        #expect(r.stdout == "\(bad.path): invalid: 1 error\n")
    }

    @Test func malformedXMLIsInvalidWithItsLine() throws {
        let r = try CLI.run(["validate", "-", "--from", "dc"],
                            stdin: "<records xmlns=\"urn:crosswalk:records:1\">\n<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\">\n</records>\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:3"))
    }

    @Test func anotherSchemaCanBeNamed() throws {
        let dir = try CLI.temporaryDirectory()
        let xsd = dir.appendingPathComponent("r.xsd")
        try """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="r"><xs:complexType><xs:sequence>
            <xs:element name="n" type="xs:integer" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """.write(to: xsd, atomically: true, encoding: .utf8)
        let good = try CLI.run(["validate", "-", "--from", "dc", "--schema", xsd.path], stdin: "<r><n>1</n><n>2</n></r>")
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try CLI.run(["validate", "-", "--from", "dc", "--schema", xsd.path], stdin: "<r>\n<n>1</n>\n<n>two</n></r>")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("<stdin>:3"))
        #expect(bad.stderr.contains("two"))
    }

    @Test func aBadRecordInJSONIsInvalid() throws {
        let r = try CLI.run(["validate", "-", "--from", "json"], stdin: "[{\"id\":\"a\",\"title\":\"A\",\"date\":\"1953-13-01\"}]")
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:1:31: error: record a: field `date`"))
    }

    @Test func anInstalledBinaryNeedsNoSourceTree() throws {
        // The binary alone, copied elsewhere and run from there, still has its schemas.
        let dir = try CLI.temporaryDirectory()
        let copy = dir.appendingPathComponent("crosswalk")
        try FileManager.default.copyItem(at: CLIRunner.executable, to: copy)
        let sample = dir.appendingPathComponent("catalogue.dc.xml")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Samples/cold-war-korea.dc.xml"), to: sample)
        let r = try CLIRunner.run(["validate", "catalogue.dc.xml"], in: dir, executable: copy)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "catalogue.dc.xml: valid (7 records, dc)\n")
    }

    @Test func aMissingFileIsStatus66() throws {
        let r = try CLI.run(["validate", "Samples/nope.xml"])
        #expect(r.status == 66)
    }

    @Test func anUnknownRootHasNoBundledSchema() throws {
        let r = try CLI.run(["validate", "-", "--from", "dc"], stdin: "<html/>")
        #expect(r.status == 64)
        #expect(r.stderr.contains("no bundled schema for the root element {}html"))
    }
}

@Suite(.serialized) struct DublinCoreCLITests {
    @Test func theSampleConvertsToTheDCSample() throws {
        let r = try CLI.run(["convert", "Samples/cold-war-korea.json", "--to", "dc"])
        #expect(r.status == 0)
        #expect(r.stdout == (try CLI.sample("cold-war-korea.dc.xml")))
        let back = try CLI.run(["convert", "-", "--to", "json"], stdin: r.stdout)
        #expect(back.stdout == (try CLI.sample("cold-war-korea.json")))
    }

    @Test func aLatin1FileIsReadWithEncoding() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("latin1.csv")
        try Data([UInt8]("id,title\na,Caf".utf8) + [0xE9] + [UInt8]("\n".utf8)).write(to: file)
        let plain = try CLI.run(["convert", file.path, "--to", "jsonl"])
        #expect(plain.status == 65)
        #expect(plain.stderr.contains("latin1.csv:2:3: error: cell 2 is not valid UTF-8"))
        let decoded = try CLI.run(["convert", file.path, "--to", "jsonl", "--encoding", "latin1"])
        #expect(decoded.status == 0, "\(decoded.stderr)")
        #expect(decoded.stdout == "{\"id\":\"a\",\"title\":\"Café\"}\n")
    }
}
