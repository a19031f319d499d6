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

    @Test func cslJSONReadAsCanonicalJSONIsRefusedWithAHint() throws {
        let csl = "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\", \"author\": [{\"family\": \"X\"}]}]"
        let r = convert(csl, from: .json, to: .csv)
        #expect(r.summary?.recordsWritten == 0)
        #expect(r.errors.first?.message.contains("this looks like CSL-JSON: read it with --from csl-json") == true, "\(r.errors)")
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

func spreadsheetFixture(_ name: String) throws -> String {
    try readText(packageRoot.appendingPathComponent("Tests/CrosswalkTests/Fixtures/spreadsheets").appendingPathComponent(name))
}

/// Issue 9, item 1: dates as spreadsheets write them.
@Suite struct SpreadsheetDateTests {
    @Test(arguments: [
        ("c. 1950", "1950~"), ("ca. 1950", "1950~"), ("circa 1950", "1950~"), ("1950s", "195X"),
        ("[1951?]", "1951?"), ("[1951]", "1951"), ("7 January 1901", "1901-01-07"), ("January 7, 1901", "1901-01-07"),
        ("Jan. 1901", "1901-01"), ("Sept 1901", "1901-09"), ("1901/02/03", "1901-02-03"), ("31/01/1901", "1901-01-31"),
        ("1901-01-07 - 1901-03-30", "1901-01-07/1901-03-30"), ("ca. 1950-1953", "1950~/1953~"), ("1950-53", "1950/1953"),
        ("1901 – 1903", "1901/1903"), ("1901-1-7", "1901-01-07"),
    ])
    func spreadsheetDatesBecomeEDTF(text: String, edtf: String) {
        guard case .read(let d) = SpreadsheetDates.read(text) else {
            Issue.record("\(text) was not read: \(SpreadsheetDates.read(text))")
            return
        }
        #expect(d.description == edtf)
    }

    @Test(arguments: ["1951", "1951-06-30", "1950~/1953", "195X"])
    func edtfIsReadAsItIs(text: String) {
        #expect(SpreadsheetDates.read(text) == .edtf(try! EDTFDate(parsing: text)))
    }

    @Test(arguments: ["n.d.", "undated", "s.d.", "[n.d.]"])
    func undatedIsNoDate(text: String) { #expect(SpreadsheetDates.read(text) == .undated) }

    @Test(arguments: ["03/02/1901", "Easter 1902", "1953-13-01", "sometime", "1953-1950"])
    func ambiguousOrUnknownDatesAreNotGuessed(text: String) { #expect(SpreadsheetDates.read(text) == .unreadable) }
}

/// Issue 9, item 1: any spreadsheet in.
@Suite struct SpreadsheetReaderTests {
    func read(_ text: String, options: FormatOptions = FormatOptions()) -> (records: [Record], warnings: [Diagnostic], errors: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let reader = FormatDescriptor.csv.makeReader.map { try? $0(ByteInput(bytes: Array(text.utf8), name: "s.csv"),
                                                                    ReaderContext(options: options) { warnings.append($0) }) } ?? nil
        guard let reader else { return ([], [], []) }
        do {
            let (records, errors) = try reader.readAll()
            return (records, warnings, errors)
        } catch {
            return ([], warnings, [error])
        }
    }

    @Test func headerNamesMatchIgnoringCaseSpacesUnderscoresAndHyphens() {
        let r = read("ID,TITLE,Archive Name,Archive Location,is_part_of,Alternative-Titles\na,Alpha,Port City Archives,MS 1,Fonds 4,Other\n")
        #expect(r.errors.isEmpty, "\(r.errors)")
        let x = r.records.first
        #expect(x?.id == "a" && x?.title == "Alpha")
        #expect(x?.archive == Archive(name: "Port City Archives", location: "MS 1"))
        #expect(x?.isPartOf == ["Fonds 4"])
        #expect(x?.alternativeTitles == [LocalizedString("Other")])
        #expect(x?.extra.isEmpty == true)
    }

    @Test func aDublinCoreSheetMapsWithNoOption() throws {
        let text = """
        dc:identifier,dc:title,dc:creator,dc:subject,dc:description,dc:date,dc:type,dc:format,dc:coverage,dc:source,dc:rights,dc:language,dcterms:extent
        https://example.org/items/7,Dock strike leaflet,"Brennan, Thomas",Strikes | Waterfront,A leaflet.,1951,Text,application/pdf,Port City,Port City Archives,Public domain,en,1 leaf

        """
        let r = read(text)
        #expect(r.errors.isEmpty, "\(r.errors)")
        let x = try #require(r.records.first)
        #expect(x.id == "https://example.org/items/7")
        #expect(x.identifiers == [Identifier(.url, "https://example.org/items/7")])
        #expect(x.agents == [Agent(role: .creator, family: "Brennan", given: "Thomas")])
        #expect(x.subjects == ["Strikes", "Waterfront"])
        #expect(x.date?.description == "1951")
        #expect(x.type == .document)
        #expect(x.places == ["Port City"])
        #expect(x.rights == ["Public domain"])
        #expect(x.languages == ["en"])
        #expect(x.extra == ["dc:format": ["application/pdf"], "dc:source": ["Port City Archives"]])
        #expect(x.extent == ["1 leaf"])
        // One warning: no `id` column.
        #expect(r.warnings.map(\.field) == ["id"])
        // The extra DC elements are written back as DC elements.
        let dc = convert(text, from: .csv, to: .dublinCore)
        #expect(dc.text.contains("<dc:format>application/pdf</dc:format>"), "\(dc.text)")
        #expect(dc.text.contains("<dc:source>Port City Archives</dc:source>"))
    }

    @Test func omekaAndDSpaceExportsMapWithNoOption() throws {
        let omeka = read("Dublin Core:Title,Dublin Core:Creator,Dublin Core:Date,Dublin Core:Format,tags\nLeaflet,\"Brennan, Thomas\",1951,paper,strikes\n")
        #expect(omeka.errors.isEmpty, "\(omeka.errors)")
        let o = try #require(omeka.records.first)
        #expect(o.title == "Leaflet" && o.date?.description == "1951" && o.agents.count == 1)
        #expect(o.extra == ["dc:format": ["paper"]])
        #expect(o.subjects == ["strikes"])
        let dspace = read("id,dc.title[en_US],dc.contributor.author,dc.date.issued,dc.identifier.uri\n1,Report,\"Smith, J.\",2001,http://hdl.handle.net/1/2\n")
        #expect(dspace.errors.isEmpty, "\(dspace.errors)")
        let d = try #require(dspace.records.first)
        #expect(d.title == "Report" && d.date?.description == "2001" && d.agents.first?.family == "Smith")
        #expect(d.identifiers == [Identifier(.url, "http://hdl.handle.net/1/2")])
    }

    @Test func dcmiTypesAreAcceptedInAnyCaseAndOtherTypesBecomeTheGenre() {
        let r = read("id,title,type\na,A,StillImage\nb,B,text\nc,C,MovingImage\nd,D,Telegram\ne,E,letter\n")
        #expect(r.errors.isEmpty)
        #expect(r.records.map(\.type) == [.image, .document, .other, nil, .letter])
        #expect(r.records.map(\.genre) == [nil, nil, "MovingImage", "Telegram", nil])
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.recordID == "d")
    }

    @Test func aMissingIdColumnGivesRowNumbersWithOneWarning() {
        let r = read("Title,Date\nAlpha,1951\nBeta,1952\n\"Gamma\",1953\n")
        #expect(r.errors.isEmpty)
        #expect(r.records.map(\.id) == ["row-2", "row-3", "row-4"])
        #expect(r.warnings.count == 1)
    }

    @Test func aHeaderThatMapsToNothingIsAnError() {
        let r = read("Foo,Bar\n1,2\n")
        #expect(r.records.isEmpty)
        #expect(r.errors.first?.message.contains("no column of the header") == true, "\(r.errors)")
    }

    @Test func twoColumnsForOneFieldKeepTheSecondInExtra() {
        let r = read("id,title,Title\na,Alpha,Beta\n")
        #expect(r.records.first?.title == "Alpha")
        #expect(r.records.first?.extra["Title"] == ["Beta"])
        #expect(r.warnings.contains { $0.message.contains("also maps to `title`") })
    }

    @Test func startAndEndColumnsBecomeAnInterval() {
        let r = read("id,title,start_date,end_date\na,A,1901-01-07,1903-03-30\nb,B,1901,\nc,C,c. 1950,1953\nd,D,1901,1901\ne,E,Easter 1902,\n")
        #expect(r.errors.isEmpty)
        #expect(r.records.map { $0.date?.description ?? "-" } == ["1901-01-07/1903-03-30", "1901", "1950~/1953", "1901", "-"])
        #expect(r.records[4].extra["dc:date"] == ["Easter 1902"])
    }

    @Test func theCanonicalHeaderIsReadAsBefore() throws {
        let csv = try sampleText("cold-war-korea.csv")
        let r = read(csv)
        #expect(r.errors.isEmpty)
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        #expect(r.records.count > 0)
    }
}

/// The done-when of issue 9: three real layouts convert with no option, every row kept.
@Suite struct SpreadsheetFixtureTests {
    func toJSON(_ name: String, options: FormatOptions = FormatOptions()) throws -> (ConversionResult, [Record]) {
        let csv = try spreadsheetFixture(name)
        let r = convert(csv, from: .csv, to: .json, name: name, options: options)
        let records = try readRecords(r.text, format: .json).records
        return (r, records)
    }

    func rows(_ name: String) throws -> Int {
        // Data rows: every fixture row is on one line.
        try spreadsheetFixture(name).split(separator: "\n").count - 1
    }

    @Test func aUniversityArchiveItemListConvertsWithNoOption() throws {
        let (r, records) = try toJSON("university-item-list.csv")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(records.count == (try rows("university-item-list.csv")))
        #expect(records[0].id == "AU NBAC N193-001")
        #expect(records[0].pages == "212")
        #expect(records[0].places == ["Sydney"])
        #expect(records[0].notes == ["Bound volume; water damage to last pages"])
        #expect(records[0].date?.description == "1901-01-07/1903-03-30")
        #expect(records.map { $0.date?.description ?? "-" } == [
            "1901-01-07/1903-03-30", "1950~/1953", "1951?", "192X", "1901-01-07", "-", "1901-01", "1901-02-03", "-",
            "1901-01-07/1901-03-30",
        ])
        #expect(records[5].extra["dc:date"] == ["n.d."])
        #expect(records[8].extra["dc:date"] == ["Easter 1902"])
        // The readings are named.
        #expect(r.warnings.contains { $0.message.contains("\"c. 1950\" is read as the EDTF date `1950~`") })
    }

    @Test func anAtoMSheetIsDetectedAndReadWithItsProfile() throws {
        let (r, records) = try toJSON("atom-isad.csv")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.warnings.contains { $0.message.contains("read with profile `atom`") })
        #expect(records.count == (try rows("atom-isad.csv")))
        let fonds = records[0]
        #expect(fonds.id == "F-12")
        #expect(fonds.archive?.name == "Port City Archives")
        #expect(fonds.identifiers == [Identifier(.local, "MS-0412")])
        #expect(fonds.languages == ["en", "fr"])
        #expect(fonds.subjects == ["Labour unions", "Waterfront"])
        #expect(fonds.date?.description == "1898/1961")
        #expect(fonds.levelOfDescription == "Fonds")
        #expect(fonds.extent == ["4.2 m of textual records"])
        #expect(fonds.description == "Minutes, correspondence and photographs of the association.")
        #expect(records[1].isPartOf == ["F-12"])
        #expect(records[1].agents == [Agent(role: .creator, family: "Brennan", given: "Thomas")])
        #expect(records[2].date?.description == "1898~/1905~")
        #expect(records[3].date?.description == "1901-01-07/1901-03-30")
        #expect(records[3].extra["dc:date"] == ["1901"])
        #expect(records[3].agents.count == 2)
    }

    @Test func aCollectionBuilderSheetIsDetectedAndReadWithItsProfile() throws {
        let (r, records) = try toJSON("collectionbuilder.csv")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(records.count == (try rows("collectionbuilder.csv")))
        #expect(records.map(\.id) == ["harbour001", "harbour002", "harbour003", "harbour004"])
        #expect(records[0].subjects == ["Waterfront", "Labour unions", "Strikes"])
        #expect(records[0].places == ["Fremantle, Western Australia"])
        #expect(records[0].type == .image)
        #expect(records[0].coordinates == Coordinates(latitude: "-32.0569", longitude: "115.7439"))
        #expect(records[1].coordinates == nil)
        #expect(records[0].extra["dc:format"] == ["image/jpeg"])
        #expect(records[2].languages == ["eng", "vie"])
        #expect(records[3].date?.description == "195X")
        #expect(records[3].genre == "Collection")
    }

    @Test func theProfileCanBeChosenOrRefused() throws {
        var options = FormatOptions()
        options.settings["csv.profile"] = "none"
        let (r, records) = try toJSON("collectionbuilder.csv", options: options)
        // Read by column names alone: `objectid` is not an id column, so ids come from `identifier`.
        #expect(!r.warnings.contains { $0.message.contains("read with profile") })
        #expect(records.first?.id == "MS-0412-03-017")
        options.settings["csv.profile"] = "nonesuch"
        let bad = convert("id,title\na,b\n", from: .csv, to: .json, options: options)
        #expect(bad.thrown?.kind == .usage)
    }

    @Test(arguments: ["university-item-list.csv", "atom-isad.csv", "collectionbuilder.csv"])
    func everyRowSurvivesJSONAndDublinCore(name: String) throws {
        let (r, records) = try toJSON(name)
        #expect(r.errors.isEmpty)
        let dc = convert(r.text, from: .json, to: .dublinCoreTerms)
        #expect(dc.errors.isEmpty, "\(dc.errors)")
        let back = try readRecords(dc.text, format: .dublinCoreTerms)
        #expect(back.errors.isEmpty)
        #expect(back.records.map(\.id) == records.map(\.id))
        #expect(back.records.map(\.title) == records.map(\.title))
        #expect(back.records.map(\.date) == records.map(\.date))
    }
}

@Suite(.serialized) struct SpreadsheetDocsTests {
    /// Docs/formats/csv.md prints the alias table and every profile as the code makes them.
    @Test(arguments: [
        ("CSVHeaderNames.markdownTable", CSVHeaderNames.markdownTable),
        ("CSVProfiles.atom.markdownTable", CSVProfiles.atom.markdownTable),
        ("CSVProfiles.collectionBuilder.markdownTable", CSVProfiles.collectionBuilder.markdownTable),
        ("CSVProfiles.archivesSpace.markdownTable", CSVProfiles.archivesSpace.markdownTable),
        ("CSVProfiles.archivesSpaceAccessions.markdownTable", CSVProfiles.archivesSpaceAccessions.markdownTable),
        ("CSVProfiles.omekaS.markdownTable", CSVProfiles.omekaS.markdownTable),
        ("CSVProfiles.omekaClassic.markdownTable", CSVProfiles.omekaClassic.markdownTable),
    ])
    func theDocsPrintTheTables(name: String, table: String) throws {
        let region = try GeneratedDocs.region(name, in: "Docs/formats/csv.md", updatingTo: table)
        #expect(region == table)
    }

    @Test func everyProfileIsInTheDocs() throws {
        let doc = try readText(packageRoot.appendingPathComponent("Docs/formats/csv.md"))
        for p in CSVProfiles.all { #expect(doc.contains("**`\(p.name)`**"), "\(p.name)") }
    }
}

/// Property: a catalogue written with the canonical header reads the same when its header is
/// written the way people write column names (any case, words split by spaces, `_` or `-`).
@Suite struct LooseHeaderProperties {
    static func mangle(_ name: String, _ rng: inout SplitMix) -> String {
        // Split camelCase and dots into words, then join and case them at random.
        var words: [String] = []
        var current = ""
        for c in name {
            if c == "." || (c.isUppercase && !current.isEmpty) { words.append(current); current = c == "." ? "" : String(c) } else { current.append(c) }
        }
        words.append(current)
        let sep = rng.pick([" ", "_", "-", "", " "])
        let cased = words.map { w -> String in
            switch rng.int(3) {
            case 0: return w.uppercased()
            case 1: return w.prefix(1).uppercased() + w.dropFirst()
            default: return w.lowercased()
            }
        }
        return cased.joined(separator: sep)
    }

    @Test func aMangledHeaderReadsTheSameRecords() throws {
        let json = try sampleText("cold-war-korea.json")
        let records = try readRecords(json, format: .json).records
        let csv = try writeRecords(records, format: .csv).text
        guard let headerEnd = csv.firstIndex(of: "\r\n") else { Issue.record("no header"); return }
        let header = csv[..<headerEnd].split(separator: ",").map(String.init)
        var rng = SplitMix(state: 9)
        for _ in 0..<40 {
            let mangled = header.map { Self.mangle($0, &rng) }
            let text = mangled.joined(separator: ",") + csv[headerEnd...]
            let again = try readRecords(text, format: .csv)
            #expect(again.errors.isEmpty, "\(mangled)")
            #expect(again.records == records, "\(mangled)")
        }
    }
}

extension ArchivalIdTests {
    @Test func aDublinCoreIdentifierWithSpacesIsTheId() throws {
        let xml = "<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Minute book</dc:title><dc:identifier>AU NBAC N193-001</dc:identifier></r>"
        let r = try readRecords(xml, format: .dublinCore)
        #expect(r.records.map(\.id) == ["AU NBAC N193-001"])
    }
}
