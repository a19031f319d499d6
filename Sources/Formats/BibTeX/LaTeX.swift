// LaTeX.swift: LaTeX text to Unicode and back, on UTF-8 bytes.
//
// Three operations:
//   * `decode`: BibTeX field text → plain Unicode (what the canonical record holds). Accents, special
//     letters, escaped specials, dashes, quotes, `~`, emphasis commands; braces vanish; white space
//     collapses. An unknown command is kept as it is, with its brace arguments, and reported.
//   * `marked`: BibTeX field text → the same LaTeX, with only the accent and special-letter
//     commands turned into Unicode. The reader keeps it (in `extra["bibtex.latex.<field>"]`) when
//     the writer would not write the plain value back the same way, so that case-protecting braces,
//     math and unknown commands survive a round trip.
//   * `encode`: plain Unicode → BibTeX field text, escaping what LaTeX treats as special; with
//     `ascii`, every character that `decode` understands is written as its command.

/// LaTeX decoding and encoding tables and functions.
public enum LaTeX {
    /// Accent commands and their combining marks.
    public static let accents: [(command: UInt8, mark: Unicode.Scalar)] = [
        (UInt8(ascii: "'"), "\u{301}"), (UInt8(ascii: "`"), "\u{300}"), (UInt8(ascii: "^"), "\u{302}"),
        (UInt8(ascii: "\""), "\u{308}"), (UInt8(ascii: "~"), "\u{303}"), (UInt8(ascii: "="), "\u{304}"),
        (UInt8(ascii: "."), "\u{307}"), (UInt8(ascii: "u"), "\u{306}"), (UInt8(ascii: "v"), "\u{30C}"),
        (UInt8(ascii: "H"), "\u{30B}"), (UInt8(ascii: "c"), "\u{327}"), (UInt8(ascii: "d"), "\u{323}"),
        (UInt8(ascii: "b"), "\u{331}"), (UInt8(ascii: "k"), "\u{328}"), (UInt8(ascii: "r"), "\u{30A}"),
    ]

    /// Commands that stand for one letter.
    public static let letters: [(command: String, letter: Unicode.Scalar)] = [
        ("ss", "ß"), ("o", "ø"), ("O", "Ø"), ("aa", "å"), ("AA", "Å"), ("ae", "æ"), ("AE", "Æ"),
        ("oe", "œ"), ("OE", "Œ"), ("l", "ł"), ("L", "Ł"), ("i", "ı"), ("j", "ȷ"), ("SS", "ẞ"),
        ("dh", "ð"), ("DH", "Ð"), ("th", "þ"), ("TH", "Þ"), ("ng", "ŋ"), ("NG", "Ŋ"),
    ]

    /// Commands that stand for one symbol.
    public static let symbols: [(command: String, symbol: Unicode.Scalar)] = [
        ("textendash", "–"), ("textemdash", "—"), ("textquoteleft", "‘"), ("textquoteright", "’"),
        ("textquotedblleft", "“"), ("textquotedblright", "”"), ("S", "§"), ("P", "¶"), ("dag", "†"),
        ("ddag", "‡"), ("copyright", "©"), ("textcopyright", "©"), ("textregistered", "®"),
        ("texttrademark", "™"), ("pounds", "£"), ("textsterling", "£"), ("euro", "€"), ("texteuro", "€"),
        ("textdegree", "°"), ("guillemotleft", "«"), ("guillemotright", "»"), ("guillemetleft", "«"),
        ("guillemetright", "»"), ("textellipsis", "…"), ("ldots", "…"), ("dots", "…"), ("textbullet", "•"),
        ("textexclamdown", "¡"), ("textquestiondown", "¿"), ("textbackslash", "\\"),
        ("textasciitilde", "~"), ("textasciicircum", "^"), ("textbar", "|"), ("textless", "<"),
        ("textgreater", ">"), ("textunderscore", "_"), ("textperiodcentered", "·"), ("textbraceleft", "{"), ("textbraceright", "}"), ("quad", "\u{2003}"),
    ]

    /// Commands that only format their argument (or the rest of their group): the text is kept, the
    /// formatting is not (it survives a round trip through `extra["bibtex.latex.<field>"]`).
    public static let formatting: Set<String> = [
        "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textsl", "textmd",
        "textnormal", "mbox", "em", "it", "bf", "sc", "rm", "sf", "tt", "sl", "up", "itshape", "bfseries",
        "scshape", "upshape", "normalfont", "relax", "protect", "hbox", "nocorr",
    ]

    /// Single-character commands: `\&` and the like, and the spacing commands.
    static let controlSymbols: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "&"): "&", UInt8(ascii: "%"): "%", UInt8(ascii: "$"): "$", UInt8(ascii: "#"): "#",
        UInt8(ascii: "_"): "_", UInt8(ascii: "{"): "{", UInt8(ascii: "}"): "}", UInt8(ascii: " "): " ",
        UInt8(ascii: "\n"): " ", UInt8(ascii: "\t"): " ", UInt8(ascii: ","): "\u{2009}", UInt8(ascii: "\\"): " ",
    ]

    // MARK: Derived lookup tables

    static let markOfAccent: [UInt8: Unicode.Scalar] = Dictionary(uniqueKeysWithValues: accents.map { ($0.command, $0.mark) })
    static let accentOfMark: [UInt32: UInt8] = Dictionary(uniqueKeysWithValues: accents.map { ($0.mark.value, $0.command) })
    static let compose: [UInt64: Unicode.Scalar] = {
        var d: [UInt64: Unicode.Scalar] = [:]
        for (a, b, c) in composedTable { d[UInt64(a) << 32 | UInt64(b.value)] = c }
        return d
    }()
    static let decompose: [UInt32: (UInt8, Unicode.Scalar)] = {
        var d: [UInt32: (UInt8, Unicode.Scalar)] = [:]
        for (a, b, c) in composedTable where d[c.value] == nil { d[c.value] = (a, b) }
        return d
    }()
    static let letterOfCommand: [String: Unicode.Scalar] = {
        var d: [String: Unicode.Scalar] = [:]
        for (c, l) in letters { d[c] = l }
        return d
    }()
    static let symbolOfCommand: [String: Unicode.Scalar] = {
        var d: [String: Unicode.Scalar] = [:]
        for (c, s) in symbols where d[c] == nil { d[c] = s }
        return d
    }()
    /// Scalar → the command that writes it (letters and symbols).
    static let commandOfScalar: [UInt32: String] = {
        var d: [UInt32: String] = [:]
        for (c, l) in letters where d[l.value] == nil { d[l.value] = c }
        for (c, s) in symbols where d[s.value] == nil && s.value >= 0x80 { d[s.value] = c }
        return d
    }()

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// The bytes that make a value more than plain text to the decoder.
    @inline(__always) static func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "$"), UInt8(ascii: "~"),
             UInt8(ascii: "-"), UInt8(ascii: "`"), UInt8(ascii: "'"), 0x0A, 0x09, 0x0D, UInt8(ascii: " "),
             UInt8(ascii: "?"), UInt8(ascii: "!"):
            return true
        default: return false
        }
    }

    /// Whether `bytes` holds a brace, a backslash or a dollar: the text could carry LaTeX that the plain
    /// value loses (case protection, math, unknown commands).
    public static func hasMarkup(_ bytes: [UInt8]) -> Bool {
        for b in bytes where b == UInt8(ascii: "{") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "$") { return true }
        return false
    }

    // MARK: Decoding

    /// Decodes BibTeX field text to plain Unicode. Unknown commands are appended to `unknown`.
    public static func decode(_ bytes: [UInt8], unknown: inout [String]) -> String {
        // Fast path: plain text with single spaces.
        var plain = true
        var previousSpace = true
        var previous: UInt8 = 0
        for b in bytes {
            if b == 0x20 {
                if previousSpace { plain = false; break }
                previousSpace = true
            } else if isSpecial(b) {
                // `-`, `'`, `` ` `` alone are plain; doubled (or `?``, `!``) they are ligatures.
                let harmless = (b == UInt8(ascii: "-") || b == UInt8(ascii: "'") || b == UInt8(ascii: "`")) && previous != b
                    && !(b == UInt8(ascii: "`") && (previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!")))
                if !harmless && b != UInt8(ascii: "?") && b != UInt8(ascii: "!") { plain = false; break }
                previousSpace = false
            } else {
                previousSpace = false
            }
            previous = b
        }
        if plain && !previousSpace { return String(decoding: bytes, as: UTF8.self) }
        var d = Decoder(bytes: bytes, marked: false)
        d.run()
        unknown.append(contentsOf: d.unknown)
        return String(decoding: d.out, as: UTF8.self)
    }

    public static func decode(_ text: String) -> String {
        var unknown: [String] = []
        return decode(Array(text.utf8), unknown: &unknown)
    }

    /// The marked form: the LaTeX with accent and special-letter commands turned into Unicode and
    /// white space collapsed; everything else (braces, math, other commands) kept.
    public static func marked(_ bytes: [UInt8]) -> String {
        var d = Decoder(bytes: bytes, marked: true)
        d.run()
        return String(decoding: d.out, as: UTF8.self)
    }

    struct Decoder {
        let bytes: [UInt8]
        let marked: Bool
        var i = 0
        var out: [UInt8] = []
        var unknown: [String] = []
        var pendingSpace = false

        init(bytes: [UInt8], marked: Bool) {
            self.bytes = bytes; self.marked = marked
            out.reserveCapacity(bytes.count)
        }

        @inline(__always) func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

        mutating func flushSpace() {
            if pendingSpace { if !out.isEmpty { out.append(0x20) }; pendingSpace = false }
        }

        mutating func emit(_ b: UInt8) { flushSpace(); out.append(b) }

        mutating func emit(_ s: Unicode.Scalar) {
            flushSpace()
            if s.value < 0x80 { out.append(UInt8(s.value)); return }
            out.append(contentsOf: UTF8.encode(s)!)
        }

        mutating func emit(_ bs: ArraySlice<UInt8>) { flushSpace(); out.append(contentsOf: bs) }

        mutating func run() {
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x20, 0x0A, 0x09, 0x0D:
                    pendingSpace = true; i += 1
                case UInt8(ascii: "\\"):
                    command(inGroup: false)
                case UInt8(ascii: "{"):
                    // `{\'e}` and `{\ss}`: a special character, whose braces are not case protection.
                    if marked, at(i + 1) == UInt8(ascii: "\\"), let (s, end) = special(at: i + 1) {
                        var k = end
                        while let c = at(k), isSpace(c) { k += 1 }
                        if at(k) == UInt8(ascii: "}") { emit(s); i = k + 1; continue }
                    }
                    if marked { emit(b) }
                    i += 1
                case UInt8(ascii: "}"):
                    if marked { emit(b) }
                    i += 1
                case UInt8(ascii: "$"):
                    // Math is kept verbatim, delimiters included.
                    var k = i + 1
                    if at(k) == UInt8(ascii: "$") { k += 1 }
                    while k < bytes.count && bytes[k] != UInt8(ascii: "$") {
                        if bytes[k] == UInt8(ascii: "\\") { k += 1 }
                        k += 1
                    }
                    while k < bytes.count && bytes[k] == UInt8(ascii: "$") { k += 1 }
                    emit(bytes[i..<min(k, bytes.count)])
                    i = k
                default:
                    if marked || !LaTeX.isSpecial(b) {
                        // A run of ordinary bytes, copied at once.
                        var k = i + 1
                        while k < bytes.count {
                            let c = bytes[k]
                            if c == UInt8(ascii: "\\") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
                                || c == UInt8(ascii: "$") || LaTeX.isSpace(c) { break }
                            if !marked && LaTeX.isSpecial(c) { break }
                            k += 1
                        }
                        emit(bytes[i..<k]); i = k; continue
                    }
                    switch b {
                    case UInt8(ascii: "-"):
                        if at(i + 1) == UInt8(ascii: "-") {
                            if at(i + 2) == UInt8(ascii: "-") { emit("—"); i += 3 } else { emit("–"); i += 2 }
                        } else { emit(b); i += 1 }
                    case UInt8(ascii: "`"):
                        if at(i + 1) == UInt8(ascii: "`") { emit("“"); i += 2 } else { emit(b); i += 1 }
                    case UInt8(ascii: "'"):
                        if at(i + 1) == UInt8(ascii: "'") { emit("”"); i += 2 } else { emit(b); i += 1 }
                    case UInt8(ascii: "~"):
                        emit("\u{A0}"); i += 1
                    case UInt8(ascii: "?"), UInt8(ascii: "!"):
                        if at(i + 1) == UInt8(ascii: "`") { emit(b == UInt8(ascii: "?") ? "¿" : "¡"); i += 2 } else { emit(b); i += 1 }
                    default:
                        emit(b); i += 1
                    }
                }
            }
        }

        /// Reads an accent or special-letter command at `k` (a backslash). Returns the character and
        /// the index after the command and its argument.
        func special(at k: Int) -> ([Unicode.Scalar], Int)? {
            guard let c = at(k + 1) else { return nil }
            if isLetter(c) {
                var e = k + 1
                while let x = at(e), isLetter(x) { e += 1 }
                let name = String(decoding: bytes[(k + 1)..<e], as: UTF8.self)
                if let l = LaTeX.letterOfCommand[name] {
                    var f = e
                    while let x = at(f), isSpace(x) { f += 1 }
                    if at(f) == UInt8(ascii: "{"), at(f + 1) == UInt8(ascii: "}") { f += 2 }
                    return ([l], f)
                }
                if let sym = LaTeX.symbolOfCommand[name], sym.value >= 0x80 {
                    var f = e
                    while let x = at(f), isSpace(x) { f += 1 }
                    if at(f) == UInt8(ascii: "{"), at(f + 1) == UInt8(ascii: "}") { f += 2 }
                    return ([sym], f)
                }
                if e == k + 2, let mark = LaTeX.markOfAccent[c] {
                    var f = e
                    while let x = at(f), isSpace(x) { f += 1 }
                    return accented(c, mark: mark, argumentAt: f)
                }
                return nil
            }
            if let mark = LaTeX.markOfAccent[c] { return accented(c, mark: mark, argumentAt: k + 2) }
            return nil
        }

        /// Reads an accent's argument (`{x}`, `x`, `\i`, `{\i}`) and composes.
        func accented(_ accent: UInt8, mark: Unicode.Scalar, argumentAt k: Int) -> ([Unicode.Scalar], Int)? {
            var j = k
            var braced = false
            if at(j) == UInt8(ascii: "{") { braced = true; j += 1 }
            var base: Unicode.Scalar
            if at(j) == UInt8(ascii: "\\"), let c = at(j + 1), c == UInt8(ascii: "i") || c == UInt8(ascii: "j"),
               !(at(j + 2).map(isLetter) ?? false) {
                base = c == UInt8(ascii: "i") ? "ı" : "ȷ"
                j += 2
                while let x = at(j), x == 0x20 { j += 1 }
            } else if let (s, n) = scalar(at: j), s != "}", s != "\\", s != "{" {
                base = s; j += n
            } else {
                return nil
            }
            if braced {
                while let x = at(j), isSpace(x) { j += 1 }
                guard at(j) == UInt8(ascii: "}") else { return nil }
                j += 1
            }
            var key = UInt64(accent) << 32 | UInt64(base.value)
            if let c = LaTeX.compose[key] { return ([c], j) }
            if base == "ı" || base == "ȷ" {
                key = UInt64(accent) << 32 | UInt64(base == "ı" ? 0x69 : 0x6A)
                if let c = LaTeX.compose[key] { return ([c], j) }
            }
            // No precomposed letter: the base and a combining mark.
            return ([base, mark], j)
        }

        func scalar(at k: Int) -> (Unicode.Scalar, Int)? {
            guard let b = at(k) else { return nil }
            if b < 0x80 { return (Unicode.Scalar(b), 1) }
            let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard k + n <= bytes.count else { return nil }
            var it = bytes[k..<(k + n)].makeIterator()
            var utf8 = UTF8()
            if case .scalarValue(let s) = utf8.decode(&it) { return (s, n) }
            return nil
        }

        mutating func emit(_ scalars: [Unicode.Scalar]) { for s in scalars { emit(s) } }

        mutating func command(inGroup: Bool) {
            if let (s, end) = special(at: i) {
                emit(s); i = end; return
            }
            guard let c = at(i + 1) else { emit(UInt8(ascii: "\\")); i += 1; return }
            if marked {
                // Everything else is kept as written: the command name, or the escaped character.
                if isLetter(c) {
                    var e = i + 1
                    while let x = at(e), isLetter(x) { e += 1 }
                    emit(bytes[i..<e]); i = e
                } else {
                    emit(bytes[i...(i + 1)]); i += 2
                }
                return
            }
            if isLetter(c) {
                var e = i + 1
                while let x = at(e), isLetter(x) { e += 1 }
                let name = String(decoding: bytes[(i + 1)..<e], as: UTF8.self)
                if let s = LaTeX.symbolOfCommand[name] {
                    emit(s); i = skipAfterControlWord(e)
                } else if LaTeX.formatting.contains(name) {
                    i = skipAfterControlWord(e, keepEmptyGroup: true)
                } else {
                    // Unknown: keep it, with any brace or bracket arguments, verbatim.
                    var k = e
                    while k < bytes.count, bytes[k] == UInt8(ascii: "{") || bytes[k] == UInt8(ascii: "[") {
                        let close: UInt8 = bytes[k] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                        var depth = 0
                        while k < bytes.count {
                            let x = bytes[k]
                            if x == UInt8(ascii: "\\") { k += 2; continue }
                            if x == UInt8(ascii: "{") || (close == UInt8(ascii: "]") && x == UInt8(ascii: "[") && depth == 0) { depth += 1 }
                            else if x == UInt8(ascii: "}") || (close == UInt8(ascii: "]") && x == close) { depth -= 1 }
                            k += 1
                            if depth == 0 { break }
                        }
                    }
                    k = min(k, bytes.count)
                    emit(bytes[i..<k])
                    unknown.append("\\" + name)
                    i = k
                }
                return
            }
            if let s = LaTeX.controlSymbols[c] {
                if s == " " { pendingSpace = true } else { emit(s) }
                i += 2; return
            }
            switch c {
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "@"):
                i += 2 // discretionary hyphen, italic correction, space factor: invisible
            default:
                let end = min(i + 2, bytes.count)
                emit(bytes[i..<end])
                unknown.append(String(decoding: bytes[i..<end], as: UTF8.self))
                i = end
            }
        }

        /// Skips the spaces that end a control word, and an empty group `{}`.
        func skipAfterControlWord(_ e: Int, keepEmptyGroup: Bool = false) -> Int {
            var f = e
            while let x = at(f), isSpace(x) { f += 1 }
            if !keepEmptyGroup, at(f) == UInt8(ascii: "{"), at(f + 1) == UInt8(ascii: "}") { f += 2 }
            return f
        }
    }

    // MARK: Encoding

    /// What an encoder could not write as LaTeX (only with `ascii`): kept as UTF-8.
    public struct EncodeReport {
        public var unencodable: [Unicode.Scalar] = []
        public var whitespaceChanged = false
        public init() {}
    }

    /// Encodes plain text as BibTeX field text. With `ascii`, the output is 7-bit ASCII except for
    /// characters that have no LaTeX form (reported). With `protectCase`, every word with a capital
    /// letter (but the first letter of the text) is wrapped in braces, so that styles that change case
    /// (sentence case in BibTeX styles, CSL processors, pandoc) keep it as the record has it.
    public static func encode(_ text: String, ascii: Bool, protectCase: Bool = false, report: inout EncodeReport) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        let bytes = Array(text.utf8)
        let n = bytes.count
        var wordStart = 0
        var innerCapital = false
        var letterSeen = false
        var pendingSpace = false
        /// Where the group that protects the previous word closes, when it does: a run of protected
        /// words shares one group (`{Kim Il Sung}`).
        var lastClose: Int?
        func endWord(_ out: inout [UInt8]) {
            if protectCase && innerCapital && wordStart < out.count {
                if let c = lastClose {
                    out.remove(at: c)
                } else {
                    out.insert(UInt8(ascii: "{"), at: wordStart)
                }
                out.append(UInt8(ascii: "}"))
                lastClose = out.count - 1
            } else {
                lastClose = nil
            }
            innerCapital = false; letterSeen = false
        }
        var k = 0
        while k < n {
            let (s, length) = scalar(in: bytes, at: k)
            k += length
            if s == " " || s == "\n" || s == "\t" || s == "\r" {
                if s != " " || pendingSpace || out.isEmpty { report.whitespaceChanged = true }
                pendingSpace = true
                continue
            }
            if pendingSpace {
                endWord(&out)
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                wordStart = out.count
            }
            if protectCase {
                // Any capital protects a word, except the first letter of the first word.
                let alphabetic = s.value < 0x80 ? isLetter(UInt8(s.value)) : s.properties.isAlphabetic
                if alphabetic {
                    let upper = s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
                    if (letterSeen || wordStart > 0) && upper { innerCapital = true }
                    letterSeen = true
                }
            }
            if s.value < 0x80 {
                let b = UInt8(s.value)
                switch b {
                case UInt8(ascii: "\\"): out.append(contentsOf: Array("\\textbackslash{}".utf8))
                case UInt8(ascii: "{"): out.append(contentsOf: Array("\\textbraceleft{}".utf8))
                case UInt8(ascii: "}"): out.append(contentsOf: Array("\\textbraceright{}".utf8))
                case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"):
                    out.append(UInt8(ascii: "\\")); out.append(b)
                case UInt8(ascii: "~"): out.append(contentsOf: Array("\\textasciitilde{}".utf8))
                case UInt8(ascii: "^"): out.append(contentsOf: Array("\\textasciicircum{}".utf8))
                case UInt8(ascii: "-"), UInt8(ascii: "`"), UInt8(ascii: "'"): appendLigatureSafe([b], to: &out)
                default: out.append(b)
                }
                continue
            }
            switch s {
            case "\u{A0}": out.append(UInt8(ascii: "~")); continue
            case "–": appendLigatureSafe([0x2D, 0x2D], to: &out); continue
            case "—": appendLigatureSafe([0x2D, 0x2D, 0x2D], to: &out); continue
            case "“": appendLigatureSafe([0x60, 0x60], to: &out); continue
            case "”": appendLigatureSafe([0x27, 0x27], to: &out); continue
            case "\u{2009}": out.append(contentsOf: [0x5C, 0x2C]); continue
            default: break
            }
            if !ascii {
                out.append(contentsOf: UTF8.encode(s)!)
                continue
            }
            if s == "ı" || s == "ȷ", k < n, case let (next, length) = scalar(in: bytes, at: k), let accent = accentOfMark[next.value] {
                // ı or ȷ and a combining accent.
                appendAccent(accent, base: s, to: &out); k += length; continue
            }
            if let (accent, base) = decompose[s.value] {
                appendAccent(accent, base: base, to: &out); continue
            }
            if let command = commandOfScalar[s.value] {
                out.append(UInt8(ascii: "{")); out.append(UInt8(ascii: "\\"))
                out.append(contentsOf: Array(command.utf8)); out.append(UInt8(ascii: "}"))
                continue
            }
            if let accent = accentOfMark[s.value], let last = out.last, last < 0x80, isLetter(last) {
                // A combining mark after an ASCII letter that has no precomposed form.
                out.removeLast()
                appendAccent(accent, base: Unicode.Scalar(last), to: &out)
                continue
            }
            report.unencodable.append(s)
            out.append(contentsOf: UTF8.encode(s)!)
        }
        if pendingSpace { report.whitespaceChanged = true }
        endWord(&out)
        return out
    }

    /// The scalar at `k` of valid UTF-8, and its length.
    @inline(__always) static func scalar(in bytes: [UInt8], at k: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[k]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar(UInt32(b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F))!, 2) }
        if b0 < 0xF0 {
            return (Unicode.Scalar(UInt32(b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F))!, 3)
        }
        let v = UInt32(b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F)
        return (Unicode.Scalar(v)!, 4)
    }

    /// Appends `-`, `` ` `` or `'` text so that it cannot join what comes before into a ligature
    /// (`--`, ``` `` ```, `''`, `?``): a `{}` goes between.
    static func appendLigatureSafe(_ bytes: [UInt8], to out: inout [UInt8]) {
        if let last = out.last, let first = bytes.first,
           last == first || (first == UInt8(ascii: "`") && (last == UInt8(ascii: "?") || last == UInt8(ascii: "!"))) {
            out.append(UInt8(ascii: "{")); out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: bytes)
    }

    static func appendAccent(_ accent: UInt8, base: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{")); out.append(UInt8(ascii: "\\")); out.append(accent)
        let letterCommand = isLetter(accent)
        if base == "ı" || base == "ȷ" {
            out.append(contentsOf: letterCommand ? [UInt8(ascii: "{"), 0x5C, base == "ı" ? 0x69 : 0x6A, UInt8(ascii: "}")]
                                                 : [0x5C, base == "ı" ? 0x69 : 0x6A])
        } else if letterCommand {
            out.append(UInt8(ascii: "{")); out.append(UInt8(base.value)); out.append(UInt8(ascii: "}"))
        } else {
            out.append(UInt8(base.value))
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Encodes marked text (LaTeX with Unicode letters) for output: with `ascii`, non-ASCII characters
    /// become commands; everything else is written as it is.
    public static func encodeMarked(_ text: String, ascii: Bool, report: inout EncodeReport) -> [UInt8] {
        guard ascii else { return Array(text.utf8) }
        var out: [UInt8] = []
        for s in text.unicodeScalars {
            if s.value < 0x80 { out.append(UInt8(s.value)); continue }
            var r = EncodeReport()
            out.append(contentsOf: encode(String(s), ascii: true, report: &r))
            if let a = accentOfMark[s.value], r.unencodable == [s], let last = out.dropLast(UTF8.encode(s)!.count).last,
               last < 0x80, isLetter(last) {
                out.removeLast(UTF8.encode(s)!.count + 1)
                appendAccent(a, base: Unicode.Scalar(last), to: &out)
                continue
            }
            report.unencodable.append(contentsOf: r.unencodable)
        }
        return out
    }

    /// Folds text to lower-case ASCII letters and digits (for citation keys): accents dropped,
    /// special letters spelled out (`ß` → `ss`, `æ` → `ae`).
    public static func asciiFold(_ text: String) -> String {
        var out: [UInt8] = []
        for s in text.unicodeScalars {
            var v = s
            if v.value >= 0x80 {
                if let (_, base) = decompose[v.value] { v = base }
                else if let c = commandOfScalar[v.value], letterOfCommand[c] != nil {
                    for b in c.lowercased().utf8 where isLetter(b) { out.append(b) }
                    continue
                } else { continue }
            }
            if v == "ı" { out.append(UInt8(ascii: "i")); continue }
            if v == "ȷ" { out.append(UInt8(ascii: "j")); continue }
            guard v.value < 0x80 else { continue }
            let b = UInt8(v.value)
            if isLetter(b) { out.append(b | 0x20) } else if b >= 0x30 && b <= 0x39 { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
