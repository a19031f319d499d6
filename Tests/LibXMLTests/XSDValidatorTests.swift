import Testing
import LibXML

@Suite("XSDValidator")
struct XSDValidatorTests {
    static let mainSchema = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns="urn:crosswalk:test" xmlns:x="urn:crosswalk:extra"
               targetNamespace="urn:crosswalk:test" elementFormDefault="qualified">
      <xs:include schemaLocation="types/common.xsd"/>
      <xs:import namespace="urn:crosswalk:extra" schemaLocation="extra/extra.xsd"/>
      <xs:element name="records">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="record" type="RecordType" maxOccurs="unbounded"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:complexType name="RecordType">
        <xs:sequence>
          <xs:element name="title" type="NonEmpty"/>
          <xs:element name="year" type="xs:integer" minOccurs="0"/>
          <xs:element ref="x:note" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="id" type="xs:ID" use="required"/>
      </xs:complexType>
    </xs:schema>
    """

    static let commonSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:crosswalk:test">
      <xs:simpleType name="NonEmpty">
        <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
      </xs:simpleType>
    </xs:schema>
    """

    static let extraSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:crosswalk:extra"
               elementFormDefault="qualified">
      <xs:element name="note" type="xs:string"/>
    </xs:schema>
    """

    private func makeSchemaDirectory() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let main = try dir.write("schema/main.xsd", Self.mainSchema)
        try dir.write("schema/types/common.xsd", Self.commonSchema)
        try dir.write("schema/extra/extra.xsd", Self.extraSchema)
        return (dir, main)
    }

    static let valid = """
    <?xml version="1.0"?>
    <records xmlns="urn:crosswalk:test" xmlns:x="urn:crosswalk:extra">
      <record id="r1"><title>One</title><year>1999</year></record>
      <record id="r2"><title>Two</title><x:note>n</x:note></record>
    </records>
    """

    static let invalid = """
    <?xml version="1.0"?>
    <records xmlns="urn:crosswalk:test">
      <record id="r1">
        <title>One</title>
        <year>nineteen</year>
      </record>
      <record>
        <title></title>
      </record>
      <record id="r3">
        <bogus/>
      </record>
    </records>
    """

    @Test func validDocumentHasNoDiagnostics() throws {
        let (dir, main) = try makeSchemaDirectory()
        defer { dir.cleanup() }
        let validator = try XSDValidator(schemaPath: main)
        #expect(validator.schemaWarnings.isEmpty)
        #expect(validator.validate(bytes: utf8(Self.valid), url: "valid.xml") == [])
        let path = try dir.write("valid.xml", Self.valid)
        #expect(validator.validate(path: path) == [])
    }

    @Test func invalidDocumentReportsEveryErrorWithLines() throws {
        let (dir, main) = try makeSchemaDirectory()
        defer { dir.cleanup() }
        let validator = try XSDValidator(schemaPath: main)
        let path = try dir.write("invalid.xml", Self.invalid)
        for diagnostics in [validator.validate(bytes: utf8(Self.invalid), url: "invalid.xml"),
                            validator.validate(path: path)] {
            #expect(diagnostics.allSatisfy { $0.severity == .error })
            #expect(diagnostics.allSatisfy { $0.file == "invalid.xml" || $0.file == path })
            let lines = diagnostics.compactMap(\.line)
            #expect(lines.count == diagnostics.count)
            // Column: where libxml2 detected the problem (end of the start tag or element).
            #expect(diagnostics.allSatisfy { $0.column != nil })
            #expect(diagnostics.first { $0.line == 7 }?.column == 10)
            #expect(Set(lines) == [5, 7, 8, 11])
            #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("year") })
            #expect(diagnostics.contains { $0.line == 7 && $0.message.contains("id") })
            #expect(diagnostics.contains { $0.line == 8 && $0.message.contains("title") })
            #expect(diagnostics.contains { $0.line == 11 && $0.message.contains("bogus") })
        }
    }

    @Test func malformedInstanceIsReported() throws {
        let (dir, main) = try makeSchemaDirectory()
        defer { dir.cleanup() }
        let validator = try XSDValidator(schemaPath: main)
        let diagnostics = validator.validate(bytes: utf8("<records xmlns=\"urn:crosswalk:test\">\n<record id=\"a\">\n</records>"),
                                             url: "broken.xml")
        #expect(diagnostics.last?.severity == .fatal)
        #expect(diagnostics.last?.line == 3)
        #expect(diagnostics.last?.file == "broken.xml")
    }

    @Test func warningsAndNonFatalErrorsDuringValidation() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let schema = try dir.write("any.xsd", """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="r"><xs:complexType><xs:sequence>
            <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """)
        let validator = try XSDValidator(schemaPath: schema)
        let xml = "<?xml version=\"1.1\"?>\n<!DOCTYPE r SYSTEM \"r.dtd\">\n<r>\n<x:a/>&nbsp;\n<b>\n</r>"
        let diagnostics = validator.validate(bytes: utf8(xml), url: "w.xml")
        #expect(diagnostics.contains { $0.severity == .warning && $0.line == 1 })   // version 1.1
        #expect(diagnostics.contains { $0.message.contains("Namespace prefix x") && $0.line == 4 })
        #expect(diagnostics.contains { $0.message.contains("nbsp") && $0.line == 4 })
        #expect(diagnostics.last?.severity == .fatal)
        #expect(diagnostics.last?.line == 6)
        #expect(diagnostics.allSatisfy { $0.file == "w.xml" })
    }

    @Test func missingInstanceFile() throws {
        let (dir, main) = try makeSchemaDirectory()
        defer { dir.cleanup() }
        let validator = try XSDValidator(schemaPath: main)
        let diagnostics = validator.validate(path: dir.path("nope.xml"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .fatal)
    }

    @Test func brokenSchemaThrowsWithLocation() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let path = try dir.write("bad.xsd", """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="a" type="NoSuchType"/>
        </xs:schema>
        """)
        let error = #expect(throws: XMLDiagnostic.self) { _ = try XSDValidator(schemaPath: path) }
        #expect(error?.file == path)
        #expect(error?.line == 2)
        #expect(error?.message.contains("NoSuchType") == true)

        let notXML = try dir.write("notxml.xsd", "<xs:schema")
        let parseError = #expect(throws: XMLDiagnostic.self) { _ = try XSDValidator(schemaPath: notXML) }
        #expect(parseError?.file == notXML)

        let missing = #expect(throws: XMLDiagnostic.self) { _ = try XSDValidator(schemaPath: dir.path("missing.xsd")) }
        #expect(missing != nil)
    }

    static let remoteSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:dc="http://purl.org/dc/elements/1.1/"
               targetNamespace="urn:crosswalk:wrap" elementFormDefault="qualified">
      <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="http://example.invalid/schemas/dc.xsd"/>
      <xs:element name="wrap">
        <xs:complexType><xs:sequence><xs:element ref="dc:title" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
      </xs:element>
    </xs:schema>
    """

    static let dcSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/elements/1.1/"
               elementFormDefault="qualified">
      <xs:element name="title" type="xs:string"/>
    </xs:schema>
    """

    @Test(arguments: [
        #"<system systemId="http://example.invalid/schemas/dc.xsd" uri="local/dc.xsd"/>"#,
        #"<uri name="http://example.invalid/schemas/dc.xsd" uri="local/dc.xsd"/>"#,
        #"<rewriteSystem systemIdStartString="http://example.invalid/schemas/" rewritePrefix="local/"/>"#,
    ])
    func catalogMapsHTTPSchemaLocationsToLocalFiles(entry: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let main = try dir.write("wrap.xsd", Self.remoteSchema)
        try dir.write("catalog/local/dc.xsd", Self.dcSchema)
        let catalog = try dir.write("catalog/catalog.xml", """
        <?xml version="1.0"?>
        <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
          \(entry)
        </catalog>
        """)
        let validator = try XSDValidator(schemaPath: main, catalogPath: catalog)
        let ok = """
        <wrap xmlns="urn:crosswalk:wrap" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>x</dc:title></wrap>
        """
        #expect(validator.validate(bytes: utf8(ok), url: "ok.xml") == [])
        let bad = "<wrap xmlns=\"urn:crosswalk:wrap\">\n<title/>\n</wrap>"
        let diagnostics = validator.validate(bytes: utf8(bad), url: "bad.xml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 2)
    }

    @Test func unmappedHTTPImportIsRefusedWithoutNetwork() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let main = try dir.write("wrap.xsd", Self.remoteSchema)
        var thrown: XMLDiagnostic?
        do { _ = try XSDValidator(schemaPath: main) } catch let error as XMLDiagnostic { thrown = error } catch {}
        let error = try #require(thrown)
        #expect(error.severity >= .error)
        #expect(error.message.contains("network access is disabled"))
        #expect(error.file == main)
    }

    @Test func missingCatalogIsAnError() throws {
        let (dir, main) = try makeSchemaDirectory()
        defer { dir.cleanup() }
        let error = #expect(throws: XMLDiagnostic.self) {
            _ = try XSDValidator(schemaPath: main, catalogPath: dir.path("no-catalog.xml"))
        }
        #expect(error != nil)
    }
}
