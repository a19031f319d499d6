import Testing
import LibXML

@Suite("XMLPullReader")
struct XMLPullReaderTests {
    @Test func namespacesFromAncestorsAndDefaults() throws {
        let xml = """
        <?xml version="1.0"?>
        <oai:record xmlns:oai="http://www.openarchives.org/OAI/2.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <metadata xmlns="urn:default">
            <dc:title>T</dc:title>
            <plain a="1" dc:lang="x"/>
            <inner xmlns="">
              <nons/>
            </inner>
          </metadata>
        </oai:record>
        """
        let reader = try XMLPullReader(bytes: utf8(xml), url: "ns.xml")
        var seen: [String: (String?, String?)] = [:]
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            seen[reader.localName] = (reader.namespaceURI, reader.prefix)
            if reader.localName == "plain" {
                let attributes = reader.attributes
                #expect(attributes == [
                    XMLAttribute(localName: "a", namespaceURI: nil, prefix: nil, value: "1"),
                    XMLAttribute(localName: "lang", namespaceURI: "http://purl.org/dc/elements/1.1/", prefix: "dc", value: "x"),
                ])
                #expect(reader.attribute(localName: "a") == "1")
                #expect(reader.attribute(localName: "lang", namespaceURI: "http://purl.org/dc/elements/1.1/") == "x")
                #expect(reader.attribute(localName: "lang") == nil)
                #expect(reader.isEmptyElement)
            }
            if reader.localName == "metadata" {
                // xmlns declarations are not attributes
                #expect(reader.attributes.isEmpty)
            }
        }
        #expect(seen["record"]! == ("http://www.openarchives.org/OAI/2.0/", "oai"))
        #expect(seen["metadata"]! == ("urn:default", nil))
        #expect(seen["title"]! == ("http://purl.org/dc/elements/1.1/", "dc"))
        #expect(seen["plain"]! == ("urn:default", nil))
        #expect(seen["inner"]! == (nil, nil))
        #expect(seen["nons"]! == (nil, nil))
        #expect(reader.warnings.isEmpty)
    }

    @Test func cdataCharacterReferencesAndPredefinedEntitiesDecode() throws {
        let xml = "<r><t>caf&#233; &#x2603; &amp; &lt;b&gt; &quot;q&quot; &apos;s&apos; <![CDATA[<raw> & stuff]]></t></r>"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "t.xml")
        #expect(try reader.read())
        #expect(try reader.read())
        #expect(reader.localName == "t")
        let (text, hadChildren) = try reader.readElementText()
        #expect(text == "café ☃ & <b> \"q\" 's' <raw> & stuff")
        #expect(!hadChildren)
        #expect(reader.nodeType == .endElement)
        #expect(reader.localName == "t")
        #expect(reader.warnings.isEmpty)
    }

    @Test func nodeTypesSequence() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE r><r><!--c--><?pi data?><a>x<![CDATA[y]]></a><b/></r>"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "n.xml")
        let nodes = try allNodes(reader)
        #expect(nodes.map(\.type) == [.documentType, .element, .comment, .processingInstruction,
                                      .element, .text, .cdata, .endElement, .element, .endElement])
        #expect(nodes.map(\.depth) == [0, 0, 1, 1, 1, 2, 2, 1, 1, 0])
        #expect(try reader.read() == false)
        #expect(try reader.read() == false)
    }

    @Test func xmlLangInScope() throws {
        let xml = """
        <r xml:lang="fr"><a>x</a><b xml:lang="en-GB"><c/></b><d xml:lang=""/></r>
        """
        let reader = try XMLPullReader(bytes: utf8(xml), url: "lang.xml")
        var langs: [String: String?] = [:]
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            langs[reader.localName] = reader.xmlLang
            if reader.localName == "b" {
                #expect(reader.attribute(localName: "lang", namespaceURI: "http://www.w3.org/XML/1998/namespace") == "en-GB")
            }
        }
        #expect(langs["r"] == "fr")
        #expect(langs["a"] == "fr")
        #expect(langs["b"] == "en-GB")
        #expect(langs["c"] == "en-GB")
    }

    @Test func lineNumbersOfNodes() throws {
        let xml = "<r>\n  <a>one</a>\n\n  <b\n    x=\"1\">two</b>\n</r>\n"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "lines.xml")
        var lines: [String: Int] = [:]
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            lines[reader.localName] = reader.line
        }
        // libxml2 records an element's line where its start tag ends.
        #expect(lines == ["r": 1, "a": 2, "b": 5])
    }

    /// On a one-line document the parser's column is a 1-based byte column inside the line (or just
    /// after it), and it never goes back as the reader moves on.
    @Test func columnsStayOnTheLineAndGoForward() throws {
        let xml = #"<r><a>one</a><b x="1">two</b><c/></r>"#
        let reader = try XMLPullReader(bytes: utf8(xml), url: "columns.xml")
        var columns: [Int] = []
        while try reader.read() { columns.append(reader.column) }
        #expect(columns.count == 9)
        #expect(columns.allSatisfy { (1...(xml.utf8.count + 1)).contains($0) }, "\(columns)")
        #expect(columns == columns.sorted(), "\(columns)")
    }

    @Test func readElementTextReportsChildElementsAndMixedContent() throws {
        let xml = "<r><p>Hello <i>big</i> world</p><next/></r>"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "m.xml")
        try reader.read(); try reader.read()
        let (text, hadChildren) = try reader.readElementText()
        #expect(text == "Hello big world")
        #expect(hadChildren)
        #expect(try reader.read())
        #expect(reader.localName == "next")
    }

    @Test func readElementTextOnEmptyElementDoesNotConsume() throws {
        let reader = try XMLPullReader(bytes: utf8("<r><e/><f>z</f></r>"), url: "e.xml")
        try reader.read(); try reader.read()
        let result = try reader.readElementText()
        #expect(result.text == "" && !result.hadChildElements)
        #expect(try reader.read())
        #expect(reader.localName == "f")
    }

    @Test func readCallbackStreamsInSmallChunks() throws {
        var xml = "<list xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        for i in 0..<500 { xml += "<dc:title n=\"\(i)\">Title \(i) &amp; more é</dc:title>\n" }
        xml += "</list>"
        let data = utf8(xml)
        var offset = 0
        var calls = 0
        let reader = try XMLPullReader(url: "stdin") { buffer in
            calls += 1
            let count = min(7, buffer.count, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
            }
            offset += count
            return count
        }
        var titles = 0
        while try reader.read() {
            if reader.nodeType == .element && reader.localName == "title" {
                #expect(reader.namespaceURI == "http://purl.org/dc/elements/1.1/")
                #expect(reader.attribute(localName: "n") == String(titles))
                let (text, _) = try reader.readElementText()
                #expect(text == "Title \(titles) & more é")
                titles += 1
            }
        }
        #expect(titles == 500)
        #expect(calls > 100)
    }

    @Test func readCallbackErrorIsAnError() throws {
        let chunk = utf8("<r><a>text</a>")
        var offset = 0
        let reader = try XMLPullReader(url: "broken-pipe") { buffer in
            guard offset < chunk.count else { return -1 }
            let count = min(buffer.count, chunk.count - offset)
            chunk.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) }
            offset += count
            return count
        }
        let error = #expect(throws: XMLDiagnostic.self) { while try reader.read() {} }
        #expect(error?.file == "broken-pipe")
        #expect(error?.severity == .fatal)
    }

    @Test func readsFromPathAndReportsMissingFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let path = try dir.write("rec.xml", "<r>\n<a>ok</a>\n<b>\n</r>\n")
        let reader = try XMLPullReader(path: path)
        let error = #expect(throws: XMLDiagnostic.self) { while try reader.read() {} }
        #expect(error?.file == path)
        #expect(error?.line == 4)
        #expect(error?.description.hasPrefix("\(path):4:") == true)

        let missing = #expect(throws: XMLDiagnostic.self) { _ = try XMLPullReader(path: dir.path("nope.xml")) }
        #expect(missing?.file == dir.path("nope.xml"))
        #expect(missing?.message.contains("No such file") == true)

        let directory = #expect(throws: XMLDiagnostic.self) { _ = try XMLPullReader(path: dir.url.path) }
        #expect(directory?.message.contains("directory") == true)
    }

    @Test func malformedXMLThrowsWithLineAndColumnAndKeepsThrowing() throws {
        let xml = "<r>\n  <a>text</b>\n</r>"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "bad.xml")
        let error = #expect(throws: XMLDiagnostic.self) { while try reader.read() {} }
        #expect(error?.severity == .fatal)
        #expect(error?.line == 2)
        #expect(error?.column != nil)
        #expect(error?.message.contains("mismatch") == true)
        #expect(error?.description.hasPrefix("bad.xml:2:") == true)
        #expect(error?.description.contains(": fatal error: ") == true)
        #expect(throws: XMLDiagnostic.self) { try reader.read() }
    }

    @Test func emptyInputIsAnError() throws {
        let reader = try XMLPullReader(bytes: [], url: "empty.xml")
        let error = #expect(throws: XMLDiagnostic.self) { try reader.read() }
        #expect(error?.message == "Premature end of data: no root element was found")
    }

    @Test func undeclaredNamespacePrefixIsAWarningNotFatal() throws {
        let reader = try XMLPullReader(bytes: utf8("<r><x:a>t</x:a></r>"), url: "w.xml")
        _ = try allNodes(reader)
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings.first?.message.contains("x") == true)
        #expect(reader.warnings.first?.line == 1)
    }

    @Test func warningsAreCapped() throws {
        let xml = "<r>" + String(repeating: "<x:a/>", count: 10_050) + "</r>"
        let reader = try XMLPullReader(bytes: utf8(xml), url: "many.xml")
        _ = try allNodes(reader)
        #expect(reader.warnings.count == 10_001)
        #expect(reader.suppressedWarningCount == 50)
        #expect(reader.warnings.last?.message.contains("not recorded") == true)
    }
}
