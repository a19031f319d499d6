import Crosswalk
import Testing

@Suite struct GrammarTests {
    @Test func typesAndFieldNamesInAnyCaseAndBothDelimiters() throws {
        let r = readBib("""
            @ARTICLE{a1, TITLE = {One}, Author = {Doe, J.}}
            @Book(b2, title = "Two" )
            @misc{c3, title = {Three},}
            """)
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.records.map(\.id) == ["a1", "b2", "c3"])
        #expect(r.records.map(\.title) == ["One", "Two", "Three"])
        #expect(r.records.map(\.type) == [.article, .book, .document])
        #expect(r.records[0].agents == [Agent(role: .creator, family: "Doe", given: "J.")])
    }

    @Test func valuesInBracesQuotesNumbersAndMacros() throws {
        let r = try readOne("""
            @string{pub = "Wilson {Center}"}
            @string{Full = pub # " Digital Archive"}
            @misc{k,
              title = "A {"}quoted{"} title with {braces}",
              volume = 12,
              publisher = full,
              note = "Part " # 1 # {, } # pub,
              month = sep, year = 1951
            }
            """)
        #expect(r.title == "A \"quoted\" title with braces")
        #expect(r.volume == "12")
        #expect(r.publisher == "Wilson Center Digital Archive")
        #expect(r.notes == ["Part 1, Wilson Center"])
        #expect(r.date == EDTFDate(year: 1951, month: 9))
    }

    @Test func commentsPreambleAndTextOutsideEntriesAreHandled() throws {
        let r = readBib("""
            This is text outside entries, even with an email@example.org address.
            % a comment
            @comment{ @misc{ignored, title = {No}} }
            @preamble{ "\\newcommand{\\noopsort}[1]{}" }
            @misc{kept, title = {Yes}}
            @misc{second, title = {Also}}
            """)
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.records.map(\.id) == ["kept", "second"])
        #expect(r.records[0].extra["bibtex.preamble"] == ["\\newcommand{\\noopsort}[1]{}"])
        #expect(r.records[1].extra["bibtex.preamble"] == nil)
    }

    @Test func thePreambleIsWrittenBackBeforeItsEntry() throws {
        let text = "@preamble{{\\newcommand{\\x}{y}}}\n\n@misc{kept,\n  title = {Yes}\n}\n"
        let r = readBib(text)
        let out = try writeBib(r.records)
        #expect(out.text == text)
    }

    @Test func monthMacrosAndMonthNames() throws {
        for (value, month) in [("jan", 1), ("{February}", 2), ("\"mar\"", 3), ("dec", 12), ("{7}", 7), ("aug # {}", 8)] {
            let r = try readOne("@misc{k, title = {T}, year = 1950, month = \(value)}")
            #expect(r.date == EDTFDate(year: 1950, month: month), "\(value)")
        }
    }

    @Test func yearMonthDayAndEDTFDates() throws {
        #expect(try readOne("@misc{k, title={T}, year={1951}, month=jun, day={30}}").date == EDTFDate(year: 1951, month: 6, day: 30))
        #expect(try readOne("@misc{k, title={T}, date={1950-09~}}").date == (try EDTFDate(parsing: "1950-09~")))
        #expect(try readOne("@misc{k, title={T}, date={1951/1953}}").date == (try EDTFDate(parsing: "1951/1953")))
        #expect(try readOne("@misc{k, title={T}, year={1950--1953}}").date == (try EDTFDate(parsing: "1950/1953")))
        let bad = readBib("@misc{k, title={T}, date={circa 1950}}")
        #expect(bad.records.first?.date == nil)
        #expect(bad.records.first?.extra["bibtex.date"] == ["circa 1950"])
        #expect(bad.warnings.count == 1)
    }

    @Test func unknownFieldsGoToExtraAndDuplicateFieldsWarn() throws {
        let r = readBib("@misc{k, title={T}, shelf={Box 3}, title={Again}}")
        #expect(r.records.first?.title == "T")
        #expect(r.records.first?.extra["bibtex.shelf"] == ["Box 3"])
        #expect(r.warnings.map(\.message).contains { $0.contains("appears twice") })
    }

    @Test func caseProtectionIsRecordedAndWrittenBack() throws {
        let text = "@article{Laide2013,\n  title = {{An} amazing {title}},\n  journaltitle = {{Nice Journal}}\n}\n"
        let r = try readOne(text)
        #expect(r.title == "An amazing title")
        #expect(r.extra["bibtex.latex.title"] == ["{An} amazing {title}"])
        #expect(try writeBib([r]).text == text)
        // If the title changes, the stale markup is not used.
        var edited = r
        edited.title = "Another title"
        #expect(try writeBib([edited]).text.contains("title = {Another title}"))
    }

    @Test func braceFormsTheWriterMakesAreNotRecorded() throws {
        let r = try readOne("@misc{k, title = {The {USSR} and {Charg{\\'e}}}}")
        #expect(r.title == "The USSR and Chargé")
        #expect(r.extra.isEmpty, "\(r.extra)")
    }

    @Test func unknownCommandsWarnWithTheirPlaceAndSurviveTheRoundTrip() throws {
        let text = "@misc{k,\n  title = {See \\url{http://x.org} and $\\alpha$}\n}\n"
        let r = readBib(text, name: "u.bib")
        #expect(r.records.first?.title == "See \\url{http://x.org} and $\\alpha$")
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.location == Loc(file: "u.bib", line: 2, column: 3))
        #expect(r.warnings.first?.message.contains("\\url") == true)
        #expect(try writeBib(r.records).text == text)
    }

    @Test func entryTypesTheWriterWouldNotWriteAreKept() throws {
        let text = "@inproceedings{k,\n  title = {T},\n  booktitle = {Proc.}\n}\n"
        let r = try readOne(text)
        #expect(r.type == .chapter)
        #expect(r.extra["bibtex.entrytype"] == ["inproceedings"])
        #expect(try writeBib([r]).text == text)
    }

    @Test func listsSplitAtTopLevelCommas() throws {
        let r = try readOne("@misc{k, title={T}, keywords={{Korean War, 1950-1953}, Armistice ,POWs}, language={ru and zh}}")
        #expect(r.subjects == ["Korean War, 1950-1953", "Armistice", "POWs"])
        #expect(r.languages == ["ru", "zh"])
    }

    @Test func articleNumberIsTheIssue() throws {
        let a = try readOne("@article{k, title={T}, journal={J}, number={4}, volume={2}}")
        #expect(a.issue == "4" && a.number == nil && a.containerTitle == "J")
        let m = try readOne("@report{k, title={T}, number={4}, institution={CIA}}")
        #expect(m.number == "4" && m.issue == nil && m.publisher == "CIA" && m.type == .report)
    }

    @Test func recipientAndOthers() throws {
        let r = try readOne("@letter{k, title={T}, author={Mao, Zedong and others}, recipient={Stalin, I.V.}}")
        #expect(r.agents == [Agent(role: .creator, family: "Mao", given: "Zedong"), .etAl(role: .creator),
                             Agent(role: .recipient, family: "Stalin", given: "I.V.")])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let r = readBib(bytes: [0xEF, 0xBB, 0xBF] + Array("@misc{k,\r\n  title = {T\r\n x}\r\n}\r\n".utf8))
        #expect(r.records.map(\.title) == ["T x"])
    }

    @Test func theSnifferKnowsBibTeX() {
        #expect(FormatDescriptor.bibtex.sniff(Array("% comment\n\n@Article{x,".utf8)) == .likely)
        #expect(FormatDescriptor.bibtex.sniff(Array("[{\"id\": 1}]".utf8)) == .no)
        #expect(FormatRegistry.builtIn.sniff(Array("  @misc{x, title={y}}".utf8))?.name == "bibtex")
        #expect(FormatRegistry.builtIn.format(named: "bib")?.name == "bibtex")
        #expect(FormatRegistry.builtIn.format(forPath: "x.BIB")?.name == "bibtex")
    }
}
