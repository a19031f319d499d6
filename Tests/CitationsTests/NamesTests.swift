import CrosswalkCitations
import Testing

@Suite("Names")
struct NamesTests {
    let doe = person("Doe", "John"), roe = person("Roe", "Jane Mary"), poe = person("Poe", "Edgar Allan")

    @Test("and, delimiter-precedes-last contextual: no comma for two names, a comma for three")
    func andContextual() throws {
        let s = try style(citation: #"<layout><names variable="author"><name and="text"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [doe, roe])]) == "John Doe and Jane Mary Roe")
        #expect(try cite(s, [book("b", authors: [doe, roe, poe])]) == "John Doe, Jane Mary Roe, and Edgar Allan Poe")
    }

    @Test("and=symbol with delimiter-precedes-last never")
    func andSymbol() throws {
        let s = try style(citation: #"<layout><names variable="author"><name and="symbol" delimiter-precedes-last="never"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [doe, roe, poe])]) == "John Doe, Jane Mary Roe & Edgar Allan Poe")
    }

    @Test("et-al-min and et-al-use-first")
    func etAl() throws {
        let s = try style(citation: #"<layout><names variable="author"><name form="short" et-al-min="3" et-al-use-first="1"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [doe, roe, poe])]) == "Doe et al.")
        #expect(try cite(s, [book("b", authors: [doe, roe])]) == "Doe, Roe")
    }

    @Test("et-al options inherited from cs:citation")
    func inheritedOptions() throws {
        let s = try style(citation: #"<layout><names variable="author"><name form="short"/></names></layout>"#,
                          citationOptions: #"et-al-min="2" et-al-use-first="1""#)
        #expect(try cite(s, [book("a", authors: [doe, roe])]) == "Doe et al.")
    }

    @Test("name-as-sort-order first, initialize-with; contextual delimiter before 'and' only from three names")
    func sortOrderAndInitials() throws {
        let s = try style(citation: #"<layout><names variable="author"><name name-as-sort-order="first" initialize-with=". " and="text"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [roe, doe])]) == "Roe, J. M. and J. Doe")
        #expect(try cite(s, [book("b", authors: [roe, doe, poe])]) == "Roe, J. M., J. Doe, and E. A. Poe")
    }

    @Test("hyphenated given names keep the hyphen in initials")
    func hyphenatedInitials() throws {
        let s = try style(citation: #"<layout><names variable="author"><name initialize-with="."/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [person("Sartre", "Jean-Paul")])]) == "J.-P. Sartre")
    }

    @Test("particles: non-dropping shown with the family name; demoted in sort order")
    func particles() throws {
        let beethoven = CSLName(family: "Beethoven", given: "Ludwig", nonDroppingParticle: "van")
        let long = try style(citation: #"<layout><names variable="author"><name/></names></layout>"#)
        #expect(try cite(long, [book("a", authors: [beethoven])]) == "Ludwig van Beethoven")
        let short = try style(citation: #"<layout><names variable="author"><name form="short"/></names></layout>"#)
        #expect(try cite(short, [book("a", authors: [beethoven])]) == "van Beethoven")
        let inverted = try style(citation: #"<layout><names variable="author"><name name-as-sort-order="all"/></names></layout>"#)
        #expect(try cite(inverted, [book("a", authors: [beethoven])]) == "Beethoven, Ludwig van")
    }

    @Test("institutions (literal names) are never split or inverted")
    func literal() throws {
        let s = try style(citation: #"<layout><names variable="author"><name name-as-sort-order="all"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [.literal("Ministry of Foreign Affairs")])]) == "Ministry of Foreign Affairs")
    }

    @Test("substitute: editor stands in for a missing author, with its label")
    func substitute() throws {
        let s = try style(citation: """
        <layout delimiter="; ">
          <names variable="author">
            <name form="short"/>
            <label form="short" prefix=" (" suffix=")"/>
            <substitute><names variable="editor"/><text variable="title"/></substitute>
          </names>
        </layout>
        """)
        let edited = book("a", extra: ["editor": .names([doe, roe])])
        #expect(try cite(s, [edited, book("b", title: "Anonymous")]) == "Doe, Roe (eds.); Anonymous")
    }

    @Test("form count")
    func count() throws {
        let s = try style(citation: #"<layout><names variable="author"><name form="count"/></names></layout>"#)
        #expect(try cite(s, [book("a", authors: [doe, roe, poe])]) == "3")
    }
}
