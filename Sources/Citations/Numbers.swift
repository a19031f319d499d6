// Numeric content: is-numeric, plurals, ordinals, long ordinals, roman numerals, page ranges.

enum Numbers {
    /// CSL's is-numeric: numbers with optional letter affixes ("D2", "2b"), separated by comma,
    /// hyphen or ampersand ("2, 3", "2-4", "2 & 4").
    static func isNumeric(_ s: String) -> Bool {
        let tokens = splitTokens(s)
        if tokens.isEmpty { return false }
        var sawNumber = false
        for t in tokens {
            switch t {
            case .number(let n):
                if !isNumberToken(n) { return false }
                sawNumber = true
            case .separator: break
            }
        }
        return sawNumber
    }

    static func isNumberToken(_ t: String) -> Bool {
        let chars = Array(t)
        guard chars.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        // letters only before or after the digits, digits contiguous
        var i = 0
        while i < chars.count && chars[i].isLetter { i += 1 }
        let digitsStart = i
        while i < chars.count && chars[i].isASCII && chars[i].isNumber { i += 1 }
        if i == digitsStart { return false }
        while i < chars.count && chars[i].isLetter { i += 1 }
        return i == chars.count
    }

    enum Token { case number(String), separator(String) }

    /// Splits "2, 3 & 5-7" into numbers and separators (", ", " & ", "-").
    static func splitTokens(_ s: String) -> [Token] {
        var out: [Token] = []
        var cur = ""
        var sep = ""
        for c in s {
            if c == "," || c == "&" || c == "-" || c == "\u{2013}" || c == " " {
                if !cur.isEmpty { out.append(.number(cur)); cur = "" }
                sep.append(c)
            } else {
                if !sep.isEmpty {
                    if out.isEmpty { return [.number(s)] }
                    out.append(.separator(sep)); sep = ""
                }
                cur.append(c)
            }
        }
        if !cur.isEmpty { out.append(.number(cur)) }
        if !sep.isEmpty { out.append(.separator(sep)) }
        return out
    }

    /// Whether a number variable's value is plural ("1-3", "2, 4", "3 & 4"; or a count above 1 for
    /// number-of-pages and number-of-volumes).
    static func isPlural(_ s: String, variable: String) -> Bool {
        if variable == "number-of-pages" || variable == "number-of-volumes" {
            if let n = Int(s.trimmingSpaces) { return n > 1 }
        }
        if s.hasASCII("\\"), s.contains("\\-") { return false }
        let tokens = splitTokens(s)
        var numbers = 0
        for t in tokens { if case .number(let n) = t, isNumberToken(n) || isRoman(n) { numbers += 1 } }
        return numbers > 1
    }

    /// Formats a number variable in a number form; separators become "-" → "–", "&" and "," kept.
    static func format(_ s: String, form: NumberForm, locale: ResolvedLocale, gender: String?) -> String {
        guard isNumeric(s) else { return s }
        var out = ""
        for t in splitTokens(s) {
            switch t {
            case .number(let n):
                if let v = Int(n) {
                    switch form {
                    case .numeric: out += String(v)
                    case .ordinal: out += ordinal(v, locale: locale, gender: gender)
                    case .longOrdinal: out += longOrdinal(v, locale: locale, gender: gender)
                    case .roman: out += roman(v)
                    }
                } else {
                    out += n
                }
            case .separator(let sep):
                let trimmed = sep.filter { $0 != " " }
                switch trimmed {
                case "-", "\u{2013}": out += "\u{2013}"
                case ",": out += ", "
                case "&": out += " & "
                default: out += sep
                }
            }
        }
        return out
    }

    static func ordinal(_ n: Int, locale: ResolvedLocale, gender: String?) -> String {
        String(n) + ordinalSuffix(n, locale: locale, gender: gender)
    }

    static func ordinalSuffix(_ n: Int, locale: ResolvedLocale, gender: String?) -> String {
        func lookup(_ name: String) -> Term? {
            if let g = gender, let t = locale.terms[TermKey(name: name, form: .long, genderForm: g)] { return t }
            return locale.terms[TermKey(name: name, form: .long, genderForm: nil)]
        }
        let two = n % 100
        let twoName = "ordinal-" + (two < 10 ? "0" : "") + String(two)
        if let t = lookup(twoName) {
            let match = t.match ?? (two < 10 ? "last-digit" : "last-two-digits")
            if match != "whole-number" || n == two { return t.single }
        }
        if n >= 100 || two >= 10 {
            // "ordinal-1x" for 10-19 in last-two-digits mode is already handled above
        }
        let one = n % 10
        if let t = lookup("ordinal-0" + String(one)) {
            let match = t.match ?? "last-digit"
            if match == "last-digit" || (match == "whole-number" && n == one) {
                if !(two >= 11 && two <= 13 && lookup("ordinal-" + String(two)) != nil) { return t.single }
            }
        }
        if let t = lookup("ordinal") { return t.single }
        return ""
    }

    static func longOrdinal(_ n: Int, locale: ResolvedLocale, gender: String?) -> String {
        if n >= 1 && n <= 10 {
            let name = "long-ordinal-" + (n < 10 ? "0" : "") + String(n)
            if let g = gender, let t = locale.terms[TermKey(name: name, form: .long, genderForm: g)] { return t.single }
            if let t = locale.terms[TermKey(name: name, form: .long, genderForm: nil)] { return t.single }
        }
        return ordinal(n, locale: locale, gender: gender)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    static func isRoman(_ t: String) -> Bool {
        !t.isEmpty && (t.allSatisfy { "ivxlcdm".contains($0) } || t.allSatisfy { "IVXLCDM".contains($0) })
    }

    /// Splits "N110" into ("N", 110); nil when the token is not letters followed by digits.
    static func prefixed(_ t: Substring) -> (String, String)? {
        let letters = t.prefix { $0.isLetter }
        let digits = t.dropFirst(letters.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (String(letters), String(digits))
    }

    /// Applies `page-range-format` to each range in a page value; ranges get `delimiter` (an en dash
    /// by default). "\-" is a literal hyphen, never a range.
    static func pageRange(_ s: String, format: String?, delimiter: String) -> String {
        let escaped = "\u{E000}"
        var text = s.replacingAll("\\-", escaped)
        if !text.hasASCII("-") && !text.contains("\u{2013}") { return text.replacingAll(escaped, "-") }
        // tokens: runs of non-separators; separators are spaces, commas, ampersands and dashes
        var out = ""
        let chars = Array(text)
        var i = 0
        func isWordChar(_ c: Character) -> Bool { !(c == " " || c == "," || c == "&" || c == "-" || c == "\u{2013}" || c == ";") }
        while i < chars.count {
            guard isWordChar(chars[i]) else { out.append(chars[i]); i += 1; continue }
            var j = i
            while j < chars.count && isWordChar(chars[j]) { j += 1 }
            let a = String(chars[i..<j])
            // a range?
            var k = j
            while k < chars.count && chars[k] == " " { k += 1 }
            var dashes = k
            while dashes < chars.count && (chars[dashes] == "-" || chars[dashes] == "\u{2013}") { dashes += 1 }
            if dashes > k {
                var m = dashes
                while m < chars.count && chars[m] == " " { m += 1 }
                var e = m
                while e < chars.count && isWordChar(chars[e]) { e += 1 }
                if e > m {
                    let b = String(chars[m..<e])
                    out += formatRange(a, b, format: format, delimiter: delimiter)
                    i = e
                    continue
                }
            }
            out += a
            i = j
        }
        text = out
        return text.replacingAll(escaped, "-")
    }

    static func formatRange(_ a: String, _ b: String, format: String?, delimiter: String) -> String {
        if let pa = prefixed(Substring(a)), let pb = prefixed(Substring(b)) {
            if pa.0 == pb.0 {
                let collapsed = collapse(pa.1, pb.1, format: format)
                let keepPrefix = format == nil || format == "expanded" || collapsed.count == pb.1.count && pb.1.count >= pa.1.count
                return a + delimiter + (keepPrefix && format != "minimal" && format != "minimal-two" && !(format ?? "").hasPrefix("chicago") ? pb.0 : "") + collapsed
            }
            return a + "-" + b
        }
        if isRoman(a) && isRoman(b) { return a + delimiter + b }
        return a + "-" + b
    }

    static func collapse(_ first: String, _ last: String, format: String?) -> String {
        guard let format, let a = Int(first), var b = Int(last) else { return last }
        var lastS = last
        if lastS.count < first.count {
            // expand "321-8" to "321-328" first
            lastS = String(first.prefix(first.count - lastS.count)) + lastS
            b = Int(lastS) ?? b
        }
        if b < a { return last }
        let fa = Array(first), fb = Array(lastS)
        guard fa.count == fb.count else { return lastS }
        func minimal(_ keep: Int) -> String {
            var i = 0
            while i < fa.count - 1 && fa[i] == fb[i] { i += 1 }
            let kept = max(fb.count - i, min(keep, fb.count))
            return String(fb.suffix(kept))
        }
        switch format {
        case "expanded": return lastS
        case "minimal": return minimal(1)
        case "minimal-two": return minimal(2)
        case "chicago", "chicago-15", "chicago-16":
            if a < 100 || a % 100 == 0 { return lastS }
            if a % 100 < 10 { return minimal(1) }
            if format != "chicago-16" && fa.count == 4 && String(fa) != String(fb) {
                let diff = zip(fa, fb).filter { $0 != $1 }.count
                if diff >= 3 { return lastS }
            }
            return minimal(2)
        default: return lastS
        }
    }
}
