import Crosswalk
import CrosswalkTestSupport
import Testing

/// BibTeX has no place for the fields archives describe: each is named as dropped, and a page count is `pagetotal`.
@Suite struct ArchivalFieldsBibTeXTests {
    @Test func theArchivalFieldsAreNamedAndThePageCountIsWritten() throws {
        let r = Record(id: "a", title: "T", dates: [RecordDate(.issued, try EDTFDate(parsing: "2001"))],
                       coordinates: Coordinates(latitude: "1.5", longitude: "2"), levelOfDescription: "file", extent: ["212 p."])
        let (text, warnings) = try writeRecords([r], format: .biblatex)
        #expect(text.contains("pagetotal = {212}"))
        #expect(warnings.compactMap(\.field).sorted() == ["coordinates", "dates", "extent", "levelOfDescription"])
    }
}
