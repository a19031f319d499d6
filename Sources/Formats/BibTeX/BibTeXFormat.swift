import CrosswalkModel

extension FormatDescriptor {
    /// Classic BibTeX: the reader reads both dialects; the writer writes `year`/`month`, `journal`, `address`.
    public static let bibtex = FormatDescriptor(
        name: "bibtex", aliases: ["bib"], extensions: ["bib"],
        summary: "BibTeX (reads BibTeX and biblatex; writes classic BibTeX fields)",
        sniff: BibTeXSniffer.sniff,
        makeReader: { input, context throws(Diagnostic) in try BibTeXRecordReader(input: input, context: context) },
        makeWriter: { output, context throws(Diagnostic) in try BibTeXRecordWriter(output: output, context: context, dialect: .bibtex) },
        settings: BibTeXSettings.all
    )

    /// biblatex: the same reader; the writer writes `date` as EDTF, `journaltitle`, `location`, `@letter`.
    public static let biblatex = FormatDescriptor(
        name: "biblatex", aliases: [], extensions: [],
        summary: "biblatex (EDTF dates, biblatex entry types and fields)",
        sniff: { _ in .no },
        makeReader: { input, context throws(Diagnostic) in try BibTeXRecordReader(input: input, context: context) },
        makeWriter: { output, context throws(Diagnostic) in try BibTeXRecordWriter(output: output, context: context, dialect: .biblatex) },
        settings: BibTeXSettings.all
    )
}

/// The settings of the BibTeX formats (both dialects), as the CLI offers them.
public enum BibTeXSettings {
    public static let duplicateKeys = FormatSetting(
        key: "bibtex.duplicateKeys", option: "duplicate-keys", values: BibTeXDuplicateKeys.allCases.map(\.rawValue),
        valueName: "policy",
        help: "BibTeX input: what to do with a second entry that has the same key: first (keep the first, warn), last, or error.")
    public static let encoding = FormatSetting(
        key: "bibtex.encoding", option: "bibtex-encoding", values: ["unicode", "latex", "utf-8", "utf8", "ascii"],
        valueName: "encoding",
        help: "BibTeX output: how non-ASCII text is written: unicode (default; also utf-8, utf8) or latex (7-bit ASCII; also ascii).")
    public static let keyPattern = FormatSetting(
        key: "bibtex.keyPattern", option: "key-pattern", valueName: "pattern",
        help: "BibTeX output: the citation key pattern, such as [auth][year][title] (see Docs/formats/bibtex.md).")
    public static let all = [duplicateKeys, encoding, keyPattern]
}

enum BibTeXSniffer {
    /// `@type{` or `@type(` near the start (after comments and blank lines).
    @Sendable static func sniff(_ bytes: [UInt8]) -> SniffResult {
        var i = Sniffing.byteOrderMarkLength(bytes)
        let n = bytes.count
        while i < n {
            // At a line start: skip blanks; a `%` line is a comment.
            while i < n && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A) { i += 1 }
            guard i < n else { break }
            if bytes[i] == UInt8(ascii: "@") {
                var j = i + 1
                while j < n && LaTeX.isLetter(bytes[j]) { j += 1 }
                while j < n && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                if j > i + 1 && j < n && (bytes[j] == UInt8(ascii: "{") || bytes[j] == UInt8(ascii: "(")) { return .likely }
                return .maybe
            }
            if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "<") { return .no }
            while i < n && bytes[i] != 0x0A { i += 1 }
        }
        return .no
    }
}
