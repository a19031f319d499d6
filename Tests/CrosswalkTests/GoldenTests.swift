import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Every sample keeps its canonical JSON twin in step, and JSON → CSV → JSON is the identity.
@Suite struct GoldenTests {
    static let jsonSamples: [String] = {
        let dir = packageRoot.appendingPathComponent("Samples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".csl.json") }.sorted()  // CSL-JSON has its own tests
    }()

    @Test func thereAreSamples() {
        #expect(Self.jsonSamples.contains("cold-war-korea.json"))
    }

    @Test(arguments: jsonSamples)
    func jsonToCSVToJSONIsTheIdentity(sample: String) throws {
        let json = try readText(sampleURL(sample))
        let csv = convert(json, from: .json, to: .csv)
        #expect(csv.errors.isEmpty && csv.warnings.isEmpty, "\(csv.diagnostics)")
        let back = convert(csv.text, from: .csv, to: .json)
        #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(back.diagnostics)")
        #expect(back.text == json)
    }

    @Test(arguments: jsonSamples)
    func theCSVSampleIsTheJSONSampleConverted(sample: String) throws {
        let csvName = sample.replacingOccurrences(of: ".json", with: ".csv")
        let json = try readText(sampleURL(sample))
        let expected = try readText(sampleURL(csvName))
        #expect(convert(json, from: .json, to: .csv).text == expected)
    }

    @Test func theSampleSaysWhatTheSeedSays() throws {
        let (records, errors) = try readRecords(try readText(sampleURL("cold-war-korea.json")), format: .json)
        #expect(errors.isEmpty)
        #expect(records.count == 7)
        let mao = try #require(records.first { $0.id == "mao-stalin-1951-01-27" })
        #expect(mao.genre == "Telegram")
        #expect(mao.date == (try EDTFDate(parsing: "1951-01-27")))
        #expect(mao.agents(.creator) == [Agent(role: .creator, family: "Mao", given: "Zedong")])
        #expect(mao.agents(.recipient) == [Agent(role: .recipient, family: "Stalin", given: "I.V.")])
        // Nothing invented: no archive references and no URLs.
        #expect(records.allSatisfy { $0.archive == nil && $0.identifiers.isEmpty })
        #expect(Set(records.compactMap(\.genre)) == ["Telegram", "Record of a Conversation", "Ciphered Telegram", "Resolution"])
    }
}
