import CrosswalkModel

/// Dates as spreadsheets write them, read as EDTF: `c. 1950` → `1950~`, `1950s` → `195X`,
/// `[1951?]` → `1951?`, `7 January 1901` → `1901-01-07`, `Jan. 1901` → `1901-01`,
/// `1901/02/03` → `1901-02-03`, `1901-01-07 - 1901-03-30` → `1901-01-07/1901-03-30`,
/// `ca. 1950-1953` → `1950~/1953~`. Only what is unambiguous is read: `03/02/1901` is not.
public enum SpreadsheetDates {
    public enum Reading: Sendable, Hashable {
        /// Already EDTF.
        case edtf(EDTFDate)
        /// Read as this EDTF date; the reader warns, naming the reading.
        case read(EDTFDate)
        /// `n.d.`, `undated`, `s.d.`: no date.
        case undated
        /// Not a date Crosswalk can read: kept as text.
        case unreadable
    }

    public static func read(_ text: String) -> Reading {
        if let d = try? EDTFDate(parsing: text) { return .edtf(d) }
        let t = text.trimmingCharacters
        if t.isEmpty { return .unreadable }
        let lower = t.lowercased()
        if ["n.d.", "n.d", "nd", "[n.d.]", "undated", "no date", "s.d.", "s.d", "[s.d.]", "unknown", "sine dato"].contains(lower) {
            return .undated
        }
        if let d = try? EDTFDate(parsing: t) { return .read(d) }
        if let e = interval(t), let d = try? EDTFDate(parsing: e) { return .read(d) }
        if let e = single(t), let d = try? EDTFDate(parsing: e) { return .read(d) }
        return .unreadable
    }

    // MARK: intervals

    /// `A - B`, `A – B`, `A to B`, `A-B` (years), with a qualifier before the whole applying to both.
    static func interval(_ t: String) -> String? {
        var s = t
        var approx = false
        if let rest = strippingApproximate(s) { s = rest; approx = true }
        for sep in [" - ", " – ", " — ", "–", "—", " to ", " until ", " / "] {
            if let (a, b) = split(s, at: sep) {
                guard var x = single(a), var y = single(b) else { return nil }
                if approx { x = qualify(x, "~"); y = qualify(y, "~") }
                return "\(x)/\(y)"
            }
        }
        // `1950-1953` and `1950-53`: a hyphen between two years.
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit) {
            var end = String(parts[1])
            if end.count == 2 { end = String(parts[0].prefix(2)) + end } else if end.count != 4 { return nil }
            guard end >= String(parts[0]) else { return nil }
            let q = approx ? "~" : ""
            return "\(parts[0])\(q)/\(end)\(q)"
        }
        return nil
    }

    /// The text before and after the first occurrence of `sep`.
    static func split(_ s: String, at sep: String) -> (String, String)? {
        let chars = Array(s), p = Array(sep)
        guard p.count <= chars.count else { return nil }
        for i in 0...(chars.count - p.count) where Array(chars[i..<(i + p.count)]) == p {
            return (String(chars[..<i]), String(chars[(i + p.count)...]))
        }
        return nil
    }

    // MARK: single dates

    /// `c. 1950` and the like: the text after the qualifier.
    static func strippingApproximate(_ t: String) -> String? {
        let lower = t.lowercased()
        for p in ["circa ", "ca. ", "ca.", "ca ", "c. ", "c.", "c ", "approx. ", "approximately ", "about ", "around "]
        where lower.hasPrefix(p) {
            let rest = String(t.dropFirst(p.count)).trimmingCharacters
            if rest.first?.isASCIIDigit == true || rest.first?.isLetter == true || rest.first == "[" { return rest }
        }
        return nil
    }

    static func qualify(_ edtf: String, _ q: String) -> String {
        if edtf.hasSuffix("?") && q == "~" { return String(edtf.dropLast()) + "%" }
        if edtf.hasSuffix("~") && q == "?" { return String(edtf.dropLast()) + "%" }
        if edtf.hasSuffix("?") || edtf.hasSuffix("~") || edtf.hasSuffix("%") { return edtf }
        return edtf + q
    }

    /// One date, with its qualifiers: `c.`, `[…]` (supplied), `?`.
    static func single(_ text: String) -> String? {
        var s = text.trimmingCharacters
        var approx = false, uncertain = false
        if let rest = strippingApproximate(s) { s = rest; approx = true }
        if s.hasPrefix("[") && s.hasSuffix("]") { s = String(s.dropFirst().dropLast()).trimmingCharacters }
        if let rest = strippingApproximate(s) { s = rest; approx = true }
        if s.hasSuffix("?") { s = String(s.dropLast()).trimmingCharacters; uncertain = true }
        if s.hasSuffix("]") && s.hasPrefix("[") { s = String(s.dropFirst().dropLast()) }
        guard var e = plain(s) else { return nil }
        if uncertain { e = qualify(e, "?") }
        if approx { e = qualify(e, "~") }
        return e
    }

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var d: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            d[n] = i + 1
            d[String(n.prefix(3))] = i + 1
        }
        d["sept"] = 9
        return d
    }()

    static func month(_ word: Substring) -> Int? {
        var w = word.lowercased()
        while w.hasSuffix(".") || w.hasSuffix(",") { w.removeLast() }
        return months[w]
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func year(_ w: Substring) -> String? {
        var w = w
        while w.hasSuffix(",") || w.hasSuffix(".") { w = w.dropLast() }
        return w.count == 4 && w.allSatisfy(\.isASCIIDigit) ? String(w) : nil
    }

    static func day(_ w: Substring) -> Int? {
        var w = w.lowercased()[...]
        while w.hasSuffix(",") || w.hasSuffix(".") { w = w.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { w = w.dropLast(2) }
        guard (1...2).contains(w.count), w.allSatisfy(\.isASCIIDigit), let n = Int(w), (1...31).contains(n) else { return nil }
        return n
    }

    /// A date without qualifiers, or nil.
    static func plain(_ s: String) -> String? {
        if (try? EDTFDate(parsing: s)) != nil { return s }
        // `1950s` → `195X`; `1900s` is read as the decade too.
        if s.count == 5, s.hasSuffix("s"), s.prefix(4).allSatisfy(\.isASCIIDigit), s.dropLast().hasSuffix("0") {
            return String(s.prefix(3)) + "X"
        }
        // Numeric with `/` or `.` or `-`: `1901/02/03`, `1901.2.3`, `1901-2-3`, and day-first or month-first
        // when the day is over 12.
        for sep: Character in ["/", ".", "-"] {
            let p = s.split(separator: sep, omittingEmptySubsequences: false)
            guard p.count == 3 || p.count == 2, p.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { continue }
            let n = p.map { Int($0)! }
            if p[0].count == 4 {
                guard (1...12).contains(n[1]) else { return nil }
                if p.count == 2 { return "\(p[0])-\(pad(n[1]))" }
                guard (1...31).contains(n[2]) else { return nil }
                return "\(p[0])-\(pad(n[1]))-\(pad(n[2]))"
            }
            if p.count == 3, p[2].count == 4 {
                // `31/01/1901` (day first) or `01/31/1901` (month first): only when one part is over 12.
                if n[0] > 12, (1...12).contains(n[1]), n[0] <= 31 { return "\(p[2])-\(pad(n[1]))-\(pad(n[0]))" }
                if n[1] > 12, (1...12).contains(n[0]), n[1] <= 31 { return "\(p[2])-\(pad(n[0]))-\(pad(n[1]))" }
                if n[0] == n[1], (1...12).contains(n[0]) { return "\(p[2])-\(pad(n[0]))-\(pad(n[0]))" }
                return nil
            }
            if p.count == 2, p[1].count == 4, (1...12).contains(n[0]) { return "\(p[1])-\(pad(n[0]))" }
        }
        // Words: `7 January 1901`, `January 7, 1901`, `Jan. 1901`, `January 1901`, `1901 January 7`.
        let w = s.split(whereSeparator: { $0 == " " || $0 == "\t" })
        switch w.count {
        case 2:
            if let m = month(w[0]), let y = year(w[1]) { return "\(y)-\(pad(m))" }
            if let y = year(w[0]), let m = month(w[1]) { return "\(y)-\(pad(m))" }
        case 3:
            if let d = day(w[0]), let m = month(w[1]), let y = year(w[2]) { return "\(y)-\(pad(m))-\(pad(d))" }
            if let m = month(w[0]), let d = day(w[1]), let y = year(w[2]) { return "\(y)-\(pad(m))-\(pad(d))" }
            if let y = year(w[0]), let m = month(w[1]), let d = day(w[2]) { return "\(y)-\(pad(m))-\(pad(d))" }
        default:
            break
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    var trimmingCharacters: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
