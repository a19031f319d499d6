import Testing
import LibXML

@Suite("XMLWriter")
struct XMLWriterTests {
    private func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func indentationAndTextOnOneLine() throws {
        let out = try XMLWriter.document { w in
            try w.writeDeclaration()
            try w.startElement("oai_dc:dc", attributes: [
                ("xmlns:oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ])
            try w.comment(" record 1 ")
            try w.element("dc:title", text: "A & B")
            try w.element("dc:subject", attributes: [("xml:lang", "en")], text: "x")
            try w.element("dc:empty")
            try w.startElement("dc:group")
            try w.element("dc:part", text: "1")
            try w.endElement()
            try w.endElement()
        }
        #expect(string(out) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <!-- record 1 -->
          <dc:title>A &amp; B</dc:title>
          <dc:subject xml:lang="en">x</dc:subject>
          <dc:empty/>
          <dc:group>
            <dc:part>1</dc:part>
          </dc:group>
        </oai_dc:dc>

        """)
    }

    @Test func escaping() throws {
        let out = try XMLWriter.document(indent: false) { w in
            try w.startElement("r", attributes: [("a", "x & y < z > \"q\" 'apos'\ttab\nnl\rcr")])
            try w.text("a & b < c > d \"e\" 'f'\ttab\nnl\rcr ]]> é ☃ 🎉")
            try w.endElement()
        }
        #expect(string(out) == "<r a=\"x &amp; y &lt; z > &quot;q&quot; 'apos'&#9;tab&#10;nl&#13;cr\">a &amp; b &lt; c &gt; d \"e\" 'f'\ttab\nnl&#13;cr ]]&gt; é ☃ 🎉</r>\n")
    }

    @Test func escapingRoundTripsThroughTheReader() throws {
        let tricky = [
            "plain",
            "a & b < c > d",
            "\"double\" and 'single'",
            "tab\there\nnewline\r\ncrlf\rcr",
            "]]> <![CDATA[ not cdata ]]>",
            "&amp; literally &#233; &nbsp;",
            "unicode: café ☃ 𝄞 🎉 \u{7F} \u{85} \u{FFFD}",
            "  leading and trailing  ",
        ]
        let out = try XMLWriter.document { w in
            try w.writeDeclaration()
            try w.startElement("root", attributes: [("xmlns", "urn:x")])
            for (index, value) in tricky.enumerated() {
                try w.element("v", attributes: [("i", String(index)), ("attr", value)], text: value)
            }
            try w.endElement()
        }
        let reader = try XMLPullReader(bytes: out, url: "roundtrip.xml")
        var index = 0
        while try reader.read() {
            guard reader.nodeType == .element, reader.localName == "v" else { continue }
            #expect(reader.namespaceURI == "urn:x")
            #expect(reader.attribute(localName: "i") == String(index))
            #expect(reader.attribute(localName: "attr") == tricky[index])
            let (text, _) = try reader.readElementText()
            #expect(text == tricky[index])
            index += 1
        }
        #expect(index == tricky.count)
        #expect(reader.warnings.isEmpty)
    }

    @Test(arguments: [(UInt32(0x00), "U+0000"), (0x01, "U+0001"), (0x08, "U+0008"), (0x0B, "U+000B"),
                      (0x0C, "U+000C"), (0x0E, "U+000E"), (0x1F, "U+001F"), (0xFFFE, "U+FFFE"), (0xFFFF, "U+FFFF")])
    func rejectsCharactersNotAllowedInXML(codePoint: UInt32, name: String) throws {
        let bad = "before" + String(Character(Unicode.Scalar(codePoint)!)) + "after"
        var out: [UInt8] = []
        let w = XMLWriter { out.append(contentsOf: $0) }
        try w.startElement("r")
        let textError = #expect(throws: XMLWriterError.self) { try w.text(bad) }
        #expect(textError == .invalidCharacter(codePoint: codePoint, context: "text of <r>"))
        #expect(textError?.description.contains(name) == true)
        let attrError = #expect(throws: XMLWriterError.self) { try w.startElement("a", attributes: [("k", bad)]) }
        #expect(attrError == .invalidCharacter(codePoint: codePoint, context: "attribute 'k' of <a>"))
        let elementError = #expect(throws: XMLWriterError.self) { try w.element("e", text: bad) }
        #expect(elementError == .invalidCharacter(codePoint: codePoint, context: "text of <e>"))
        // The writer is still usable and nothing of the rejected calls was written.
        try w.element("e", text: XMLWriter.removingInvalidCharacters(from: bad))
        try w.endElement()
        try w.finish()
        #expect(string(out) == "<r>\n  <e>beforeafter</e>\n</r>\n")
        #expect(XMLWriter.firstInvalidCharacter(in: bad)?.value == codePoint)
    }

    @Test func allowedEdgeCharacters() throws {
        let ok = "\u{9}\u{A}\u{20}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}"
        #expect(XMLWriter.firstInvalidCharacter(in: ok) == nil)
        let out = try XMLWriter.document(indent: false) { w in try w.element("r", text: "\u{FFFD}\u{EF00}\u{FFEF}") }
        #expect(string(out) == "<r>\u{FFFD}\u{EF00}\u{FFEF}</r>\n")
    }

    @Test func structuralErrors() throws {
        let w = XMLWriter { _ in }
        #expect(throws: XMLWriterError.noOpenElement) { try w.endElement() }
        #expect(throws: XMLWriterError.contentOutsideRootElement) { try w.text("x") }
        #expect(throws: XMLWriterError.invalidName("1abc")) { try w.startElement("1abc") }
        #expect(throws: XMLWriterError.invalidName("a b")) { try w.startElement("a b") }
        #expect(throws: XMLWriterError.invalidName("")) { try w.startElement("") }
        #expect(throws: XMLWriterError.duplicateAttribute(name: "a", element: "r")) {
            try w.startElement("r", attributes: [("a", "1"), ("a", "2")])
        }
        #expect(throws: XMLWriterError.invalidComment("a--b")) { try w.comment("a--b") }
        try w.startElement("r")
        #expect(throws: XMLWriterError.misplacedDeclaration) { try w.writeDeclaration() }
        #expect(throws: XMLWriterError.unclosedElements(["r"])) { try w.finish() }
        try w.endElement()
        #expect(throws: XMLWriterError.contentOutsideRootElement) { try w.startElement("second") }
        try w.finish()
        #expect(throws: XMLWriterError.finished) { try w.startElement("x") }
    }

    @Test func mixedContentIsNotReindented() throws {
        let out = try XMLWriter.document { w in
            try w.startElement("p")
            try w.text("Hello ")
            try w.element("i", text: "big")
            try w.text(" world")
            try w.endElement()
        }
        #expect(string(out) == "<p>Hello <i>big</i> world</p>\n")
    }

    @Test func sinkErrorsPropagateAndChunksAreBounded() throws {
        struct Full: Error {}
        var chunks: [Int] = []
        let w = XMLWriter(chunkSize: 4096) { chunk in
            chunks.append(chunk.count)
            if chunks.count == 3 { throw Full() }
        }
        try w.startElement("r")
        #expect(throws: Full.self) {
            for _ in 0..<10_000 { try w.element("x", text: "0123456789") }
        }
        #expect(chunks.count == 3)
        #expect(chunks.allSatisfy { $0 >= 4096 && $0 < 4096 + 200 })
    }

    @Test func manyRecordsStreamInBoundedChunks() throws {
        // 200,000 records go out in chunks the size of the writer's buffer: it never holds the document.
        var total = 0, largest = 0
        let w = XMLWriter(chunkSize: 4096) { total += $0.count; largest = max(largest, $0.count) }
        try w.writeDeclaration()
        try w.startElement("records", attributes: [("xmlns:dc", "http://purl.org/dc/elements/1.1/")])
        for i in 0..<200_000 {
            try w.startElement("record", attributes: [("id", "rec-\(i)")])
            try w.element("dc:title", text: "Title number \(i) & <friends>")
            try w.element("dc:creator", text: "Crosswalk, Café")
            try w.element("dc:date", text: "2024-01-01")
            try w.endElement()
        }
        try w.endElement()
        try w.finish()
        // Each record is at least 130 bytes: the escaped title alone is 40.
        #expect(total > 200_000 * 130)
        #expect(largest < 4096 + 200)
    }
}
