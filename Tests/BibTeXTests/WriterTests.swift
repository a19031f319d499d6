import Crosswalk
@testable import CrosswalkBibTeX
import CrosswalkTestSupport
import Testing

@Suite struct WriterTests {
    static let telegram = Record(
        id: "not a key", type: .letter, genre: "Ciphered Telegram", title: "Ciphered telegram, Roshchin to USSR Foreign Ministry",
        date: EDTFDate(year: 1951, month: 1, day: 13),
        agents: [Agent(role: .creator, family: "Roshchin"), Agent(role: .recipient, literal: "USSR Foreign Ministry")])

    @Test func keysAreMadeFromTheDefaultPatternWhenTheIdIsNotAKey() throws {
        let out = try writeBib([Self.telegram])
        #expect(out.text.hasPrefix("@letter{roshchin1951ciphered,\n"))
        #expect(out.warnings.contains { $0.field == "id" })
    }

    @Test func validIdsAreKeptAndKeysAreUnique() throws {
        var a = Self.telegram; a.id = "roshchin-1951"
        var b = a; b.title = "Another"
        var c = Self.telegram
        c.id = "x y"
        var d = c
        d.id = "x  y"
        let text = try writeBib([a, b, c, d]).text
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("@") }.map { $0.split(separator: "{")[1].dropLast() }
        #expect(keys == ["roshchin-1951", "roshchin-1951a", "roshchin1951ciphered", "roshchin1951ciphereda"])
    }

    @Test func aKeyPatternAppliesToEveryRecord() throws {
        var a = Self.telegram; a.id = "keep-me"
        var stalin = a
        stalin.agents = [Agent(role: .creator, family: "Stalin", given: "I.V.")]
        stalin.date = try EDTFDate(parsing: "1950-09~")
        stalin.title = "The Ciphered Telegram"
        let text = try writeBib([a, stalin], settings: ["bibtex.keyPattern": "[auth][year][title]"]).text
        #expect(text.contains("@letter{roshchin1951ciphered,"))
        #expect(text.contains("@letter{stalin1950ciphered,"))
        let short = try writeBib([a], settings: ["bibtex.keyPattern": "[auth]:[shorttitle]"]).text
        #expect(short.contains("{roshchin:cipheredtelegramroshchin,"))
        #expect(throws: Diagnostic.self) { try writeBib([a], settings: ["bibtex.keyPattern": "[author]"]) }
    }

    @Test func theBibTeXDialectWritesYearAndMonthAndWarnsForWhatItCannotHold() throws {
        var r = Self.telegram
        r.id = "k"
        let plain = try writeBib([r], dialect: .bibtex)
        #expect(plain.text.contains("  year = {1951},\n  month = jan,\n  day = {13},"))
        #expect(!plain.text.contains("date ="))
        #expect(plain.warnings.isEmpty, "\(plain.warnings)")
        for (edtf, what) in [("1950-09~", "`~`"), ("1950?", "`?`"), ("1951/1953", "a range"), ("195X", "unspecified")] {
            r.date = try EDTFDate(parsing: edtf)
            let out = try writeBib([r], dialect: .bibtex)
            #expect(out.text.contains("date = {\(edtf)}"))
            let w = try #require(out.warnings.first { $0.field == "date" }, "\(edtf)")
            #expect(w.message.contains(what), "\(w.message)")
            #expect(w.message.contains("dropped"))
            // Reading it back gives the EDTF date.
            #expect(readBib(out.text).records.first?.date == r.date)
        }
    }

    @Test func theBiblatexDialectWritesEDTF() throws {
        var r = Self.telegram
        r.date = try EDTFDate(parsing: "1950-09~/1951")
        let out = try writeBib([r])
        #expect(out.text.contains("  date = {1950-09~/1951},\n  localid = {not a key}\n"))
        #expect(!out.warnings.contains { $0.field == "date" })
    }

    @Test func latexEncodingWritesASCIIAndWarnsForTheRest() throws {
        var r = Self.telegram
        r.title = "Chargé d’affaires in Hà Nội: Nguyễn Văn Ư"
        let out = try writeBib([r], settings: ["bibtex.encoding": "latex"])
        #expect(out.text.contains("Charg{\\'e} d{\\textquoteright}affaires"))
        let w = out.warnings.filter { $0.field == "title" }
        #expect(w.count == 1)
        #expect(w.first?.message.contains("Ư") == true)
        #expect(readBib(out.text).records.first?.title == r.title)
    }

    @Test func fieldsTheFormatCannotHoldAreReported() throws {
        var r = Self.telegram
        r.id = "k"
        r.type = .article
        r.number = "7"
        r.alternativeTitles = [LocalizedString("Шифртелеграмма", lang: "ru"), LocalizedString("Second")]
        r.notes = ["one", "two", "three"]
        r.identifiers = [Identifier(.url, "http://a"), Identifier(.url, "http://b")]
        r.extra = ["x.shelf": ["3"]]
        r.title = "Two\nlines"
        let out = try writeBib([r])
        let fields = Set(out.warnings.compactMap(\.field))
        #expect(fields == ["number", "alternativeTitles", "notes", "identifiers (url)", "extra.x.shelf", "title"])
    }

    @Test func fieldOrderAndIndentationAreStable() throws {
        var r = Self.telegram
        r.id = "k"
        r.archive = Archive(name: "AVPRF", location: "f. 059a, op. 5a, d. 3", place: "Moscow")
        r.subjects = ["Korean War, 1950-1953", "Armistice"]
        r.publisher = "Wilson Center"
        let text = try writeBib([r]).text
        #expect(text == """
            @letter{k,
              author = {Roshchin},
              recipient = {{USSR Foreign Ministry}},
              title = {Ciphered telegram, {Roshchin} to {USSR Foreign Ministry}},
              type = {Ciphered Telegram},
              date = {1951-01-13},
              publisher = {Wilson Center},
              library = {AVPRF},
              callnumber = {f. 059a, op. 5a, d. 3},
              archiveplace = {Moscow},
              keywords = {{Korean War, 1950-1953}, Armistice}
            }

            """)
    }
}

@Suite struct DocsTests {
    /// Docs/formats/bibtex.md prints both tables as the code makes them: every row, every column.
    @Test func theDocsPrintTheMappingTables() throws {
        let fields = try GeneratedDocs.region("BibTeXMapping.markdownFieldTable", in: "Docs/formats/bibtex.md",
                                              updatingTo: BibTeXMapping.markdownFieldTable)
        #expect(fields == BibTeXMapping.markdownFieldTable)
        let types = try GeneratedDocs.region("BibTeXMapping.markdownTypeTable", in: "Docs/formats/bibtex.md",
                                             updatingTo: BibTeXMapping.markdownTypeTable)
        #expect(types == BibTeXMapping.markdownTypeTable)
    }

    /// The reader knows exactly the fields the table reads, and the role and scheme tables cover every role and scheme once.
    @Test func theReaderKnowsTheTablesFields() {
        #expect(Set(BibTeXMapping.knownFields.keys) == Set(BibTeXMapping.fields.flatMap(\.reads)))
        #expect(BibTeXMapping.knownFields.count == 53)
        #expect(BibTeXMapping.roleFields.map(\.role) == AgentRole.allCases)
        #expect(BibTeXMapping.schemeFields.map(\.scheme) == IdentifierScheme.allCases)
        #expect(BibTeXMapping.knownFields["journal"] == .journaltitle && BibTeXMapping.knownFields["editor"] == .names(.editor))
        #expect(BibTeXMapping.knownFields["annote"] == nil)
    }
}
