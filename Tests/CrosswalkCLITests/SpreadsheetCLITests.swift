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
        let bad = try CLI.run(["convert", path, "--profile", "omeka-s", "--to", "jsonl"])
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
