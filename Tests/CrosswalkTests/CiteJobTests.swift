import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// `crosswalk cite` as a library call: any format in, a CSL style, text/HTML/Markdown out. The catalog
/// here has no style or locale folders at all, as on a fresh machine: only the built-in `archival`
/// style and `en-US` locale are there.
@Suite struct CiteJobTests {
    static let bare = StyleCatalog(styleFolders: [], localeFolders: [], builtInStyles: EmbeddedCitationFiles.styles,
                                   builtInLocales: EmbeddedCitationFiles.locales)

    static func cite(_ path: String, style: String = "archival", format: CSLOutputFormat = .text, mode: CiteJob.Mode = .bibliography,
                     ids: [String]? = nil, catalog: StyleCatalog = bare) -> (CiteJob.Outcome, String, [Diagnostic]) {
        let out = ByteOutput()
        var reported: [Diagnostic] = []
        let job = CiteJob(input: InputRequest(path: path), style: style, format: format, mode: mode, ids: ids, catalog: catalog)
        let outcome = job.run(standardOutput: out) { reported.append($0) }
        return (outcome, String(decoding: out.data, as: UTF8.self), reported)
    }

    static func sample(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }

    /// A catalogue with what archivists cite: the archive, the reference within it, the digital collection.
    static let archivalRecords = """
    [
      {"id": "mao-stalin-1951-06-30", "type": "letter", "genre": "Telegram",
       "title": "Ciphered Telegram No. 21334 from Beijing, Mao Zedong to Cde. Filippov [Stalin]", "date": "1951-06-30",
       "agents": [{"role": "creator", "literal": "Mao Zedong"}, {"role": "recipient", "family": "Stalin", "given": "I. V."}],
       "archive": {"name": "Archive of the President of the Russian Federation", "location": "f. 45, op. 1, d. 334, ll. 97-98", "place": "Moscow"},
       "publisher": "Digital Archive", "identifiers": [{"scheme": "url", "value": "https://archive.example.org/document/114"}]},
      {"id": "memo-1950", "type": "document", "genre": "Memorandum", "title": "Memorandum on the Situation in Korea", "date": "1950-09~",
       "agents": [{"role": "creator", "literal": "USSR Ministry of Foreign Affairs"}],
       "archive": {"name": "Archive of Foreign Policy of the Russian Federation", "location": "f. 059a, op. 5a, d. 3, l. 5"}}
    ]
    """

    @Test func theDublinCoreSampleCitesWithNothingInstalled() {
        let (outcome, text, _) = Self.cite(Self.sample("cold-war-korea.dc.xml"), mode: .citation)
        #expect(outcome.status == .success)
        #expect(outcome.rendered == 7)
        let notes = text.split(separator: "\n").map(String.init)
        #expect(notes.count == 7)
        // Who to whom, the title in quotation marks, the date as en-US writes it; notes in input order.
        #expect(notes[3] == "Roshchin to USSR Foreign Ministry, \u{201C}Ciphered telegram, Roshchin to USSR Foreign Ministry,\u{201D} January 13, 1951.")
        #expect(notes[1].hasPrefix("\u{201C}Record of a Conversation between Stalin"))
        #expect(notes[1].hasSuffix("\u{201D} September 4, 1952."))
    }

    @Test func theArchivalStyleCitesInTheOrderArchivistsDo() throws {
        let path = try makeTemporaryFile(Self.archivalRecords)
        let (notes, noteText, _) = Self.cite(path, mode: .citation)
        #expect(notes.status == .success)
        let (q, p) = ("\u{201C}", "\u{201D}")
        let title = "Ciphered Telegram No. 21334 from Beijing, Mao Zedong to Cde. Filippov [Stalin]"
        let repository = "f. 45, op. 1, d. 334, ll. 97-98, Archive of the President of the Russian Federation, Moscow"
        let online = "Digital Archive, https://archive.example.org/document/114"
        #expect(noteText.split(separator: "\n").map(String.init) == [
            "Mao Zedong to I. V. Stalin, \(q)\(title),\(p) June 30, 1951, \(repository), \(online).",
            "USSR Ministry of Foreign Affairs, \(q)Memorandum on the Situation in Korea,\(p) c. September 1950, f. 059a, op. 5a, d. 3, l. 5, Archive of Foreign Policy of the Russian Federation.",
        ])
        let (bib, bibText, _) = Self.cite(path)
        #expect(bib.status == .success)
        // Sorted by author: "Mao Zedong" before "USSR ..."; the repository starts a sentence.
        #expect(bibText.split(separator: "\n").map(String.init) == [
            "Mao Zedong. \(q)\(title).\(p) Telegram to I. V. Stalin, June 30, 1951. F. 45, op. 1, d. 334, ll. 97-98, Archive of the President of the Russian Federation, Moscow. \(online).",
            "USSR Ministry of Foreign Affairs. \(q)Memorandum on the Situation in Korea.\(p) Memorandum, c. September 1950. F. 059a, op. 5a, d. 3, l. 5, Archive of Foreign Policy of the Russian Federation.",
        ])
    }

    @Test func htmlAndMarkdown() throws {
        let path = try makeTemporaryFile(Self.archivalRecords)
        let (_, html, _) = Self.cite(path, format: .html)
        #expect(html.hasPrefix("<div class=\"csl-bib-body\""))
        // The archival style's hanging-indent="true" is carried to HTML.
        #expect(html.components(separatedBy: "\n").first?.contains("text-indent: -1em") == true)
        #expect(html.components(separatedBy: "<div class=\"csl-entry\">").count == 3)
        #expect(html.contains("&#8220;") || html.contains("\u{201C}"))
        let (_, markdown, _) = Self.cite(path, format: .markdown)
        #expect(markdown.components(separatedBy: "\n\n").count == 2)
    }

    @Test func idsChooseAndOrderTheRecords() {
        let sample = Self.sample("cold-war-korea.json")
        let (outcome, text, _) = Self.cite(sample, mode: .citation, ids: ["roshchin-1951-01-13", "mao-stalin-1951-01-27"])
        #expect(outcome.status == .success)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("Roshchin to ") == true)
        let (bad, _, reported) = Self.cite(sample, ids: ["nobody"])
        #expect(bad.status == .usage)
        #expect(reported.first?.message == "--ids: no record has the id `nobody`")
    }

    @Test func anUnknownStyleOrABrokenOneIsAClearError() throws {
        let (unknown, _, reported) = Self.cite(Self.sample("cold-war-korea.json"), style: "archivl")
        #expect(unknown.status == .usage)
        #expect(reported.first?.message == "unknown style `archivl`; the closest are: archival")

        let broken = try makeTemporaryFile("""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>Broken</title><id>x</id></info>
          <citation><layout><text variabl="title"/></layout></citation>
        </style>
        """, named: "style.csl")
        let (outcome, _, errors) = Self.cite(Self.sample("cold-war-korea.json"), style: broken)
        #expect(outcome.status == .dataError)
        let error = try #require(errors.first)
        #expect(error.location?.file == broken)
        #expect(error.location?.line == 3)
    }

    @Test func aNoteStyleWithoutABibliographyAsksForCitations() throws {
        let style = try makeTemporaryFile("""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
          <info><title>Titles</title><id>x</id></info>
          <citation><layout suffix="."><text variable="title" text-case="uppercase"/></layout></citation>
        </style>
        """, named: "style.csl")
        let (bib, _, reported) = Self.cite(Self.sample("cold-war-korea.json"), style: style)
        #expect(bib.status == .usage)
        #expect(reported.first?.message.contains("has no bibliography; use --mode citation") == true)
        let (notes, text, _) = Self.cite(Self.sample("cold-war-korea.json"), style: style, mode: .citation)
        #expect(notes.status == .success)
        #expect(text.split(separator: "\n").first == "TELEGRAM OF THE SOVIET CHARGÉ TO THE PRC TO THE CHAIRMAN OF THE USSR COUNCIL OF MINISTERS.")
    }

    /// Secondary literature in the same catalogue gets Chicago's notes-and-bibliography forms
    /// (The Chicago Manual of Style, 17th ed., 14.75, 14.107, 14.171): italic titles are plain in text output.
    @Test func booksChaptersAndArticlesInChicagoForm() throws {
        let path = try makeTemporaryFile("""
        [{"id": "book", "type": "book", "title": "The Cold War in East Asia", "date": "2004",
          "publisher": "Stanford University Press", "publisherPlace": "Stanford",
          "agents": [{"role": "creator", "family": "Weathersby", "given": "Kathryn"}, {"role": "creator", "family": "Shen", "given": "Zhihua"}]},
         {"id": "chapter", "type": "chapter", "title": "Stalin and the Korean War", "containerTitle": "The Cold War in East Asia",
          "pages": "12-30", "date": "2004", "publisher": "Stanford University Press", "publisherPlace": "Stanford",
          "agents": [{"role": "creator", "family": "Weathersby", "given": "Kathryn"}, {"role": "editor", "family": "Shen", "given": "Zhihua"}]},
         {"id": "article", "type": "article", "title": "Soviet Aims in Korea", "containerTitle": "Cold War International History Project Bulletin",
          "volume": "5", "pages": "1-12", "date": "1995", "agents": [{"role": "creator", "family": "Weathersby", "given": "Kathryn"}]}]
        """)
        let (q, p, dash) = ("\u{201C}", "\u{201D}", "\u{2013}")
        let (_, notes, _) = Self.cite(path, mode: .citation)
        #expect(notes.split(separator: "\n").map(String.init) == [
            "Kathryn Weathersby and Zhihua Shen, The Cold War in East Asia (Stanford: Stanford University Press, 2004).",
            "Kathryn Weathersby, \(q)Stalin and the Korean War,\(p) in The Cold War in East Asia, edited by Zhihua Shen (Stanford: Stanford University Press, 2004).",
            "Kathryn Weathersby, \(q)Soviet Aims in Korea,\(p) Cold War International History Project Bulletin 5 (1995): 1\(dash)12.",
        ])
        let (_, bibliography, _) = Self.cite(path)
        #expect(bibliography.split(separator: "\n").map(String.init) == [
            "Weathersby, Kathryn. \(q)Soviet Aims in Korea.\(p) Cold War International History Project Bulletin 5 (1995): 1\(dash)12.",
            "Weathersby, Kathryn. \(q)Stalin and the Korean War.\(p) In The Cold War in East Asia, edited by Zhihua Shen, 12\(dash)30. Stanford: Stanford University Press, 2004.",
            "Weathersby, Kathryn, and Zhihua Shen. The Cold War in East Asia. Stanford: Stanford University Press, 2004.",
        ])
    }
}

