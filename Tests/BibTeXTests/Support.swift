import Crosswalk
import CrosswalkTestSupport
import Foundation
import Testing

/// The package's root folder (from Tests/Support).
let packageRoot: URL = CrosswalkTestSupport.packageRoot

func sample(_ name: String) throws -> String { try sampleText(name) }

struct ReadResult {
    var records: [Record]
    var errors: [Diagnostic]
    var warnings: [Diagnostic]
}

/// Reads BibTeX text, collecting records, recoverable errors (and a final unrecoverable one) and warnings.
func readBib(_ text: String, name: String = "in.bib", settings: [String: String] = [:]) -> ReadResult {
    readBib(bytes: Array(text.utf8), name: name, settings: settings)
}

func readBib(bytes: [UInt8], name: String = "in.bib", settings: [String: String] = [:]) -> ReadResult {
    var warnings: [Diagnostic] = []
    var records: [Record] = []
    var errors: [Diagnostic] = []
    do {
        let reader = try FormatDescriptor.bibtex.makeReader!(
            ByteInput(bytes: bytes, name: name),
            ReaderContext(options: FormatOptions(settings: settings)) { warnings.append($0) })
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

/// The one record of a text (fails the test if there is not exactly one).
func readOne(_ text: String) throws -> Record {
    let r = readBib(text)
    #expect(r.errors.isEmpty, "\(r.errors)")
    return try #require(r.records.count == 1 ? r.records.first : nil)
}

/// Writes records, collecting the writer's warnings.
func writeBib(_ records: [Record], dialect: FormatDescriptor = .biblatex,
              settings: [String: String] = [:]) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
    let out = ByteOutput()
    var warnings: [Diagnostic] = []
    let writer = try dialect.makeWriter!(out, WriterContext(options: FormatOptions(settings: settings)) { warnings.append($0) })
    for r in records { try writer.write(r) }
    try writer.finish()
    return (String(decoding: out.data, as: UTF8.self), warnings)
}

/// Decodes one field's LaTeX, returning the text and the unknown commands.
func decode(_ latex: String) -> (text: String, unknown: [String]) {
    var unknown: [String] = []
    let s = LaTeX.decode(Array(latex.utf8), unknown: &unknown)
    return (s, unknown)
}

func encode(_ text: String, ascii: Bool = true) -> (latex: String, unencodable: [Unicode.Scalar]) {
    var report = LaTeX.EncodeReport()
    let e = LaTeX.encode(text, ascii: ascii, report: &report)
    return (String(decoding: e, as: UTF8.self), report.unencodable)
}

typealias Loc = CrosswalkModel.SourceLocation
