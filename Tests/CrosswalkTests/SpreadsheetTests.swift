import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Issue 9, item 3: a document in another format is never read as an empty catalogue.
@Suite struct NeverAnEmptyCatalogueTests {
    func refusal(_ xml: String) -> Diagnostic? {
        let r = convert(xml, from: .dublinCore, to: .json, name: "in.xml")
        return r.thrown
    }

    @Test(arguments: [
        ("<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>A</title></titleInfo></mods>", "MODS"),
        ("<modsCollection xmlns=\"http://www.loc.gov/mods/v3\"><mods/></modsCollection>", "MODS"),
        ("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam</leader></record></collection>", "MARCXML"),
        ("<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:leader/></marc:record>", "MARCXML"),
        ("<ead xmlns=\"urn:isbn:1-931666-22-9\"><eadheader/></ead>", "EAD"),
        ("<ead><eadheader/></ead>", "EAD"),
        ("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>", "TEI"),
        ("<mets xmlns=\"http://www.loc.gov/METS/\"><dmdSec/></mets>", "METS"),
    ])
    func aForeignRootIsRefusedByName(xml: String, name: String) throws {
        let e = try #require(refusal("<?xml version=\"1.0\"?>\n" + xml))
        #expect(e.severity == .error)
        #expect(e.message.contains(name), "\(e.message)")
        #expect(e.message.contains("does not read"), "\(e.message)")
        #expect(e.location?.file == "in.xml")
    }

    @Test func anOAIPMHResponseWithMODSMetadataIsRefusedByName() throws {
        let xml = """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>oai:x:1</identifier></header>
        <metadata><mods xmlns="http://www.loc.gov/mods/v3"><titleInfo><title>A</title></titleInfo></mods></metadata></record></ListRecords></OAI-PMH>
        """
        let e = try #require(refusal(xml))
        #expect(e.message.contains("MODS") && e.message.contains("no Dublin Core record"), "\(e.message)")
    }

    @Test func anUnknownRootWithNoDublinCoreIsRefusedAndNamed() throws {
        let e = try #require(refusal("<inventory xmlns=\"urn:example\"><item>A</item></inventory>"))
        #expect(e.message.contains("<inventory>") && e.message.contains("urn:example"), "\(e.message)")
    }

    @Test func anUnknownContainerOfDublinCoreRecordsIsStillRead() throws {
        let xml = "<list><item xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>A</dc:title><dc:identifier>a</dc:identifier></item></list>"
        let r = convert(xml, from: .dublinCore, to: .json)
        #expect(r.thrown == nil)
        #expect(r.summary?.recordsWritten == 1)
    }

    @Test func anEmptyOAIPMHListIsReadWithAWarning() throws {
        let xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords/></OAI-PMH>"
        let r = convert(xml, from: .dublinCore, to: .json)
        #expect(r.thrown == nil)
        #expect(r.summary?.recordsWritten == 0)
        #expect(r.warnings.contains { $0.message.contains("no records") })
    }

    @Test func anEmptyJSONArrayGivesAWarning() throws {
        let r = convert("[]", from: .json, to: .csv)
        #expect(r.thrown == nil)
        #expect(r.warnings.map(\.message) == ["the input holds no records; the output is an empty catalogue"])
    }

    @Test func aJSONObjectThatIsNotARecordIsAnError() throws {
        let r = convert("{\"items\": [{\"name\": \"x\"}]}", from: .json, to: .csv)
        #expect(r.summary?.recordsWritten ?? 0 == 0)
        #expect(!r.errors.isEmpty)
    }
}

/// Issue 9, item 2: ids are any text, archival reference codes included.
@Suite struct ArchivalIdTests {
    let refCode = "AU NBAC N193-001"
    var record: Record { Record(id: refCode, title: "Minute book", identifiers: [Identifier(.url, "https://example.org/1")]) }

    @Test func anIdWithSpacesAndUnicodeIsAValidRecord() {
        #expect(record.problems.isEmpty)
        #expect(Record(id: "Фонд 5, опись 1, дело 2", title: "T").problems.isEmpty)
        #expect(Record(id: "", title: "T").problems.map(\.field) == ["id"])
    }

    @Test(arguments: [FormatDescriptor.json, .jsonLines, .csv, .dublinCore, .dublinCoreTerms])
    func formatsThatHoldAnyTextKeepTheIdAsItIs(format: FormatDescriptor) throws {
        let (text, _) = try writeRecords([record], format: format)
        let back = try readRecords(text, format: format)
        #expect(back.errors.isEmpty, "\(back.errors)")
        #expect(back.records.map(\.id) == [refCode], "\(text)")
    }

    @Test func bibTeXDerivesAKeyAndKeepsTheIdAsTheLocalIdentifier() throws {
        let (text, warnings) = try writeRecords([record], format: .bibtex)
        #expect(!text.contains("{\(refCode),"))
        #expect(text.contains("localid = {\(refCode)}"), "\(text)")
        #expect(warnings.contains { $0.message.contains("kept the id in `localid`") }, "\(warnings)")
        let back = try readRecords(text, format: .bibtex)
        #expect(back.records.count == 1)
        #expect(back.records.first?.identifier(.local) == refCode)
        #expect(back.records.first.map { BibTeXKeyShape.isKey($0.id) } == true)
    }

    @Test func bibTeXDoesNotOverwriteALocalIdentifier() throws {
        var r = record
        r.identifiers.append(Identifier(.local, "box 7"))
        let (text, warnings) = try writeRecords([r], format: .bibtex)
        #expect(text.contains("localid = {box 7}"))
        #expect(!text.contains("localid = {\(refCode)}"))
        #expect(warnings.contains { $0.message.contains("the id is not kept") })
    }
}

/// The characters of a BibTeX key, as Docs/formats/bibtex.md states them.
enum BibTeXKeyShape {
    static func isKey(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_:./+".unicodeScalars.contains($0)) }
    }
}
