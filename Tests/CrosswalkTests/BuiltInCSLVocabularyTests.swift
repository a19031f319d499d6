import Crosswalk
import CrosswalkTestSupport
import Foundation
import LibXML
import Testing

/// One element of a CSL file, with its attributes and where it is.
struct CSLElement {
    var name: String
    var namespace: String?
    var attributes: [String: String]
    var parent: String?
    var line: Int
    var text: String = ""
}

/// Every element of an XML text (read with LibXML's pull reader), and the text inside each.
func elements(_ xml: String, url: String) throws -> [CSLElement] {
    let reader = try XMLPullReader(bytes: Array(xml.utf8), url: url)
    var out: [CSLElement] = []
    var stack: [Int] = []
    while try reader.read() {
        switch reader.nodeType {
        case .element:
            var attrs: [String: String] = [:]
            for a in reader.attributes { attrs[a.prefix.map { "\($0):\(a.localName)" } ?? a.localName] = a.value }
            out.append(CSLElement(name: reader.localName, namespace: reader.namespaceURI, attributes: attrs,
                                  parent: stack.last.map { out[$0].name }, line: reader.line))
            if !reader.isEmptyElement { stack.append(out.count - 1) }
        case .endElement:
            stack.removeLast()
        case .text, .cdata:
            if let i = stack.last { out[i].text += reader.value ?? "" }
        default:
            break
        }
    }
    return out
}

/// The CSL 1.0.2 vocabulary (the specification's appendices), to check the built-ins against.
enum CSL102 {
    static let namespace = "http://purl.org/net/xbiblio/csl"
    static let types: Set<String> = [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    ]
    static let standardVariables: Set<String> = [
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "citation-key", "citation-label", "collection-title", "container-title", "container-title-short",
        "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction",
        "keyword", "language", "license", "medium", "note", "original-publisher", "original-publisher-place",
        "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre",
        "reviewed-title", "scale", "source", "status", "title", "title-short", "URL", "volume-title", "year-suffix",
    ]
    static let numberVariables: Set<String> = [
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
        "printing-number", "section", "supplement-number", "version", "volume",
    ]
    static let dateVariables: Set<String> = ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]
    static let nameVariables: Set<String> = [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ]
    static var variables: Set<String> { standardVariables.union(numberVariables).union(dateVariables).union(nameVariables) }
    static let locators: Set<String> = [
        "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation", "figure",
        "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene", "section", "sub-verbo",
        "supplement", "table", "timestamp", "title-locator", "verse", "version", "volume",
    ]
    static let miscellaneous: Set<String> = [
        "accessed", "ad", "advance-online-publication", "album", "and", "and others", "anonymous", "at",
        "audio-recording", "available at", "bc", "bce", "by", "ce", "circa", "cited", "et-al", "film", "forthcoming",
        "from", "henceforth", "ibid", "in", "in press", "internet", "letter", "loc-cit", "no date", "no-place",
        "no-publisher", "on", "online", "op-cit", "original-work-published", "personal-communication", "podcast",
        "podcast-episode", "preprint", "presented at", "radio-broadcast", "radio-series", "radio-series-episode",
        "reference", "retrieved", "review-of", "scale", "special-issue", "special-section", "television-broadcast",
        "television-series", "television-series-episode", "video", "working-paper",
        "open-quote", "close-quote", "open-inner-quote", "close-inner-quote", "page-range-delimiter", "colon", "comma",
        "semicolon", "ordinal",
    ]
    /// Every term Appendix II defines (the ordinals 00–99 are optional).
    static var terms: Set<String> {
        var t = types.union(nameVariables).union(numberVariables).union(locators).union(miscellaneous)
        for i in 1...12 { t.insert(String(format: "month-%02d", i)) }
        for i in 1...4 { t.insert(String(format: "season-%02d", i)) }
        for i in 1...10 { t.insert(String(format: "long-ordinal-%02d", i)) }
        return t
    }
    static func isTerm(_ name: String) -> Bool {
        terms.contains(name) || name == "editortranslator"
            || (name.hasPrefix("ordinal-") && name.count == 10 && name.suffix(2).allSatisfy(\.isNumber))
    }
    static let styleElements: Set<String> = [
        "style", "info", "title", "title-short", "id", "author", "contributor", "name", "email", "uri", "category",
        "link", "published", "rights", "summary", "updated", "issn", "eissn", "issnl", "locale", "terms", "term", "single",
        "multiple", "date", "date-part", "style-options", "macro", "citation", "bibliography", "sort", "key", "layout",
        "text", "number", "label", "names", "name-part", "et-al", "substitute", "group", "choose", "if", "else-if",
        "else", "translator",
    ]
}

/// The built-in style uses only CSL 1.0.2: its elements, variables, terms (each defined by the built-in
/// locale), types, locators and positions, and every macro it calls exists and is used.
@Suite struct BuiltInCSLVocabularyTests {
    @Test func theStyleUsesOnlyCSL102() throws {
        let style = try elements(try #require(EmbeddedCitationFiles.styles["archival"]), url: "archival.csl")
        let root = try #require(style.first)
        #expect(root.name == "style" && root.namespace == CSL102.namespace)
        #expect(root.attributes["version"] == "1.0" && root.attributes["class"] == "note")
        for required in ["id", "title", "updated"] {
            #expect(style.filter { $0.name == required && $0.parent == "info" }.count == 1, "info needs one \(required)")
        }
        #expect(style.filter { $0.name == "citation" }.count == 1)
        #expect(style.filter { $0.name == "bibliography" }.count == 1)
        let macros = Set(style.filter { $0.name == "macro" }.compactMap { $0.attributes["name"] })
        let localeTerms = try elements(try #require(EmbeddedCitationFiles.locales["en-US"]), url: "l")
            .filter { $0.name == "term" }.compactMap { $0.attributes["name"] }
        for e in style {
            #expect(e.namespace == CSL102.namespace && CSL102.styleElements.contains(e.name), "line \(e.line): <\(e.name)>")
            if let m = e.attributes["macro"] { #expect(macros.contains(m), "line \(e.line): no macro `\(m)`") }
            if let t = e.attributes["term"] {
                #expect(CSL102.isTerm(t) && localeTerms.contains(t), "line \(e.line): term `\(t)`")
            }
            if let vs = e.attributes["variable"] {
                for v in vs.split(separator: " ") {
                    #expect(CSL102.variables.contains(String(v)), "line \(e.line): variable `\(v)`")
                }
            }
            for cond in ["is-uncertain-date"] { if let v = e.attributes[cond] { #expect(CSL102.dateVariables.contains(v)) } }
            if let ts = e.attributes["type"], ["if", "else-if"].contains(e.name) {
                for t in ts.split(separator: " ") { #expect(CSL102.types.contains(String(t)), "line \(e.line): type `\(t)`") }
            }
            if let l = e.attributes["locator"] {
                #expect(CSL102.locators.contains(l) || l == "sub verbo", "line \(e.line): locator `\(l)`")
            }
            if let p = e.attributes["position"] {
                #expect(["first", "subsequent", "ibid", "ibid-with-locator", "near-note"].contains(p))
            }
            if e.name == "date", e.parent != "locale" {
                #expect(e.attributes["variable"] != nil)
            }
        }
        // Every macro is used.
        let used = Set(style.compactMap { $0.attributes["macro"] })
        #expect(macros.subtracting(used).isEmpty, "unused macros: \(macros.subtracting(used).sorted())")
    }
}
