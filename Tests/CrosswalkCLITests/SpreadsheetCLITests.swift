import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Issue 9 from the command line: real catalogues in, never an empty catalogue by mistake.
@Suite(.serialized) struct SpreadsheetCLITests {
    @Test func aMODSFileIsRefusedWithExit65AndItsName() throws {
        let mods = "<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">\n<mods><titleInfo><title>A</title></titleInfo></mods>\n</modsCollection>\n"
        let r = try CLI.run(["convert", "-", "--from", "dc", "--to", "json"], stdin: mods)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains("MODS") && r.stderr.contains("not Dublin Core"), "\(r.stderr)")
    }

    @Test func aMARCXMLFileIsRefusedWhateverItsExtension() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("harvest.xml")
        try "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>x</leader></record></collection>"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["convert", file.path, "--to", "json"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("MARCXML"), "\(r.stderr)")
    }

    @Test func anEmptyCatalogueIsConvertedWithAWarning() throws {
        let r = try CLI.run(["convert", "-", "--from", "json", "--to", "csv"], stdin: "[]")
        #expect(r.status == 0)
        #expect(r.stderr.contains("the input holds no records"), "\(r.stderr)")
    }
}

extension SpreadsheetCLITests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/CrosswalkTests/Fixtures/spreadsheets")

    @Test func theThreeSpreadsheetsConvertWithNoOption() throws {
        for name in ["university-item-list.csv", "atom-isad.csv", "collectionbuilder.csv"] {
            let path = Self.fixtures.appendingPathComponent(name).path
            let r = try CLI.run(["convert", path, "--to", "jsonl"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count - 1
            #expect(r.stdout.split(separator: "\n").count == rows, "\(name)")
        }
    }

    @Test func theProfileOptionIsOfferedAndChecked() throws {
        let path = Self.fixtures.appendingPathComponent("atom-isad.csv").path
        let chosen = try CLI.run(["convert", path, "--profile", "atom", "--to", "jsonl"])
        #expect(chosen.status == 0)
        #expect(!chosen.stderr.contains("read with profile"))  // chosen, not detected
        let bad = try CLI.run(["convert", path, "--profile", "nonesuch", "--to", "jsonl"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--profile"), "\(bad.stderr)")
        let help = try CLI.run(["convert", "--help"])
        #expect(help.stdout.contains("--profile"))
    }
}

extension SpreadsheetCLITests {
    @Test func formatsListsTheProfiles() throws {
        let r = try CLI.run(["formats", "--profiles"])
        #expect(r.status == 0)
        for p in CSVProfiles.all { #expect(r.stdout.contains("\n\(p.name) "), "\(r.stdout)") }
        #expect(!r.stdout.contains("read+write"))
    }
}

extension SpreadsheetCLITests {
    @Test func inspectPrintsTheColumnsTheValuesAndAMapLine() throws {
        let path = Self.fixtures.appendingPathComponent("university-item-list.csv").path
        let r = try CLI.run(["inspect", path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let item = try #require(lines.first { $0.hasPrefix("1 ") })
        #expect(item.contains("Item_number") && item.contains(" id ") && item.contains("name match") && item.contains("AU NBAC N193-001"), "\(item)")
        let start = try #require(lines.first { $0.hasPrefix("6 ") })
        #expect(start.contains("date.start") && start.contains("c. 1950"), "\(start)")
        #expect(lines.contains("  --map 'Item_number=id,Title=title,Coverage=places,Pages=pages,Notes=notes,start_date=date.start,end_date=date.end'"), "\(r.stdout)")
        #expect(r.stdout.contains("profile: none"))
    }

    @Test func inspectTakesTheMapAndTheProfileAsConvertDoes() throws {
        let path = Self.fixtures.appendingPathComponent("atom-isad.csv").path
        let r = try CLI.run(["inspect", path, "--map", "legacyId=extra.legacy", "--map", "identifier=id", "--samples", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("profile: atom (detected from the header)"))
        let legacy = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("1 ") })
        #expect(legacy.contains("extra.legacy") && legacy.contains("map") && legacy.hasSuffix("F-12"), "\(legacy)")
        let bad = try CLI.run(["inspect", path, "--map", "Nope=title"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("the header has no column `Nope`"), "\(bad.stderr)")
        let json = try CLI.run(["inspect", "-", "--from", "json"], stdin: "[]")
        #expect(json.status == 64)
        #expect(json.stderr.contains("CSV only"), "\(json.stderr)")
    }

    @Test func aRepeatedMapAddsUpAndAMapFileIsRead() throws {
        let dir = try CLI.temporaryDirectory()
        let map = dir.appendingPathComponent("map.csv")
        try "Item_number,id\nTitle,title\nPages,extra.pages\n".write(to: map, atomically: true, encoding: .utf8)
        let path = Self.fixtures.appendingPathComponent("university-item-list.csv").path
        let r = try CLI.run(["convert", path, "--to", "jsonl", "--map-file", map.path, "--map", "Notes=-", "--map", "Coverage=extra.where"])
        #expect(r.status == 0, "\(r.stderr)")
        let first = try #require(r.stdout.split(separator: "\n").first)
        #expect(first.contains("\"pages\":[\"212\"]") && first.contains("\"where\":[\"Sydney\"]") && !first.contains("Bound volume"), "\(first)")
        let bad = try CLI.run(["convert", path, "--to", "jsonl", "--map", "Title=titel"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("`titel` (for column `Title`) is not a target"), "\(bad.stderr)")
        let help = try CLI.run(["convert", "--help"])
        #expect(help.stdout.contains("--map ") && help.stdout.contains("--map-file "))
    }

    @Test func aCatalogueIsWrittenInAProfilesLayout() throws {
        let path = Self.fixtures.appendingPathComponent("collectionbuilder.csv").path
        let json = try CLI.run(["convert", path, "--to", "json"])
        #expect(json.status == 0)
        let out = try CLI.run(["convert", "-", "--from", "json", "--to", "csv", "--profile", "collectionbuilder"], stdin: json.stdout)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("objectid,parentid,title,creator,date,description,subject,location,"), "\(out.stdout.prefix(200))")
        #expect(out.stdout.contains("Waterfront;Labour unions;Strikes"))
    }
}
