import CrosswalkModel

/// One CSV row: its cells, where the row starts, and where each cell starts.
struct CSVRow {
    var cells: [String] = []
    var line = 0
    var cellColumns: [Int] = []
    var cellLines: [Int] = []
}

/// An RFC 4180 tokenizer over UTF-8 bytes: quoted fields with embedded separators, quotes (`""`)
/// and line breaks; CRLF or LF; a byte order mark; blank lines skipped.
struct CSVTokenizer {
    let input: ByteInput
    private var field: [UInt8] = []
    private var started = false

    init(input: ByteInput) {
        self.input = input
        field.reserveCapacity(256)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: input.name, line: line, column: column)
    }

    /// The field as text, or nil when it is not valid UTF-8.
    private mutating func takeField() -> String? {
        var ascii = true
        for b in field where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: field, as: UTF8.self) }
        return String(validating: field, as: UTF8.self)
    }

    /// Skips the rest of the current physical line (after an error).
    private func skipLine() {
        while let b = input.next(), b != 0x0A {}
    }

    /// Reads the next non-blank row into `row`. Returns false at the end of the input.
    mutating func nextRow(into row: inout CSVRow) throws(Diagnostic) -> Bool {
        if !started { input.skipByteOrderMark(); started = true }
        // Skip blank lines.
        while true {
            guard let b = input.peek() else { return false }
            if b == 0x0A { input.advance(); continue }
            if b == 0x0D && input.peek(at: 1) == 0x0A { input.advance(); input.advance(); continue }
            break
        }
        row.cells.removeAll(keepingCapacity: true)
        row.cellColumns.removeAll(keepingCapacity: true)
        row.cellLines.removeAll(keepingCapacity: true)
        row.line = input.line
        var badCell: Int?
        while true {
            // One field.
            field.removeAll(keepingCapacity: true)
            let fieldLine = input.line, fieldColumn = input.column
            row.cellLines.append(fieldLine)
            row.cellColumns.append(fieldColumn)
            if input.peek() == UInt8(ascii: "\"") {
                input.advance()
                while true {
                    guard let b = input.next() else {
                        throw Diagnostic.error("a quoted field is never closed (the quote opens here)",
                                               at: location(fieldLine, fieldColumn), recoverable: false)
                    }
                    if b == UInt8(ascii: "\"") {
                        if input.peek() == UInt8(ascii: "\"") { input.advance(); field.append(b); continue }
                        break
                    }
                    field.append(b)
                }
                // After the closing quote: a comma, a line end or the end of the input.
                if let b = input.peek(), b != UInt8(ascii: ","), b != 0x0A, !(b == 0x0D && input.peek(at: 1) == 0x0A) {
                    let here = input.location
                    skipLine()
                    throw Diagnostic.error(
                        "unexpected text after the closing quote of a field (a quote inside a quoted field is written \"\")",
                        at: here, recoverable: true)
                }
            } else {
                while let b = input.peek() {
                    if b == UInt8(ascii: ",") || b == 0x0A { break }
                    if b == 0x0D && input.peek(at: 1) == 0x0A { break }
                    field.append(b)
                    input.advance()
                }
            }
            if let text = takeField() {
                row.cells.append(text)
            } else {
                row.cells.append("")
                if badCell == nil { badCell = row.cells.count - 1 }
            }
            if input.peek() == UInt8(ascii: ",") { input.advance(); continue }
            if input.peek() == 0x0D { input.advance() }
            if input.peek() == 0x0A { input.advance() }
            // The row is complete: only now report a bad cell, so that the next row starts cleanly.
            if let bad = badCell {
                throw Diagnostic.error(
                    "cell \(bad + 1) is not valid UTF-8 text; if the file is in another encoding, name it with --encoding (for example latin1)",
                    at: location(row.cellLines[bad], row.cellColumns[bad]), recoverable: true)
            }
            return true
        }
    }
}

/// Writes RFC 4180 rows: cells quoted when they hold a comma, a quote or a line break; CRLF line ends.
struct CSVRowWriter {
    static func append(cell: String, to out: inout [UInt8]) {
        var needsQuotes = false
        for b in cell.utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let first = cell.utf8.first, first == 0x20 || first == 0x09 {
            needsQuotes = true  // keep leading white space visible to every reader
        }
        if !needsQuotes {
            out.append(contentsOf: cell.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in cell.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func append(row: [String], to out: inout [UInt8]) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(cell: cell, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }
}
