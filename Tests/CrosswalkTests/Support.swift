import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// The package's root folder (from Tests/Support).
let packageRoot: URL = CrosswalkTestSupport.packageRoot

func sampleURL(_ name: String) -> URL { packageRoot.appendingPathComponent("Samples").appendingPathComponent(name) }
func goldenURL(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/CrosswalkTests/Golden").appendingPathComponent(name)
}

func readText(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

struct ConversionResult {
    var text: String
    var diagnostics: [Diagnostic]
    var summary: ConversionSummary?
    var thrown: Diagnostic?
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } + (thrown.map { [$0] } ?? []) }
}

/// Runs a whole conversion in memory.
func convert(_ text: String, from: FormatDescriptor, to: FormatDescriptor, name: String = "input",
             options: FormatOptions = FormatOptions(), strict: Bool = false) -> ConversionResult {
    convert(bytes: Array(text.utf8), from: from, to: to, name: name, options: options, strict: strict)
}

func convert(bytes: [UInt8], from: FormatDescriptor, to: FormatDescriptor, name: String = "input",
             options: FormatOptions = FormatOptions(), strict: Bool = false) -> ConversionResult {
    let input = ByteInput(bytes: bytes, name: name)
    let output = ByteOutput()
    var diagnostics: [Diagnostic] = []
    let converter = Converter(options: options, strict: strict)
    do {
        let summary = try converter.convert(input, from: from, to: to, output: output) { diagnostics.append($0) }
        return ConversionResult(text: String(decoding: output.data, as: UTF8.self), diagnostics: diagnostics, summary: summary)
    } catch {
        return ConversionResult(text: String(decoding: output.data, as: UTF8.self), diagnostics: diagnostics, thrown: error)
    }
}

/// Reads every record of a text; recoverable errors are collected.
func readRecords(_ text: String, format: FormatDescriptor, name: String = "input",
                 options: FormatOptions = FormatOptions()) throws(Diagnostic) -> (records: [Record], errors: [Diagnostic]) {
    let reader = try format.makeReader!(ByteInput(bytes: Array(text.utf8), name: name), ReaderContext(options: options))
    return try reader.readAll()
}

/// Writes records to text, collecting the writer's warnings.
func writeRecords(_ records: [Record], format: FormatDescriptor, options: FormatOptions = FormatOptions(),
                  extraKeys: [String] = []) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
    let out = ByteOutput()
    var warnings: [Diagnostic] = []
    let writer = try format.makeWriter!(out, WriterContext(options: options, extraKeys: extraKeys) { warnings.append($0) })
    for r in records { try writer.write(r) }
    try writer.finish()
    return (String(decoding: out.data, as: UTF8.self), warnings)
}
typealias Loc = CrosswalkModel.SourceLocation
