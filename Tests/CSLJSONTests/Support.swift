import Crosswalk
import CrosswalkCitations
import CrosswalkTestSupport
import Foundation
import Testing

let packageRoot: URL = CrosswalkTestSupport.packageRoot

func sample(_ name: String) throws -> String { try sampleText(name) }

struct ReadResult {
    var records: [Record]
    var errors: [Diagnostic]
    var warnings: [Diagnostic]
}

/// Reads text in a format, collecting records, errors and warnings.
func read(_ text: String, format: FormatDescriptor = .cslJSON, name: String = "in.csl.json") -> ReadResult {
    var warnings: [Diagnostic] = []
    var records: [Record] = []
    var errors: [Diagnostic] = []
    do {
        let reader = try format.makeReader!(ByteInput(bytes: Array(text.utf8), name: name),
                                             ReaderContext { warnings.append($0) })
        while true {
            do {
                guard let r = try reader.next() else { break }
                records.append(r)
            } catch {
                errors.append(error)
                if !error.isRecoverable { break }
            }
        }
    } catch {
        errors.append(error)
    }
    return ReadResult(records: records, errors: errors, warnings: warnings)
}

/// The one record of a CSL-JSON text.
func readOne(_ text: String) throws -> Record {
    let r = read(text)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.records.count == 1)
    return try #require(r.records.first)
}

/// Writes records in a format, collecting the writer's warnings.
func write(_ records: [Record], format: FormatDescriptor = .cslJSON) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
    let out = ByteOutput()
    var warnings: [Diagnostic] = []
    let writer = try format.makeWriter!(out, WriterContext { warnings.append($0) })
    for r in records { try writer.write(r) }
    try writer.finish()
    return (String(decoding: out.data, as: UTF8.self), warnings)
}

/// Decodes one CSL-JSON item.
func item(_ json: String) throws -> CSLItem {
    let items = try CSLJSONCodec.decode(json, file: "t.json")
    return try #require(items.count == 1 ? items.first : nil)
}

/// The fields in which two records differ, for failure messages.
func differences(_ a: Record, _ b: Record) -> String {
    zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children)
        .filter { "\($0.value)" != "\($1.value)" }
        .map { "\($0.label ?? "?"): \($0.value) ≠ \($1.value)" }
        .joined(separator: "\n")
}
