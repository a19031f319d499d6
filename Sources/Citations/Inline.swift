// The engine's rendered output before it becomes text, HTML or Markdown: a small tree of text,
// formatting, quotes, nocase spans and display blocks. Joins go through `Inline.append`, which
// applies CSL's punctuation rules at the seams (doubled periods, punctuation-in-quote, spaces).

indirect enum Inline: Sendable, Hashable {
    case text(String)
    case styled(Formatting, [Inline])
    case quoted([Inline])
    /// Protected from text-case (`<span class="nocase">` in input).
    case nocase([Inline])
    /// `display` block: block, left-margin, right-inline, indent.
    case display(String, [Inline])

    var children: [Inline]? {
        switch self {
        case .text: return nil
        case .styled(_, let c), .quoted(let c), .nocase(let c), .display(_, let c): return c
        }
    }

    func with(children c: [Inline]) -> Inline {
        switch self {
        case .text: return self
        case .styled(let f, _): return .styled(f, c)
        case .quoted: return .quoted(c)
        case .nocase: return .nocase(c)
        case .display(let d, _): return .display(d, c)
        }
    }
}

extension Array where Element == Inline {
    /// All text, without markup or quotes.
    var plainText: String {
        var s = ""
        func walk(_ n: [Inline]) {
            for x in n {
                switch x {
                case .text(let t): s += t
                case .quoted(let c): s += "\""; walk(c); s += "\""
                default: walk(x.children!)
                }
            }
        }
        walk(self)
        return s
    }

    var isBlank: Bool {
        for x in self {
            switch x {
            case .text(let t): if !t.isEmpty { return false }
            case .quoted: return false
            default: if !x.children!.isBlank { return false }
            }
        }
        return true
    }
}

enum Seam {
    static let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?"]

    /// The first visible character of `n` (nil if empty or it starts with an opening quote).
    static func firstChar(_ n: [Inline]) -> Character? {
        for x in n {
            switch x {
            case .text(let t): if let c = t.first { return c }
            case .quoted: return nil
            default: if let c = firstChar(x.children!) { return c }; if !x.children!.isBlank { return nil }
            }
        }
        return nil
    }

    enum End { case none, char(Character), quote }

    static func lastEnd(_ n: [Inline]) -> End {
        for x in n.reversed() {
            switch x {
            case .text(let t): if let c = t.last { return .char(c) }
            case .quoted(let c): return c.isBlank ? .none : .quote
            default:
                let e = lastEnd(x.children!)
                if case .none = e { continue }
                return e
            }
        }
        return .none
    }

    @discardableResult
    static func dropFirstChar(_ n: inout [Inline]) -> Bool {
        for i in n.indices {
            switch n[i] {
            case .text(let t):
                if !t.isEmpty { n[i] = .text(String(t.dropFirst())); return true }
            case .quoted: return false
            default:
                var c = n[i].children!
                if dropFirstChar(&c) { n[i] = n[i].with(children: c); return true }
                if !c.isBlank { return false }
            }
        }
        return false
    }

    @discardableResult
    static func dropLastChar(_ n: inout [Inline]) -> Bool {
        for i in n.indices.reversed() {
            switch n[i] {
            case .text(let t):
                if !t.isEmpty { n[i] = .text(String(t.dropLast())); return true }
            case .quoted: return false
            default:
                var c = n[i].children!
                if dropLastChar(&c) { n[i] = n[i].with(children: c); return true }
                if !c.isBlank { return false }
            }
        }
        return false
    }

    /// Puts `ch` at the end inside the last quoted span (punctuation-in-quote).
    @discardableResult
    static func appendInsideLastQuote(_ n: inout [Inline], _ ch: Character) -> Bool {
        for i in n.indices.reversed() {
            switch n[i] {
            case .text(let t): if !t.isEmpty { return false }
            case .quoted(var c):
                // a quotation that ends in a quotation takes the punctuation inside that one
                if case .quote = lastEnd(c), appendInsideLastQuote(&c, ch) {
                    n[i] = .quoted(c)
                    return true
                }
                // merge with the quote's own last punctuation
                if case .char(let l) = lastEnd(c), punctuation.contains(l) {
                    switch resolve(l, ch) {
                    case .keepBoth: c.append(.text(String(ch)))
                    case .dropRight: break
                    case .dropLeft: dropLastChar(&c); c.append(.text(String(ch)))
                    }
                } else {
                    c.append(.text(String(ch)))
                }
                n[i] = .quoted(c)
                return true
            default:
                var c = n[i].children!
                if appendInsideLastQuote(&c, ch) { n[i] = n[i].with(children: c); return true }
                if !c.isBlank { return false }
            }
        }
        return false
    }

    /// The punctuation mark before the trailing spaces of `n`, and the number of spaces.
    static func trailingPunctuationBeforeSpaces(_ n: [Inline]) -> (Character, Int)? {
        let text = n.plainText
        var spaces = 0
        var idx = text.endIndex
        while idx > text.startIndex {
            let prev = text.index(before: idx)
            if text[prev] == " " { spaces += 1; idx = prev; continue }
            return punctuation.contains(text[prev]) && spaces > 0 ? (text[prev], spaces) : nil
        }
        return nil
    }

    /// The last character inside the closing quote that ends `n`.
    static func lastInsideQuote(_ n: [Inline]) -> End? {
        for x in n.reversed() {
            switch x {
            case .text(let t): if !t.isEmpty { return nil }
            case .quoted(let c): return lastEnd(c)
            default:
                if let e = lastInsideQuote(x.children!) { return e }
                if !x.children!.isBlank { return nil }
            }
        }
        return nil
    }

    enum Resolution { case keepBoth, dropRight, dropLeft }

    /// What happens when punctuation `l` is followed by punctuation `r` at a seam.
    static func resolve(_ l: Character, _ r: Character) -> Resolution {
        // the table of the CSL test suite (punctuation_FullMonty*)
        if l == r { return .dropRight }
        switch r {
        case ":": return ";!?".contains(l) ? .dropRight : .keepBoth
        case ".": return ":;!?".contains(l) ? .dropRight : .keepBoth
        case "!", "?": return ":;".contains(l) ? .dropLeft : .keepBoth
        default: return .keepBoth
        }
    }

}

/// Appends `right` to `left`, fixing the seam: doubled punctuation, punctuation moved into a
/// closing quote when the locale wants it, and doubled spaces.
func appendMerging(_ left: inout [Inline], _ right: [Inline], punctuationInQuote: Bool) {
    if right.isEmpty { return }
    if left.isEmpty { left = right; return }
    var right = right
    if let r = Seam.firstChar(right) {
        let end = Seam.lastEnd(left)
        if Seam.punctuation.contains(r) {
            switch end {
            case .quote:
                if punctuationInQuote && (r == "." || r == "," || r == "!" || r == "?") {
                    Seam.dropFirstChar(&right)
                    Seam.appendInsideLastQuote(&left, r)
                } else if case .char(let inner)? = Seam.lastInsideQuote(left), Seam.punctuation.contains(inner),
                          case .dropRight = Seam.resolve(inner, r) {
                    Seam.dropFirstChar(&right)
                }
            case .char(" "):
                // "; " followed by ". He said": the delimiter's punctuation gives way
                if let (p, spaces) = Seam.trailingPunctuationBeforeSpaces(left) {
                    // a delimiter's punctuation gives way to punctuation that opens what follows
                    let drop = (p == ";" || p == ",") && (r == "," || r == "." || r == ";")
                    if drop { for _ in 0..<(spaces + 1) { Seam.dropLastChar(&left) } }
                }
            case .char(let l):
                if Seam.punctuation.contains(l) {
                    switch Seam.resolve(l, r) {
                    case .keepBoth: break
                    case .dropRight: Seam.dropFirstChar(&right)
                    case .dropLeft:
                        Seam.dropLastChar(&left)
                        if punctuationInQuote, case .quote = Seam.lastEnd(left), r == "!" || r == "?" {
                            Seam.dropFirstChar(&right)
                            Seam.appendInsideLastQuote(&left, r)
                        }
                    }
                }
            case .none: break
            }
        } else if r == " ", case .char(" ") = end {
            Seam.dropFirstChar(&right)
        }
    }
    left.append(contentsOf: right)
}

/// Joins non-empty parts with a delimiter, merging at every seam.
func joinMerging(_ parts: [[Inline]], delimiter: String, punctuationInQuote: Bool) -> [Inline] {
    var out: [Inline] = []
    var first = true
    for p in parts where !p.isEmpty {
        if !first && !delimiter.isEmpty { appendMerging(&out, [.text(delimiter)], punctuationInQuote: punctuationInQuote) }
        appendMerging(&out, p, punctuationInQuote: punctuationInQuote)
        first = false
    }
    return out
}
