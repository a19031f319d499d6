import Crosswalk
import CrosswalkCitations
import Foundation
import Testing

/// The CSL-JSON sample is the JSON sample converted, and reads back to it.
@Suite struct CSLJSONGoldenTests {
    func convert(_ text: String, from: FormatDescriptor, to: FormatDescriptor) throws -> (String, [Diagnostic]) {
        let output = ByteOutput()
        var diagnostics: [Diagnostic] = []
        try Converter().convert(ByteInput(string: text), from: from, to: to, output: output) { diagnostics.append($0) }
        return (String(decoding: output.data, as: UTF8.self), diagnostics)
    }

    @Test func jsonToCSLJSONIsTheSample() throws {
        let (csl, diagnostics) = try convert(try sample("cold-war-korea.json"), from: .json, to: .cslJSON)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(csl == (try sample("cold-war-korea.csl.json")))
    }

    @Test func theSampleReadsBackToTheJSONSample() throws {
        let (json, diagnostics) = try convert(try sample("cold-war-korea.csl.json"), from: .cslJSON, to: .json)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(json == (try sample("cold-war-korea.json")))
    }

    @Test func theBibTeXSampleGivesTheSameCSLJSON() throws {
        let (csl, diagnostics) = try convert(try sample("cold-war-korea.bib"), from: .bibtex, to: .cslJSON)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(csl == (try sample("cold-war-korea.csl.json")))
    }

    /// Checked by hand against the JSON sample: a letter is a `personal_communication`, a Record of a
    /// Conversation a `document`; `places` has no CSL variable and sits in `custom`.
    @Test func theSampleSaysWhatTheCatalogueSays() throws {
        let items = try CSLJSONCodec.decode(try sample("cold-war-korea.csl.json"), file: "cold-war-korea.csl.json")
        #expect(items.count == 7)
        let mao = try #require(items.first { $0.id == "mao-filippov-1951-06-30" })
        #expect(mao.type == "personal_communication")
        #expect(mao.text("genre") == "Ciphered Telegram")
        #expect(mao.text("number") == "21334")
        #expect(mao.names("author") == [CSLName(family: "Mao", given: "Zedong")])
        #expect(mao.names("recipient") == [.literal("Filippov [Stalin]")])
        #expect(mao.date("issued") == CSLDate(parts: [[1951, 6, 30]]))
        #expect(mao.otherJSON["custom"] == #"{"places":["Beijing"]}"#)
        let talk = try #require(items.first { $0.id == "stalin-kim-conversation-1952-09-04" })
        #expect(talk.type == "document")
        #expect(talk.names("contributor")?.count == 5)
        #expect(talk.names("author") == nil)
    }

    @Test func everySampleConvertsWithoutWarnings() throws {
        for (file, format) in [("cold-war-korea.csv", FormatDescriptor.csv), ("cold-war-korea.dc.xml", .dublinCore),
                               ("cold-war-korea.dcterms.xml", .dublinCoreTerms)] {
            let (csl, diagnostics) = try convert(try sample(file), from: format, to: .cslJSON)
            #expect(diagnostics.isEmpty, "\(file): \(diagnostics)")
            let back = read(csl)
            #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(file): \(back.errors) \(back.warnings)")
            #expect(back.records.count == 7)
        }
    }
}

@Suite struct CSLJSONDocsTests {
    @Test func theDocsPrintTheMappingTables() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("Docs/formats/csl-json.md"), encoding: .utf8)
        #expect(doc.contains(CSLJSONMapping.markdownFieldTable))
        #expect(doc.contains(CSLJSONMapping.markdownTypeTable))
    }

    /// Every row of the printed table is a row of the code's table, column by column.
    @Test func everyPrintedRowIsARule() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("Docs/formats/csl-json.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "| CSL-JSON | kind | record field | notes |"))
        let rows = doc[start.lowerBound...].split(separator: "\n").dropFirst(2).prefix { $0.hasPrefix("|") }
        #expect(rows.count == CSLJSONMapping.rules.count)
        for (row, rule) in zip(rows, CSLJSONMapping.rules) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[1] == "`\(rule.variable)`")
            #expect(cells[2] == rule.kind.rawValue)
            #expect(cells[3] == "`\(rule.field)`")
        }
    }

    @Test func theFormatListsNameIt() throws {
        for file in ["README.md", "Docs/architecture.md"] {
            let text = try String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("csl-json"), "\(file)")
        }
    }
}

@Suite struct SniffTests {
    func sniffed(_ text: String) -> String? {
        FormatRegistry.builtIn.sniff(Array(text.utf8.prefix(4096)))?.name
    }

    @Test func cslJSONIsToldFromCanonicalJSON() throws {
        #expect(sniffed(try sample("cold-war-korea.csl.json")) == "csl-json")
        #expect(sniffed(try sample("cold-war-korea.json")) == "json")
        #expect(sniffed(#"[{"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2000]]}}]"#) == "csl-json")
        #expect(sniffed(#"[{"id":"a","type":"article-journal","author":[{"family":"x"}],"container-title":"J"}]"#) == "csl-json")
        #expect(sniffed(#"[{"id": "a", "type": "letter", "title": "T", "date": "1950", "agents": []}]"#) == "json")
        #expect(sniffed(#"{"id": "a", "title": "T"}"# + "\n") == "jsonl")
        #expect(sniffed("[]") == "json")
    }

    /// A CSL-JSON file named `.json` (as Zotero names its exports) is told by its content.
    @Test func aCSLJSONFileNamedJSONIsReadAsCSLJSON() throws {
        let csl = Array(try sample("cold-war-korea.csl.json").utf8.prefix(4096))
        let json = Array(try sample("cold-war-korea.json").utf8.prefix(4096))
        #expect(FormatRegistry.builtIn.format(forPath: "My Library.json", prefix: csl)?.name == "csl-json")
        #expect(FormatRegistry.builtIn.format(forPath: "catalogue.json", prefix: json)?.name == "json")
        #expect(FormatRegistry.builtIn.format(forPath: "x.csv", prefix: csl)?.name == "csv")
        #expect(FormatRegistry.builtIn.format(forPath: "x.xml", prefix: Array("<records/>".utf8))?.name == "dc")
    }

    @Test func theExtensionNamesTheFormat() {
        #expect(FormatRegistry.builtIn.format(forPath: "x/cat.csl.json")?.name == "csl-json")
        #expect(FormatRegistry.builtIn.format(forPath: "cat.json")?.name == "json")
        #expect(FormatRegistry.builtIn.format(named: "csljson")?.name == "csl-json")
    }
}
