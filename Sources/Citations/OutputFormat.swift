/// How rendered citations and bibliography entries are written out.
public enum CSLOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text: quotes become the locale's quotation marks, formatting is dropped.
    case text
    /// HTML as the CSL test suite writes it (`<i>`, `<b>`, `<span style="font-variant:small-caps;">`,
    /// `<sup>`, `<div class="csl-left-margin">` ...; `&`, `<` and `>` escaped).
    case html
    /// Markdown (pandoc flavour): `*italic*`, `**bold**`, `^sup^`, `~sub~`, `[small caps]{.smallcaps}`.
    case markdown
}

struct QuoteMarks: Sendable {
    var open = "\u{201C}", close = "\u{201D}", innerOpen = "\u{2018}", innerClose = "\u{2019}"
}

/// Writes an `Inline` tree in one output format, flip-flopping italics, bold, small caps and quotes
/// that are nested in themselves.
struct Serializer {
    let format: CSLOutputFormat
    let quotes: QuoteMarks
    var out = ""
    var italic = false, bold = false, smallCaps = false, underline = false
    var quoteDepth = 0

    init(format: CSLOutputFormat, quotes: QuoteMarks) { self.format = format; self.quotes = quotes }

    /// Unicode superscript letters in locale terms ("1ʳᵉ", "2.ª") become `<sup>` in HTML.
    static let superscripts: [Unicode.Scalar: String] = [
        "\u{00AA}": "a", "\u{00BA}": "o", "\u{00B9}": "1", "\u{00B2}": "2", "\u{00B3}": "3", "\u{02B3}": "r",
        "\u{1D49}": "e", "\u{1D48}": "d", "\u{02E2}": "s", "\u{1D57}": "t", "\u{02B0}": "h", "\u{207F}": "n",
        "\u{1D43}": "a", "\u{1D52}": "o", "\u{02E1}": "l", "\u{1D50}": "m", "\u{2070}": "0", "\u{2074}": "4",
        "\u{2075}": "5", "\u{2076}": "6", "\u{2077}": "7", "\u{2078}": "8", "\u{2079}": "9",
    ]

    static func render(_ n: [Inline], format: CSLOutputFormat, quotes: QuoteMarks) -> String {
        var s = Serializer(format: format, quotes: quotes)
        s.write(n)
        return s.out
    }

    mutating func write(_ nodes: [Inline]) {
        for n in nodes { write(n) }
    }

    mutating func text(_ t: String) {
        switch format {
        case .text: out += t
        case .html:
            if !t.unicodeScalars.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || Serializer.superscripts[$0] != nil }) { out += t; return }
            for c in t.unicodeScalars {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                default:
                    if let sup = Serializer.superscripts[c] { out += "<sup>" + sup + "</sup>" } else { out.unicodeScalars.append(c) }
                }
            }
        case .markdown:
            if !t.contains(where: { "*_[]^~\\`".contains($0) }) { out += t; return }
            for c in t {
                if "*_[]^~\\`".contains(c) { out.append("\\") }
                out.append(c)
            }
        }
    }

    mutating func wrap(_ open: String, _ close: String, _ body: (inout Serializer) -> Void) {
        out += open
        body(&self)
        out += close
    }

    mutating func write(_ n: Inline) {
        switch n {
        case .text(let t): text(t)
        case .nocase(let c): write(c)
        case .quoted(let c):
            let inner = quoteDepth % 2 == 1
            out += inner ? quotes.innerOpen : quotes.open
            quoteDepth += 1
            write(c)
            quoteDepth -= 1
            out += inner ? quotes.innerClose : quotes.close
        case .display(let d, let c):
            if format == .html {
                wrap("<div class=\"csl-\(d)\">", "</div>") { $0.write(c) }
            } else {
                // Outside HTML a second field aligned in the margin is set off by one space, as pandoc does
                // (white space the style puts at the start of the rest is folded into it).
                let before = out.utf8.count
                write(c)
                if d == "left-margin" { out += " " }
                if d == "right-inline" {
                    let written = Substring(out.utf8.dropFirst(before))
                    if written.first == " " {
                        out = String(out.utf8.prefix(before))! + written.drop { $0 == " " }
                    }
                }
            }
        case .styled(let f, let c):
            styled(f, c)
        }
    }

    mutating func styled(_ f: Formatting, _ c: [Inline]) {
        // innermost first: font-style, font-variant, font-weight, text-decoration, vertical-align
        var opens: [String] = [], closes: [String] = []
        let saved = (italic, bold, smallCaps, underline)
        func add(_ o: String, _ c: String) { opens.append(o); closes.append(c) }
        let html = format == .html, md = format == .markdown
        if let v = f.verticalAlign {
            switch v {
            case .sup: if html { add("<sup>", "</sup>") } else if md { add("^", "^") }
            case .sub: if html { add("<sub>", "</sub>") } else if md { add("~", "~") }
            case .baseline: if html { add("<span style=\"baseline\">", "</span>") }
            }
        }
        if let d = f.textDecoration {
            switch d {
            case .underline where !underline:
                underline = true
                if html { add("<span style=\"text-decoration:underline;\">", "</span>") }
                else if md { add("[", "]{.underline}") }
            case .none where underline:
                underline = false
                if html { add("<span style=\"text-decoration:none;\">", "</span>") }
            default: break
            }
        }
        if let w = f.fontWeight {
            switch w {
            case .bold:
                if bold {
                    bold = false
                    if html { add("<span style=\"font-weight:normal;\">", "</span>") }
                } else {
                    bold = true
                    if html { add("<b>", "</b>") } else if md { add("**", "**") }
                }
            case .normal where bold:
                bold = false
                if html { add("<span style=\"font-weight:normal;\">", "</span>") }
            case .light:
                if html { add("<span style=\"font-weight:light;\">", "</span>") }
            default: break
            }
        }
        if let v = f.fontVariant {
            switch v {
            case .smallCaps:
                if smallCaps {
                    smallCaps = false
                    if html { add("<span style=\"font-variant:normal;\">", "</span>") }
                } else {
                    smallCaps = true
                    if html { add("<span style=\"font-variant:small-caps;\">", "</span>") } else if md { add("[", "]{.smallcaps}") }
                }
            case .normal where smallCaps:
                smallCaps = false
                if html { add("<span style=\"font-variant:normal;\">", "</span>") }
            default: break
            }
        }
        if let s = f.fontStyle {
            switch s {
            case .italic, .oblique:
                if italic {
                    italic = false
                    if html { add("<span style=\"font-style:normal;\">", "</span>") } else if md { add("*", "*") }
                } else {
                    italic = true
                    if html { add(s == .italic ? "<i>" : "<span style=\"font-style:oblique;\">", s == .italic ? "</i>" : "</span>") }
                    else if md { add("*", "*") }
                }
            case .normal where italic:
                italic = false
                if html { add("<span style=\"font-style:normal;\">", "</span>") } else if md { add("*", "*") }
            default: break
            }
        }
        for o in opens { out += o }
        write(c)
        for cl in closes.reversed() { out += cl }
        (italic, bold, smallCaps, underline) = saved
    }
}
