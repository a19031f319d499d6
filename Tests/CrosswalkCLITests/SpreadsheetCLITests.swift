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
