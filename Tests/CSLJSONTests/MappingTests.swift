import Crosswalk
import CrosswalkCitations
import Testing

@Suite struct TypeTableTests {
    @Test(arguments: RecordType.allCases)
    func everyRecordTypeRoundTrips(_ type: RecordType) throws {
        let r = Record(id: "a", type: type, title: "T")
        let item = CSLJSONMapping.item(from: r)
        #expect(item.type == CSLJSONMapping.types.first { $0.type == type }!.csl)
        #expect(CSLJSONMapping.record(from: item) == r)
    }

    @Test func otherCSLTypesAreReadAndComeBackOut() throws {
        for rule in CSLJSONMapping.types {
            for csl in rule.alsoRead {
                let r = CSLJSONMapping.record(from: CSLItem(id: "a", type: csl, variables: ["title": .text("T")]))
                #expect(r.type == rule.type, "\(csl)")
                #expect(r.extra["csl.type"] == [csl])
                #expect(CSLJSONMapping.item(from: r).type == csl)
            }
        }
    }

    @Test func anUnknownTypeIsKeptWithAWarning() throws {
        let r = read(#"[{"id": "a", "type": "telegram", "title": "T"}]"#)
        #expect(r.records.first?.type == nil)
        #expect(r.records.first?.extra["csl.type"] == ["telegram"])
        #expect(r.warnings.count == 1 && r.warnings[0].message.contains("`telegram` is not a CSL type"))
        #expect(r.warnings.first?.location?.description == "in.csl.json:1:2")
        let back = try write(r.records)
        #expect(back.text.contains(#""type": "telegram""#))
    }
}

@Suite struct NameTests {
    @Test func nameVariablesBecomeAgentsWithRoles() throws {
        let r = try readOne(#"""
        [{"id": "a", "type": "interview", "title": "T",
          "author": [{"family": "Mao", "given": "Zedong"}], "recipient": [{"literal": "USSR Council of Ministers"}],
          "translator": [{"family": "Weathersby", "given": "Kathryn"}], "editor": [{"family": "E"}],
          "contributor": [{"family": "C"}], "interviewer": [{"family": "Terkel", "given": "Studs"}],
          "collection-editor": [{"family": "Hanhimäki"}]}]
        """#)
        #expect(r.agents == [
            Agent(role: .creator, family: "Mao", given: "Zedong"),
            .literal("USSR Council of Ministers", role: .recipient),
            Agent(role: .translator, family: "Weathersby", given: "Kathryn"),
            Agent(role: .editor, family: "E"),
            Agent(role: .contributor, family: "C"),
            Agent(role: .editor, family: "Hanhimäki"),
            Agent(role: .contributor, family: "Terkel", given: "Studs"),
        ])
        #expect(r.extra["csl.role.interviewer"] == ["Studs Terkel"])
        let item = CSLJSONMapping.item(from: r)
        #expect(item.names("interviewer") == [CSLName(family: "Terkel", given: "Studs")])
        #expect(item.names("contributor") == [CSLName(family: "C")])
        #expect(item.names("collection-editor") == [CSLName(family: "Hanhimäki")])
        #expect(item.names("editor") == [CSLName(family: "E")])
        #expect(item.otherJSON["custom"] == nil)
    }

    @Test func particlesSuffixesAndFlagsComeBack() throws {
        let text = #"""
        [{"id": "a", "title": "T", "author": [
          {"family": "La Fontaine", "given": "Jean", "dropping-particle": "de"},
          {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
          {"family": "King", "given": "Martin Luther", "suffix": "Jr.", "comma-suffix": true},
          {"family": "Mao", "given": "Zedong", "static-ordering": true},
          {"family": "Doe Co.", "isInstitution": true}]}]
        """#
        let r = try readOne(text)
        #expect(r.agents[4] == .literal("Doe Co.", role: .creator))
        #expect(r.agents[0] == Agent(role: .creator, family: "La Fontaine", given: "Jean", particle: "de"))
        #expect(r.agents[1] == Agent(role: .creator, family: "Beethoven", given: "Ludwig", particle: "van"))
        #expect(r.agents[2] == Agent(role: .creator, family: "King", given: "Martin Luther", suffix: "Jr."))
        let item = CSLJSONMapping.item(from: r)
        #expect(item.names("author") == (try CSLJSONCodec.decode(text).first?.names("author")))
    }

    @Test func etAlIsKeptInCustom() throws {
        let r = Record(id: "a", title: "T", agents: [Agent(role: .creator, family: "Mao"), .etAl(role: .creator)])
        let item = CSLJSONMapping.item(from: r)
        #expect(item.names("author") == [CSLName(family: "Mao")])
        #expect(item.otherJSON["custom"] == #"{"etAl.creator":true}"#)
        #expect(CSLJSONMapping.record(from: item) == r)
    }

    @Test func aNameWithoutFamilyOrLiteral() throws {
        let r = read(#"[{"id": "a", "title": "T", "author": [{"given": "Plato"}, {"suffix": "Jr."}]}]"#)
        #expect(r.records.first?.agents == [.literal("Plato", role: .creator)])
        #expect(r.warnings.count == 1)
    }
}

@Suite struct DateTests {
    func date(_ json: String) -> (Record?, [Diagnostic]) {
        let r = read(#"[{"id": "a", "title": "T", "issued": \#(json)}]"#)
        #expect(r.errors.isEmpty, "\(r.errors)")
        return (r.records.first, r.warnings)
    }

    @Test(arguments: [
        (#"{"date-parts": [[1951, 6, 30]]}"#, "1951-06-30"),
        (#"{"date-parts": [["1951", "6"]]}"#, "1951-06"),
        (#"{"date-parts": [[1950, 6, 25], [1953, 7, 27]]}"#, "1950-06-25/1953-07-27"),
        (#"{"date-parts": [[1950]], "circa": true}"#, "1950~"),
        (#"{"date-parts": [[1950], [1953]], "circa": 1}"#, "1950~/1953~"),
        (#"{"date-parts": [[1950]], "season": 4}"#, "1950-24"),
        (#"{"date-parts": [[1950, 13]]}"#, "1950-21"),
        (#"{"date-parts": [[-44, 3, 15]]}"#, "-0043-03-15"),
        (#"{"date-parts": [[-1]]}"#, "0000"),
        (#"{"raw": "1951-06-30"}"#, "1951-06-30"),
        (#""1951-06~""#, "1951-06~"),
        (#"{"date-parts": [[1950]], "edtf": "195X"}"#, "195X"),
    ])
    func cslDatesBecomeEDTF(_ json: String, _ edtf: String) throws {
        let (r, warnings) = date(json)
        #expect(r?.date?.description == edtf)
        #expect(warnings.isEmpty)
        // And the CSL date comes back out as it was.
        let back = try item(try write([try #require(r)]).text).date("issued")
        #expect(back == (try item(#"[{"id": "a", "issued": \#(json)}]"#).date("issued")))
    }

    @Test(arguments: [
        #"{"date-parts": [], "literal": "(in press)"}"#,
        #"{"raw": "Bogus Date"}"#,
        #"{"date-parts": [[1953, 2, 30]]}"#,
        #"{"date-parts": [[1950]], "season": "Easter"}"#,
    ])
    func whatEDTFCannotSayIsKeptWithAWarning(_ json: String) throws {
        let (r, warnings) = date(json)
        #expect(r?.date == nil)
        #expect(warnings.count == 1 && warnings[0].field == "issued")
        #expect(r?.extra["csl.json.issued"] != nil)
        let back = try item(try write([try #require(r)]).text).date("issued")
        #expect(back == (try item(#"[{"id": "a", "issued": \#(json)}]"#).date("issued")))
    }

    @Test(arguments: [
        ("195X", [[1950]], true, "unspecified digits"),
        ("1950?", [[1950]], false, "uncertain"),
        ("1950%", [[1950]], true, "uncertain"),
        ("1951-06/..", [[1951, 6]], false, "open end"),
        ("/1953", [[1953]], false, "unknown start"),
        ("1985-04-12T23:20:30Z", [[1985, 4, 12]], false, "time of day"),
        ("1950~/1953", [[1950], [1953]], true, "one end only"),
    ])
    func whatDatePartsCannotSayIsWarnedAboutAndKeptInEDTF(_ edtf: String, _ parts: [[Int]], _ circa: Bool, _ why: String) throws {
        let r = Record(id: "a", title: "T", date: EDTFDate(edtf)!)
        let (text, warnings) = try write([r])
        #expect(warnings.count == 1 && warnings[0].message.contains(why) && warnings[0].field == "date", "\(warnings)")
        let d = try #require(try item(text).date("issued"))
        #expect(d.parts == parts && d.circa == circa && d.edtf == edtf)
        #expect(read(text).records == [r])
    }

    @Test func otherDateVariablesGoToExtraAsEDTF() throws {
        let r = try readOne(#"[{"id": "a", "title": "T", "original-date": {"date-parts": [[1949, 10, 1]]}, "event-date": {"literal": "spring"}}]"#)
        #expect(r.extra["csl.original-date"] == ["1949-10-01"])
        #expect(r.extra["csl.json.event-date"] == [#"{"literal":"spring"}"#])
        let i = CSLJSONMapping.item(from: r)
        #expect(i.date("original-date") == CSLDate(parts: [[1949, 10, 1]]))
        #expect(i.date("event-date") == CSLDate(literal: "spring"))
    }
}

@Suite struct FieldTests {
    @Test func theArchivalFields() throws {
        let r = try readOne(#"""
        [{"id": "a", "type": "personal_communication", "title": "Telegram", "genre": "Ciphered Telegram",
          "archive": "APRF", "archive_location": "f. 45, op. 1, d. 334, ll. 97-98", "archive-place": "Moscow",
          "collection-title": "Korean War", "container-title": "Wilson Center Digital Archive",
          "URL": "https://digitalarchive.wilsoncenter.org/document/1", "DOI": "10.1/x", "ISBN": "978", "ISSN": "1234",
          "publisher": "P", "publisher-place": "Washington", "volume": 2, "issue": "3", "page": "97-98",
          "edition": "2", "number": "21334", "abstract": "A", "keyword": "Korean War, Armistice", "language": "ru",
          "note": "N", "original-title": "Шифртелеграмма", "accessed": {"date-parts": [[2024, 5, 1]]},
          "title-short": "Tel", "event-place": "Beijing"}]
        """#)
        #expect(r.type == .letter && r.genre == "Ciphered Telegram")
        #expect(r.archive == Archive(name: "APRF", location: "f. 45, op. 1, d. 334, ll. 97-98", place: "Moscow"))
        #expect(r.series == "Korean War" && r.containerTitle == "Wilson Center Digital Archive")
        #expect(r.identifiers == [Identifier(.url, "https://digitalarchive.wilsoncenter.org/document/1"), Identifier(.doi, "10.1/x"),
                                  Identifier(.isbn, "978"), Identifier(.issn, "1234")])
        #expect(r.publisher == "P" && r.publisherPlace == "Washington")
        #expect(r.volume == "2" && r.issue == "3" && r.pages == "97-98" && r.edition == "2" && r.number == "21334")
        #expect(r.description == "A" && r.subjects == ["Korean War", "Armistice"] && r.languages == ["ru"] && r.notes == ["N"])
        #expect(r.alternativeTitles == [LocalizedString("Шифртелеграмма")])
        #expect(r.accessed?.description == "2024-05-01")
        #expect(r.extra == ["csl.title-short": ["Tel"], "csl.event-place": ["Beijing"]])
        let i = CSLJSONMapping.item(from: r)
        #expect(i.text("title-short") == "Tel" && i.text("event-place") == "Beijing" && i.text("volume") == "2")
        #expect(i.otherJSON.isEmpty)
    }

    @Test func anArchiveLocationWithoutAnArchiveStaysInExtra() throws {
        let r = try readOne(#"[{"id": "a", "title": "T", "archive_location": "f. 45"}]"#)
        #expect(r.archive == nil && r.extra["csl.archive_location"] == ["f. 45"])
        #expect(CSLJSONMapping.item(from: r).text("archive_location") == "f. 45")
    }

    @Test func whatHasNoVariableGoesToCustom() throws {
        let r = Record(id: "a", title: "T", alternativeTitles: [LocalizedString("Шифртелеграмма", lang: "ru"), LocalizedString("B")],
                       subjects: ["Korea (North), history", "War"], places: ["Beijing"], languages: ["ru", "zh"], isPartOf: ["Fonds 45"],
                       identifiers: [Identifier(.url, "https://a"), Identifier(.url, "https://b"), Identifier(.handle, "1/2")],
                       rights: ["CC BY"], notes: ["one", "two"], extra: ["shelf": ["B-12"], "bibtex.annote": ["x"]])
        let (text, warnings) = try write([r])
        #expect(warnings.isEmpty)
        let i = try item(text)
        #expect(i.text("URL") == "https://a" && i.text("language") == "ru" && i.text("note") == "one\ntwo")
        #expect(i.text("keyword") == "Korea (North), history, War")
        let custom = try #require(i.otherJSON["custom"])
        for key in ["places", "isPartOf", "rights", "subjects", "languages", "notes", "alternativeTitles", "identifiers", "extra"] {
            #expect(custom.contains("\"\(key)\""), "\(key)")
        }
        #expect(read(text).records == [r])
    }

    @Test func unknownMembersComeBackOut() throws {
        let text = #"[{"id": "a", "title": "T", "multi": {"main": {"title": "x"}}, "custom": {"short_id": "xyz", "checked": true}}]"#
        let r = try readOne(text)
        #expect(r.extra["csl.json.multi"] == [#"{"main":{"title":"x"}}"#])
        #expect(r.extra["csl.custom.short_id"] == [#""xyz""#])
        let i = CSLJSONMapping.item(from: r)
        #expect(i.otherJSON["multi"] == #"{"main":{"title":"x"}}"#)
        #expect(i.otherJSON["custom"] == #"{"checked":true,"short_id":"xyz"}"#)
    }

    @Test func anItemWithoutTitleOrIdIsAnError() {
        // An id may hold spaces (issue 9: archival reference codes), so `b c` is read.
        let r = read("[{\"id\": \"a\"},\n {\"title\": \"T\"}, {\"id\": \"b c\", \"title\": \"T\"}, {\"id\": \"d\", \"title\": \"T\"}]")
        #expect(r.records.map(\.id) == ["b c", "d"])
        #expect(r.errors.map { $0.location?.description ?? "" } == ["in.csl.json:1:2", "in.csl.json:2:2"])
        #expect(r.errors.map(\.field) == ["title", "id"])
    }
}

@Suite struct CaseProtectionTests {
    @Test func bracesBecomeNocaseSpansAndBack() throws {
        let bib = "@book{a,\n  title = {{T}he war in {korea} and the {UN}},\n}\n"
        let records = read(bib, format: .bibtex, name: "in.bib").records
        #expect(records.first?.title == "The war in korea and the UN")
        let (csl, warnings) = try write(records)
        #expect(warnings.isEmpty)
        #expect(try item(csl).text("title") == #"<span class="nocase">T</span>he war in <span class="nocase">korea</span> and the <span class="nocase">UN</span>"#)
        let back = read(csl).records
        #expect(back == records)
        let (bibAgain, _) = try write(back, format: .biblatex)
        #expect(bibAgain.contains("title = {{T}he war in {korea} and the {UN}}"))
    }

    @Test func emphasisCrossesOverToo() throws {
        let r = try readOne(#"[{"id": "a", "type": "article-journal", "title": "On <i>Pravda</i> and <b>x</b><sup>2</sup> in <span style=\"font-variant:small-caps;\">ussr</span>", "container-title": "The <span class=\"nocase\">iPhone</span> review"}]"#)
        #expect(r.title == "On Pravda and x2 in ussr")
        #expect(r.extra["bibtex.latex.title"] == [#"On \emph{Pravda} and \textbf{x}\textsuperscript{2} in \textsc{ussr}"#])
        #expect(r.extra["bibtex.latex.journaltitle"] == ["The {iPhone} review"])
        let i = CSLJSONMapping.item(from: r)
        #expect(i.text("title") == #"On <i>Pravda</i> and <b>x</b><sup>2</sup> in <span style="font-variant:small-caps;">ussr</span>"#)
        #expect(i.text("container-title") == #"The <span class="nocase">iPhone</span> review"#)
        #expect(i.otherJSON["custom"] == nil)
    }

    @Test func nodecorIsTextnormal() throws {
        let title = #"Lessard <span class="nodecor">v.</span> Schmidt"#
        let r = try readOne(#"[{"id": "a", "title": "\#(title.replacingOccurrences(of: "\"", with: "\\\""))"}]"#)
        #expect(r.title == "Lessard v. Schmidt")
        #expect(r.extra["bibtex.latex.title"] == [#"Lessard \textnormal{v.} Schmidt"#])
        #expect(CSLJSONMapping.item(from: r).text("title") == title)
    }

    @Test func markupThatRichTextSpellsDifferentlyStaysInExtra() throws {
        var r = Record(id: "a", title: "$x^2$ and y")
        r.extra["bibtex.latex.title"] = [#"$x^2$ and \textit{y}"#]
        let i = CSLJSONMapping.item(from: r)
        #expect(i.text("title") == "$x^2$ and <i>y</i>")
        #expect(i.otherJSON["custom"] == #"{"extra":{"bibtex.latex.title":["$x^2$ and \\textit{y}"]}}"#)
        #expect(CSLJSONMapping.record(from: i) == r)
    }
}

@Suite struct PublicMappingTests {
    /// `crosswalk cite` turns any record into a CSL item with this.
    @Test func aRecordBecomesAnItem() throws {
        let r = Record(id: "mao-1951", type: .letter, genre: "Telegram", title: "Telegram from Mao Zedong to Stalin",
                       date: EDTFDate("1951-06-30"), agents: [Agent(role: .creator, family: "Mao", given: "Zedong"),
                                                               Agent(role: .recipient, family: "Stalin")],
                       archive: Archive(name: "APRF", location: "f. 45, op. 1, d. 339, l. 17", place: "Moscow"),
                       identifiers: [Identifier(.url, "https://digitalarchive.wilsoncenter.org/document/113744")])
        var warnings: [Diagnostic] = []
        let i = CSLJSONMapping.item(from: r) { warnings.append($0) }
        #expect(warnings.isEmpty)
        #expect(i.id == "mao-1951" && i.type == "personal_communication")
        #expect(i.variables == [
            "title": .text("Telegram from Mao Zedong to Stalin"), "genre": .text("Telegram"),
            "issued": .date(CSLDate(parts: [[1951, 6, 30]])),
            "author": .names([CSLName(family: "Mao", given: "Zedong")]), "recipient": .names([CSLName(family: "Stalin")]),
            "archive": .text("APRF"), "archive_location": .text("f. 45, op. 1, d. 339, l. 17"), "archive-place": .text("Moscow"),
            "URL": .text("https://digitalarchive.wilsoncenter.org/document/113744"),
        ])
    }
}
