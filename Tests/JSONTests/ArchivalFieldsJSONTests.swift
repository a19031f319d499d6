import Crosswalk
import CrosswalkTestSupport
import Foundation
import PropertyBased
import Testing

/// The fields archives describe, in canonical JSON: exact round trips, and located errors.
@Suite struct ArchivalFieldsJSONTests {
    @Test func archivalFieldsRoundTripExactly() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...6)) { seeds in
            let records = seeds.map { ArchivalFields.add(to: RecordFactory.record(seed: $0), seed: $0) }
            for format in [FormatDescriptor.json, .jsonLines] {
                let first = try writeRecords(records, format: format)
                #expect(first.warnings.isEmpty)
                let back = try readRecords(first.text, format: format)
                #expect(back.errors.isEmpty, "\(back.errors)")
                #expect(back.records == records)
                #expect(try writeRecords(back.records, format: format).text == first.text)
            }
            // Codable agrees with the byte-level reader and writer.
            let data = try JSONEncoder().encode(records)
            #expect(try JSONDecoder().decode([Record].self, from: data) == records)
        }
    }

    @Test func theNewKeysAreWrittenAsTheDocsShowThem() throws {
        let r = Record(id: "a", title: "T", date: try EDTFDate(parsing: "2001"),
                       dates: [RecordDate(.accessioned, try EDTFDate(parsing: "2003-06-26T13:07:38Z")), RecordDate(.issued, try EDTFDate(parsing: "2001"))],
                       coordinates: Coordinates(latitude: "-32.05690", longitude: "115.7439"), levelOfDescription: "file", extent: ["212 p."])
        let text = try writeRecords([r], format: .jsonLines).text
        #expect(text == #"{"id":"a","title":"T","date":"2001","dates":[{"kind":"accessioned","date":"2003-06-26T13:07:38Z"},{"kind":"issued","date":"2001"}],"coordinates":{"latitude":"-32.05690","longitude":"115.7439"},"levelOfDescription":"file","extent":["212 p."]}"# + "\n")
    }

    @Test func numbersAreKeptAsTheirText() throws {
        let (records, errors) = try readRecords(#"[{"id": "a", "title": "T", "coordinates": {"latitude": 39.0392, "longitude": -125.50}}]"#, format: .json)
        #expect(errors.isEmpty)
        #expect(records.first?.coordinates == Coordinates(latitude: "39.0392", longitude: "-125.50"))
    }

    @Test(arguments: [
        (#"{"id": "a", "title": "T", "coordinates": {"latitude": "91", "longitude": "0"}}"#, "coordinates.latitude", "from -90 to 90"),
        (#"{"id": "a", "title": "T", "coordinates": {"latitude": "1e2", "longitude": "0"}}"#, "coordinates.latitude", "decimal"),
        (#"{"id": "a", "title": "T", "coordinates": {"latitude": "1", "longitude": "-180.5"}}"#, "coordinates.longitude", "from -180 to 180"),
        (#"{"id": "a", "title": "T", "coordinates": {"latitude": "1"}}"#, "coordinates", "a `latitude` and a `longitude`"),
        (#"{"id": "a", "title": "T", "dates": [{"kind": "deposited", "date": "2001"}]}"#, "dates[0].kind", "unknown date kind"),
        (#"{"id": "a", "title": "T", "dates": [{"kind": "issued", "date": "c. 1950"}]}"#, "dates[0].date", "invalid EDTF date"),
        (#"{"id": "a", "title": "T", "dates": [{"kind": "issued"}]}"#, "dates[0]", "a `kind` and a `date`"),
        (#"{"id": "a", "title": "T", "extent": "212 p."}"#, "extent", "expected an array"),
    ])
    func badValuesAreLocatedErrors(json: String, field: String, message: String) throws {
        let (records, errors) = try readRecords("[" + json + "]", format: .json)
        #expect(records.isEmpty)
        #expect(errors.first?.field == field)
        #expect(errors.first?.message.contains(message) == true, "\(errors)")
        #expect(errors.first?.location?.line == 1)
    }
}
