import Crosswalk
import Testing

/// Names split by BibTeX's rules.
@Suite struct NameTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var raw: String
        var expected: [Agent]
        var testDescription: String { raw }
    }

    static func p(_ family: String, _ given: String? = nil, von: String? = nil, jr: String? = nil) -> Agent {
        Agent(role: .creator, family: family, given: given, particle: von, suffix: jr)
    }
    static func lit(_ s: String) -> Agent { .literal(s, role: .creator) }

    static let cases: [Case] = [
        Case(raw: "Jean de La Fontaine", expected: [p("La Fontaine", "Jean", von: "de")]),
        Case(raw: "de la Vallée Poussin, Charles Louis Xavier Joseph",
             expected: [p("Vallée Poussin", "Charles Louis Xavier Joseph", von: "de la")]),
        Case(raw: "Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
             expected: [p("Vallée Poussin", "Charles Louis Xavier Joseph", von: "de la")]),
        Case(raw: "{\\relax Ch}arles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
             expected: [p("Vallée Poussin", "Charles Louis Xavier Joseph", von: "de la")]),
        Case(raw: "Ford, Jr., Henry", expected: [p("Ford", "Henry", jr: "Jr.")]),
        Case(raw: "{Barnes and Noble, Inc.}", expected: [lit("Barnes and Noble, Inc.")]),
        Case(raw: "jean de la fontaine", expected: [p("fontaine", von: "jean de la")]),
        Case(raw: "Donald E. Knuth", expected: [p("Knuth", "Donald E.")]),
        Case(raw: "Knuth, Donald E.", expected: [p("Knuth", "Donald E.")]),
        Case(raw: "Ludwig van Beethoven", expected: [p("Beethoven", "Ludwig", von: "van")]),
        Case(raw: "van Beethoven, Ludwig", expected: [p("Beethoven", "Ludwig", von: "van")]),
        Case(raw: "Vincent van der Gogh", expected: [p("Gogh", "Vincent", von: "van der")]),
        Case(raw: "Jean-Paul Sartre", expected: [p("Sartre", "Jean-Paul")]),
        Case(raw: "Smith, John and Jones, Mary", expected: [p("Smith", "John"), p("Jones", "Mary")]),
        Case(raw: "Smith AND Jones", expected: [p("Smith"), p("Jones")]),
        Case(raw: "Smith {and} Jones", expected: [p("Jones", "Smith and")]),
        Case(raw: "Mao, Zedong and others", expected: [p("Mao", "Zedong"), .etAl(role: .creator)]),
        Case(raw: "{Kim Il Sung}", expected: [lit("Kim Il Sung")]),
        Case(raw: "D.~E. Knuth", expected: [p("Knuth", "D. E.")]),
        Case(raw: "Brinch Hansen, Per", expected: [p("Brinch Hansen", "Per")]),
        Case(raw: "{\\\"O}zt{\\\"u}rk, Ali", expected: [p("Öztürk", "Ali")]),
        Case(raw: "{\\'E}mile Zola", expected: [p("Zola", "Émile")]),
        Case(raw: "{von Neumann}, John", expected: [p("von Neumann", "John")]),
        Case(raw: "John {von Neumann}", expected: [p("von Neumann", "John")]),
        Case(raw: "Aristotle", expected: [p("Aristotle")]),
        Case(raw: "de Gaulle, Charles", expected: [p("Gaulle", "Charles", von: "de")]),
        Case(raw: "Ford, Henry, Jr.", expected: [p("Ford", "Jr.", jr: "Henry")]),
        Case(raw: "Фёдор фон Визин", expected: [p("Визин", "Фёдор", von: "фон")]),
        Case(raw: "{\\oe}uvre Collective, Anne", expected: [p("Collective", "Anne", von: "œuvre")]),
        Case(raw: "Stalin, I.V. and {USSR Council of Ministers}", expected: [p("Stalin", "I.V."), lit("USSR Council of Ministers")]),
        Case(raw: "  Hans-Peter   Müller-Lüdenscheidt  ", expected: [p("Müller-Lüdenscheidt", "Hans-Peter")]),
    ]

    @Test(arguments: cases)
    func splits(_ c: Case) {
        var unknown: [String] = []
        let got = BibTeXNames.parse(Array(c.raw.utf8), role: .creator, unknown: &unknown)
        #expect(got == c.expected)
        #expect(unknown.isEmpty)
    }

    @Test func theCorpusNamesSplit() throws {
        // From ../shared/corpus/bib/bibtexparser-traps.bib: no `and`, so the comma makes "von Last, First".
        var unknown: [String] = []
        #expect(BibTeXNames.parse(Array("Jean Laid{\\'e},\n  Ben Loaeb".utf8), role: .editor, unknown: &unknown)
                == [Agent(role: .editor, family: "Jean Laidé", given: "Ben Loaeb")])
        #expect(BibTeXNames.parse(Array("John Doe".utf8), role: .creator, unknown: &unknown) == [Self.p("Doe", "John")])
    }

    /// Whatever the writer writes, the reader splits back into the same parts.
    @Test(arguments: cases)
    func writingGivesTheSameNamesBack(_ c: Case) {
        var report = LaTeX.EncodeReport()
        var problems: [String] = []
        for ascii in [false, true] {
            let latex = BibTeXNames.format(c.expected, ascii: ascii, report: &report, problems: &problems)
            var unknown: [String] = []
            #expect(BibTeXNames.parse(latex, role: .creator, unknown: &unknown) == c.expected, "\(String(decoding: latex, as: UTF8.self))")
        }
        #expect(problems.isEmpty)
    }

    @Test func aFamilyNameThatLooksLikeParticlesIsBraced() {
        var report = LaTeX.EncodeReport()
        var problems: [String] = []
        let a = [Agent(role: .creator, family: "dos Santos and Sons", given: "Maria, Jr")]
        let latex = String(decoding: BibTeXNames.format(a, ascii: false, report: &report, problems: &problems), as: UTF8.self)
        #expect(latex == "{dos Santos and Sons}, {Maria, Jr}")
        var unknown: [String] = []
        #expect(BibTeXNames.parse(Array(latex.utf8), role: .creator, unknown: &unknown) == a)
    }

    @Test func aCapitalParticleIsReported() {
        var report = LaTeX.EncodeReport()
        var problems: [String] = []
        _ = BibTeXNames.format([Agent(role: .creator, family: "Gaulle", given: "Charles", particle: "De")], ascii: false,
                               report: &report, problems: &problems)
        #expect(problems.count == 1)
    }
}
