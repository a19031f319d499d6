import CrosswalkModel

/// Streams the elements of a top-level JSON array (or a single top-level object) one at a time, for
/// the readers whose input is "an array of things": canonical JSON records and CSL-JSON items.
/// A syntax error is fatal: nothing after it can be read.
package final class JSONArrayStream {
    private let input: ByteInput
    private var parser: JSONParser
    /// What the array holds, for messages: "records", "CSL-JSON items".
    private let plural: String
    /// One element, for messages: "a record", "an item".
    private let singular: String
    private enum State { case start, inArray(first: Bool), done }
    private var state = State.start
    /// The 1-based position of the last element returned.
    package private(set) var position = 0

    package init(input: ByteInput, plural: String, singular: String) {
        self.input = input
        self.parser = JSONParser(input: input)
        self.plural = plural; self.singular = singular
    }

    /// The next element, or nil at the end.
    package func next() throws(Diagnostic) -> JSONNode? {
        switch state {
        case .done:
            return nil
        case .start:
            input.skipByteOrderMark()
            parser.skipWhitespace()
            switch input.peek() {
            case UInt8(ascii: "["):
                input.advance()
                state = .inArray(first: true)
                return try next()
            case UInt8(ascii: "{"):
                let node = try fatal { () throws(Diagnostic) in try parser.parseValue() }
                try expectEnd()
                state = .done
                position = 1
                return node
            case nil:
                throw fatal(parser.error("the input is empty; expected a JSON array of \(plural)"))
            case let b:
                throw fatal(parser.error("expected a JSON array of \(plural), found \(parser.describe(b))"))
            }
        case .inArray(let first):
            parser.skipWhitespace()
            let c = input.peek()
            if c == UInt8(ascii: "]") {
                input.advance()
                try expectEnd()
                state = .done
                return nil
            }
            if !first {
                guard c == UInt8(ascii: ",") else {
                    throw fatal(parser.error("expected `,` or `]` after \(singular), found \(parser.describe(c))"))
                }
                input.advance()
            }
            state = .inArray(first: false)
            let node = try fatal { () throws(Diagnostic) in try parser.parseValue(depth: 1) }
            position += 1
            return node
        }
    }

    private func expectEnd() throws(Diagnostic) {
        parser.skipWhitespace()
        if let b = input.peek() {
            throw fatal(parser.error("unexpected \(parser.describe(b)) after the end of the JSON text"))
        }
    }

    private func fatal(_ d: Diagnostic) -> Diagnostic {
        state = .done
        var d = d
        d.isRecoverable = false
        return d
    }

    private func fatal<T>(_ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        do { return try body() } catch { throw fatal(error) }
    }
}

/// Writes the frame of a pretty JSON array whose elements are written one at a time:
/// `[`, two-space indented elements separated by `,`, and `]` (or `[]` when there are none).
package struct JSONArrayFrame {
    package private(set) var count = 0
    package init() {}

    /// Writes what goes before the next element.
    package mutating func beforeElement(_ output: ByteOutput) {
        output.write(Array((count == 0 ? "[\n  " : ",\n  ").utf8))
        count += 1
    }

    /// Writes one element, framed, from `bytes` (which is emptied, keeping its capacity), and flushes
    /// the output when its buffer is full.
    package mutating func write(_ bytes: inout [UInt8], to output: ByteOutput) throws(Diagnostic) {
        beforeElement(output)
        output.write(bytes)
        bytes.removeAll(keepingCapacity: true)
        try output.flushIfNeeded()
    }

    /// Writes the end of the array.
    package func finish(_ output: ByteOutput) {
        output.write(count == 0 ? "[]\n" : "\n]\n")
    }
}
