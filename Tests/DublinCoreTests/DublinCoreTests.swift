import Crosswalk
import CrosswalkTestSupport
@testable import CrosswalkDublinCore
import Foundation
import PropertyBased
import Testing

@Suite struct DublinCoreGoldenTests {
    @Test(arguments: [("cold-war-korea.dc.xml", FormatDescriptor.dublinCore), ("cold-war-korea.dcterms.xml", .dublinCoreTerms)])
    func theXMLSamplesAreTheJSONSampleConverted(file: String, format: FormatDescriptor) throws {
        let json = try readText(sampleURL("cold-war-korea.json"))
        let written = convert(json, from: .json, to: format)
        #expect(written.errors.isEmpty && written.warnings.isEmpty, "\(written.diagnostics)")
        #expect(written.text == (try readText(sampleURL(file))))
        // And back: JSON → DC → JSON is the identity for the sample.
        let back = convert(written.text, from: format, to: .json)
        #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(back.diagnostics)")
        #expect(back.text == json)
    }

    @Test func sniffingAndExtensionsFindTheDialects() throws {
        let registry = FormatRegistry.builtIn
        #expect(registry.format(forPath: "x/cold-war-korea.dc.xml")?.name == "dc")
        #expect(registry.format(forPath: "x/cold-war-korea.dcterms.xml")?.name == "dcterms")
        #expect(registry.format(forPath: "harvest.xml")?.name == "dc")
        let dcterms = Array(try readText(sampleURL("cold-war-korea.dcterms.xml")).utf8.prefix(4096))
        #expect(registry.sniff(dcterms)?.name == "dcterms")
        let dc = Array(try readText(sampleURL("cold-war-korea.dc.xml")).utf8.prefix(4096))
        #expect(registry.sniff(dc)?.name == "dc")
    }
}

@Suite struct DublinCoreReaderTests {
    let dc = "http://purl.org/dc/elements/1.1/"

    func read(_ xml: String, name: String = "t.xml") throws(Diagnostic) -> (records: [Record], errors: [Diagnostic], warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let reader = try FormatDescriptor.dublinCore.makeReader!(ByteInput(string: xml, name: name),
                                                                 ReaderContext { warnings.append($0) })
        let (records, errors) = try reader.readAll()
        return (records, errors, warnings)
    }

    @Test func aSingleOAIDCRecord() throws {
        let xml = """
        <?xml version="1.0"?>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="\(dc)">
          <dc:title>Telegram</dc:title>
          <dc:creator>Mao, Zedong</dc:creator>
          <dc:identifier>crosswalk:t1</dc:identifier>
        </oai_dc:dc>
        """
        let (records, errors, _) = try read(xml)
        #expect(errors.isEmpty)
        #expect(records == [Record(id: "t1", title: "Telegram", agents: [Agent(role: .creator, family: "Mao", given: "Zedong")])])
    }

    /// DSpace harvests give each record its deposit timestamp beside its publication date: the
    /// publication date is the record's date, the timestamp is kept, never dropped.
    @Test func aPlainDateWinsOverARepositoryTimestamp() throws {
        func record(_ dates: [String]) throws -> Record {
            let xml = """
            <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="\(dc)">
              <dc:title>Paper</dc:title><dc:identifier>crosswalk:p</dc:identifier>
              \(dates.map { "<dc:date>\($0)</dc:date>" }.joined())
            </oai_dc:dc>
            """
            let (records, errors, _) = try read(xml)
            #expect(errors.isEmpty)
            return try #require(records.first)
        }
        let dspace = try record(["2003-06-26T13:07:38Z", "2003-06-26T13:07:38Z", "2001"])
        #expect(dspace.date?.description == "2001")
        let t = try EDTFDate(parsing: "2003-06-26T13:07:38Z")
        #expect(dspace.dates == [RecordDate(.date, t), RecordDate(.date, t)])
        #expect(dspace.extra["dc:date"] == nil)
        let onlyTimestamp = try record(["2003-06-26T13:07:38Z"])
        #expect(onlyTimestamp.date?.description == "2003-06-26T13:07:38Z")
        #expect(onlyTimestamp.dates.isEmpty)
        let twoPlain = try record(["1999", "2001-05"])
        #expect(twoPlain.date?.description == "1999")
        #expect(twoPlain.dates == [RecordDate(.date, try EDTFDate(parsing: "2001-05"))])
    }

    @Test func bareRecordsInAnyContainerWithAnyPrefixOrADefaultNamespace() throws {
        let xml = """
        <catalogue xmlns:d="\(dc)">
          <item><d:title>One</d:title><d:identifier>local:1</d:identifier></item>
          <item xmlns:x="\(dc)"><x:title>Two</x:title><x:identifier>local:2</x:identifier></item>
          <item><title xmlns="\(dc)">Three</title><identifier xmlns="\(dc)">local:3</identifier></item>
          <wrapper><meta xmlns="\(dc)"><title>Four</title><identifier>local:4</identifier></meta></wrapper>
        </catalogue>
        """
        let (records, errors, _) = try read(xml)
        #expect(errors.isEmpty)
        #expect(records.map(\.title) == ["One", "Two", "Three", "Four"])
        #expect(records.map(\.id) == ["1", "2", "3", "4"])
        #expect(records.map(\.identifiers) == (1...4).map { [Identifier(.local, "\($0)")] })
    }

    @Test func textIsDecodedAndItsWhiteSpaceNormalised() throws {
        let xml = """
        <r xmlns:dc="\(dc)"><dc:title>
            A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#x4E2D; <![CDATA[<raw & kept>]]>  two  spaces
          </dc:title><dc:identifier>x</dc:identifier></r>
        """
        let (records, _, _) = try read(xml)
        #expect(records.first?.title == "A & B <c> \"d\" 'e' é中 <raw & kept> two spaces")
    }

    @Test func xmlLangOnTitlesBecomesAlternativeTitleLanguages() throws {
        let xml = """
        <r xmlns:dc="\(dc)" xml:lang="en"><dc:title>Ciphered telegram</dc:title>
        <dc:title xml:lang="ru">Шифртелеграмма</dc:title><dc:title>Plain</dc:title><dc:identifier>x</dc:identifier></r>
        """
        let (records, _, _) = try read(xml)
        let r = try #require(records.first)
        #expect(r.title == "Ciphered telegram")
        // xml:lang is inherited: the first title is English, which is kept.
        #expect(r.extra["dc:title@xml:lang"] == ["en"])
        #expect(r.alternativeTitles == [LocalizedString("Шифртелеграмма", lang: "ru"), LocalizedString("Plain", lang: "en")])
    }

    @Test func anOAIPMHListRecordsResponse() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
          <responseDate>2013-02-27T09:10:56Z</responseDate>
          <request verb="ListRecords" metadataPrefix="oai_dc">http://example.org/oai</request>
          <ListRecords>
            <record><header status="deleted"><identifier>oai:example.org:gone</identifier><datestamp>2011-07-18</datestamp></header></record>
            <record>
              <header><identifier>oai:example.org:1</identifier><datestamp>2011-01-10</datestamp><setSpec>korea</setSpec><setSpec>telegrams</setSpec></header>
              <metadata>
                <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="\(dc)">
                  <dc:title>Telegram</dc:title>
                  <dc:date>1951-01-27</dc:date>
                  <dc:date>27 January 1951</dc:date>
                  <dc:type>text</dc:type>
                  <dc:type>Telegram</dc:type>
                  <dc:contributor>Stalin, I.V. (recipient)</dc:contributor>
                  <dc:identifier>http://example.org/record/1</dc:identifier>
                </oai_dc:dc>
              </metadata>
            </record>
            <resumptionToken completeListSize="8" cursor="0">token-2</resumptionToken>
          </ListRecords>
        </OAI-PMH>
        """
        let (records, errors, warnings) = try read(xml, name: "h.xml")
        #expect(errors.isEmpty)
        let r = try #require(records.first)
        #expect(records.count == 1)
        #expect(r.id == "oai:example.org:1")
        #expect(r.identifiers == [Identifier(.url, "http://example.org/record/1"), Identifier(.oai, "oai:example.org:1")])
        #expect(r.isPartOf == ["korea", "telegrams"])
        #expect(r.type == .document)
        #expect(r.genre == "Telegram")
        #expect(r.date?.description == "1951-01-27")
        #expect(r.extra["dc:date"] == ["27 January 1951"])
        #expect(r.agents == [Agent(role: .recipient, family: "Stalin", given: "I.V.")])
        let messages = warnings.map(\.description)
        #expect(messages.contains("h.xml:6: warning: record oai:example.org:gone is deleted in the repository (header status=\"deleted\"); skipped"))
        #expect(messages.contains { $0.contains("resumptionToken `token-2` (completeListSize 8, cursor 0)") })
        #expect(messages.contains { $0.contains("`27 January 1951` is not an EDTF date") })
    }

    @Test func anOAIPMHErrorIsAnError() {
        let xml = #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><error code="badVerb">Illegal verb</error></OAI-PMH>"#
        #expect(throws: Diagnostic.self) { try read(xml) }
    }

    @Test func aRecordWithoutATitleIsReportedAndTheNextIsRead() throws {
        let xml = "<c xmlns:dc=\"\(dc)\">\n<r><dc:creator>X</dc:creator></r>\n<r><dc:title>T</dc:title></r>\n</c>"
        let (records, errors, warnings) = try read(xml, name: "n.xml")
        #expect(records.map(\.title) == ["T"])
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 2)
        #expect(errors.first?.field == "title")
        #expect(warnings.contains { $0.message.contains("given the id `record-2`") })
    }

    @Test func malformedXMLIsAnErrorWithItsLine() {
        // A mismatched end tag is reported on its line; an unclosed root just after the last markup
        // (`</dc:title>` on line 2: libxml2 does not count the final line break as content).
        for (xml, line) in [("<r xmlns:dc=\"\(dc)\">\n<dc:title>T</dc:titel>\n</r>", 2), ("<r xmlns:dc=\"\(dc)\">\n<dc:title>T</dc:title>\n", 2)] {
            do {
                _ = try read(xml, name: "m.xml")
                Issue.record("no error for \(xml)")
            } catch {
                #expect(error.location?.file == "m.xml")
                #expect(error.location?.line == line, "\(error)")
                #expect(!error.isRecoverable)
            }
        }
    }
}

@Suite struct DublinCoreHostileInputTests {
    func read(_ xml: String) -> (records: [Record], error: Diagnostic?, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        do {
            let reader = try FormatDescriptor.dublinCore.makeReader!(ByteInput(string: xml, name: "evil.xml"),
                                                                     ReaderContext { warnings.append($0) })
            let (records, errors) = try reader.readAll()
            return (records, errors.first, warnings)
        } catch {
            return ([], error, warnings)
        }
    }

    @Test func anExternalEntityIsNeverRead() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <r xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A &x; B</dc:title><dc:identifier>i</dc:identifier></r>
        """
        let result = read(xml)
        let title = result.records.first?.title ?? ""
        #expect(!title.contains("root:"))
        #expect(result.error != nil || title == "A &x; B")
    }

    @Test func aBillionLaughsBombIsRefused() {
        var dtd = "<!ENTITY l0 \"ha\">"
        for i in 1...10 { dtd += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [\(dtd)]><r xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&l10;</dc:title></r>"
        let result = read(xml)
        let title = result.records.first?.title ?? ""
        #expect(title.count < 1000)
        #expect(result.error != nil || title.contains("&l10;"))
    }

    @Test func deepNestingIsRefused() {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let result = read(xml)
        #expect(result.error?.message.lowercased().contains("depth") == true || result.error?.message.contains("nest") == true,
                "\(String(describing: result.error))")
    }

    @Test func aWrongEncodingDeclarationIsAnErrorWithItsLine() {
        let bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:title>caf".utf8)
            + [0xE9] + Array("</dc:title></r>".utf8)
        let r = convert(bytes: bytes, from: .dublinCore, to: .json, name: "latin.xml")
        #expect(r.thrown?.location?.line == 3)
        #expect(r.thrown?.location?.file == "latin.xml")
    }

    @Test func aTruncatedFileIsAnError() {
        let r = convert("<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:title>T</dc:title>\n<dc:creator>Mao, Ze", from: .dublinCore,
                        to: .json, name: "cut.xml")
        #expect(r.thrown != nil)
        #expect(r.thrown?.location?.file == "cut.xml")
    }
}

@Suite struct DublinCoreWriterTests {
    @Test func everyFieldThatCannotBeHeldIsNamed() throws {
        var r = Record(id: "a", title: "T\u{1}itle", accessed: try EDTFDate(parsing: "2026-11-30"))
        r.agents = [Agent(role: .creator, literal: "Ministry of Foreign Affairs, USSR")]
        r.notes = ["only a note"]
        r.extra = ["bibtex.addendum": ["x"], "dc:format": ["application/pdf"], "dcterms:medium": ["paper"]]
        let (text, warnings) = try writeRecords([r], format: .dublinCore)
        #expect(text.contains("<dc:title>Title</dc:title>"))
        #expect(text.contains("<dc:format>application/pdf</dc:format>"))
        #expect(warnings.map(\.description).sorted() == [
            "warning: record a: field `accessed` dropped: Dublin Core has no access date",
            "warning: record a: field `agents[0]`: the literal name \"Ministry of Foreign Affairs, USSR\" holds a comma and reads back as `Family, Given`",
            "warning: record a: field `extra.bibtex.addendum` dropped: simple Dublin Core has no element for it",
            "warning: record a: field `extra.dcterms:medium` dropped: simple Dublin Core has no element for it",
            "warning: record a: field `notes`: simple Dublin Core has no note element apart from descriptions; with no description, the first note reads back as the description",
            "warning: record a: field `title`: character U+0001 (and any other character XML 1.0 cannot hold) removed",
        ])
        let terms = try writeRecords([r], format: .dublinCoreTerms)
        #expect(terms.text.contains("<dcterms:medium>paper</dcterms:medium>"))
        #expect(!terms.warnings.contains { $0.field == "extra.dcterms:medium" })
        #expect(terms.warnings.contains { $0.field == "notes" })
        // An extra key that names no DC element or term is not written: the output stays valid.
        var odd = Record(id: "b", title: "T")
        odd.extra = ["dc:genre": ["x"], "dcterms:colour": ["red"]]
        let oddOut = try writeRecords([odd], format: .dublinCoreTerms)
        #expect(!oddOut.text.contains("genre") && !oddOut.text.contains("colour"))
        #expect(oddOut.warnings.map(\.field) == ["extra.dc:genre", "extra.dcterms:colour"])
        // A language that is not a language tag is not written into xml:lang.
        let badLang = Record(id: "c", title: "T", alternativeTitles: [LocalizedString("U", lang: "a\"b")])
        let badOut = try writeRecords([badLang], format: .dublinCore)
        #expect(!badOut.text.contains("xml:lang"))
        #expect(badOut.warnings.map(\.field) == ["alternativeTitles[0].lang"])
    }

    @Test func rolesArchiveAndCitationKeepTheirMeaning() throws {
        var r = Record(id: "a", title: "T")
        r.agents = [Agent(role: .creator, family: "Mao", given: "Zedong"), Agent(role: .recipient, literal: "Filippov [Stalin]"),
                    Agent(role: .translator, family: "Gogh", given: "V.", particle: "van"), Agent(role: .editor, family: "Roshchin"),
                    Agent(role: .contributor, literal: "Kim Il Sung")]
        r.archive = Archive(name: "Archive of the President of the Russian Federation", location: "f. 45, op. 1, d. 334; ll. 97-98",
                            place: "Moscow")
        r.containerTitle = "Cold War International History Project Bulletin"
        r.volume = "6"; r.pages = "30-35"; r.number = "21334"; r.publisherPlace = "Washington; DC"
        r.identifiers = [Identifier(.doi, "10.1000/xyz"), Identifier(.handle, "1765/308"), Identifier(.local, "f. 45"),
                         Identifier(.isbn, "90-5892-036-4"), Identifier(.local, "doi:not-really"), Identifier(.oai, "oai:x:1")]
        for format in [FormatDescriptor.dublinCore, .dublinCoreTerms] {
            let (text, warnings) = try writeRecords([r], format: format)
            #expect(warnings.isEmpty, "\(warnings)")
            let back = try readRecords(text, format: format)
            #expect(back.records == [r])
        }
    }
}

@Suite struct DublinCoreRoundTripProperties {
    /// What Dublin Core keeps of a record: text trimmed at the edges, agents with commas in literals
    /// aside, and no access date or foreign `extra` keys (each of which the writer warns about).
    static func dcSafe(_ r: Record, trim: Bool = true) -> Record {
        var r = r
        func t(_ s: String) -> String {
            let v = trim ? DublinCoreMapping.collapsingWhiteSpace(s) : s
            return DublinCoreMapping.collapsingWhiteSpace(v).isEmpty ? "x" : v
        }
        func tl(_ xs: [String]) -> [String] { xs.map(t) }
        r.title = t(r.title)
        r.alternativeTitles = r.alternativeTitles.map { LocalizedString(t($0.value), lang: $0.lang) }
        r.genre = r.genre.map { "genre " + t($0) }
        r.description = r.description.map(t)
        if r.description == nil { r.notes = [] }
        r.notes = tl(r.notes)
        r.subjects = tl(r.subjects); r.places = tl(r.places); r.languages = tl(r.languages); r.isPartOf = tl(r.isPartOf)
        r.rights = tl(r.rights)
        r.publisher = r.publisher.map(t)
        r.agents = r.agents.filter { a in
            ![a.literal, a.family, a.given, a.particle, a.suffix].contains { $0?.contains(",") == true || $0?.hasSuffix(")") == true }
        }
        r.identifiers = [Identifier(.doi, "10.1/" + t(r.id)), Identifier(.url, "https://example.org/" + r.id)]
        r.archive = r.archive.map { a in
            Archive(name: "Archive " + t(a.name).replacingOccurrences(of: "; ", with: " "),
                    location: a.location.map { "f. " + t($0).replacingOccurrences(of: "; ", with: " ") },
                    place: a.place.map { "Place " + t($0).replacingOccurrences(of: "; ", with: " ") })
        }
        r.containerTitle = r.containerTitle.map { "Bulletin " + t($0).replacingOccurrences(of: "; ", with: " ") }
        if trim {
            r.archive = r.archive.map { a in
                Archive(name: DublinCoreMapping.collapsingWhiteSpace(a.name), location: a.location.map(DublinCoreMapping.collapsingWhiteSpace),
                        place: a.place.map(DublinCoreMapping.collapsingWhiteSpace))
            }
            r.containerTitle = r.containerTitle.map(DublinCoreMapping.collapsingWhiteSpace)
        }
        r.volume = nil; r.issue = nil; r.pages = nil; r.edition = nil; r.series = nil; r.number = nil; r.publisherPlace = nil
        r.accessed = nil
        r.extra = [:]
        return r
    }

    @Test func recordsSurviveDublinCoreForEveryFieldItHolds() async {
        await propertyCheck(count: 150, input: Gen.uint64(in: 0...UInt64.max).array(of: 1...8)) { seeds in
            let records = seeds.map { Self.dcSafe(RecordFactory.record(seed: $0)) }
            for format in [FormatDescriptor.dublinCore, .dublinCoreTerms] {
                let written = try writeRecords(records, format: format)
                #expect(written.warnings.isEmpty, "\(written.warnings)")
                let back = try readRecords(written.text, format: format)
                #expect(back.errors.isEmpty, "\(back.errors)")
                #expect(back.records == records)
            }
        }
    }
}

@Suite struct DublinCoreEdgeTests {
    @Test func aDocumentWhoseRootIsADCElementIsOneRecord() throws {
        let (records, _) = try readRecords("<title xmlns=\"http://purl.org/dc/elements/1.1/\">Alone</title>", format: .dublinCore)
        #expect(records.map(\.title) == ["Alone"])
    }

    @Test func manyDeletedRecordsInARowAreSkippedWithoutRecursion() throws {
        var xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>"
        let deleted = "<record><header status=\"deleted\"><identifier>oai:x:N</identifier></header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>gone</dc:title></oai_dc:dc></metadata></record>"
        xml += String(repeating: deleted, count: 20_000)
        xml += "<record><header><identifier>oai:x:kept</identifier></header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>kept</dc:title></oai_dc:dc></metadata></record>"
        xml += "</ListRecords></OAI-PMH>"
        let (records, errors) = try readRecords(xml, format: .dublinCore)
        #expect(errors.isEmpty)
        #expect(records.map(\.id) == ["oai:x:kept"])
    }

    @Test func aBarePrefixIsNotAnEmptyIdentifier() throws {
        let xml = "<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title><dc:identifier>doi:</dc:identifier><dc:identifier>local:k</dc:identifier></r>"
        let (records, errors) = try readRecords(xml, format: .dublinCore)
        #expect(errors.isEmpty)
        #expect(records.first?.id == "k")
        #expect(records.first?.extra["dc:identifier"] == ["doi:"])
    }

    @Test func libxmlProblemsItRecoversFromAreWarnings() throws {
        var warnings: [Diagnostic] = []
        let reader = try FormatDescriptor.dublinCore.makeReader!(
            ByteInput(string: "<r xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title><x:y>z</x:y><dc:identifier>i</dc:identifier></r>"),
            ReaderContext { warnings.append($0) })
        let (records, errors) = try reader.readAll()
        #expect(records.count == 1 && errors.isEmpty)
        #expect(warnings.contains { $0.severity == .warning && $0.message.contains("Namespace prefix x") })
    }
}

@Suite struct DublinCoreDocsTests {
    /// Docs/formats/dublin-core.md prints the crosswalk table as the code makes it: every row, every column.
    @Test func theDocsPrintTheMappingTable() throws {
        let region = try GeneratedDocs.region("DublinCoreMapping.markdownTable", in: "Docs/formats/dublin-core.md",
                                              updatingTo: DublinCoreMapping.markdownTable)
        #expect(region == DublinCoreMapping.markdownTable)
    }

    /// Every element a row writes or reads is a Dublin Core element of its namespace, and no element is read by two rows.
    @Test func theTableNamesOnlyDublinCoreElements() {
        var readers: [String: String] = [:]
        for row in DublinCoreMapping.table {
            for name in row.simple where name != "dc:NAME" {
                #expect(name.hasPrefix("dc:") && DublinCoreMapping.isTerm(namespace: DCNamespace.elements, name: String(name.dropFirst(3))), "\(row.field): \(name)")
            }
            for name in row.terms where !name.hasSuffix(":NAME") {
                #expect(name.hasPrefix("dcterms:") && DublinCoreMapping.isTerm(namespace: DCNamespace.terms, name: String(name.dropFirst(8))), "\(row.field): \(name)")
            }
            for name in row.reads {
                let (ns, local) = name.hasPrefix("dc:") ? (DCNamespace.elements, name.dropFirst(3)) : (DCNamespace.terms, name.dropFirst(8))
                #expect(DublinCoreMapping.isTerm(namespace: ns, name: String(local)), "\(row.field): \(name)")
                #expect(readers.updateValue(row.field, forKey: name) == nil, "\(name) is read by two rows")
            }
        }
        #expect(readers["dc:title"] == "title" && readers["dcterms:spatial"] == "places" && readers["dc:relation"] == "isPartOf")
        #expect(readers["dcterms:relation"] == nil)
    }
}
