import CrosswalkTestSupport
import Foundation
import Testing

/// `crosswalk cite` and `crosswalk styles` as a user runs them.
@Suite(.serialized) struct CiteCLITests {
    @Test func theDublinCoreSampleCitesInTheBuiltInStyle() throws {
        let r = try CLIRunner.run(["cite", "Samples/cold-war-korea.dc.xml", "--style", "archival"])
        #expect(r.status == 0, "\(r.stderr)")
        let entries = r.stdout.split(separator: "\n")
        #expect(entries.count == 7)
        // Sorted as the style sorts: by creator, then date; a record without a creator by its title.
        #expect(entries.first?.hasPrefix("Filippov [Stalin]. \u{201C}Ciphered Telegram No. 3917") == true)
        #expect(entries.contains { $0.hasPrefix("\u{201C}Record of a Conversation") })
    }

    @Test func outputGoesThroughTheAtomicFileAndRefusesTheInput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("bibliography.html").path
        let r = try CLIRunner.run(["cite", "Samples/cold-war-korea.json", "--format", "html", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.components(separatedBy: "<div class=\"csl-entry\">").count == 8)
        let same = try CLIRunner.run(["cite", "Samples/cold-war-korea.json", "-o", "Samples/cold-war-korea.json"])
        #expect(same.status == 64)
        #expect(same.stderr.contains("refusing to write over the input file"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let style = try CLIRunner.run(["cite", "Samples/cold-war-korea.json", "--style", "archivl"])
        #expect(style.status == 64)
        #expect(style.stderr.contains("unknown style `archivl`; the closest are: archival"))
        let format = try CLIRunner.run(["cite", "Samples/cold-war-korea.json", "--format", "pdf"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("pdf"))
    }

    @Test func stylesListsTheBuiltInStyleWithItsTitle() throws {
        let r = try CLIRunner.run(["styles", "--search", "archival documents"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("archival "))
        #expect(r.stdout.contains("Archival documents (Chicago-style notes and bibliography)"))
    }
}
