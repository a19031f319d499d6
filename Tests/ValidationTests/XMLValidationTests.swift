import CrosswalkModel
import CrosswalkTestSupport
import CrosswalkValidation
import Foundation
import Testing

@Suite struct XMLValidationTests {
    static let records = "urn:crosswalk:records:1"

    @Test(arguments: ["cold-war-korea.dc.xml", "cold-war-korea.dcterms.xml"])
    func theSamplesAreValidAgainstTheBundledSchemas(sample: String) throws {
        #expect(try XMLValidation.validate(.file(sampleURL(sample).path)) == [])
    }

    @Test func theRootElementIsNamedWithItsNamespace() throws {
        let root = XMLValidation.rootElement(of: .bytes(Array("<?xml version=\"1.0\"?>\n<!-- c -->\n<records xmlns=\"\(Self.records)\"/>".utf8), name: "r.xml"))
        #expect(try root.get() == "{\(Self.records)}records")
    }

    @Test func anElementTheSchemaDoesNotAllowIsAnErrorWithItsPlace() throws {
        let xml = "<records xmlns=\"\(Self.records)\">\n  <bad/>\n</records>\n"
        let problems = try XMLValidation.validate(.bytes(Array(xml.utf8), name: "inv.xml"))
        #expect(problems.count == 1)
        let p = try #require(problems.first)
        #expect(p.severity == .error)
        #expect(p.location?.file == "inv.xml")
        #expect(p.location?.line == 2)
        #expect(p.message.contains("{\(Self.records)}bad") && p.message.contains("not expected"))
    }

    @Test func aDocumentThatIsNotWellFormedIsOneErrorWithItsLine() throws {
        let problems = try XMLValidation.validate(.bytes(Array("<records xmlns=\"\(Self.records)\">\n<a></b>\n".utf8), name: "m.xml"))
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.location?.file == "m.xml")
        #expect(problems.first?.location?.line == 2)
    }

    @Test func aRootWithNoBundledSchemaIsAUsageErrorNamingTheBundledOnes() {
        do {
            _ = try XMLValidation.validate(.bytes(Array("<r xmlns=\"urn:x\"/>".utf8), name: "x.xml"))
            Issue.record("no error for a root with no schema")
        } catch {
            #expect(error.message.hasPrefix("no bundled schema for the root element {urn:x}r; name one with --schema"))
            for root in BundledSchemas.knownRoots { #expect(error.message.contains(root)) }
        }
    }

    @Test func aSchemaThatDoesNotCompileIsAUsageError() throws {
        try withTemporaryDirectory { dir in
            let schema = dir.appendingPathComponent("broken.xsd")
            try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"r\" type=\"nope\"/></xs:schema>".utf8)
                .write(to: schema)
            do throws(Diagnostic) {
                _ = try XMLValidation.validate(.bytes(Array("<r/>".utf8), name: "r.xml"), schema: schema.path)
                Issue.record("no error for a schema that does not compile")
            } catch {
                #expect(error.message.hasPrefix("the schema cannot be used"))
            }
        }
    }

    @Test func aGivenSchemaValidatesAnyRoot() throws {
        try withTemporaryDirectory { dir in
            let schema = dir.appendingPathComponent("r.xsd")
            try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"r\" type=\"xs:integer\"/></xs:schema>".utf8)
                .write(to: schema)
            #expect(try XMLValidation.validate(.bytes(Array("<r>12</r>".utf8), name: "ok.xml"), schema: schema.path) == [])
            let bad = try XMLValidation.validate(.bytes(Array("<r>twelve</r>".utf8), name: "bad.xml"), schema: schema.path)
            #expect(bad.count == 1 && bad.first?.location?.line == 1)
        }
    }
}

@Suite struct BundledSchemasTests {
    @Test func theyAreWrittenForLibxml2AndRemovedWhenReleased() throws {
        var directory = ""
        do {
            let bundled = try BundledSchemas()
            directory = bundled.directory
            for root in BundledSchemas.knownRoots {
                let path = try #require(bundled.schemaPath(forRoot: root))
                #expect(path.hasPrefix(directory + "/"))
                #expect(FileManager.default.fileExists(atPath: path))
            }
            #expect(bundled.schemaPath(forRoot: "{urn:x}r") == nil)
            withExtendedLifetime(bundled) {}
        }
        #expect(!directory.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func theKnownRootsAreTheContainerOAIDCAndOAIPMH() {
        #expect(BundledSchemas.knownRoots == [
            "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc", "{http://www.openarchives.org/OAI/2.0/}OAI-PMH", "{urn:crosswalk:records:1}records",
        ])
    }
}
