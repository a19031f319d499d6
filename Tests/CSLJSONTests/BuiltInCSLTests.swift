import CrosswalkCitations
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

@Suite struct BuiltInCSLTests {
    static let builtIn = packageRoot.appendingPathComponent("Sources/Citations/BuiltIn")

    @Test func theEmbeddedCopiesAreTheFilesByteForByte() throws {
        for (key, path) in CSLBuiltIn.sourceFiles {
            let onDisk = [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(path)))
            let embedded = CSLBuiltIn.styles[key] ?? CSLBuiltIn.locales[key]
            #expect(embedded.map { Array($0.utf8) == onDisk } == true,
                    "\(path) differs from its embedded copy: run `python3 Tests/Tools/embed-csl.py`")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.builtIn.path)
            .filter { $0.hasSuffix(".csl") || $0.hasSuffix(".xml") }
        #expect(files.count == CSLBuiltIn.sourceFiles.count, "\(files) are not all embedded")
        #expect(CSLBuiltIn.styles.keys.sorted() == ["archival"])
        #expect(CSLBuiltIn.locales.keys.sorted() == ["en-US"])
    }

    @Test func theLocaleDefinesEveryCSL102Term() throws {
        let locale = try elements(try #require(CSLBuiltIn.locales["en-US"]), url: "locales-en-US.xml")
        let root = try #require(locale.first)
        #expect(root.name == "locale" && root.namespace == CSL102.namespace)
        #expect(root.attributes["version"] == "1.0" && root.attributes["xml:lang"] == "en-US")
        #expect(locale.contains { $0.name == "style-options" && $0.attributes["punctuation-in-quote"] == "true" })
        let dateForms = locale.filter { $0.name == "date" }.compactMap { $0.attributes["form"] }
        #expect(Set(dateForms) == ["text", "numeric"])
        let terms = locale.filter { $0.name == "term" }
        let longForms = Set(terms.filter { ($0.attributes["form"] ?? "long") == "long" }.compactMap { $0.attributes["name"] })
        let missing = CSL102.terms.subtracting(longForms)
        #expect(missing.isEmpty, "undefined terms: \(missing.sorted())")
        for t in terms {
            let name = t.attributes["name"] ?? ""
            #expect(CSL102.isTerm(name), "line \(t.line): `\(name)` is not a CSL 1.0.2 term")
            #expect(["long", "short", "verb", "verb-short", "symbol"].contains(t.attributes["form"] ?? "long"), "line \(t.line)")
        }
        // A term is defined once per form.
        let keys = terms.map { "\($0.attributes["name"]!)/\($0.attributes["form"] ?? "long")" }
        #expect(Set(keys).count == keys.count, "a term is defined twice")
        // Every term has text (in itself or in single/multiple), but the labels English never shows
        // beside a name ("Mao, Zedong", not "Mao, Zedong, auth."), which are defined empty.
        let unlabelled: Set<String> = ["author", "container-author", "original-author", "reviewed-author", "recipient", "interviewer"]
        let empty = terms.filter { $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            .filter { t in !locale.contains { $0.parent == "term" && $0.line > t.line && $0.line <= t.line + 2 } }
        let wronglyEmpty = empty.filter { !(unlabelled.contains($0.attributes["name"]!) && ["long", "short"].contains($0.attributes["form"] ?? "long")) }
        #expect(wronglyEmpty.isEmpty, "terms without text: \(wronglyEmpty.map { $0.attributes["name"]! })")
        #expect(Set(empty.compactMap { $0.attributes["name"] }) == unlabelled)
    }

    @Test func theStyleUsesOnlyCSL102() throws {
        let style = try elements(try #require(CSLBuiltIn.styles["archival"]), url: "archival.csl")
        let root = try #require(style.first)
        #expect(root.name == "style" && root.namespace == CSL102.namespace)
        #expect(root.attributes["version"] == "1.0" && root.attributes["class"] == "note")
        for required in ["id", "title", "updated"] {
            #expect(style.filter { $0.name == required && $0.parent == "info" }.count == 1, "info needs one \(required)")
        }
        #expect(style.filter { $0.name == "citation" }.count == 1)
        #expect(style.filter { $0.name == "bibliography" }.count == 1)
        let macros = Set(style.filter { $0.name == "macro" }.compactMap { $0.attributes["name"] })
        let localeTerms = try elements(try #require(CSLBuiltIn.locales["en-US"]), url: "l")
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
