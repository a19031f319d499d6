import Crosswalk
import CrosswalkModel
@testable import CrosswalkCSV
import CrosswalkTestSupport
import Testing

/// The CSV writer's header: the union of the columns the records hold, `--columns`, and the rows
/// that wait for the header in memory or in a temporary file.
@Suite struct CSVColumnsTests {
    /// Records whose `extra` keys first appear at different points, with empty and full cells.
    static func records(_ n: Int) -> [Record] {
        (0..<n).map { i in
            var r = Record(id: "r\(i)", title: "Title \(i), \"quoted\"")
            if i % 3 == 0 { r.description = "line one\nline two" }
            if i % 4 == 1 { r.extra["shelfmark"] = ["S\(i)"] }
            if i >= n / 2 { r.extra["box"] = ["B\(i)", "second"] }
            if i % 5 == 2 { r.pages = "\(i)-\(i + 3)" }
            return r
        }
    }

    static func write(_ records: [Record], options: FormatOptions = FormatOptions(),
                      bytes: Int, rows: Int) throws(Diagnostic) -> (text: String, spooled: Bool) {
        let out = ByteOutput()
        let writer = CSVRecordWriter(output: out, context: WriterContext(options: options), maxPendingBytes: bytes, maxPendingRows: rows)
        for r in records { try writer.write(r) }
        try writer.finish()
        return (String(decoding: out.data, as: UTF8.self), writer.spooled)
    }

    @Test func aFieldThatFirstAppearsInALaterRecordGetsItsColumn() throws {
        let records = Self.records(6)
        let (text, warnings) = try writeRecords(records, format: .csv)
        #expect(warnings.isEmpty)
        let header = text.split(separator: "\r\n")[0]
        #expect(header == (CSVMapping.columns.map(\.name) + ["box", "shelfmark"]).joined(separator: ","))
        let (back, errors) = try readRecords(text, format: .csv)
        #expect(errors.isEmpty)
        #expect(back == records)
    }

    @Test func rowsArePaddedToTheHeader() throws {
        let a = Record(id: "a", title: "A")
        var b = Record(id: "b", title: "B")
        b.extra["z"] = ["1"]
        b.extra["y"] = ["2"]
        let text = try writeRecords([a, b], format: .csv).text
        let lines = text.split(separator: "\r\n")
        let width = CSVMapping.columns.count + 2
        #expect(lines.count == 3)
        for line in lines { #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == width) }
        #expect(lines[1].hasSuffix(",,"))
        #expect(lines[2].hasSuffix(",2,1"))
        #expect(lines[0].hasSuffix(",y,z"))
    }

    @Test func declaredExtraKeysComeFirstAndStayWithoutValues() throws {
        var a = Record(id: "a", title: "A")
        a.extra["late"] = ["L"]
        let text = try writeRecords([a], format: .csv, extraKeys: ["declared", "title"]).text
        #expect(text.hasPrefix(CSVMapping.columns.map(\.name).joined(separator: ",") + ",declared,late\r\n"))
        #expect(text.hasSuffix(",,L\r\n"))
    }

    @Test(arguments: [(1, 1), (64, 1_000), (1 << 20, 3), (1 << 20, 7)])
    func spoolingPastTheBoundGivesTheSameBytes(bytes: Int, rows: Int) throws {
        let records = Self.records(40)
        let memory = try Self.write(records, bytes: 1 << 30, rows: 1 << 30)
        let spooled = try Self.write(records, bytes: bytes, rows: rows)
        #expect(!memory.spooled)
        #expect(spooled.spooled)
        #expect(spooled.text == memory.text)
        #expect(memory.text == (try writeRecords(records, format: .csv).text))
        let picked = FormatOptions(settings: [CSVSettings.columns.key: "box,title,shelfmark,id"])
        #expect(try Self.write(records, options: picked, bytes: bytes, rows: rows).text
                    == (try Self.write(records, options: picked, bytes: 1 << 30, rows: 1 << 30).text))
    }

    @Test func noRecordsWriteTheHeaderAlone() throws {
        let text = try writeRecords([], format: .csv).text
        #expect(text == CSVMapping.columns.map(\.name).joined(separator: ",") + "\r\n")
    }

    @Test func columnsPickAndOrder() throws {
        var a = Record(id: "a", title: "Alpha, first")
        a.extra["shelfmark"] = ["S1"]
        a.description = "dropped"
        let b = Record(id: "b", title: "Beta")
        let options = FormatOptions(settings: [CSVSettings.columns.key: "shelfmark, title,id"])
        let (text, warnings) = try writeRecords([a, b], format: .csv, options: options)
        #expect(warnings.isEmpty)
        #expect(text == "shelfmark,title,id\r\nS1,\"Alpha, first\",a\r\n,Beta,b\r\n")
    }

    @Test func columnsTheReaderDeclaredAreWrittenAsTheRecordsCome() throws {
        var a = Record(id: "a", title: "A")
        a.extra["shelfmark"] = ["S1", "S2"]
        a.extra["late"] = ["not picked"]
        let b = Record(id: "b", title: "B \"quoted\"")
        let options = FormatOptions(settings: [CSVSettings.columns.key: "title,shelfmark,id"])
        let out = ByteOutput()
        let writer = CSVRecordWriter(output: out, context: WriterContext(options: options, extraKeys: ["shelfmark"]),
                                     maxPendingBytes: 1, maxPendingRows: 1)
        try writer.write(a)
        // Written at once: the header is known.
        #expect(String(decoding: out.data, as: UTF8.self) == "title,shelfmark,id\r\nA,S1 | S2,a\r\n")
        try writer.write(b)
        try writer.finish()
        #expect(!writer.spooled)
        #expect(String(decoding: out.data, as: UTF8.self) == "title,shelfmark,id\r\nA,S1 | S2,a\r\n\"B \"\"quoted\"\"\",,b\r\n")
        let none = try writeRecords([], format: .csv, options: options, extraKeys: ["shelfmark"]).text
        #expect(none == "title,shelfmark,id\r\n")
    }

    @Test(arguments: ["id,titel", "id,,title", "id,title,id"])
    func aBadColumnListIsAUsageErrorNamingTheColumns(list: String) throws {
        var a = Record(id: "a", title: "A")
        a.extra["shelfmark"] = ["S1"]
        let options = FormatOptions(settings: [CSVSettings.columns.key: list])
        #expect {
            _ = try writeRecords([a], format: .csv, options: options)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.kind == .usage && d.message.contains("--columns") && d.message.contains("id, type, genre, title")
                && d.message.hasSuffix(", accessed, shelfmark")
        }
    }
}
