import CrosswalkCitations
import Foundation
import Testing

@Suite("Processor: sorting, disambiguation, collapsing, positions, output")
struct ProcessorTests {
    let authorDate = """
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <names variable="author"><name form="short"/></names>
        <date variable="issued"><date-part name="year"/></date>
      </group>
    </layout>
    """

    @Test("the bibliography is sorted by author, then year; empty keys last")
    func bibliographySort() throws {
        let s = try style(citation: authorDate, bibliography: """
        <sort><key variable="author"/><key variable="issued"/></sort>
        <layout><group delimiter=" "><names variable="author"><name name-as-sort-order="all"/></names><date variable="issued"><date-part name="year"/></date></group></layout>
        """)
        let items = [book("1", authors: [person("Zed", "A")], year: 2001), book("2", year: 1990),
                     book("3", authors: [person("Abel", "B")], year: 2005), book("4", authors: [person("Abel", "B")], year: 1999)]
        let p = CSLProcessor(style: s, locales: try testLocales(), items: items)
        let bib = p.bibliography(format: .text)
        #expect(bib.ids == ["4", "3", "1", "2"])
        #expect(bib.entries == ["Abel, B 1999", "Abel, B 2005", "Zed, A 2001", "1990"])
    }

    @Test("descending sort")
    func descending() throws {
        let s = try style(citation: """
        <sort><key variable="issued" sort="descending"/></sort>
        <layout delimiter=", "><date variable="issued"><date-part name="year"/></date></layout>
        """)
        #expect(try cite(s, [book("a", year: 1990), book("b", year: 2010), book("c", year: 2000)]) == "2010, 2000, 1990")
    }

    @Test("year-suffix tells apart two works of one author in one year")
    func yearSuffix() throws {
        let s = try style(citation: authorDate, citationOptions: #"disambiguate-add-year-suffix="true""#)
        let items = [book("a", authors: [person("Doe", "John")], year: 2000, title: "A"),
                     book("b", authors: [person("Doe", "John")], year: 2000, title: "B")]
        #expect(try cite(s, items) == "(Doe 2000a; Doe 2000b)")
    }

    @Test("add-givenname tells apart two authors with one family name")
    func addGivenname() throws {
        let s = try style(citation: authorDate, citationOptions: #"disambiguate-add-givenname="true""#)
        let items = [book("a", authors: [person("Doe", "John")], year: 2000),
                     book("b", authors: [person("Doe", "Jane")], year: 2000)]
        #expect(try cite(s, items) == "(John Doe 2000; Jane Doe 2000)")
    }

    @Test("add-names shows the names hidden by et-al that differ")
    func addNames() throws {
        let s = try style(citation: """
        <layout delimiter="; "><names variable="author"><name form="short" et-al-min="2" et-al-use-first="1"/></names></layout>
        """, citationOptions: #"disambiguate-add-names="true""#)
        let items = [book("a", authors: [person("Doe", "J"), person("Roe", "J")]),
                     book("b", authors: [person("Doe", "J"), person("Poe", "J")])]
        let out = try cite(s, items)
        #expect(out == "Doe, Roe; Doe, Poe")
    }

    @Test("collapse=year groups a repeated author in a sorted citation")
    func collapseYear() throws {
        let sorted = authorDate.replacingOccurrences(of: "<layout", with: #"<sort><key variable="issued"/></sort><layout"#)
        let s = try style(citation: sorted, citationOptions: #"collapse="year" cite-group-delimiter=", ""#)
        let items = [book("a", authors: [person("Doe", "J")], year: 2000),
                     book("b", authors: [person("Roe", "J")], year: 2001),
                     book("c", authors: [person("Doe", "J")], year: 2003)]
        let out = try cite(s, items)
        #expect(out == "(Doe 2000, 2003; Roe 2001)")
    }

    @Test("collapse=citation-number turns 1, 2, 3 into a range")
    func collapseNumbers() throws {
        let s = try style(citation: """
        <sort><key variable="citation-number"/></sort>
        <layout prefix="[" suffix="]" delimiter=","><text variable="citation-number"/></layout>
        """, citationOptions: #"collapse="citation-number""#)
        let items = (1...5).map { book("i\($0)") }
        let p = CSLProcessor(style: s, locales: try testLocales(), items: items)
        // numbers follow the order of first citation: i1 1, i2 2, i3 3, i5 4
        let out = p.citations([CSLCitation(items: ["i1", "i2", "i3", "i5"].map { CSLCiteItem(id: $0) }),
                               CSLCitation(items: ["i1", "i2", "i5"].map { CSLCiteItem(id: $0) })])
        #expect(out == ["[1\u{2013}4]", "[1,2,4]"])
    }

    @Test("positions: first, ibid, ibid-with-locator, subsequent")
    func positions() throws {
        let s = try style(citation: """
        <layout suffix=".">
          <choose>
            <if position="ibid-with-locator"><text term="ibid"/><text variable="locator" prefix=", "/></if>
            <else-if position="ibid"><text term="ibid"/></else-if>
            <else-if position="subsequent"><text value="sub "/><text variable="title"/></else-if>
            <else><text value="first "/><text variable="title"/></else>
          </choose>
        </layout>
        """, cls: "note")
        let items = [book("a", title: "A"), book("b", title: "B")]
        let p = CSLProcessor(style: s, locales: try testLocales(), items: items)
        let out = p.citations([
            CSLCitation(items: [CSLCiteItem(id: "a")], noteIndex: 1),
            CSLCitation(items: [CSLCiteItem(id: "a")], noteIndex: 2),
            CSLCitation(items: [CSLCiteItem(id: "a", locator: "12")], noteIndex: 3),
            CSLCitation(items: [CSLCiteItem(id: "b")], noteIndex: 4),
            CSLCitation(items: [CSLCiteItem(id: "a")], noteIndex: 5),
        ])
        #expect(out == ["first A.", "Ibid.", "Ibid., 12.", "first B.", "sub A."])
    }

    @Test("cite prefix, suffix, locator label and suppress-author")
    func citeOptions() throws {
        let s = try style(citation: """
        <layout prefix="(" suffix=")" delimiter="; ">
          <group delimiter=", ">
            <names variable="author"><name form="short"/></names>
            <date variable="issued"><date-part name="year"/></date>
            <group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>
          </group>
        </layout>
        """)
        let p = CSLProcessor(style: s, locales: try testLocales(), items: [book("a", authors: [person("Doe", "J")], year: 2000)])
        #expect(p.citation([CSLCiteItem(id: "a", locator: "5-7", prefix: "see ")]) == "(see Doe, 2000, pp. 5\u{2013}7)")
        #expect(p.citation([CSLCiteItem(id: "a", suppressAuthor: true)]) == "(2000)")
    }

    @Test("an unknown cite id is a warning, not a crash")
    func unknownID() throws {
        let s = try style(citation: authorDate)
        let p = CSLProcessor(style: s, locales: try testLocales(), items: [])
        #expect(p.citation([CSLCiteItem(id: "nope")]) == "")
        #expect(p.warnings.contains { $0.itemID == "nope" })
    }

    @Test("HTML escapes and formats; Markdown marks italics")
    func outputFormats() throws {
        let s = try style(citation: #"<layout><text variable="title" font-style="italic"/><text value=" &amp; co"/></layout>"#)
        let item = book("a", title: "War <b>and</b> Peace")
        #expect(try cite(s, [item], format: .html) == "<i>War <b>and</b> Peace</i> &amp; co")
        #expect(try cite(s, [item], format: .markdown) == "*War **and** Peace* & co")
        #expect(try cite(s, [item], format: .text) == "War and Peace & co")
    }

    @Test("italics inside italics flip to normal")
    func flipFlop() throws {
        let s = try style(citation: #"<layout><text variable="title" font-style="italic"/></layout>"#)
        #expect(try cite(s, [book("a", title: "On <i>Moby Dick</i>")], format: .html)
                == #"<i>On <span style="font-style:normal;">Moby Dick</span></i>"#)
    }

    @Test("subsequent-author-substitute replaces a repeated author")
    func subsequentAuthor() throws {
        let s = try style(citation: authorDate, bibliography: """
        <layout><group delimiter=". "><names variable="author"><name/></names><text variable="title"/></group></layout>
        """)
        _ = s
        let xml = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography subsequent-author-substitute="———">
            <sort><key variable="title"/></sort>
            <layout><group delimiter=". "><names variable="author"><name/></names><text variable="title"/></group></layout>
          </bibliography>
        </style>
        """
        let style = try CSLStyle(bytes: Array(xml.utf8), url: "sas.csl")
        let doe = person("Doe", "John")
        let p = CSLProcessor(style: style, locales: try testLocales(),
                             items: [book("a", authors: [doe], title: "A"), book("b", authors: [doe], title: "B")])
        #expect(p.bibliography().entries == ["John Doe. A", "———. B"])
    }

    @Test("second-field-align and hanging-indent reach the HTML")
    func bibliographyLayout() throws {
        let xml = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <citation><layout><text variable="citation-number"/></layout></citation>
          <bibliography second-field-align="flush" hanging-indent="true">
            <layout><text variable="citation-number" suffix=". "/><text variable="title"/></layout>
          </bibliography>
        </style>
        """
        let style = try CSLStyle(bytes: Array(xml.utf8), url: "n.csl")
        let bib = CSLProcessor(style: style, locales: try testLocales(), items: [book("a", title: "A")]).bibliography(format: .html)
        #expect(bib.entries == [#"<div class="csl-left-margin">1. </div><div class="csl-right-inline">A</div>"#])
        #expect(bib.hangingIndent)
        #expect(bib.html().contains("text-indent"))
    }
}
