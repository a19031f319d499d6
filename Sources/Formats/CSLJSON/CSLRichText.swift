import CrosswalkBibTeX

/// CSL-JSON's rich text (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`,
/// `<span style="font-variant:small-caps;">`) and the marked LaTeX that the BibTeX reader keeps in
/// `extra["bibtex.latex.<field>"]` are two spellings of the same thing: case protection and
/// emphasis. This turns one into the other.
///
/// | CSL-JSON | LaTeX |
/// |---|---|
/// | `<span class="nocase">…</span>` | `{…}` |
/// | `<i>…</i>` | `\emph{…}` (also read: `\textit{…}`, `{\em …}`, `{\it …}`) |
/// | `<b>…</b>` | `\textbf{…}` (also read: `{\bf …}`) |
/// | `<span style="font-variant:small-caps;">…</span>` | `\textsc{…}` (also read: `{\sc …}`) |
/// | `<sup>…</sup>` | `\textsuperscript{…}` |
/// | `<span class="nodecor">…</span>` | `\textnormal{…}` |
/// | `<sub>…</sub>` | `\textsubscript{…}` |
public enum CSLRichText {
    enum Tag: Equatable {
        case nocase, italic, bold, smallCaps, superscript, subscriptText
        /// `<span class="nodecor">`: the text without the formatting around it.
        case nodecor
        /// Any other span: its content, unmarked.
        case plainSpan

        var open: String {
            switch self {
            case .nocase: "<span class=\"nocase\">"
            case .italic: "<i>"
            case .bold: "<b>"
            case .smallCaps: "<span style=\"font-variant:small-caps;\">"
            case .superscript: "<sup>"
            case .subscriptText: "<sub>"
            case .nodecor: "<span class=\"nodecor\">"
            case .plainSpan: "<span>"
            }
        }

        var close: String {
            switch self {
            case .italic: "</i>"
            case .bold: "</b>"
            case .superscript: "</sup>"
            case .subscriptText: "</sub>"
            case .nocase, .smallCaps, .nodecor, .plainSpan: "</span>"
            }
        }

        var latex: (open: String, close: String) {
            switch self {
            case .nocase: ("{", "}")
            case .italic: ("\\emph{", "}")
            case .bold: ("\\textbf{", "}")
            case .smallCaps: ("\\textsc{", "}")
            case .superscript: ("\\textsuperscript{", "}")
            case .subscriptText: ("\\textsubscript{", "}")
            case .nodecor: ("\\textnormal{", "}")
            case .plainSpan: ("", "")
            }
        }
    }

    /// A piece of rich text.
    indirect enum Node: Equatable {
        case text(String)
        case tagged(Tag, [Node])
    }

    /// Whether a CSL-JSON string may hold markup (a fast check: it has a `<`).
    public static func mayHaveMarkup(_ s: String) -> Bool { s.utf8.contains(UInt8(ascii: "<")) }

    // MARK: - CSL rich text

    /// Parses CSL rich text. Only the tags CSL knows are markup; any other `<` is text, and so is a
    /// closing tag without its opening one. An unclosed tag runs to the end.
    static func parse(_ s: String) -> [Node] {
        let b = Array(s.utf8)
        var i = 0
        func startsWith(_ t: String, at k: Int) -> Bool {
            let u = Array(t.utf8)
            guard k + u.count <= b.count else { return false }
            for j in 0..<u.count where b[k + j] != u[j] { return false }
            return true
        }
        /// An opening tag at `k`: its kind and its length.
        func openTag(at k: Int) -> (Tag, Int)? {
            for (t, text) in [(Tag.italic, "<i>"), (.bold, "<b>"), (.superscript, "<sup>"), (.subscriptText, "<sub>")] where startsWith(text, at: k) {
                return (t, text.utf8.count)
            }
            guard startsWith("<span", at: k) else { return nil }
            guard let end = b[k...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let attrs = String(decoding: b[(k + 5)..<end], as: UTF8.self).filter { $0 != " " }
            let tag: Tag
            if attrs.contains("class=\"nocase\"") || attrs.contains("class='nocase'") { tag = .nocase }
            else if attrs.contains("small-caps") { tag = .smallCaps }
            else if attrs.contains("class=\"nodecor\"") || attrs.contains("class='nodecor'") { tag = .nodecor }
            else { tag = .plainSpan }
            return (tag, end - k + 1)
        }
        func parseNodes(until closing: Tag?) -> [Node] {
            var out: [Node] = []
            var run: [UInt8] = []
            func flush() { if !run.isEmpty { out.append(.text(String(decoding: run, as: UTF8.self))); run = [] } }
            while i < b.count {
                if b[i] == UInt8(ascii: "<") {
                    if let closing, startsWith(closing.close, at: i) {
                        i += closing.close.utf8.count
                        flush()
                        return out
                    }
                    if let (tag, n) = openTag(at: i) {
                        flush()
                        i += n
                        out.append(.tagged(tag, parseNodes(until: tag)))
                        continue
                    }
                }
                run.append(b[i]); i += 1
            }
            flush()
            return out
        }
        return parseNodes(until: nil)
    }

    /// The text without its markup.
    static func plain(_ nodes: [Node]) -> String {
        var s = ""
        for n in nodes {
            switch n {
            case .text(let t): s += t
            case .tagged(_, let inner): s += plain(inner)
            }
        }
        return s
    }

    static func render(_ nodes: [Node]) -> String {
        var s = ""
        for n in nodes {
            switch n {
            case .text(let t): s += t
            case .tagged(let tag, let inner): s += tag.open + render(inner) + tag.close
            }
        }
        return s
    }

    /// CSL rich text → (plain text, marked LaTeX). The LaTeX is nil when there is no markup.
    public static func toLaTeX(_ s: String) -> (plain: String, latex: String?) {
        guard mayHaveMarkup(s) else { return (s, nil) }
        let nodes = parse(s)
        guard nodes.contains(where: { if case .tagged = $0 { return true } else { return false } }) else { return (s, nil) }
        func latex(_ nodes: [Node]) -> String {
            var out = ""
            for n in nodes {
                switch n {
                case .text(let t):
                    var rep = LaTeX.EncodeReport()
                    out += encodeKeepingEdges(t, report: &rep)
                case .tagged(let tag, let inner):
                    out += tag.latex.open + latex(inner) + tag.latex.close
                }
            }
            return out
        }
        return (plain(nodes), latex(nodes))
    }

    /// `LaTeX.encode` of a piece of text, keeping a space at either edge (the encoder trims them).
    static func encodeKeepingEdges(_ t: String, report: inout LaTeX.EncodeReport) -> String {
        let lead = t.first == " ", trail = t.count > 1 && t.last == " "
        var core = Substring(t)
        while core.first == " " { core.removeFirst() }
        while core.last == " " { core.removeLast() }
        let e = String(decoding: LaTeX.encode(String(core), ascii: false, report: &report), as: UTF8.self)
        return (lead ? " " : "") + e + (trail && !core.isEmpty ? " " : "")
    }

    // MARK: - Marked LaTeX

    /// Marked LaTeX → CSL rich text: braces become nocase spans, emphasis commands tags; everything
    /// else is decoded to plain text.
    public static func fromLaTeX(_ latex: String) -> String {
        render(nodes(fromLaTeX: Array(latex.utf8)))
    }

    static func nodes(fromLaTeX b: [UInt8]) -> [Node] {
        var out: [Node] = []
        var run: [UInt8] = []
        func flush() {
            guard !run.isEmpty else { return }
            let lead = isSpace(run[0]), trail = run.count > 1 && isSpace(run[run.count - 1])
            let core = LaTeX.decode(String(decoding: run, as: UTF8.self))
            let text = (lead ? " " : "") + core + (trail && !core.isEmpty ? " " : "")
            if !text.isEmpty {
                if case .text(let prev)? = out.last { out[out.count - 1] = .text(prev + text) } else { out.append(.text(text)) }
            }
            run = []
        }
        /// The index after the group that opens at `k` (a `{`).
        func groupEnd(_ k: Int) -> Int {
            var depth = 0, j = k
            while j < b.count {
                switch b[j] {
                case UInt8(ascii: "\\"): j += 1
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return j + 1 }
                default: break
                }
                j += 1
            }
            return b.count
        }
        func commandName(at k: Int) -> (String, Int)? {
            guard k + 1 < b.count, isLetter(b[k + 1]) else { return nil }
            var e = k + 1
            while e < b.count, isLetter(b[e]) { e += 1 }
            return (String(decoding: b[(k + 1)..<e], as: UTF8.self), e)
        }
        let argumentCommands: [String: Tag] = [
            "emph": .italic, "textit": .italic, "textsl": .italic, "textbf": .bold, "textsc": .smallCaps,
            "textsuperscript": .superscript, "textsubscript": .subscriptText, "textnormal": .nodecor,
        ]
        let switchCommands: [String: Tag] = ["em": .italic, "it": .italic, "itshape": .italic, "bf": .bold, "bfseries": .bold, "sc": .smallCaps, "scshape": .smallCaps]
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\"), let (name, e) = commandName(at: i), let tag = argumentCommands[name], e < b.count, b[e] == UInt8(ascii: "{") {
                flush()
                let end = groupEnd(e)
                let inner = Array(b[(e + 1)..<max(e + 1, end - 1)])
                out.append(.tagged(tag, nodes(fromLaTeX: inner)))
                i = end
                continue
            }
            if c == UInt8(ascii: "\\") {
                // Any other command (and an escaped character) stays in the run, with its brace
                // arguments; a command that is a character (`\textbackslash`) takes only an empty `{}`.
                run.append(c); i += 1
                if let (name, e) = commandName(at: i - 1) {
                    run.append(contentsOf: b[i..<e]); i = e
                    let isCharacter = LaTeX.decode("\\" + name) != "\\" + name
                    while i < b.count, b[i] == UInt8(ascii: "{") {
                        let end = groupEnd(i)
                        if isCharacter && end - i > 2 { break }
                        run.append(contentsOf: b[i..<end]); i = end
                        if isCharacter { break }
                    }
                } else if i < b.count {
                    run.append(b[i]); i += 1
                }
                continue
            }
            if c == UInt8(ascii: "$") {
                // Math, kept verbatim and decoded with its run.
                var k = i + 1
                while k < b.count, b[k] != UInt8(ascii: "$") { if b[k] == UInt8(ascii: "\\") { k += 1 }; k += 1 }
                k = min(k + 1, b.count)
                run.append(contentsOf: b[i..<k]); i = k
                continue
            }
            if c == UInt8(ascii: "{") {
                flush()
                let end = groupEnd(i)
                var inner = Array(b[(i + 1)..<max(i + 1, end - 1)])
                var tag = Tag.nocase
                if inner.first == UInt8(ascii: "\\"), let (name, e) = staticCommandName(inner, at: 0), let t = switchCommands[name] {
                    tag = t
                    var k = e
                    while k < inner.count, isSpace(inner[k]) { k += 1 }
                    inner = Array(inner[k...])
                }
                let children = nodes(fromLaTeX: inner)
                if !children.isEmpty { out.append(.tagged(tag, children)) }
                i = end
                continue
            }
            if c == UInt8(ascii: "}") { i += 1; continue }  // unbalanced
            run.append(c); i += 1
        }
        flush()
        return out
    }

    private static func staticCommandName(_ b: [UInt8], at k: Int) -> (String, Int)? {
        guard k + 1 < b.count, isLetter(b[k + 1]) else { return nil }
        var e = k + 1
        while e < b.count, isLetter(b[e]) { e += 1 }
        return (String(decoding: b[(k + 1)..<e], as: UTF8.self), e)
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
}
