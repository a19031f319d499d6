import Foundation
import Testing

import CrosswalkSchemas

/// The schemas in `Schemas/` are compiled into `CrosswalkSchemas` by `Tests/Tools/embed-schemas.py`.
/// These tests fail when that generated copy no longer matches the files on disk.
@Suite("Embedded XML Schemas")
struct EmbeddedSchemasTests {
    /// The package root: this file is `<root>/Tests/SchemaTests/EmbeddedSchemasTests.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let schemasDirectory = packageRoot.appendingPathComponent("Schemas", isDirectory: true)

    static let regenerate = "run `python3 Tests/Tools/embed-schemas.py` from the package root"

    /// The names of the `.xsd` files in `Schemas/`, sorted.
    static func schemaFilesOnDisk() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: schemasDirectory.path)
            .filter { $0.hasSuffix(".xsd") }
            .sorted()
    }

    /// Where two byte strings first differ, as a short human-readable phrase.
    static func firstDifference(_ embedded: [UInt8], _ onDisk: [UInt8]) -> String {
        let common = zip(embedded, onDisk).prefix { $0 == $1 }.count
        let line = onDisk.prefix(common).filter { $0 == UInt8(ascii: "\n") }.count + 1
        return "\(embedded.count) bytes embedded, \(onDisk.count) on disk, first difference at byte \(common) (line \(line))"
    }

    @Test("Schemas/ holds the schema files")
    func schemasDirectoryIsFound() throws {
        let names = try Self.schemaFilesOnDisk()
        #expect(!names.isEmpty, "no .xsd files found in \(Self.schemasDirectory.path)")
    }

    @Test("every Schemas/*.xsd is embedded, byte for byte")
    func everySchemaFileIsEmbeddedVerbatim() throws {
        for name in try Self.schemaFilesOnDisk() {
            let onDisk = [UInt8](try Data(contentsOf: Self.schemasDirectory.appendingPathComponent(name)))
            guard let embedded = EmbeddedSchemas.files[name] else {
                Issue.record("Schemas/\(name) is not embedded in EmbeddedSchemas.files: \(Self.regenerate)")
                continue
            }
            // Compare UTF-8 bytes, not Strings: String equality is Unicode canonical equivalence.
            let embeddedBytes = Array(embedded.utf8)
            let identical = embeddedBytes == onDisk  // a Bool, so a failure does not print both byte arrays
            #expect(
                identical,
                "the embedded copy of Schemas/\(name) is stale (\(Self.firstDifference(embeddedBytes, onDisk))): \(Self.regenerate)"
            )
        }
    }

    @Test("every embedded schema exists in Schemas/")
    func everyEmbeddedSchemaExistsOnDisk() throws {
        let onDisk = Set(try Self.schemaFilesOnDisk())
        for name in EmbeddedSchemas.files.keys.sorted() {
            #expect(
                onDisk.contains(name),
                "EmbeddedSchemas.files has \(name) but Schemas/\(name) does not exist: \(Self.regenerate)"
            )
        }
    }

    @Test("every root element maps to an embedded schema")
    func rootSchemasAreEmbedded() {
        #expect(EmbeddedSchemas.rootSchemas == [
            "{urn:crosswalk:records:1}records": "crosswalk-records.xsd",
            "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc": "oai_dc.xsd",
            "{http://www.openarchives.org/OAI/2.0/}OAI-PMH": "OAI-PMH.xsd",
        ])
        for (root, name) in EmbeddedSchemas.rootSchemas.sorted(by: { $0.key < $1.key }) {
            #expect(EmbeddedSchemas.files[name] != nil, "root \(root) maps to \(name), which is not embedded")
        }
    }

    /// The schemas import one another by bare file name, so writing every embedded file into
    /// one directory must be enough to resolve all of them.
    @Test("every schemaLocation names another embedded schema")
    func importsResolveAmongEmbeddedSchemas() {
        let marker = "schemaLocation=\""
        for (name, text) in EmbeddedSchemas.files.sorted(by: { $0.key < $1.key }) {
            for chunk in text.components(separatedBy: marker).dropFirst() {
                let location = String(chunk.prefix { $0 != "\"" })
                #expect(
                    EmbeddedSchemas.files[location] != nil,
                    "\(name) refers to schemaLocation \"\(location)\", which is not an embedded schema"
                )
            }
        }
    }
}
