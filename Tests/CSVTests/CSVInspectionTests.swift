import Crosswalk
import CrosswalkModel
@testable import CrosswalkCSV
import CrosswalkTestSupport
import Testing

/// `crosswalk inspect`'s library side: `CSVInspection`.
@Suite struct CSVInspectionTests {
    func inspect(_ text: String, _ options: FormatOptions = FormatOptions()) throws -> CSVInspection {
        try CSVInspection.inspect(ByteInput(string: text, name: "sheet.csv"), options: options)
    }

    @Test func eachColumnSaysWhereItGoesAndWhy() throws {
        let text = "Item_number,title,Coverage,Shelf,start_date,end_date\nA 1,One,Sydney,S1,1901,1902\nA 2,Two,,S1,1950,\nA 3,Three,Perth,S2,,\nA 4,Four,Hobart,,,\n"
        let i = try inspect(text)
        #expect(i.rows == 4)
        #expect(i.profile == nil)
        #expect(i.columns.map(\.target) == [.column("id"), .column("title"), .column("places"), .extra("Shelf"), .dateStart, .dateEnd])
        #expect(i.columns.map(\.source) == [.nameMatch, .canonical, .nameMatch, .extra, .nameMatch, .nameMatch])
        // The first three distinct values, in order.
        #expect(i.columns[0].samples == ["A 1", "A 2", "A 3"])
        #expect(i.columns[3].samples == ["S1", "S2"])
        #expect(i.columns[2].filled == 3)
        #expect(i.mapLine == "--map 'Item_number=id,title=title,Coverage=places,Shelf=extra.Shelf,start_date=date.start,end_date=date.end'")
        #expect(i.warnings.isEmpty, "\(i.warnings)")
        // The map line, given back, reads the sheet the same way.
        var o = FormatOptions()
        o.settings[CSVSettings.map.key] = "Item_number=id,title=title,Coverage=places,Shelf=extra.Shelf,start_date=date.start,end_date=date.end"
        #expect(readAll(text, format: .csv, options: o).records == readAll(text, format: .csv).records)
    }

    @Test func theProfileIsNamedAndTheMapShown() throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent("atom-isad.csv"))
        let i = try inspect(text)
        #expect(i.profile == "atom" && i.profileDetected)
        #expect(i.separator == "|")
        let first = try #require(i.columns.first)
        #expect(first.name == "legacyId" && first.target == .column("id") && first.source == .profile)
        var o = FormatOptions()
        o.settings[CSVSettings.map.key] = "legacyId=extra.legacy,identifier=id"
        let mapped = try inspect(text, o)
        #expect(mapped.columns[0].source == .map && mapped.columns[0].target == .extra("legacy"))
        #expect(mapped.columns[3].source == .map && mapped.columns[3].target == .column("id"))
        #expect(mapped.columns[5].source == .profile)
    }

    @Test func warningsNameWhatTheReaderWouldSay() throws {
        let text = "Title,title,Box,tags\nA,B,1,x\nC,D\n"
        let i = try inspect(text)
        #expect(i.warnings.contains { $0.contains("column `Title` also maps to `title`") || $0.contains("column `title` also maps to `title`") }, "\(i.warnings)")
        #expect(i.warnings.contains { $0.contains("no column feeds `id`") && $0.contains("row number") }, "\(i.warnings)")
        #expect(i.warnings.contains { $0.contains("1 row has a different number of cells") && $0.contains("line 3") }, "\(i.warnings)")
        #expect(i.warnings.contains { $0.contains("omeka-classic (`tags`)") }, "\(i.warnings)")
        let text2 = "Foo,Bar\n1,2\n"
        let j = try inspect(text2)
        #expect(j.warnings.contains { $0.contains("no column feeds `title`") })
        #expect(j.warnings.contains { $0.contains("no column maps to a Crosswalk field") })
    }

    @Test func aBadMapIsThrownAsTheReaderThrowsIt() {
        var o = FormatOptions()
        o.settings[CSVSettings.map.key] = "Nope=title"
        #expect(throws: Diagnostic.self) { try inspect("a,title\n1,2\n", o) }
    }

    @Test func theTextHasTheTableTheWarningsAndTheMapLine() throws {
        let i = try inspect("id,Title,Shelf\na,\"A\nB\",S\n")
        let text = i.text
        #expect(text.contains("file: sheet.csv"))
        #expect(text.contains("rows: 1 under the header; 3 columns"))
        #expect(text.contains("profile: none"))
        let shelf = try #require(text.split(separator: "\n").first { $0.hasPrefix("3 ") })
        #expect(shelf.contains("Shelf") && shelf.contains("extra.Shelf") && shelf.contains("extra") && shelf.contains("S"), "\(shelf)")
        #expect(text.hasSuffix("  --map 'id=id,Title=title,Shelf=extra.Shelf'\n"))
    }
}
