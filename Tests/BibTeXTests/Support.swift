import Crosswalk
@_exported import CrosswalkTestSupport
import Foundation
import Testing

func sample(_ name: String) throws -> String { try sampleText(name) }

/// Reads BibTeX text with the `bibtex` reader and these settings (see `readAll`).
func readBib(_ text: String, name: String = "in.bib", settings: [String: String] = [:]) -> ReadResult {
    readAll(text, format: .bibtex, name: name, options: FormatOptions(settings: settings))
}

func readBib(bytes: [UInt8], name: String = "in.bib", settings: [String: String] = [:]) -> ReadResult {
    readAll(bytes: bytes, format: .bibtex, name: name, options: FormatOptions(settings: settings))
}

/// The one record of a text (fails the test if there is not exactly one).
func readOne(_ text: String) throws -> Record {
    let r = readBib(text)
    #expect(r.errors.isEmpty, "\(r.errors)")
    return try #require(r.records.count == 1 ? r.records.first : nil)
}

/// Writes records in a dialect with these settings (see `writeRecords`).
func writeBib(_ records: [Record], dialect: FormatDescriptor = .biblatex,
              settings: [String: String] = [:]) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
    try writeRecords(records, format: dialect, options: FormatOptions(settings: settings))
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

