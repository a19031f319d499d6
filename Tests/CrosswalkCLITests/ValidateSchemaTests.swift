import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// `crosswalk validate` with JSON Schemas, and the record checks of `validate FILE`.
@Suite struct ValidateSchemaTests {
    static let schema = #"""
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["n"],
     "properties": {"n": {"type": "integer"}, "when": {"format": "date"}, "tag": {"$ref": "lib.json#/$defs/tag"}},
     "additionalProperties": false}
    """#
    static let lib = #"{"$defs": {"tag": {"type": "string", "pattern": "^[a-z]+$"}}}"#

    func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try Self.schema.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        try Self.lib.write(to: dir.appendingPathComponent("lib.json"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func jsonLinesAreValidatedLineByLineWithEveryProblemPlaced() throws {
        let dir = try folder()
        try "{\"n\": 1}\n{\"n\": \"x\", \"tag\": \"A\"}\n{\"n\": 2, \"extra\": true}\n"
            .write(to: dir.appendingPathComponent("d.jsonl"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", "--schema", "s.json", "d.jsonl"], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("d.jsonl:2:7: error: at /n: \"x\" is not of type integer"), "\(r.stderr)")
        #expect(r.stderr.contains("d.jsonl:2:19: error: at /tag: \"A\" does not match the pattern ^[a-z]+$"), "\(r.stderr)")
        #expect(r.stderr.contains("d.jsonl:3:19: error: at /extra: the property \"extra\" is not allowed"), "\(r.stderr)")
        #expect(r.stdout.contains("d.jsonl: invalid: 3 errors"))
    }

    @Test func aValidDocumentExitsZero() throws {
        let dir = try folder()
        try "{\"n\": 1, \"when\": \"not a date\"}".write(to: dir.appendingPathComponent("d.json"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", "--schema", "s.json", "d.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("d.json: valid (1 document, json)"))
        // --format-assert makes `format` a check.
        let asserted = try CLIRunner.run(["validate", "--schema", "s.json", "d.json", "--format-assert"], in: dir)
        #expect(asserted.status == 1)
        #expect(asserted.stderr.contains("d.json:1:18: error: at /when: \"not a date\" is not a valid date"), "\(asserted.stderr)")
    }

    @Test func theReportIsJSONAndMaxErrorsStops() throws {
        let dir = try folder()
        try String(repeating: "{\"n\": 1.5}\n", count: 5).write(to: dir.appendingPathComponent("d.jsonl"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", "--schema", "s.json", "d.jsonl", "--report", "json", "--max-errors", "2"], in: dir)
        #expect(r.status == 1)
        let report = try JSONValueParser.parse(r.stdout)
        guard case .array(let problems)? = report["problems"] else { Issue.record("no problems in \(r.stdout)"); return }
        #expect(problems.count == 2)
        #expect(problems.first?["line"] == .number(JSONNumber(1)))
        #expect(problems.first?["column"] == .number(JSONNumber(7)))
        #expect(problems.first?["instance"] == .string("/n"))
        #expect(problems.first?["keyword"] == .string("type"))
        #expect(report["valid"] == .bool(false))
        #expect(report["stoppedEarly"] == .bool(true))
    }

    @Test func aSchemaMapResolvesAURIToALocalFile() throws {
        let dir = try folder()
        try #"{"$ref": "https://example.invalid/lib.json#/$defs/tag"}"#.write(to: dir.appendingPathComponent("m.json"), atomically: true, encoding: .utf8)
        try "\"abc\"".write(to: dir.appendingPathComponent("d.json"), atomically: true, encoding: .utf8)
        let unmapped = try CLIRunner.run(["validate", "--schema", "m.json", "d.json"], in: dir)
        #expect(unmapped.status == 64, "\(unmapped.stderr)")
        #expect(unmapped.stderr.contains("no schema is known as https://example.invalid/lib.json"), "\(unmapped.stderr)")
        let mapped = try CLIRunner.run(["validate", "--schema", "m.json", "d.json", "--schema-map", "https://example.invalid/lib.json=lib.json"], in: dir)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let bad = try CLIRunner.run(["validate", "--schema", "m.json", "d.json", "--schema-map", "nope"], in: dir)
        #expect(bad.status == 64)
    }

    @Test func everyRecordIsCheckedAndIdsAreUnique() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "{\"id\": \"a\", \"title\": \"T\"}\n{\"id\": \"a\", \"title\": \"U\"}\n"
            .write(to: dir.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", "r.jsonl"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("r.jsonl:2:8: error: record \"a\": duplicate id (first at line 1); ids must be unique in the file"), "\(r.stderr)")
    }

    @Test func recordsOfEveryFormatArePlacedWhereTheyStart() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "id,title\na,T\nb,U\na,V\n".write(to: dir.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let csv = try CLIRunner.run(["validate", "r.csv"], in: dir)
        #expect(csv.status == 1)
        #expect(csv.stderr.contains("r.csv:4:1: error: record \"a\": duplicate id (first at line 2)"), "\(csv.stderr)")
        try "[{\"id\": \"x\", \"type\": \"book\", \"title\": \"A\"},\n {\"id\": \"x\", \"type\": \"book\", \"title\": \"B\"}]\n"
            .write(to: dir.appendingPathComponent("r.csl.json"), atomically: true, encoding: .utf8)
        let cslJSON = try CLIRunner.run(["validate", "r.csl.json"], in: dir)
        #expect(cslJSON.status == 1)
        #expect(cslJSON.stderr.contains("r.csl.json:2:2: error: record \"x\": duplicate id (first at line 1)"), "\(cslJSON.stderr)")
    }

    @Test func theSamplesAreValidAgainstTheCatalogueSchema() throws {
        let r = try CLIRunner.run(["validate", "--schema", "Schemas/catalog.schema.json", "--schema-map",
                                   "https://crosswalk.invalid/schemas/=Schemas/", "Samples/cold-war-korea.json"])
        #expect(r.status == 0, "\(r.stderr)")
    }
}
