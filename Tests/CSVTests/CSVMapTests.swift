import Crosswalk
import CrosswalkModel
@testable import CrosswalkCSV
import CrosswalkTestSupport
import Foundation
import Testing

/// Issue 9: the column map (`--map`, `--map-file`), as the `csv.map` and `csv.mapFile` settings.
@Suite struct CSVMapTests {
    static let sheet = """
    Item_number,Heading,Title,Coverage,Pages,Notes,start_date,end_date,Box
    AU NBAC N193-001,Minute book,Old title,Sydney,212,Bound volume,1901-01-07,1903-03-30,B1
    AU NBAC N193-002,Correspondence,,Melbourne,48,,1950,1953,B2

    """

    func options(map: String? = nil, mapFile: String? = nil, profile: String? = nil) -> FormatOptions {
        var o = FormatOptions()
        if let map { o.settings[CSVSettings.map.key] = map }
        if let mapFile { o.settings[CSVSettings.mapFile.key] = mapFile }
        if let profile { o.settings[CSVSettings.profile.key] = profile }
        return o
    }

    @Test func theMapWinsOverTheNames() throws {
        let r = readAll(Self.sheet, format: .csv, options: options(map: "Heading=title, Title=extra.old title,Box=local,Notes=-,Pages=extra.pages"))
        #expect(r.errors.isEmpty, "\(r.errors)")
        let first = try #require(r.records.first)
        #expect(first.id == "AU NBAC N193-001")
        #expect(first.title == "Minute book")
        #expect(first.extra["old title"] == ["Old title"])
        #expect(first.extra["pages"] == ["212"])
        #expect(first.pages == nil)
        #expect(first.notes.isEmpty)
        #expect(first.extra["Notes"] == nil)
        #expect(first.identifiers == [Identifier(.local, "B1")])
        #expect(first.date?.description == "1901-01-07/1903-03-30")
        // The column the map took `title` from is not warned about as a second title.
        #expect(!r.warnings.contains { $0.message.contains("also maps to") }, "\(r.warnings)")
    }

    @Test func dateStartAndEndAndIdentifierAreTargets() throws {
        let text = "Ref,Name,From,To\nhttps://example.org/a,A,1950,1951\n"
        let r = readAll(text, format: .csv, options: options(map: "Ref=identifier,Name=title,From=date.start,To=date.end"))
        let rec = try #require(r.records.first)
        #expect(rec.id == "https://example.org/a")
        #expect(rec.identifiers == [Identifier(.url, "https://example.org/a")])
        #expect(rec.date?.description == "1950/1951")
    }

    @Test func aSourceIsMatchedLooselyWhenThatNamesOneColumn() throws {
        let r = readAll(Self.sheet, format: .csv, options: options(map: "item number=id,heading=title"))
        #expect(r.records.first?.title == "Minute book")
    }

    @Test(arguments: [
        ("Nope=title", "the header has no column `Nope`"),
        ("Heading=titel", "`titel` (for column `Heading`) is not a target"),
        ("Heading", "`Heading` is not SOURCE=TARGET"),
        ("Heading=title,Title=title", "columns `Heading` and `Title` are both mapped to `title`"),
        ("Heading=extra.", "`extra.` (for column `Heading`) is not a target"),
    ])
    func aBadMapIsAUsageErrorThatSaysWhich(map: String, message: String) throws {
        let r = readAll(Self.sheet, format: .csv, options: options(map: map))
        #expect(r.records.isEmpty)
        let e = try #require(r.errors.first)
        #expect(e.kind == .usage)
        #expect(e.message.hasPrefix("--map: "), "\(e.message)")
        #expect(e.message.contains(message), "\(e.message)")
    }

    @Test func theMapWinsOverTheProfile() throws {
        let atom = try readText(packageRoot.appendingPathComponent("Tests/CrosswalkTests/Fixtures/spreadsheets/atom-isad.csv"))
        let r = readAll(atom, format: .csv, options: options(map: "identifier=id,legacyId=extra.legacy"))
        #expect(r.errors.isEmpty, "\(r.errors)")
        let first = try #require(r.records.first)
        #expect(first.id == "MS-0412")
        #expect(first.extra["legacy"] == ["F-12"])
        // The rest is still read with the detected profile.
        #expect(first.description == "Minutes, correspondence and photographs of the association.")
    }

    @Test func aMapFileIsATwoColumnCSVWithAnOptionalHeader() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let file = try dir.write("map.csv", "source,target\nItem_number,id\nHeading,title\n\"Title\",extra.old\nNotes,ignore\n")
        let r = readAll(Self.sheet, format: .csv, options: options(mapFile: file))
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.records.first?.title == "Minute book")
        #expect(r.records.first?.extra["old"] == ["Old title"])
        // --map entries win over the file's.
        let both = readAll(Self.sheet, format: .csv, options: options(map: "Title=title,Heading=extra.heading", mapFile: file))
        // (The second row has no `Title`, so it has no title now: the reader refuses it.)
        #expect(both.errors.map(\.recordID) == ["AU NBAC N193-002"], "\(both.errors)")
        #expect(both.records.first?.title == "Old title")
        #expect(both.records.first?.extra["heading"] == ["Minute book"])
    }

    @Test func aBadMapFileRowIsNamedByFileAndLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let file = try dir.write("map.csv", "Item_number,id\nHeading,title,extra\n")
        let r = readAll(Self.sheet, format: .csv, options: options(mapFile: file))
        let e = try #require(r.errors.first)
        #expect(e.kind == .usage)
        #expect(e.message.contains("map.csv:2:"), "\(e.message)")
        let missing = readAll(Self.sheet, format: .csv, options: options(mapFile: dir.path("none.csv")))
        #expect(missing.errors.first?.kind == .input)
    }

    @Test func targetsParseAndPrintTheSame() {
        for t: CSVTarget in [.column("title"), .column("archive.location"), .identifier, .dateStart, .dateEnd, .extra("a b"), .ignore] {
            #expect(CSVTarget(mapName: t.mapName) == t, "\(t)")
        }
        #expect(CSVTarget(mapName: "Archive Location") == .column("archive.location"))
        #expect(CSVTarget(mapName: "IGNORE") == .ignore)
        #expect(CSVTarget(mapName: "dates") == nil)
    }

    @Test func theMapLineEscapesCommasAndEqualSignsAndQuotes() throws {
        let line = CSVColumnMap.commandLine([("Box, shelf", .column("archive.location")), ("a=b", .extra("x")), ("it's", .column("notes"))])
        #expect(line == #"--map 'Box\, shelf=archive.location,a\=b=extra.x,it'\''s=notes'"#)
        let parsed = try CSVColumnMap.parse(#"Box\, shelf=archive.location,a\=b=extra.x,it's=notes"#)
        #expect(parsed.entries.map(\.source) == ["Box, shelf", "a=b", "it's"])
        #expect(parsed.entries.map(\.target) == [.column("archive.location"), .extra("x"), .column("notes")])
    }

    @Test func theSettingsAreOfferedAndTheMapRepeats() {
        #expect(FormatRegistry.builtIn.settings.contains { $0.option == "map" && $0.repeatable })
        #expect(FormatRegistry.builtIn.settings.contains { $0.option == "map-file" })
    }
}
