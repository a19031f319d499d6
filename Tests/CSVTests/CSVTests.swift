import Crosswalk
import CrosswalkTestSupport
import PropertyBased
import Testing

@Suite struct CSVReaderTests {
    let header = "id,title,creator,date"

    @Test func readsLFAndCRLFAndBOMAlike() throws {
        let lf = "\(header)\na,Alpha,\"Mao, Zedong\",1951\nb,Beta,Kim Il Sung,1952-06\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try readRecords(lf, format: .csv)
        let b = try readRecords(crlf, format: .csv)
        #expect(a.errors.isEmpty && b.errors.isEmpty)
        #expect(a.records == b.records)
        #expect(a.records.map(\.id) == ["a", "b"])
        #expect(a.records[0].agents == [Agent(role: .creator, family: "Mao", given: "Zedong")])
        #expect(a.records[1].agents == [Agent(role: .creator, literal: "Kim Il Sung")])
        #expect(a.records[1].date?.description == "1952-06")
    }

    @Test func quotedFieldsKeepNewlinesQuotesAndCommas() throws {
        let text = "id,title,description\r\nx,\"A \"\"quoted\"\" title, with a comma\",\"line one\r\nline two\nline three\"\r\ny,Plain,\"\"\r\n"
        let (records, errors) = try readRecords(text, format: .csv)
        #expect(errors.isEmpty)
        #expect(records.count == 2)
        #expect(records[0].title == "A \"quoted\" title, with a comma")
        #expect(records[0].description == "line one\r\nline two\nline three")
        #expect(records[1].description == nil)
    }

    @Test func blankLinesAreSkipped() throws {
        let text = "\n\nid,title\n\na,Alpha\r\n\r\n\nb,Beta\n\n"
        let (records, errors) = try readRecords(text, format: .csv)
        #expect(errors.isEmpty)
        #expect(records.map(\.title) == ["Alpha", "Beta"])
    }

    @Test func aRaggedRowIsAnErrorAtItsFirstLineAndTheRestIsRead() throws {
        let text = "id,title\na,Alpha\nb,\"Beta\nstill beta\",extra cell\nc,Gamma\n"
        let (records, errors) = try readRecords(text, format: .csv, name: "cat.csv")
        #expect(records.map(\.id) == ["a", "c"])
        #expect(errors.count == 1)
        #expect(errors[0].description == "cat.csv:3:1: error: this row has 3 cells but the header has 2")
    }

    @Test func anUnclosedQuoteIsReportedWhereTheFieldBegins() {
        let text = "id,title\na,Alpha\nb,\"Beta never ends\nc,Gamma\n"
        #expect(throws: Diagnostic.self) { try readRecords(text, format: .csv, name: "cat.csv") }
        do {
            _ = try readRecords(text, format: .csv, name: "cat.csv")
        } catch {
            #expect(error.location == Loc(file: "cat.csv", line: 3, column: 3))
            #expect(error.description.hasPrefix("cat.csv:3:3: error: a quoted field is never closed"))
            #expect(!error.isRecoverable)
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let text = "id,title\na,\"Alpha\"junk\nb,Beta\n"
        let (records, errors) = try readRecords(text, format: .csv, name: "c.csv")
        #expect(records.map(\.id) == ["b"])
        #expect(errors.first?.location == Loc(file: "c.csv", line: 2, column: 10))
    }

    @Test func unknownColumnsGoToExtraAndComeBackOut() throws {
        let text = "id,title,shelfmark,bibtex.addendum\r\na,Alpha,B-12,x | y\r\nb,Beta,,\r\n"
        let reader = try FormatDescriptor.csv.makeReader!(ByteInput(string: text), ReaderContext())
        let first = try reader.next()
        #expect(reader.declaredExtraKeys == ["shelfmark", "bibtex.addendum"])
        #expect(first?.extra == ["shelfmark": ["B-12"], "bibtex.addendum": ["x", "y"]])
        // Converted back, the unknown columns follow the canonical ones, in input order.
        let out = convert(text, from: .csv, to: .csv)
        #expect(out.errors.isEmpty)
        let lines = out.text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasSuffix(",accessed,shelfmark,bibtex.addendum"))
        #expect(lines[1].hasSuffix(",B-12,x | y"))
        #expect(lines[2].hasSuffix(",,"))
        let again = try readRecords(out.text, format: .csv)
        #expect(again.records[0].extra == first?.extra)
    }

    @Test func anUnreadableDateIsKeptAsTextWithAWarningThatNamesTheRecordTheFieldAndTheCell() throws {
        // Issue 9: a date that cannot be read is never refused and never dropped.
        let text = "id,title,date\na,Alpha,1953-13-01\nb,Beta,1953-02-28\n"
        let r = convert(text, from: .csv, to: .json, name: "d.csv")
        #expect(r.errors.isEmpty)
        #expect(r.summary?.recordsWritten == 2)
        let w = try #require(r.warnings.first)
        #expect(w.recordID == "a")
        #expect(w.field == "date")
        #expect(w.location == Loc(file: "d.csv", line: 2, column: 9))
        #expect(w.message.contains("\"1953-13-01\" is not a date Crosswalk can read"))
        let records = try readRecords(text, format: .csv).records
        #expect(records[0].date == nil && records[0].extra["dc:date"] == ["1953-13-01"])
        #expect(records[1].date?.description == "1953-02-28")
    }

    @Test func aHeaderWithoutTitleIsFatal() {
        #expect(throws: Diagnostic.self) { try readRecords("id,name\na,b\n", format: .csv) }
    }

    @Test func aDuplicateHeaderIsFatal() {
        #expect(throws: Diagnostic.self) { try readRecords("id,title,title\na,b,c\n", format: .csv) }
    }

    @Test func anEmptyIdCellGivesTheRowNumberWithAWarning() throws {
        // Issue 9: every row is kept; the header is row 1.
        let r = convert("id,title\n,Alpha\nb,Beta\n", from: .csv, to: .json)
        #expect(r.errors.isEmpty)
        #expect(r.text.contains("\"id\": \"row-2\""))
        #expect(r.warnings.first?.field == "id")
    }

    @Test func anUnknownTypeBecomesTheGenreWithAWarning() throws {
        let r = convert("id,title,type\na,Alpha,telegramme\n", from: .csv, to: .json)
        #expect(r.errors.isEmpty)
        #expect(r.warnings.first?.message.contains("\"telegramme\" is not a Crosswalk or DCMI type; kept as the genre") == true)
        let records = try readRecords("id,title,type\na,Alpha,telegramme\n", format: .csv).records
        #expect(records.first?.genre == "telegramme" && records.first?.type == nil)
    }
}

@Suite struct CSVCellTests {
    @Test(arguments: [
        ("Mao, Zedong", Agent(role: .creator, family: "Mao", given: "Zedong")),
        ("Kim Il Sung", Agent(role: .creator, literal: "Kim Il Sung")),
        ("USSR Council of Ministers", Agent(role: .creator, literal: "USSR Council of Ministers")),
        ("King, Martin Luther, Jr.", Agent(role: .creator, family: "King", given: "Martin Luther", suffix: "Jr.")),
        ("van Gogh, Vincent", Agent(role: .creator, family: "Gogh", given: "Vincent", particle: "van")),
        ("de la Fontaine, Jean", Agent(role: .creator, family: "Fontaine", given: "Jean", particle: "de la")),
        ("Roshchin,", Agent(role: .creator, family: "Roshchin")),
        ("Ministry of Foreign Affairs\\, USSR", Agent(role: .creator, literal: "Ministry of Foreign Affairs, USSR")),
    ])
    func namesParse(cell: String, agent: Agent) throws {
        let text = "id,title,creator\r\na,T,\"\(cell)\"\r\n"
        let (records, errors) = try readRecords(text, format: .csv)
        #expect(errors.isEmpty)
        #expect(records.first?.agents == [agent])
        // And the writer gives the same cell back.
        let written = try writeRecords(records, format: .csv).text
        #expect(written.contains(cell.contains(",") ? "\"\(cell)\"" : cell))
    }

    @Test func tooManyCommasInANameIsAnError() throws {
        let (_, errors) = try readRecords("id,title,creator\na,T,\"A, B, C, D\"\n", format: .csv)
        #expect(errors.first?.field == "creator")
    }

    @Test func multiValuedCellsEscapeTheSeparator() throws {
        var r = Record(id: "a", title: "T")
        r.subjects = ["Korea | Korean War", "back\\slash", "x |", "| y", "plain"]
        r.places = ["Moscow"]
        let text = try writeRecords([r], format: .csv).text
        #expect(text.contains("Korea \\| Korean War | back\\\\slash | x \\| | \\| y | plain"))
        #expect(try readRecords(text, format: .csv).records == [r])
    }

    @Test func theSeparatorCanBeChanged() throws {
        var r = Record(id: "a", title: "T")
        r.subjects = ["one; two", "three | four", "five"]
        let options = FormatOptions(separator: "; ")
        let text = try writeRecords([r], format: .csv, options: options).text
        #expect(text.contains("one\\; two; three | four; five"))
        #expect(try readRecords(text, format: .csv, options: options).records == [r])
        // Read with the default separator, the same cell is different values.
        #expect(try readRecords(text, format: .csv).records != [r])
    }

    @Test func alternativeTitlesKeepTheirLanguage() throws {
        var r = Record(id: "a", title: "T")
        r.alternativeTitles = [LocalizedString("Шифртелеграмма", lang: "ru"), LocalizedString("[Draft] no language"),
                               LocalizedString("plain")]
        let text = try writeRecords([r], format: .csv).text
        #expect(text.contains("[ru] Шифртелеграмма | \\[Draft] no language | plain"))
        #expect(try readRecords(text, format: .csv).records == [r])
    }

    @Test func identifiersHaveOneColumnPerScheme() throws {
        var r = Record(id: "a", title: "T")
        r.identifiers = [Identifier(.url, "https://example.org/a"), Identifier(.doi, "10.1000/x"),
                         Identifier(.url, "https://example.org/b")]
        let text = try writeRecords([r], format: .csv).text
        let (records, _) = try readRecords(text, format: .csv)
        #expect(records[0].identifiers == [Identifier(.url, "https://example.org/a"), Identifier(.url, "https://example.org/b"),
                                          Identifier(.doi, "10.1000/x")])
    }

    @Test func theWriterQuotesOnlyWhatNeedsIt() throws {
        let r = Record(id: "a", title: "He said \"no\", twice", description: "two\nlines")
        let text = try writeRecords([r], format: .csv).text
        let row = text.split(separator: "\r\n", maxSplits: 1)[1]
        #expect(row.hasPrefix("a,,,\"He said \"\"no\"\", twice\",,,,,,,,,,,,,,,,,,\"two\nlines\","))
    }

    @Test func anExtraKeyThatAppearsLateGetsItsColumn() throws {
        let a = Record(id: "a", title: "A")
        var b = Record(id: "b", title: "B")
        b.extra["shelfmark"] = ["X"]
        let (text, warnings) = try writeRecords([a, b], format: .csv)
        #expect(warnings.isEmpty)
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines[0].hasSuffix(",accessed,shelfmark"))
        #expect(lines[1].hasSuffix(",,"))
        #expect(lines[2].hasSuffix(",,X"))
        let (back, errors) = try readRecords(text, format: .csv)
        #expect(errors.isEmpty)
        #expect(back == [a, b])
    }
}

@Suite struct CSVRobustnessTests {
    @Test(arguments: ["", "   ", " \\ ", ",", " [ ", "]"])
    func unusableSeparatorsAreRefused(separator: String) {
        #expect(CSVMapping.separatorProblem(separator) != nil)
        let r = convert("id,title\na,A\n", from: .csv, to: .csv, options: FormatOptions(separator: separator))
        #expect(r.thrown?.field == "separator")
    }

    @Test func aMultiCharacterSeparatorNeverJoinsWithAValue() throws {
        var r = Record(id: "a", title: "T")
        r.subjects = ["x|", "|y", "||", "plain"]
        let options = FormatOptions(separator: "||")
        let text = try writeRecords([r], format: .csv, options: options).text
        #expect(try readRecords(text, format: .csv, options: options).records == [r])
    }

    @Test func aBadHeaderStopsTheFile() {
        #expect(throws: Diagnostic.self) { try readRecords("id,\"title\"x\na,b\n", format: .csv) }
    }

    @Test func anInvalidUTF8CellCostsOnlyItsRowAndIsReportedWhereItStarts() throws {
        let bytes: [UInt8] = Array("genre,id,title\nLetter,a,".utf8) + [0xE9] + Array("t\u{e9},b,B\nLetter,c,C\n".utf8)
        let reader = try FormatDescriptor.csv.makeReader!(ByteInput(bytes: bytes, name: "l.csv"), ReaderContext())
        let (records, errors) = try reader.readAll()
        #expect(records.map(\.id) == ["c"])
        #expect(errors.count == 1)
        #expect(errors.first?.location == Loc(file: "l.csv", line: 2, column: 10))
        #expect(errors.first?.message.contains("--encoding") == true)
    }

    @Test func reorderingAgentsIsReported() throws {
        let r = Record(id: "a", title: "T", agents: [Agent(role: .recipient, literal: "B"), Agent(role: .creator, literal: "A")])
        let warnings = try writeRecords([r], format: .csv).warnings
        #expect(warnings.map(\.description) == ["warning: record a: field `agents` reordered: CSV groups agents by role"])
    }
}

@Suite struct CSVDocsTests {
    /// Docs/formats/csv.md prints the column table as the code makes it: every row, every column.
    @Test func theDocsPrintTheColumnTable() throws {
        let region = try GeneratedDocs.region("CSVMapping.markdownTable", in: "Docs/formats/csv.md", updatingTo: CSVMapping.markdownTable)
        #expect(region == CSVMapping.markdownTable)
    }
}

@Suite struct CSVRoundTripProperties {
    static let seeds = Gen.uint64(in: 0...UInt64.max).array(of: 1...8)

    @Test func recordsSurviveCSVForEveryFieldItHolds() async {
        await propertyCheck(count: 300, input: Self.seeds, Gen.element(of: [" | ", "; ", "|", " / "])) { seeds, separator in
            let records = seeds.map(RecordFactory.record(seed:))
            let options = FormatOptions(separator: separator ?? " | ")
            // Extra keys are declared up front, as a CSV header would declare them.
            let extraKeys = Array(Set(records.flatMap(\.extra.keys))).sorted()
            let written = try writeRecords(records, format: .csv, options: options, extraKeys: extraKeys)
            // The only warnings are the reorderings, and each reordering is warned about.
            var expected: [String] = []
            for r in records {
                let n = RecordFactory.csvNormalized(r)
                if n.agents != r.agents { expected.append("warning: record \(r.id): field `agents` reordered: CSV groups agents by role") }
                if n.identifiers != r.identifiers {
                    expected.append("warning: record \(r.id): field `identifiers` reordered: CSV groups identifiers by scheme")
                }
            }
            #expect(written.warnings.map(\.description) == expected)
            let back = try readRecords(written.text, format: .csv, options: options)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.records == records.map(RecordFactory.csvNormalized))
        }
    }
}
