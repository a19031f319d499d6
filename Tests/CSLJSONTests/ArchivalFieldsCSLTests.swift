import Crosswalk
import CrosswalkTestSupport
import PropertyBased
import Testing

/// The fields archives describe, through CSL-JSON: `available-date`, `submitted`, `dimensions`,
/// `number-of-pages`, and `custom` for the rest; nothing is lost.
@Suite struct ArchivalFieldsCSLTests {
    @Test func archivalFieldsSurviveCSLJSON() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...5)) { seeds in
            let records = seeds.enumerated().map { ArchivalFields.add(to: CSLRecordFactory.record(seed: $1, index: $0), seed: $1) }
            let written = try writeRecords(records, format: .cslJSON)
            let back = try readRecords(written.text, format: .cslJSON)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.records == records)
        }
    }

    @Test func availableAndSubmittedAreCSLDatesAndPagesAreCounted() throws {
        let r = Record(id: "a", title: "T", dates: [RecordDate(.available, try EDTFDate(parsing: "2003-06-26")),
                                                    RecordDate(.dateSubmitted, try EDTFDate(parsing: "2002-11"))],
                       extent: ["212 p."])
        let text = try writeRecords([r], format: .cslJSON).text
        #expect(text.contains("\"available-date\""))
        #expect(text.contains("\"submitted\""))
        #expect(text.contains("\"dimensions\": \"212 p.\""))
        #expect(text.contains("\"number-of-pages\": \"212\""))
        #expect(!text.contains("custom"))
        #expect(try readRecords(text, format: .cslJSON).records == [r])
        // Zotero's number of pages alone is an extent.
        let zotero = #"[{"id": "z", "type": "book", "title": "Z", "number-of-pages": 48}]"#
        #expect(try readRecords(zotero, format: .cslJSON).records.first?.extent == ["48 p."])
    }
}
