import Testing
import LibXML

/// Hostile documents. All in memory: nothing here may read a local file or use the network. Each
/// is bounded by what it must not do (expand an entity, read a file, recurse without limit); how fast
/// it is refused belongs in the benchmark, not here.
@Suite("Hostile input")
struct HostileInputTests {
    /// Reads the whole document, collecting the text of every element.
    private func readAll(_ xml: [UInt8], url: String = "hostile.xml") throws -> (text: String, reader: XMLPullReader) {
        let reader = try XMLPullReader(bytes: xml, url: url)
        var text = ""
        while try reader.read() {
            if reader.nodeType == .element {
                text += try reader.readElementText().text
            }
        }
        return (text, reader)
    }

    @Test func externalEntityIsNotExpanded() throws {
        let xml = #"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>"#
        var outcome: Result<(String, [XMLDiagnostic]), XMLDiagnostic>!
        do {
            do {
                let (text, reader) = try readAll(utf8(xml))
                outcome = .success((text, reader.warnings))
            } catch let error as XMLDiagnostic {
                outcome = .failure(error)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        switch outcome! {
        case let .success((text, warnings)):
            #expect(!text.contains("root:"))
            #expect(text == "&x;")
            #expect(warnings.contains { $0.message.contains("&x;") && $0.severity == .warning })
        case let .failure(error):
            #expect(!error.message.contains("root:"))
        }
    }

    @Test func externalParameterEntityAndExternalDTDAreNotLoaded() throws {
        let xml = #"""
        <!DOCTYPE r SYSTEM "file:///etc/passwd" [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
        <r>&nbsp;text</r>
        """#
        do {
            do {
                let (text, reader) = try readAll(utf8(xml))
                #expect(!text.contains("root:"))
                #expect(text == "&nbsp;text")
                #expect(reader.warnings.contains { $0.message.contains("nbsp") })
            } catch let error as XMLDiagnostic {
                #expect(!error.message.contains("root:"))
            }
        }
    }

    @Test func undeclaredEntityWithoutDTDIsFatal() throws {
        let error = #expect(throws: XMLDiagnostic.self) {
            _ = try readAll(utf8("<r>\n caf&eacute;</r>"))
        }
        #expect(error?.line == 2)
        #expect(error?.message.contains("eacute") == true)
    }

    @Test func declaredInternalEntityIsReportedNotExpanded() throws {
        let xml = #"<!DOCTYPE r [<!ENTITY who "World">]><r>Hello &who;!</r>"#
        let (text, reader) = try readAll(utf8(xml))
        #expect(text == "Hello &who;!")
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings[0].severity == .warning)
        #expect(reader.warnings[0].line == 1)
    }

    @Test func internalEntityInAttributeValue() throws {
        // Attribute values have no entity nodes: libxml2 reports the replacement text of
        // entities declared in the internal subset (bounded by its amplification checks).
        let xml = #"<!DOCTYPE r [<!ENTITY who "World">]><r a="Hi &who; &amp; &#233;"/>"#
        let reader = try XMLPullReader(bytes: utf8(xml), url: "attr.xml")
        var value: String?
        while try reader.read() {
            if reader.nodeType == .element { value = reader.attribute(localName: "a") }
        }
        #expect(value == "Hi World & é")
    }

    @Test func externalEntityInAttributeValueIsAnError() throws {
        let xml = #"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r a="&x;"/>"#
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(utf8(xml)) }
        #expect(error?.message.contains("root:") == false)
    }

    private static func billionLaughs(inAttribute: Bool) -> [UInt8] {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...10 {
            let refs = String(repeating: "&lol\(level - 1);", count: 10)
            xml += "<!ENTITY lol\(level) \"\(refs)\">\n"
        }
        xml += "]>\n"
        xml += inAttribute ? "<lolz a=\"&lol10;\"/>" : "<lolz>&lol10;</lolz>"
        return utf8(xml)
    }

    @Test(arguments: [false, true])
    func billionLaughsIsRejectedOrLeftUnexpanded(inAttribute: Bool) throws {
        let xml = Self.billionLaughs(inAttribute: inAttribute)
        var produced = 0
        do {
            do {
                let reader = try XMLPullReader(bytes: xml, url: "lol.xml")
                while try reader.read() {
                    if reader.nodeType == .element {
                        produced += reader.attributes.reduce(0) { $0 + $1.value.utf8.count }
                        produced += try reader.readElementText().text.utf8.count
                    }
                }
            } catch {
                // rejected: fine
            }
        }
        #expect(produced < 10_000)
    }

    @Test func deepNestingIsAClearError() throws {
        let depth = 10_000
        let xml = utf8(String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth))
        var thrown: XMLDiagnostic?
        do {
            do {
                let reader = try XMLPullReader(bytes: xml, url: "deep.xml")
                while try reader.read() {}
            } catch let error as XMLDiagnostic {
                thrown = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        let error = try #require(thrown)
        #expect(error.severity == .fatal)
        #expect(error.message.lowercased().contains("depth"))
        #expect(error.line == 1)
    }

    @Test func utf8DeclaredButLatin1Bytes() throws {
        var xml = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\n<t>caf")
        xml.append(0xE9)
        xml += utf8("</t>\n</r>\n")
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml, url: "latin1.xml") }
        #expect(error?.line == 3)
        #expect(error?.file == "latin1.xml")
        #expect(error?.message.contains("UTF-8") == true)
        #expect(error?.message.contains("0xE9") == true)
    }

    @Test func latin1DeclaredWithBytesThatAreNotXMLCharacters() throws {
        var xml = utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>\ncaf")
        xml.append(0xE9)  // fine in Latin-1
        xml += utf8("\n")
        xml.append(0x01)  // U+0001: not an XML character
        xml += utf8("</r>\n")
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml, url: "ctl.xml") }
        #expect(error?.line == 4)
        #expect(error?.message.isEmpty == false)
    }

    @Test func latin1DeclaredDecodesCorrectly() throws {
        var xml = utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>caf")
        xml.append(0xE9)
        xml += utf8("</r>")
        let (text, _) = try readAll(xml)
        #expect(text == "café")
    }

    @Test func asciiDeclaredWithNonASCIIByte() throws {
        var xml = utf8("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<r>\ncaf")
        xml.append(0xE9)
        xml += utf8("</r>\n")
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml, url: "ascii.xml") }
        #expect(error?.line != nil)
        #expect(error?.file == "ascii.xml")
    }

    @Test func unknownEncodingIsAnError() throws {
        let xml = utf8("<?xml version=\"1.0\" encoding=\"X-NO-SUCH-ENCODING\"?>\n<r>x</r>")
        #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml) }
    }

    @Test func truncatedDocumentNamesTheLine() throws {
        let xml = utf8("<?xml version=\"1.0\"?>\n<records>\n  <record>\n    <title>Half a rec")
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml, url: "cut.xml") }
        #expect(error?.line == 4)
        #expect(error?.severity == .fatal)
        #expect(error?.description.hasPrefix("cut.xml:4") == true)
        #expect(error?.message == "Premature end of data: element <title> is not closed")
    }

    @Test func truncatedInsideTag() throws {
        let xml = utf8("<records>\n<record id=\"1")
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(xml) }
        #expect(error?.line == 2)
    }

    @Test func garbageAfterRootIsAnError() throws {
        let error = #expect(throws: XMLDiagnostic.self) { _ = try readAll(utf8("<r/>\n<s/>")) }
        #expect(error?.line == 2)
    }
}
