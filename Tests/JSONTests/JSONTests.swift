import Crosswalk
import CrosswalkTestSupport
import Foundation
import PropertyBased
import Testing

@Suite struct JSONFormatTests {
    @Test func theSampleIsCanonicalJSONAndJSONLines() throws {
        let json = try readText(sampleURL("cold-war-korea.json"))
        let again = convert(json, from: .json, to: .json)
        #expect(again.errors.isEmpty && again.warnings.isEmpty)
        #expect(again.text == json)
        let jsonl = try readText(packageRoot.appendingPathComponent("Tests/JSONTests/Golden/cold-war-korea.jsonl"))
        #expect(convert(json, from: .json, to: .jsonLines).text == jsonl)
        #expect(convert(jsonl, from: .jsonLines, to: .jsonLines).text == jsonl)
        #expect(convert(jsonl, from: .jsonLines, to: .json).text == json)
    }

    @Test func anEmptyArrayIsAnEmptyCatalogue() {
        let r = convert(" [ ] ", from: .json, to: .json)
        #expect(r.errors.isEmpty)
        #expect(r.text == "[]\n")
    }

    @Test func aSingleObjectIsOneRecord() throws {
        let (records, _) = try readRecords(#"{"id": "a", "title": "T"}"#, format: .json)
        #expect(records == [Record(id: "a", title: "T")])
    }

    @Test func stringsAreEscapedAndDecodedExactly() throws {
        let tricky = "quote \" backslash \\ tab \t newline \n nul \u{0} bell \u{7} Ünïcödé 𝔘 emoji 🇰🇷 slash /"
        let r = Record(id: "x", title: tricky)
        let text = try writeRecords([r], format: .json).text
        #expect(text.contains(#""quote \" backslash \\ tab \t newline \n nul \u0000 bell \u0007 Ünïcödé 𝔘 emoji 🇰🇷 slash /""#))
        #expect(try readRecords(text, format: .json).records == [r])
        // \u escapes, including a surrogate pair, decode to the same text.
        let escaped = #"[{"id":"x","title":"\u00dcber \ud835\udd18 \/"}]"#
        #expect(try readRecords(escaped, format: .json).records.first?.title == "Über 𝔘 /")
    }

    @Test func aBadRecordIsSkippedWithItsPlaceAndTheRestIsRead() throws {
        let text = """
        [
          {"id": "a", "title": "A", "date": "1953-02-30"},
          {"id": "b", "title": "B", "colour": "red"},
          {"id": "c", "title": "C", "agents": [{"role": "sender", "literal": "X"}]},
          {"id": "d", "title": "D", "agents": [{"role": "creator", "given": "Only"}]},
          {"id": "e", "title": "E", "volume": 5}
        ]
        """
        let (records, errors) = try readRecords(text, format: .json, name: "cat.json")
        #expect(records.map(\.id) == ["e"])
        #expect(records.first?.volume == "5")
        #expect(errors.map(\.description) == [
            "cat.json:2:37: error: record a: field `date`: invalid EDTF date \"1953-02-30\": day 30 is out of range for 1953-02 (February 1953 has 28 days)",
            "cat.json:3:29: error: record b: unknown key `colour`; the canonical keys are listed in Docs/formats/json.md",
            "cat.json:4:49: error: record c: field `agents[0].role`: unknown role \"sender\"; expected one of creator, recipient, translator, editor, contributor",
            "cat.json:5:40: error: record d: field `agents[0]`: an agent needs a `family` name or a `literal` name",
        ])
    }

    @Test func aSyntaxErrorStopsTheFileAndNamesThePlace() {
        let text = "[\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"id\": \"b\" \"title\": \"B\"}\n]"
        let r = convert(text, from: .json, to: .csv, name: "bad.json")
        #expect(r.thrown?.description == "bad.json:3:14: error: expected `,` or `}` in an object, found `\"`")
        #expect(r.thrown?.isRecoverable == false)
    }

    @Test(arguments: [
        ("", "the input is empty"),
        ("[1,]", "found `]`"),
        (#"[{"id":"a","title":"A"}] x"#, "after the end of the JSON text"),
        (#"[{"id":"a","title":"A}]"#, "a string is never closed"),
        (#"[{"id":01}]"#, "leading zero"),
        ("[{\"id\":\"a\u{1}\"}]", "control character"),
        (#"[{"id":"\ud800"}]"#, "surrogate"),
        (#"[{"id":"\x"}]"#, "invalid escape"),
        (#"[tru]"#, "invalid literal"),
    ])
    func syntaxErrors(text: String, message: String) {
        let r = convert(text, from: .json, to: .json)
        #expect(r.thrown?.message.contains(message) == true, "\(String(describing: r.thrown))")
    }

    @Test func duplicateKeysAreErrors() throws {
        let (_, errors) = try readRecords(#"[{"id":"a","title":"A","title":"B"}]"#, format: .json)
        #expect(errors.first?.message == "duplicate key `title`")
    }

    @Test func invalidUTF8IsAnError() {
        let bytes: [UInt8] = Array(#"[{"id":"a","title":""#.utf8) + [0xC3, 0x28] + Array(#""}]"#.utf8)
        let r = convert(bytes: bytes, from: .json, to: .json)
        #expect(r.thrown?.message == "a string is not valid UTF-8")
    }

    @Test func jsonLinesSkipsABrokenLineAndKeepsTheRest() throws {
        let text = "{\"id\":\"a\",\"title\":\"A\"}\n{\"id\":\"b\",\"title\":\n\n{\"id\":\"c\",\"title\":\"C\"} trailing\n{\"id\":\"d\",\"title\":\"D\"}"
        let (records, errors) = try readRecords(text, format: .jsonLines, name: "x.jsonl")
        #expect(records.map(\.id) == ["a", "d"])
        #expect(errors.map { $0.location?.line } == [2, 4])
        #expect(errors.allSatisfy { $0.isRecoverable })
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let text = "[" + String(repeating: "[", count: 100_000)
        let r = convert(text, from: .json, to: .json)
        #expect(r.thrown?.message.contains("nested") == true)
    }

    @Test func codableAgreesWithTheCanonicalReader() throws {
        let json = try readText(sampleURL("cold-war-korea.json"))
        let viaCodable = try JSONDecoder().decode([Record].self, from: Data(json.utf8))
        #expect(viaCodable == (try readRecords(json, format: .json).records))
    }
}

@Suite struct JSONDocsTests {
    /// Docs/formats/json.md prints the key table as the code makes it: every row, every column.
    @Test func theDocsPrintTheKeyTable() throws {
        let region = try GeneratedDocs.region("JSONMapping.markdownTable", in: "Docs/formats/json.md", updatingTo: JSONMapping.markdownTable)
        #expect(region == JSONMapping.markdownTable)
    }

    /// One list of keys: the table, the writer's order and `Codable` all follow `RecordKey`.
    @Test func theKeysHaveOneSource() throws {
        #expect(JSONMapping.keys.map(\.key) == RecordKey.allCases)
        #expect(Record.canonicalKeys == RecordKey.allCases.map(\.rawValue) && Record.canonicalKeys.count == 31)
        let full = Record(
            id: "a", type: .letter, genre: "g", title: "t", alternativeTitles: [LocalizedString("alt", lang: "ru")],
            date: try EDTFDate(parsing: "1951-06"), dates: [RecordDate(.issued, try EDTFDate(parsing: "1951"))],
            agents: [Agent(role: .creator, family: "F", given: "G")], description: "d",
            subjects: ["s"], places: ["p"], coordinates: Coordinates(latitude: "39.0392", longitude: "125.7625"), languages: ["ru"],
            publisher: "pub", isPartOf: ["c"], levelOfDescription: "file", archive: Archive(name: "A", location: "L", place: "P"),
            extent: ["2 folios"], identifiers: [Identifier(.doi, "10.1/x")], rights: ["r"], notes: ["n"], containerTitle: "ct", volume: "1", issue: "2",
            pages: "3", edition: "4", series: "se", number: "5", publisherPlace: "pp", accessed: try EDTFDate(parsing: "2024-01-02"),
            extra: ["k": ["v"]])
        // The writer emits every key, in `RecordKey` order.
        let text = try writeRecords([full], format: .json).text
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map { $0.dropFirst(5).prefix { $0 != "\"" } }.map(String.init)
        #expect(topKeys == Record.canonicalKeys)
        // The reader and Codable read every key back.
        #expect(try readRecords(text, format: .json).records == [full])
        #expect(try JSONDecoder().decode(Record.self, from: JSONEncoder().encode(full)) == full)
    }
}

@Suite struct JSONRoundTripProperties {
    static let seeds = Gen.uint64(in: 0...UInt64.max).array(of: 1...8)

    @Test func recordsSurviveJSON() async {
        await propertyCheck(count: 300, input: Self.seeds) { seeds in
            let records = seeds.map(RecordFactory.record(seed:))
            for format in [FormatDescriptor.json, .jsonLines] {
                let written = try writeRecords(records, format: format)
                #expect(written.warnings.isEmpty)
                let back = try readRecords(written.text, format: format)
                #expect(back.errors.isEmpty, "\(back.errors)")
                #expect(back.records == records)
                // Canonical output is stable: writing what was read gives the same bytes.
                #expect(try writeRecords(back.records, format: format).text == written.text)
            }
        }
    }
}
