import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Crosswalk's own style and locale (Sources/Crosswalk/Citing/BuiltIn), embedded by
/// `Tests/Tools/embed-citations.py` so that citing works with nothing installed.
@Suite struct BuiltInCitationFilesTests {
    static let folder = packageRoot.appendingPathComponent("Sources/Crosswalk/Citing/BuiltIn")

    @Test func theEmbeddedCopiesAreTheFilesByteForByte() throws {
        let style = try String(contentsOf: Self.folder.appendingPathComponent("archival.csl"), encoding: .utf8)
        let locale = try String(contentsOf: Self.folder.appendingPathComponent("locales-en-US.xml"), encoding: .utf8)
        #expect(EmbeddedCitationFiles.styles == ["archival": style], "run python3 Tests/Tools/embed-citations.py")
        #expect(EmbeddedCitationFiles.locales == ["en-US": locale], "run python3 Tests/Tools/embed-citations.py")
    }

    /// Every term CSL 1.0.2 lists in its Appendix II (and one per name and number variable) is defined.
    @Test func theLocaleDefinesEveryTermOfTheSpecification() throws {
        let locale = try #require(EmbeddedCitationFiles.locales["en-US"])
        var required = ["act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation",
                        "figure", "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene",
                        "section", "sub-verbo", "supplement", "table", "timestamp", "title-locator", "verse", "version", "volume",
                        "ordinal", "open-quote", "close-quote", "open-inner-quote", "close-inner-quote", "page-range-delimiter",
                        "colon", "comma", "semicolon",
                        "accessed", "ad", "advance-online-publication", "album", "and", "and others", "anonymous", "at",
                        "audio-recording", "available at", "bc", "bce", "by", "ce", "circa", "cited", "et-al", "film",
                        "forthcoming", "from", "henceforth", "ibid", "in", "in press", "internet", "letter", "loc-cit",
                        "no date", "no-place", "no-publisher", "on", "online", "op-cit", "original-work-published",
                        "personal-communication", "podcast", "podcast-episode", "preprint", "presented at", "radio-broadcast",
                        "radio-series", "radio-series-episode", "reference", "retrieved", "review-of", "scale", "special-issue",
                        "special-section", "television-broadcast", "television-series", "television-series-episode", "video",
                        "working-paper",
                        // name variables
                        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
                        "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
                        "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer",
                        "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
                        // number variables
                        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
                        "number", "number-of-pages", "number-of-volumes", "page-first", "part-number", "printing-number",
                        "supplement-number",
                        // types
                        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "broadcast", "classic",
                        "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
                        "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
                        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
                        "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book",
                        "software", "song", "speech", "standard", "thesis", "treaty", "webpage"]
        required += (1...12).map { String(format: "month-%02d", $0) } + (1...4).map { String(format: "season-%02d", $0) }
            + (1...10).map { String(format: "long-ordinal-%02d", $0) }
        for term in required {
            #expect(locale.contains("<term name=\"\(term)\""), "term `\(term)` is missing")
        }
        // Every name variable has its verb forms too.
        for role in ["author", "editor", "translator", "recipient", "interviewer"] {
            #expect(locale.contains("<term name=\"\(role)\" form=\"verb\""), "\(role) verb")
            #expect(locale.contains("<term name=\"\(role)\" form=\"verb-short\""), "\(role) verb-short")
        }
    }
}
