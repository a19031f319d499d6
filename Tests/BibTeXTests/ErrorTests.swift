import Crosswalk
import Testing

@Suite struct ErrorTests {
    @Test func anUnbalancedBraceIsReportedWhereItOpensAndTheNextEntryIsRead() {
        let r = readBib("""
            @misc{a, title = {Fine}}
            @misc{b,
              title = {Never {closed},
              year = 1950
            }
            @misc{c, title = {Also fine}}
            """, name: "x.bib")
        #expect(r.records.map(\.id) == ["a", "c"])
        #expect(r.errors.count == 1)
        let e = r.errors[0]
        #expect(e.isRecoverable)
        #expect(e.location == Loc(file: "x.bib", line: 3, column: 11))
        #expect(e.message.contains("unbalanced"))
        #expect(e.description.hasPrefix("x.bib:3:11: error: "))
    }

    @Test func anUnclosedEntryAtTheEndOfTheInput() {
        let r = readBib("@misc{a, title = {Fine}}\n@misc{b, title = {x}", name: "x.bib")
        #expect(r.records.map(\.id) == ["a"])
        #expect(r.errors.map(\.location) == [Loc(file: "x.bib", line: 2, column: 1)])
    }

    @Test func anUndefinedMacroIsReportedAtTheMacro() {
        let r = readBib("@misc{a,\n  title = \"Foo\" # foo\n}\n@misc{b, title = {B}}", name: "m.bib")
        #expect(r.records.map(\.id) == ["b"])
        #expect(r.errors.count == 1)
        #expect(r.errors[0].location == Loc(file: "m.bib", line: 2, column: 19))
        #expect(r.errors[0].message.contains("undefined macro `foo`"))
    }

    @Test func aMissingKeyIsReported() {
        let r = readBib("@misc{title = {No key}}\n@misc{, title = {Empty key}}\n@misc{ok, title = {Fine}}", name: "k.bib")
        #expect(r.records.map(\.id) == ["ok"])
        #expect(r.errors.map(\.location) == [Loc(file: "k.bib", line: 1, column: 7), Loc(file: "k.bib", line: 2, column: 7)])
        #expect(r.errors.allSatisfy { $0.message.contains("no citation key") && $0.isRecoverable })
    }

    @Test func aMissingCommaBetweenFieldsIsReportedAndResynchronised() {
        let r = readBib("@misc{a,\n  title = {A}\n  year = {1950}\n}\n\n@misc{b, title = {B}}", name: "c.bib")
        #expect(r.records.map(\.id) == ["b"])
        #expect(r.errors.map(\.location) == [Loc(file: "c.bib", line: 3, column: 3)])
    }

    @Test func resynchronisationWaitsForAnAtSignThatStartsALine() {
        let r = readBib("@misc{a, title = {A} junk @misc{not-an-entry, title={X}}\n  @misc{b, title = {B}}")
        #expect(r.records.map(\.id) == ["b"])
        #expect(r.errors.count == 1)
    }

    @Test func anEntryWithoutATitleIsAnError() {
        let r = readBib("\n\n@wrong{foo,\n    author = {wrong}\n}\n", name: "w.bib")
        #expect(r.records.isEmpty)
        #expect(r.errors.map(\.location) == [Loc(file: "w.bib", line: 3, column: 1)])
        #expect(r.errors.first?.field == "title")
    }

    static let duplicates = """
        @misc{k, title = {First}}
        @misc{other, title = {Other}}
        @misc{k, title = {Second}}
        """

    @Test func duplicateKeysKeepTheFirstByDefault() {
        let r = readBib(Self.duplicates, name: "d.bib")
        #expect(r.records.map(\.title) == ["First", "Other"])
        #expect(r.errors.isEmpty)
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.location == Loc(file: "d.bib", line: 3, column: 7))
        #expect(r.warnings.first?.message.contains("d.bib:1:7") == true)
    }

    @Test func duplicateKeysCanKeepTheLast() {
        let r = readBib(Self.duplicates, settings: ["bibtex.duplicateKeys": "last"])
        #expect(r.records.map(\.title) == ["Other", "Second"])
        #expect(r.warnings.count == 1)
    }

    @Test func duplicateKeysCanBeErrors() {
        let r = readBib(Self.duplicates, name: "d.bib", settings: ["bibtex.duplicateKeys": "error"])
        #expect(r.records.map(\.title) == ["First", "Other"])
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.location == Loc(file: "d.bib", line: 3, column: 7))
        #expect(r.errors.first?.isRecoverable == true)
    }

    @Test func anUnknownPolicyIsRefused() {
        let r = readBib(Self.duplicates, settings: ["bibtex.duplicateKeys": "newest"])
        #expect(r.records.isEmpty)
        #expect(r.errors.first?.message.contains("first, last or error") == true)
    }

    @Test func inputThatIsNotUTF8IsRefusedClearly() {
        // "@book{testŠ," in ISO-8859-15: Š is 0xA6.
        let bytes = Array("% latin-9\n@book{test".utf8) + [0xA6] + Array(", title = {x}}\n@misc{b, title={B}}".utf8)
        let r = readBib(bytes: bytes, name: "l9.bib")
        #expect(r.records.isEmpty)
        #expect(r.errors.count == 1)
        let e = r.errors[0]
        #expect(!e.isRecoverable)
        #expect(e.location == Loc(file: "l9.bib", line: 2, column: 11))
        #expect(e.message.contains("not UTF-8") && e.message.contains("--encoding latin1"))
    }

    @Test func aBadByteInsideAValueIsFoundToo() {
        let bytes = Array("@misc{a, title = {ok}}\n@misc{b, title = {Caf".utf8) + [0xE9] + Array("}}".utf8)
        let r = readBib(bytes: bytes, name: "v.bib")
        #expect(r.records.map(\.id) == ["a"])
        #expect(r.errors.first?.location == Loc(file: "v.bib", line: 2, column: 22))
    }
}
