import Crosswalk
import CrosswalkTestSupport
import Testing

/// `Docs/citations.md` shows the built-in style's output for one record of each document type:
/// this test renders them and compares (`CROSSWALK_UPDATE_DOCS=1` writes them into the doc).
@Suite struct CitationDocsTests {
    static let fixture = packageRoot.appendingPathComponent("Tests/CrosswalkTests/Fixtures/archival-examples.json").path

    @Test(arguments: [CiteJob.Mode.citation, .bibliography])
    func theExamplesInTheDocAreWhatTheStyleRenders(mode: CiteJob.Mode) throws {
        let (outcome, text, _) = CiteJobTests.cite(Self.fixture, mode: mode)
        #expect(outcome.status == .success)
        #expect(outcome.rendered == 5)
        let block = "```\n" + text + "```\n"
        let name = mode == .citation ? "archival notes" : "archival bibliography"
        let region = try GeneratedDocs.region(name, in: "Docs/citations.md", updatingTo: block)
        #expect(region == block, "run CROSSWALK_UPDATE_DOCS=1 swift test --filter CitationDocsTests")
    }
}
