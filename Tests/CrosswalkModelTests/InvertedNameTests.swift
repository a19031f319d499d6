import CrosswalkModel
import Testing

/// `Family, Given` names, as CSV cells and Dublin Core elements write them.
@Suite struct InvertedNameTests {
    static func agent(_ text: String, _ role: AgentRole = .creator) -> Agent? {
        if case .success(let a) = InvertedName.parse(text, role: role) { return a }
        return nil
    }

    static func failure(_ text: String) -> String? {
        if case .failure(let e) = InvertedName.parse(text, role: .creator) { return e.message }
        return nil
    }

    @Test func theFormsOfAName() {
        #expect(Self.agent("Mao, Zedong") == Agent(role: .creator, family: "Mao", given: "Zedong"))
        #expect(Self.agent("King, Martin Luther, Jr.", .editor) == Agent(role: .editor, family: "King", given: "Martin Luther", suffix: "Jr."))
        #expect(Self.agent("Roshchin,") == Agent(role: .creator, family: "Roshchin"))
        #expect(Self.agent("Kim Il Sung") == Agent(role: .creator, literal: "Kim Il Sung"))
        #expect(Self.agent("USSR Council of Ministers", .recipient) == Agent(role: .recipient, literal: "USSR Council of Ministers"))
    }

    @Test func leadingLowerCaseWordsOfTheFamilyPartAreTheParticle() {
        #expect(Self.agent("van Gogh, Vincent") == Agent(role: .creator, family: "Gogh", given: "Vincent", particle: "van"))
        #expect(Self.agent("de la Fontaine, Jean") == Agent(role: .creator, family: "Fontaine", given: "Jean", particle: "de la"))
        // The last word is never the particle, and a capital word ends it.
        #expect(Self.agent("van, Vincent") == Agent(role: .creator, family: "van", given: "Vincent"))
        #expect(Self.agent("van Der Berg, Jan") == Agent(role: .creator, family: "Der Berg", given: "Jan", particle: "van"))
    }

    @Test func partsAreTrimmedOfWhiteSpace() {
        #expect(Self.agent("  Mao ,\tZedong \n") == Agent(role: .creator, family: "Mao", given: "Zedong"))
        #expect(Self.agent(" Kim Il Sung ") == Agent(role: .creator, literal: "Kim Il Sung"))
    }

    @Test func whatCannotBeAName() {
        #expect(Self.failure("") == "an empty name")
        #expect(Self.failure("   ") == "an empty name")
        #expect(Self.failure(", Zedong") == "no family name before the comma")
        #expect(Self.failure("a, b, c, d") == "3 commas; write `Family, Given` or `Family, Given, Suffix`")
    }

    @Test func partsAndFormatAreTheInverseOfParse() throws {
        for text in ["Mao, Zedong", "King, Martin Luther, Jr.", "Roshchin,", "Kim Il Sung", "van Gogh, Vincent", "de la Fontaine, Jean"] {
            let a = try #require(Self.agent(text))
            #expect(InvertedName.format(a) == text)
            #expect(InvertedName.agent(fromParts: InvertedName.parts(of: a), role: .creator) == .success(a))
        }
        #expect(InvertedName.parts(of: Agent(role: .creator, family: "Gogh", particle: "van")) == ["van Gogh", ""])
        #expect(InvertedName.parts(of: Agent(role: .creator, family: "King", suffix: "Jr.")) == ["King", "", "Jr."])
    }

    @Test func trimmedTakesOffASCIIWhiteSpaceAtTheEdgesOnly() {
        #expect(InvertedName.trimmed(" \t\r\na b\n ") == "a b")
        #expect(InvertedName.trimmed("a") == "a")
        #expect(InvertedName.trimmed("") == "")
        #expect(InvertedName.trimmed("   ") == "")
        // A no-break space is text, not white space to trim.
        #expect(InvertedName.trimmed("\u{A0}a\u{A0}") == "\u{A0}a\u{A0}")
    }
}
