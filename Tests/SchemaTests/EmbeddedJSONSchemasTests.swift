import Foundation
import Testing

import CrosswalkSchemas

/// Crosswalk's JSON Schemas (`Schemas/*.schema.json`) are compiled into `CrosswalkSchemas` by
/// `Tests/Tools/embed-schemas.py`, for `crosswalk validate`. These tests fail when that copy is stale.
@Suite("Embedded JSON Schemas")
struct EmbeddedJSONSchemasTests {
    @Test("every Schemas/*.schema.json is embedded, byte for byte, and nothing else")
    func everyJSONSchemaIsEmbeddedVerbatim() throws {
        let dir = EmbeddedSchemasTests.schemasDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".schema.json") }.sorted()
        #expect(names.contains("record.schema.json"))
        #expect(EmbeddedJSONSchemas.files.keys.sorted() == names, "\(EmbeddedSchemasTests.regenerate)")
        for name in names {
            let onDisk = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            let identical = EmbeddedJSONSchemas.files[name].map { Array($0.utf8) == onDisk } ?? false
            #expect(identical, "the embedded copy of Schemas/\(name) is stale: \(EmbeddedSchemasTests.regenerate)")
        }
    }
}
