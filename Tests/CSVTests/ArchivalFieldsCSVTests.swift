import Crosswalk
import CrosswalkTestSupport
import PropertyBased
import Testing

/// The fields archives describe, through CSV: a column per kind of date, `latitude` and `longitude`,
/// `extent`, `levelOfDescription`.
@Suite struct ArchivalFieldsCSVTests {
    /// What CSV keeps: dates grouped by kind (as agents by role); with no main date, the first `issued` date is it.
    static func normalized(_ r: Record) -> Record {
        var n = RecordFactory.csvNormalized(r)
        n.dates = DateKind.allCases.flatMap { k in r.dates.filter { $0.kind == k } }
        if n.date == nil, let issued = n.dates.first(where: { $0.kind == .issued }) { n.date = issued.date }
        return n
    }

    @Test func archivalFieldsSurviveCSV() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...6), Gen.element(of: [" | ", "; ", "|"])) { seeds, separator in
            let records = seeds.map { ArchivalFields.add(to: RecordFactory.record(seed: $0), seed: $0) }
            let options = FormatOptions(separator: separator ?? " | ")
            let extraKeys = Array(Set(records.flatMap(\.extra.keys))).sorted()
            let written = try writeRecords(records, format: .csv, options: options, extraKeys: extraKeys)
            #expect(written.warnings.filter { $0.field == "dates" }.count == records.filter { Self.normalized($0).dates != $0.dates }.count)
            let back = try readRecords(written.text, format: .csv, options: options)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.records == records.map(Self.normalized))
        }
    }

    @Test func theColumnsHoldTheFields() throws {
        let csv = """
        id,title,date,date.issued,date.accessioned,latitude,longitude,extent,levelOfDescription
        a,A,1951,1951 | 1952,2003-06-26T13:07:38Z,39.0392,125.76250,212 p. | 2 folios,file
        b,B,,2001,undated,,,,
        """
        let (records, errors) = try readRecords(csv, format: .csv)
        #expect(errors.isEmpty)
        let y1951 = try EDTFDate(parsing: "1951"), y1952 = try EDTFDate(parsing: "1952"), t = try EDTFDate(parsing: "2003-06-26T13:07:38Z")
        #expect(records[0].date == y1951)
        #expect(records[0].dates == [RecordDate(.issued, y1951), RecordDate(.issued, y1952), RecordDate(.accessioned, t)])
        #expect(records[0].coordinates == Coordinates(latitude: "39.0392", longitude: "125.76250"))
        #expect(records[0].extent == ["212 p.", "2 folios"])
        #expect(records[0].levelOfDescription == "file")
        // A DSpace sheet's issued date is the main date; a date that is not EDTF is kept as text.
        #expect(records[1].date?.description == "2001")
        #expect(records[1].extra["dcterms:dateAccepted"] == ["undated"])
    }

    @Test func aBadOrHalfPointIsALocatedError() throws {
        let bad = try readRecords("id,title,latitude,longitude\na,A,91,10\nb,B,10,\nc,C,12.5,-7\n", format: .csv)
        #expect(bad.records.map(\.id) == ["c"])
        #expect(bad.errors.count == 2)
        #expect(bad.errors[0].message.contains("latitude \"91\"") && bad.errors[0].location?.line == 2)
        #expect(bad.errors[1].message.contains("both a latitude and a longitude"))
    }
}
