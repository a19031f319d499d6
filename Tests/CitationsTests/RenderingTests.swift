import CrosswalkCitations
import Testing

@Suite("Rendering elements")
struct RenderingTests {
    @Test("affixes, delimiters and a group suppressed when its variables are empty")
    func groups() throws {
        let s = try style(citation: """
        <layout>
          <group delimiter=", " prefix="(" suffix=")">
            <text variable="title"/>
            <group delimiter=" "><text term="in"/><text variable="container-title"/></group>
          </group>
        </layout>
        """)
        #expect(try cite(s, [book("a", title: "Alpha")]) == "(Alpha)")
        var b = book("b", title: "Beta"); b["container-title"] = .text("Gamma")
        #expect(try cite(s, [b]) == "(Beta, in Gamma)")
    }

    @Test("choose: match any, all and none, else-if and else")
    func choose() throws {
        let s = try style(citation: """
        <layout>
          <choose>
            <if type="article-journal report" match="any"><text value="A"/></if>
            <else-if variable="title issued" match="all"><text value="B"/></else-if>
            <else-if variable="title" match="none"><text value="C"/></else-if>
            <else><text value="D"/></else>
          </choose>
        </layout>
        """)
        #expect(try cite(s, [CSLItem(id: "1", type: "report")]) == "A")
        #expect(try cite(s, [book("2", year: 2000, title: "T")]) == "B")
        #expect(try cite(s, [book("3")]) == "C")
        #expect(try cite(s, [book("4", title: "T")]) == "D")
    }

    @Test("quotes take the locale's marks, and punctuation moves inside them")
    func quotesAndPunctuation() throws {
        let s = try style(citation: #"<layout><text variable="title" quotes="true" suffix=","/><text value=" x"/></layout>"#)
        #expect(try cite(s, [book("a", title: "Alpha")]) == "\u{201C}Alpha,\u{201D} x")
    }

    @Test("a nested quotation in the data takes inner quotes")
    func innerQuotes() throws {
        let s = try style(citation: #"<layout><text variable="title" quotes="true"/></layout>"#)
        #expect(try cite(s, [book("a", title: #"On "War" Again"#)]) == "\u{201C}On \u{2018}War\u{2019} Again\u{201D}")
    }

    @Test("doubled periods at a seam collapse")
    func doubledPeriod() throws {
        let s = try style(citation: #"<layout><text variable="title" suffix="."/><text value=". End"/></layout>"#)
        #expect(try cite(s, [book("a", title: "Etc.")]) == "Etc. End")
    }

    @Test("text-case: title case keeps stop words lowercase, except first and last")
    func titleCase() throws {
        let s = try style(citation: #"<layout><text variable="title" text-case="title"/></layout>"#)
        #expect(try cite(s, [book("a", title: "the art of war and the peace of")]) == "The Art of War and the Peace Of")
    }

    @Test("text-case: nocase spans are left alone; uppercase and capitalize-first")
    func otherCases() throws {
        let upper = try style(citation: #"<layout><text variable="title" text-case="uppercase"/></layout>"#)
        #expect(try cite(upper, [book("a", title: #"a <span class="nocase">iPhone</span> story"#)]) == "A iPhone STORY")
        let first = try style(citation: #"<layout><text variable="title" text-case="capitalize-first"/></layout>"#)
        #expect(try cite(first, [book("a", title: "zotero guide")]) == "Zotero guide")
    }

    @Test("strip-periods removes the periods of a term")
    func stripPeriods() throws {
        let s = try style(citation: #"<layout><text term="page" form="short" strip-periods="true"/></layout>"#)
        #expect(try cite(s, [book("a")]) == "p")
    }

    @Test("numbers: ordinal, long-ordinal and roman forms")
    func numbers() throws {
        let s = try style(citation: #"<layout delimiter="; "><number variable="edition" form="ordinal"/></layout>"#)
        let items = [1, 2, 3, 4, 11, 12, 21, 102, 113].map { n in book("e\(n)", extra: ["edition": .text(String(n))]) }
        #expect(try cite(s, items) == "1st; 2nd; 3rd; 4th; 11th; 12th; 21st; 102nd; 113th")
        let long = try style(citation: #"<layout><number variable="edition" form="long-ordinal"/></layout>"#)
        #expect(try cite(long, [book("x", extra: ["edition": .text("2")])]) == "second")
        let roman = try style(citation: #"<layout><number variable="volume" form="roman"/></layout>"#)
        #expect(try cite(roman, [book("x", extra: ["volume": .text("14")])]) == "xiv")
    }

    @Test("a label is plural for a page range and singular for one page")
    func labels() throws {
        let s = try style(citation: #"<layout><label variable="page" form="short" suffix=" "/><text variable="page"/></layout>"#)
        #expect(try cite(s, [book("a", extra: ["page": .text("5")])]) == "p. 5")
        #expect(try cite(s, [book("b", extra: ["page": .text("5-9")])]) == "pp. 5\u{2013}9")
    }

    @Test("page-range-format minimal")
    func pageRangeMinimal() throws {
        let s = try style(citation: #"<layout><text variable="page"/></layout>"#, styleOptions: #"page-range-format="minimal""#)
        #expect(try cite(s, [book("a", extra: ["page": .text("321-328")])]) == "321\u{2013}8")
    }
}
