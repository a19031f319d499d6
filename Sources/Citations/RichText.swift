// The rich text of input fields: `<i>`, `<b>`, `<sup>`, `<sub>`, `<sc>`,
// `<span style="font-variant:small-caps;">`, `<span class="nocase">` and quotation marks.

enum RichText {
    /// Parses a variable's value. Plain values (the common case) take the fast path.
    static func parse(_ input: String) -> [Inline] {
        let s = input
        if !s.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 >= 0xE2 }) {
            return s.isEmpty ? [] : [.text(s)]
        }
        var p = Parser(chars: Array(s))
        return p.parse(until: nil)
    }

    struct Parser {
        let chars: [Character]
        var i = 0
        var quoteOpen = false

        mutating func parse(until closing: String?) -> [Inline] {
            var out: [Inline] = []
            var buf = ""
            func flush() { if !buf.isEmpty { out.append(.text(buf)); buf = "" } }
            while i < chars.count {
                let c = chars[i]
                if c == "<" {
                    if let closing, matches("</\(closing)>") {
                        i += closing.count + 3
                        flush()
                        return out
                    }
                    if let (tag, len) = openTag() {
                        flush()
                        i += len
                        let inner: [Inline]
                        switch tag {
                        case "i": inner = parse(until: "i"); out.append(.styled(Formatting(fontStyle: .italic), inner))
                        case "b": inner = parse(until: "b"); out.append(.styled(Formatting(fontWeight: .bold), inner))
                        case "sup": inner = parse(until: "sup"); out.append(.styled(Formatting(verticalAlign: .sup), inner))
                        case "sub": inner = parse(until: "sub"); out.append(.styled(Formatting(verticalAlign: .sub), inner))
                        case "sc": inner = parse(until: "sc"); out.append(.styled(Formatting(fontVariant: .smallCaps), inner))
                        case "nocase": inner = parse(until: "span"); out.append(.nocase(inner))
                        case "smallcaps": inner = parse(until: "span"); out.append(.styled(Formatting(fontVariant: .smallCaps), inner))
                        case "normal": inner = parse(until: "span"); out.append(.styled(Formatting(fontStyle: .normal), inner))
                        default: inner = parse(until: "span"); out.append(contentsOf: inner)
                        }
                        continue
                    }
                }
                if c == "\u{201C}" || ((c == "\"" || c == "'" || c == "\u{2018}") && opensQuote()) {
                    if let end = findClosingQuote(for: c) {
                        flush()
                        i += 1
                        let sub = Array(chars[i..<end])
                        var inner = Parser(chars: sub)
                        inner.quoteOpen = true
                        out.append(.quoted(inner.parse(until: nil)))
                        i = end + 1
                        continue
                    }
                }
                buf.append(c == "'" ? "\u{2019}" : c)
                i += 1
            }
            flush()
            return out
        }

        func opensQuote() -> Bool {
            i == 0 || chars[i - 1] == " " || chars[i - 1] == "(" || chars[i - 1] == "["
        }

        func findClosingQuote(for open: Character) -> Int? {
            let close: Character = open == "\u{201C}" ? "\u{201D}" : open == "\u{2018}" ? "\u{2019}" : open
            var j = i + 1
            while j < chars.count {
                if chars[j] == close {
                    if chars[j - 1] == " " { j += 1; continue }
                    if close == "\"" || close == "'" || close == "\u{2019}" {
                        let next = j + 1 < chars.count ? chars[j + 1] : " "
                        if next.isLetter || next.isNumber { j += 1; continue }
                    }
                    return j
                }
                j += 1
            }
            return nil
        }

        func matches(_ s: String) -> Bool {
            var j = i
            for c in s {
                guard j < chars.count, chars[j] == c else { return false }
                j += 1
            }
            return true
        }

        /// Recognised opening tag at `i`: (kind, length).
        func openTag() -> (String, Int)? {
            for t in ["i", "b", "sup", "sub", "sc"] where matches("<\(t)>") {
                return hasClose(t) ? (t, t.count + 2) : nil
            }
            if matches("<span") {
                var j = i
                var tag = ""
                while j < chars.count && chars[j] != ">" { tag.append(chars[j]); j += 1 }
                guard j < chars.count, hasClose("span") else { return nil }
                let compact = tag.filter { $0 != " " }
                let kind: String
                if compact.contains("class=\"nocase\"") { kind = "nocase" }
                else if compact.contains("font-variant:small-caps") { kind = "smallcaps" }
                else if compact.contains("font-style:normal") { kind = "normal" }
                else { kind = "span" }
                return (kind, j - i + 1)
            }
            return nil
        }

        func hasClose(_ t: String) -> Bool {
            let needle = Array("</\(t)>")
            var j = i
            while j + needle.count <= chars.count {
                if chars[j] == "<" && Array(chars[j..<(j + needle.count)]) == needle { return true }
                j += 1
            }
            return false
        }
    }
}
