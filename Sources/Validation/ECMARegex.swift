/// A JSON Schema `pattern`: an ECMA-262 regular expression (with the `u` flag), run by Swift's
/// `Regex` over Unicode scalars. The translation keeps ECMA's meaning where the two differ: `\d`,
/// `\w` and `\b` are ASCII-only, `$` matches only at the very end (not before a final line break),
/// and the search is unanchored.
final class ECMARegex: @unchecked Sendable {
    let source: String
    private let regex: Regex<AnyRegexOutput>
    /// Recent answers: catalogues repeat their values (dates, roles), and a match costs far more
    /// than a lookup.
    private var memo: [String: Bool] = [:]

    init(_ pattern: String) throws(RegexSyntaxError) {
        source = pattern
        guard let translated = Self.translate(pattern) else { throw RegexSyntaxError(pattern: pattern) }
        do {
            regex = try Regex(translated)
                .matchingSemantics(.unicodeScalar)
                .asciiOnlyDigits()
                .asciiOnlyWordCharacters()
        } catch {
            throw RegexSyntaxError(pattern: pattern)
        }
    }

    func matches(_ s: String) -> Bool {
        if let known = memo[s] { return known }
        let found = (try? regex.firstMatch(in: s)) != nil
        if memo.count > 4096 { memo.removeAll(keepingCapacity: true) }
        memo[s] = found
        return found
    }

    struct RegexSyntaxError: Error { var pattern: String }

    /// ECMA-262 to Swift regex syntax; nil for what ECMA refuses (with the `u` flag).
    static func translate(_ p: String) -> String? {
        var out = ""
        let cs = Array(p.unicodeScalars)
        var i = 0
        var inClass = false
        while i < cs.count {
            let c = cs[i]
            if c == "\\" {
                guard i + 1 < cs.count else { return nil }
                let n = cs[i + 1]
                switch n {
                case "d", "D", "w", "W", "s", "S", "b", "B", "n", "r", "t", "f", "v", "0",
                     "p", "P", "u", "x", "c", "k":
                    if n == "c" {
                        // \cX: a control character.
                        guard i + 2 < cs.count, cs[i + 2].properties.isASCIIHexDigit || (cs[i + 2].value | 0x20 >= 0x61 && cs[i + 2].value | 0x20 <= 0x7A) else { return nil }
                        let v = cs[i + 2].value % 32
                        out += "\\u{\(String(v, radix: 16))}"
                        i += 3; continue
                    }
                    if n == "u" {
                        // \uXXXX or \u{X…}
                        if i + 2 < cs.count && cs[i + 2] == "{" {
                            guard let close = cs[(i + 2)...].firstIndex(of: "}") else { return nil }
                            out += "\\u{" + String(String.UnicodeScalarView(cs[(i + 3)..<close])) + "}"
                            i = close + 1; continue
                        }
                        guard i + 6 <= cs.count else { return nil }
                        let hex = String(String.UnicodeScalarView(cs[(i + 2)..<(i + 6)]))
                        guard let v = UInt32(hex, radix: 16) else { return nil }
                        // A surrogate pair written as two escapes.
                        if v >= 0xD800 && v < 0xDC00, i + 12 <= cs.count, cs[i + 6] == "\\", cs[i + 7] == "u",
                           let low = UInt32(String(String.UnicodeScalarView(cs[(i + 8)..<(i + 12)])), radix: 16), low >= 0xDC00 && low < 0xE000 {
                            out += "\\u{\(String(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00), radix: 16))}"
                            i += 12; continue
                        }
                        out += "\\u{\(hex)}"
                        i += 6; continue
                    }
                    if n == "v" { out += "\\u{b}"; i += 2; continue }
                    if n == "0" { out += "\\u{0}"; i += 2; continue }
                    out.unicodeScalars.append(c); out.unicodeScalars.append(n)
                    i += 2
                case "1"..."9":
                    out.unicodeScalars.append(c); out.unicodeScalars.append(n); i += 2
                default:
                    // Identity escapes: only syntax characters (and `-` in a class) with the `u` flag.
                    guard "^$\\.*+?()[]{}|/".unicodeScalars.contains(n) || (inClass && n == "-") else { return nil }
                    if n == "/" { out += "/" } else { out.unicodeScalars.append(c); out.unicodeScalars.append(n) }
                    i += 2
                }
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                if c == "[" { out += "\\[" ; i += 1; continue }
                if c == "&" || c == "~" || c == "-" && i + 1 < cs.count && cs[i + 1] == "-" {
                    out += "\\"; out.unicodeScalars.append(c); i += 1; continue
                }
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            if c == "(" && i + 1 < cs.count && cs[i + 1] == "?" {
                // Not ECMA-262: Python's (?P…), comments (?#…) and global flags (?i).
                guard i + 2 < cs.count else { return nil }
                let k = cs[i + 2]
                if k == "P" || k == "#" { return nil }
                if "imsx".unicodeScalars.contains(k) {
                    var j = i + 2
                    while j < cs.count && "imsx-".unicodeScalars.contains(cs[j]) { j += 1 }
                    if j < cs.count && cs[j] == ")" { return nil }
                }
            }
            switch c {
            case "[":
                inClass = true
                if i + 1 < cs.count && cs[i + 1] == "^" {
                    if i + 2 < cs.count && cs[i + 2] == "]" { out += "[\\s\\S]"; i += 3; inClass = false; continue }
                    out += "[^"; i += 2
                } else {
                    if i + 1 < cs.count && cs[i + 1] == "]" { out += "(?!)"; i += 2; inClass = false; continue }
                    out += "["; i += 1
                }
                // A `]` right after `[` or `[^` closes nothing in Swift either; ECMA makes it an empty class.
                continue
            case "$":
                out += "\\z"
            case ".":
                out += "[^\\n\\r\\u{2028}\\u{2029}]"
            case " ", "#":
                // Swift regex syntax is not in extended mode by default; keep literally.
                out.unicodeScalars.append(c)
            default:
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        if inClass { return nil }
        return out
    }
}
