import CrosswalkCitations
import Testing

@Suite("Styles and locales")
struct StyleTests {
    @Test("a style that is not CSL is refused at file, line and column")
    func invalidElement() throws {
        let xml = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <citation>
            <layout>
              <bogus variable="title"/>
            </layout>
          </citation>
        </style>
        """
        let error = #expect(throws: CSLError.self) { try CSLStyle(bytes: Array(xml.utf8), url: "bad.csl") }
        #expect(error?.file == "bad.csl")
        #expect(error?.line == 4)
        #expect((error?.column ?? 0) > 0)
        #expect(error?.description.hasPrefix("bad.csl:4:") == true)
    }

    @Test("an undefined macro, a missing layout and a foreign root are errors")
    func otherErrors() throws {
        #expect(throws: CSLError.self) { try style(citation: #"<layout><text macro="nope"/></layout>"#) }
        #expect(throws: CSLError.self) { try style(citation: "") }
        #expect(throws: CSLError.self) { try CSLStyle(bytes: Array("<html/>".utf8), url: "x.csl") }
        #expect(throws: CSLError.self) { try CSLStyle(bytes: Array("<style".utf8), url: "x.csl") }
    }

    @Test("a macro that calls itself is refused")
    func recursiveMacro() throws {
        #expect(throws: CSLError.self) {
            try style(citation: #"<layout><text macro="a"/></layout>"#,
                      macros: #"<macro name="a"><text macro="a"/></macro>"#)
        }
    }

    @Test("style metadata is read")
    func metadata() throws {
        let s = try style(citation: #"<layout><text variable="title"/></layout>"#, cls: "note")
        #expect(s.isNoteStyle)
        #expect(s.title == "Test")
        #expect(!s.hasBibliography)
    }

    @Test("a dependent style names its parent and needs no layout or class")
    func dependentStyle() throws {
        let xml = """
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="de-DE">
          <info><title>Journal</title><id>j</id><link href="http://www.zotero.org/styles/apa" rel="independent-parent"/></info>
        </style>
        """
        let s = try CSLStyle(bytes: Array(xml.utf8), url: "dep.csl")
        #expect(s.independentParent == "http://www.zotero.org/styles/apa")
        #expect(s.defaultLocale == "de-DE")
    }

    @Test("the locale store falls back to en-US for a language it lacks")
    func localeFallback() throws {
        let s = try style(citation: #"<layout><text term="and"/></layout>"#)
        let p = CSLProcessor(style: s, locales: try testLocales(), items: [book("a")], language: "fr-FR")
        #expect(p.citation([CSLCiteItem(id: "a")]) == "and")
    }

    @Test("the style's own locale wins over the locale file")
    func styleLocaleOverrides() throws {
        let s = try style(citation: #"<layout><text term="and"/></layout>"#,
                          locale: #"<locale xml:lang="en"><terms><term name="and">und</term></terms></locale>"#)
        #expect(try cite(s, [book("a")]) == "und")
    }

    @Test("a term missing from every locale renders nothing")
    func missingTerm() throws {
        let s = try style(citation: #"<layout><text term="no-such-term"/><text value="x"/></layout>"#)
        #expect(try cite(s, [book("a")]) == "x")
    }
}
