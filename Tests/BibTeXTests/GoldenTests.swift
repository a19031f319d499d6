import Crosswalk
import Foundation
import Testing

/// The biblatex sample is the JSON sample converted, and reads back to the JSON sample.
@Suite struct BibTeXGoldenTests {
    func convert(_ text: String, from: FormatDescriptor, to: FormatDescriptor) throws -> (String, [Diagnostic]) {
        let output = ByteOutput()
        var diagnostics: [Diagnostic] = []
        try Converter().convert(ByteInput(string: text), from: from, to: to, output: output) { diagnostics.append($0) }
        return (String(decoding: output.data, as: UTF8.self), diagnostics)
    }

    @Test func jsonToBiblatexIsTheSample() throws {
        let (bib, diagnostics) = try convert(try sample("cold-war-korea.json"), from: .json, to: .biblatex)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(bib == (try sample("cold-war-korea.bib")))
    }

    @Test func theBibSampleReadsBackToTheJSONSample() throws {
        let (json, diagnostics) = try convert(try sample("cold-war-korea.bib"), from: .bibtex, to: .json)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(json == (try sample("cold-war-korea.json")))
    }

    @Test(arguments: [FormatDescriptor.bibtex, .biblatex].map(\.name), ["unicode", "latex"])
    func everyDialectAndEncodingRoundTripsTheSample(dialect: String, encoding: String) throws {
        let json = try sample("cold-war-korea.json")
        let records = readBibJSON(json)
        let written = try writeBib(records, dialect: FormatRegistry.builtIn.format(named: dialect)!, settings: ["bibtex.encoding": encoding])
        #expect(written.warnings.isEmpty, "\(written.warnings)")
        if encoding == "latex" { #expect(written.text.utf8.allSatisfy { $0 < 0x80 }) }
        let back = readBib(written.text)
        #expect(back.errors.isEmpty && back.warnings.isEmpty)
        #expect(back.records == records)
    }

    func readBibJSON(_ text: String) -> [Record] {
        let reader = try! FormatDescriptor.json.makeReader!(ByteInput(string: text), ReaderContext())
        return try! reader.readAll().records
    }

    @Test func theSampleHasTheSeedsEntries() throws {
        let r = readBib(try sample("cold-war-korea.bib"))
        #expect(r.records.count == 7)
        let mao = try #require(r.records.first { $0.id == "mao-stalin-1951-01-27" })
        #expect(mao.type == .letter && mao.genre == "Telegram")
        #expect(mao.agents(.recipient) == [Agent(role: .recipient, family: "Stalin", given: "I.V.")])
    }
}
