import Crosswalk
import CrosswalkTestSupport
@testable import CrosswalkDublinCore
import Foundation
import PropertyBased
import Testing

/// Harvests as repositories write them: DSpace's `oai_dc` and `qdc` records (the layouts are
/// DSpace's; the rows are made up), pretty-printed, with encoding schemes.
@Suite struct DublinCoreHarvestTests {
    /// A DSpace `oai_dc` ListRecords response: the deposit and availability timestamps beside the
    /// publication year, as three `dc:date`; a media type and a page count as `dc:format`.
    static let dspaceOAIDC = """
    <?xml version="1.0" encoding="UTF-8"?>
    <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <responseDate>2026-12-04T18:00:00Z</responseDate>
      <request verb="ListRecords" metadataPrefix="oai_dc">https://repository.example.edu/oai/request</request>
      <ListRecords>
        <record>
          <header>
            <identifier>oai:repository.example.edu:2292/1234</identifier>
            <datestamp>2019-03-01T02:11:45Z</datestamp>
            <setSpec>com_2292_1</setSpec>
          </header>
          <metadata>
            <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>
                Waterfront labour and the
                1951 dispute
              </dc:title>
              <dc:creator>Ellis, Ruth</dc:creator>
              <dc:date>2003-06-26T13:07:38Z</dc:date>
              <dc:date>2003-06-26T13:07:38Z</dc:date>
              <dc:date>2001</dc:date>
              <dc:date>Spring term, undated</dc:date>
              <dc:identifier>http://hdl.handle.net/2292/1234</dc:identifier>
              <dc:format>212 p.</dc:format>
              <dc:format>application/pdf</dc:format>
              <dc:coverage>east=115.7439; north=-32.0569</dc:coverage>
              <dc:coverage>Fremantle</dc:coverage>
              <dc:type>Thesis</dc:type>
            </oai_dc:dc>
          </metadata>
        </record>
      </ListRecords>
    </OAI-PMH>
    """

    /// The same item as DSpace's `qdc` writes it: every date with its refinement (DSpace writes even
    /// `dcterms:created` as a timestamp), and the encoding schemes of qualified DC.
    static let dspaceQDC = """
    <?xml version="1.0" encoding="UTF-8"?>
    <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
      <GetRecord>
        <record>
          <header><identifier>oai:repository.example.edu:2292/1234</identifier><datestamp>2019-03-01T02:11:45Z</datestamp></header>
          <metadata>
            <qdc:qualifieddc xmlns:qdc="http://dspace.org/qualifieddc/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <dc:title>Waterfront labour and the 1951 dispute</dc:title>
              <dc:creator>Ellis, Ruth</dc:creator>
              <dcterms:dateAccepted>2003-06-26T13:07:38Z</dcterms:dateAccepted>
              <dcterms:available>2003-06-26T13:07:38Z</dcterms:available>
              <dcterms:created>2003-06-26T13:07:38Z</dcterms:created>
              <dcterms:issued xsi:type="dcterms:W3CDTF">2001</dcterms:issued>
              <dc:identifier xsi:type="dcterms:URI">http://hdl.handle.net/2292/1234</dc:identifier>
              <dc:language xsi:type="dcterms:ISO639-2">eng</dc:language>
              <dc:subject scheme="LCSH">Stevedores</dc:subject>
              <dcterms:extent>212 p.</dcterms:extent>
              <dcterms:spatial xsi:type="dcterms:Point">east=115.7439; north=-32.0569</dcterms:spatial>
              <dc:type>Level of description: file</dc:type>
            </qdc:qualifieddc>
          </metadata>
        </record>
      </GetRecord>
    </OAI-PMH>
    """

    @Test func aDSpaceOAIDCHarvestKeepsEveryDate() throws {
        var warnings: [Diagnostic] = []
        let reader = try FormatDescriptor.dublinCore.makeReader!(ByteInput(string: Self.dspaceOAIDC, name: "dspace.xml"),
                                                                 ReaderContext { warnings.append($0) })
        let (records, errors) = try reader.readAll()
        #expect(errors.isEmpty)
        let r = try #require(records.first)
        #expect(r.title == "Waterfront labour and the 1951 dispute")
        #expect(r.date?.description == "2001")
        let t = try EDTFDate(parsing: "2003-06-26T13:07:38Z")
        #expect(r.dates == [RecordDate(.date, t), RecordDate(.date, t)])
        #expect(r.extra["dc:date"] == ["Spring term, undated"])
        #expect(warnings.contains { $0.message.contains("`Spring term, undated` is not an EDTF date") && $0.location?.line != nil })
        #expect(r.extent == ["212 p."])
        #expect(r.extra["dc:format"] == ["application/pdf"])
        #expect(r.coordinates == Coordinates(latitude: "-32.0569", longitude: "115.7439"))
        #expect(r.places == ["Fremantle"])
    }

    @Test func aDSpaceQDCHarvestKeepsKindsAndSchemes() throws {
        let (records, errors) = try readRecords(Self.dspaceQDC, format: .dublinCoreTerms)
        #expect(errors.isEmpty)
        let r = try #require(records.first)
        let t = try EDTFDate(parsing: "2003-06-26T13:07:38Z"), y = try EDTFDate(parsing: "2001")
        // The plain `issued` year is the main date, not the `created` timestamp; every date keeps its kind.
        #expect(r.date == y)
        #expect(r.dates == [RecordDate(.dateAccepted, t), RecordDate(.available, t), RecordDate(.created, t), RecordDate(.issued, y)])
        #expect(r.levelOfDescription == "file")
        #expect(r.type == nil && r.genre == nil)
        #expect(r.extra["dcterms:issued@xsi:type"] == ["dcterms:W3CDTF 2001"])
        #expect(r.extra["dc:identifier@xsi:type"] == ["dcterms:URI http://hdl.handle.net/2292/1234"])
        #expect(r.extra["dc:language@xsi:type"] == ["dcterms:ISO639-2 eng"])
        #expect(r.extra["dc:subject@scheme"] == ["LCSH Stevedores"])
        #expect(r.extra["dcterms:spatial@xsi:type"] == nil)  // the coordinates are written back as a point

        // Written back as qualified DC: the same dates with their kinds, and the schemes on their elements.
        let (text, warnings) = try writeRecords([r], format: .dublinCoreTerms)
        #expect(warnings.isEmpty, "\(warnings)")
        let xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        #expect(text.contains("<dcterms:dateAccepted>2003-06-26T13:07:38Z</dcterms:dateAccepted>"))
        #expect(text.contains("<dcterms:available>2003-06-26T13:07:38Z</dcterms:available>"))
        #expect(text.contains("<dcterms:created>2003-06-26T13:07:38Z</dcterms:created>"))
        #expect(text.contains("<dcterms:issued \(xsi) xsi:type=\"dcterms:W3CDTF\">2001</dcterms:issued>"))
        #expect(!text.contains("<dcterms:created>2001</dcterms:created>"))
        #expect(text.contains("<dcterms:identifier \(xsi) xsi:type=\"dcterms:URI\">http://hdl.handle.net/2292/1234</dcterms:identifier>"))
        #expect(text.contains("<dcterms:language \(xsi) xsi:type=\"dcterms:ISO639-2\">eng</dcterms:language>"))
        #expect(text.contains("<dcterms:subject scheme=\"LCSH\">Stevedores</dcterms:subject>"))
        #expect(text.contains("<dcterms:spatial \(xsi) xsi:type=\"dcterms:Point\">east=115.7439; north=-32.0569</dcterms:spatial>"))
        #expect(text.contains("<dcterms:extent>212 p.</dcterms:extent>"))
        #expect(text.contains("<dcterms:type>Level of description: file</dcterms:type>"))
        let back = try readRecords(text, format: .dublinCoreTerms)
        var expected = r
        expected.id = "oai:repository.example.edu:2292/1234"
        #expect(back.records.map(\.date) == [y])
        #expect(back.records.map(\.dates) == [r.dates])
        // The schemes are kept under the element as written, `dcterms:identifier@xsi:type` from now on.
        #expect(back.records.first.map { Set($0.extra.values.flatMap { $0 }) } == Set(r.extra.values.flatMap { $0 }))
        #expect(back.records.first?.coordinates == r.coordinates)

        // In simple DC, the kinds and the schemes are named as lost, and every date is a dc:date.
        let simple = try writeRecords([r], format: .dublinCore)
        #expect(simple.text.components(separatedBy: "<dc:date>").count - 1 == 5)
        #expect(simple.warnings.contains { $0.field == "dates" })
        #expect(simple.warnings.contains { $0.field == "extra.dc:identifier@xsi:type" && $0.message.contains("no encoding schemes") })
    }

    @Test func aTimestampCreatedLosesToAPlainDateAndOtherwiseWins() throws {
        func record(_ body: String) throws -> Record {
            let xml = "<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>T</dc:title><dc:identifier>i</dc:identifier>\(body)</r>"
            return try #require(try readRecords(xml, format: .dublinCoreTerms).records.first)
        }
        let a = try record("<dcterms:created>1999</dcterms:created><dc:date>2001</dc:date>")
        let y2001 = try EDTFDate(parsing: "2001")
        let y1999 = try EDTFDate(parsing: "1999")
        #expect(a.date == y1999 && a.dates == [RecordDate(.date, y2001)])
        let twice = try record("<dcterms:created>1999</dcterms:created><dcterms:issued>1999</dcterms:issued>")
        #expect(twice.date == y1999 && twice.dates == [RecordDate(.created, y1999), RecordDate(.issued, y1999)])
        let alone = try record("<dcterms:created>1999</dcterms:created>")
        #expect(alone.date == y1999 && alone.dates.isEmpty)
        let b = try record("<dcterms:modified>2020-01-01T00:00:00Z</dcterms:modified>")
        #expect(b.date == nil && b.dates.map(\.kind) == [.modified])
        let c = try record("<dcterms:issued>1950s</dcterms:issued><dcterms:valid>1951/1953</dcterms:valid>")
        #expect(c.date == nil && c.extra["dcterms:issued"] == ["1950s"] && c.dates.map(\.kind) == [.valid])
    }

    @Test func accessionedIsWrittenAsDateAcceptedWithAWarning() throws {
        let r = Record(id: "a", title: "T", date: try EDTFDate(parsing: "1951"),
                       dates: [RecordDate(.accessioned, try EDTFDate(parsing: "2003-06-26T13:07:38Z"))])
        let (text, warnings) = try writeRecords([r], format: .dublinCoreTerms)
        #expect(text.contains("<dcterms:created>1951</dcterms:created>"))
        #expect(text.contains("<dcterms:dateAccepted>2003-06-26T13:07:38Z</dcterms:dateAccepted>"))
        #expect(warnings.map(\.field) == ["dates[0]"])
    }

    @Test func whiteSpaceIsNormalisedOnceWithAWarning() throws {
        var r = Record(id: "w", title: "  Two\n  lines\r\nand\ta tab ", description: "\n")
        r.subjects = ["a  b", "ok"]
        let (text, warnings) = try writeRecords([r], format: .dublinCore)
        #expect(text.contains("<dc:title>Two lines and a tab</dc:title>"))
        #expect(text.contains("<dc:subject>a b</dc:subject>"))
        #expect(!text.contains("<dc:description"))
        #expect(warnings.compactMap(\.field).sorted() == ["description", "subjects[0]", "title"])
        let again = try writeRecords(try readRecords(text, format: .dublinCore).records, format: .dublinCore)
        #expect(again.text == text && again.warnings.isEmpty)
    }

    @Test func aPointWithANameStaysAPlace() throws {
        let xml = "<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title><dc:identifier>i</dc:identifier><dc:coverage>name=Perth; east=115.85717; north=-31.95301</dc:coverage><dc:coverage>east=200; north=1</dc:coverage><dc:coverage>north=-31.9; east=115.8; units=signed decimal degrees</dc:coverage></r>"
        let r = try #require(try readRecords(xml, format: .dublinCore).records.first)
        #expect(r.places == ["name=Perth; east=115.85717; north=-31.95301", "east=200; north=1"])
        #expect(r.coordinates == Coordinates(latitude: "-31.9", longitude: "115.8"))
    }

    /// json → DC → json → DC gives the same DC twice, whatever white space, dates and kinds the record has.
    @Test func dublinCoreRoundTripsAreStable() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...5)) { seeds in
            let records = seeds.map { s in ArchivalFields.add(to: DublinCoreRoundTripProperties.dcSafe(RecordFactory.record(seed: s), trim: false), seed: s) }
            for format in [FormatDescriptor.dublinCore, .dublinCoreTerms] {
                let first = try writeRecords(records, format: format)
                let read = try readRecords(first.text, format: format)
                #expect(read.errors.isEmpty, "\(read.errors)")
                let second = try writeRecords(read.records, format: format)
                #expect(second.text == first.text, "\(first.text)\n---\n\(second.text)")
            }
        }
    }

    /// What qualified DC holds of the archival fields, it gives back exactly; simple DC too, but the kinds of date.
    @Test func archivalFieldsSurviveDublinCore() async {
        let kinds: [DateKind] = [.available, .modified, .dateAccepted, .dateSubmitted, .dateCopyrighted, .valid]
        await propertyCheck(count: 100, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...5)) { seeds in
            let records = seeds.map { s in ArchivalFields.add(to: DublinCoreRoundTripProperties.dcSafe(RecordFactory.record(seed: s)), seed: s, kinds: kinds) }
            let terms = try writeRecords(records, format: .dublinCoreTerms)
            #expect(terms.warnings.isEmpty, "\(terms.warnings)")
            let back = try readRecords(terms.text, format: .dublinCoreTerms)
            #expect(back.errors.isEmpty)
            #expect(back.records == records)
            let simple = try writeRecords(records, format: .dublinCore)
            let simpleBack = try readRecords(simple.text, format: .dublinCore).records
            #expect(simpleBack.map(\.extent) == records.map(\.extent))
            #expect(simpleBack.map(\.coordinates) == records.map(\.coordinates))
            #expect(simpleBack.map(\.levelOfDescription) == records.map(\.levelOfDescription))
            func allDates(_ r: Record) -> Set<EDTFDate> { Set(r.dates.map(\.date) + (r.date.map { [$0] } ?? [])) }
            #expect(simpleBack.map(allDates) == records.map(allDates))
        }
    }
}
