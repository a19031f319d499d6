import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// Finding styles and locales on a user's machine, in folders made by the test.
@Suite struct StyleCatalogTests {
    static func style(title: String, parent: String? = nil, locale: String? = nil) -> String {
        let link = parent.map { "<link rel=\"independent-parent\" href=\"http://www.zotero.org/styles/\($0)\"/>" } ?? ""
        let body = parent == nil ? "<citation><layout><text variable=\"title\"/></layout></citation>" : ""
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"\(locale.map { " default-locale=\"\($0)\"" } ?? "")>
          <info><title>\(title)</title><id>http://www.zotero.org/styles/x</id>\(link)</info>\(body)
        </style>
        """
    }

    struct Folders {
        let root: URL
        var first: String { root.appendingPathComponent("first").path }
        var second: String { root.appendingPathComponent("second").path }
        init() throws {
            root = try makeTemporaryDirectory("styles")
            for sub in ["first", "second", "second/dependent"] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
        }
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func searchOrderDependentStylesAndBuiltIns() throws {
        let f = try Folders()
        defer { f.remove() }
        try f.write("first/apa.csl", Self.style(title: "APA (mine)"))
        try f.write("second/apa.csl", Self.style(title: "APA (system)"))
        try f.write("second/dependent/some-journal.csl", Self.style(title: "Some Journal", parent: "apa", locale: "de-DE"))
        let catalog = StyleCatalog(styleFolders: [f.first, f.second], localeFolders: [],
                                   builtInStyles: ["archival": Self.style(title: "Archival")])
        let apa = try catalog.resolveStyle("apa")
        #expect(apa.info.title == "APA (mine)")
        #expect(apa.location == f.first + "/apa.csl")
        let dependent = try catalog.resolveStyle("some-journal")
        #expect(dependent.info.title == "Some Journal")
        #expect(dependent.location == f.first + "/apa.csl")
        #expect(String(decoding: dependent.text, as: UTF8.self).contains("APA (mine)"))
        #expect(dependent.defaultLocale == "de-DE")
        #expect(try catalog.resolveStyle("archival").location == "built-in:archival")
        #expect(catalog.styles().map(\.name) == ["apa", "archival", "some-journal"])
        #expect(catalog.styles(matching: "journal").map(\.title) == ["Some Journal"])
        #expect(catalog.styles(matching: "mine").map(\.name) == ["apa"])
    }

    @Test func anUnknownStyleIsAUsageErrorThatNamesTheClosest() throws {
        let f = try Folders()
        defer { f.remove() }
        for name in ["chicago-author-date", "chicago-note-bibliography", "apa", "nature"] {
            try f.write("second/\(name).csl", Self.style(title: name))
        }
        let catalog = StyleCatalog(styleFolders: [f.second], localeFolders: [])
        let error = #expect(throws: Diagnostic.self) { try catalog.resolveStyle("chicago") }
        #expect(error?.kind == .usage)
        #expect(error?.message == "unknown style `chicago`; the closest are: chicago-author-date, chicago-note-bibliography")
        let typo = #expect(throws: Diagnostic.self) { try catalog.resolveStyle("natrue") }
        #expect(typo?.message.hasSuffix("the closest are: nature") == true)
    }

    @Test func aStyleThatIsNotCSLOrNotXMLIsLocated() throws {
        let f = try Folders()
        defer { f.remove() }
        try f.write("first/broken.csl", "<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n  <info>\n    <title>x</titel>\n")
        try f.write("first/html.csl", "<html><body/></html>")
        let catalog = StyleCatalog(styleFolders: [f.first], localeFolders: [])
        let broken = #expect(throws: Diagnostic.self) { try catalog.resolveStyle("broken") }
        #expect(broken?.location?.file == f.first + "/broken.csl")
        #expect(broken?.location?.line == 3)
        #expect(broken?.location?.column != nil)
        let html = #expect(throws: Diagnostic.self) { try catalog.resolveStyle(f.first + "/html.csl") }
        #expect(html?.message.contains("not a CSL style") == true)
        let missing = #expect(throws: Diagnostic.self) { try catalog.resolveStyle(f.first + "/none.csl") }
        #expect(missing?.kind == .input)
    }

    @Test func theStandardPathComesFromTheEnvironment() {
        let c = StyleCatalog.standard(environment: ["CROSSWALK_STYLE_PATH": "/a:/b", "HOME": "/home/u"])
        #expect(c.styleFolders == ["/a", "/b", "/home/u/.local/share/csl/styles", "/usr/share/citation-style-language/styles"])
        #expect(c.localeFolders == ["/home/u/.local/share/csl/locales", "/usr/share/citation-style-language/locales"])
    }
}
