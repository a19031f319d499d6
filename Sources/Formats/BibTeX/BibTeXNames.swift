import CrosswalkModel

/// BibTeX names: splitting a name list by BibTeX's own rules, and writing agents back.
///
/// A list is split at the word `and` at brace depth 0. Each name is one of
/// "First von Last", "von Last, First" or "von Last, Jr, First" (commas at depth 0). Words are
/// separated by white space and `~` at depth 0. A word is lower case (part of "von") when its
/// first letter at brace depth 0 is lower case; a group that starts with a backslash (`{\'e}`,
/// `{\oe}`) counts as that letter; other groups are skipped. A name that is one braced group
/// (`{Barnes and Noble, Inc.}`) is a `literal`; `others` is the et-al marker.
public enum BibTeXNames {
    /// Splits a name list (LaTeX bytes) and decodes each name into an agent.
    public static func parse(_ raw: [UInt8], role: AgentRole, unknown: inout [String]) -> [Agent] {
        splitNames(raw).compactMap { name(Array($0), role: role, unknown: &unknown) }
    }

    /// The names of a list, split at `and` (any case) at depth 0.
    static func splitNames(_ raw: [UInt8]) -> [ArraySlice<UInt8>] {
        var names: [ArraySlice<UInt8>] = []
        var depth = 0
        var start = 0
        var k = 0
        let n = raw.count
        while k < n {
            let b = raw[k]
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            else if depth == 0 && LaTeX.isSpace(b) && k + 4 < n
                        && (raw[k + 1] | 0x20) == UInt8(ascii: "a") && (raw[k + 2] | 0x20) == UInt8(ascii: "n")
                        && (raw[k + 3] | 0x20) == UInt8(ascii: "d") && LaTeX.isSpace(raw[k + 4]) {
                names.append(raw[start..<k])
                start = k + 4
                k += 4
                continue
            }
            k += 1
        }
        names.append(raw[start..<n])
        return names
    }

    /// Splits at depth-0 commas.
    static func splitCommas(_ raw: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = [[]]
        var depth = 0
        for b in raw {
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if b == UInt8(ascii: ",") && depth == 0 { parts.append([]); continue }
            parts[parts.count - 1].append(b)
        }
        return parts
    }

    /// Splits into words at depth-0 white space and `~`.
    static func words(_ raw: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        var depth = 0
        for b in raw {
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0 && (LaTeX.isSpace(b) || b == UInt8(ascii: "~")) {
                if !current.isEmpty { out.append(current); current = [] }
                continue
            }
            current.append(b)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func trimmed(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var a = s.startIndex, b = s.endIndex
        while a < b && LaTeX.isSpace(s[a]) { a += 1 }
        while b > a && LaTeX.isSpace(s[b - 1]) { b -= 1 }
        return Array(s[a..<b])
    }

    /// Whether a word is lower case by BibTeX's rule (see the type's documentation).
    static func isLowercase(_ w: [UInt8]) -> Bool {
        var k = 0
        let n = w.count
        while k < n {
            let b = w[k]
            if b == UInt8(ascii: "{") {
                if k + 1 < n && w[k + 1] == UInt8(ascii: "\\") {
                    // A special character: a foreign letter decides by its own case; otherwise the first letter after the command.
                    var e = k + 2
                    while e < n && LaTeX.isLetter(w[e]) { e += 1 }
                    let name = String(decoding: w[(k + 2)..<e], as: UTF8.self)
                    if let l = LaTeX.letterOfCommand[name] { return l.properties.isLowercase }
                    var depth = 1
                    var j = e
                    while j < n && depth > 0 {
                        let c = w[j]
                        if c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "}") { depth -= 1 }
                        else if LaTeX.isLetter(c) { return c >= 0x61 }
                        else if c >= 0x80, let s = scalar(w, j) { if s.properties.isAlphabetic { return s.properties.isLowercase } }
                        j += 1
                    }
                    return false
                }
                // A protected group: skipped.
                var depth = 0
                while k < n {
                    if w[k] == UInt8(ascii: "{") { depth += 1 } else if w[k] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
                k += 1
                continue
            }
            if b == UInt8(ascii: "\\") {
                // A command at depth 0: skip its name; an accent's argument decides.
                var e = k + 1
                if e < n && LaTeX.isLetter(w[e]) {
                    while e < n && LaTeX.isLetter(w[e]) { e += 1 }
                    let name = String(decoding: w[(k + 1)..<e], as: UTF8.self)
                    if let l = LaTeX.letterOfCommand[name] { return l.properties.isLowercase }
                } else { e += 1 }
                k = e
                continue
            }
            if LaTeX.isLetter(b) { return b >= 0x61 }
            if b >= 0x80, let s = scalar(w, k), s.properties.isAlphabetic {
                if s.properties.isLowercase { return true }
                if s.properties.isUppercase { return false }
            }
            k += 1
        }
        return false
    }

    static func scalar(_ w: [UInt8], _ k: Int) -> Unicode.Scalar? {
        var it = w[k...].makeIterator()
        var utf8 = UTF8()
        if case .scalarValue(let s) = utf8.decode(&it) { return s }
        return nil
    }

    static func decodeWords(_ ws: ArraySlice<[UInt8]>, unknown: inout [String]) -> String? {
        if ws.isEmpty { return nil }
        var joined: [UInt8] = []
        for (i, w) in ws.enumerated() {
            if i > 0 { joined.append(0x20) }
            joined.append(contentsOf: w)
        }
        let s = LaTeX.decode(joined, unknown: &unknown)
        return s.isEmpty ? nil : s
    }

    /// One name.
    static func name(_ rawName: [UInt8], role: AgentRole, unknown: inout [String]) -> Agent? {
        let raw = trimmed(rawName[...])
        if raw.isEmpty { return nil }
        if raw == Array("others".utf8) { return .etAl(role: role) }
        // One braced group: a literal.
        if raw.first == UInt8(ascii: "{") && raw.last == UInt8(ascii: "}") && raw.count >= 2 && raw[1] != UInt8(ascii: "\\") {
            var depth = 0, closesAtEnd = true
            for (i, b) in raw.enumerated() {
                if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth -= 1; if depth == 0 && i != raw.count - 1 { closesAtEnd = false; break } }
            }
            if closesAtEnd {
                let s = LaTeX.decode(Array(raw[1..<(raw.count - 1)]), unknown: &unknown)
                return s.isEmpty ? nil : Agent.literal(s, role: role)
            }
        }
        // Fast path: "Family, Given" or "Family" with one-word family and no braces or commands.
        if !raw.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "~") }) {
            if let c = raw.firstIndex(of: UInt8(ascii: ",")) {
                if !raw[(c + 1)...].contains(UInt8(ascii: ",")) && !raw[..<c].contains(where: LaTeX.isSpace) && c > 0 {
                    let family = LaTeX.decode(Array(raw[..<c]), unknown: &unknown)
                    let given = LaTeX.decode(Array(raw[(c + 1)...]), unknown: &unknown)
                    return Agent(role: role, family: family, given: given.isEmpty ? nil : given)
                }
            } else if !raw.contains(where: LaTeX.isSpace) {
                return Agent(role: role, family: LaTeX.decode(raw, unknown: &unknown))
            }
        }
        let parts = splitCommas(raw)
        var first: ArraySlice<[UInt8]> = []
        var von: ArraySlice<[UInt8]> = []
        var last: ArraySlice<[UInt8]> = []
        var jr: ArraySlice<[UInt8]> = []
        if parts.count == 1 {
            let w = words(parts[0])[...]
            let n = w.count
            if n == 0 { return nil }
            var vonStart = 0
            while vonStart < n - 1 && !isLowercase(w[vonStart]) { vonStart += 1 }
            if vonStart == n - 1 {
                first = w[0..<(n - 1)]; last = w[(n - 1)...]
            } else {
                var vonEnd = n - 1
                while vonEnd > vonStart && !isLowercase(w[vonEnd - 1]) { vonEnd -= 1 }
                first = w[0..<vonStart]; von = w[vonStart..<vonEnd]; last = w[vonEnd...]
            }
        } else {
            let w = words(parts[0])[...]
            let n = w.count
            var vonEnd = max(n - 1, 0)
            while vonEnd > 0 && !isLowercase(w[vonEnd - 1]) { vonEnd -= 1 }
            von = w[0..<vonEnd]; last = w[vonEnd...]
            if parts.count == 2 {
                first = words(parts[1])[...]
            } else {
                jr = words(parts[1])[...]
                // More than two commas: the rest is the first name (BibTeX complains; we keep it).
                var rest: [UInt8] = []
                for (i, p) in parts[2...].enumerated() { if i > 0 { rest.append(UInt8(ascii: ",")) }; rest.append(contentsOf: p) }
                first = words(rest)[...]
            }
        }
        let family = decodeWords(last, unknown: &unknown)
        let given = decodeWords(first, unknown: &unknown)
        let particle = decodeWords(von, unknown: &unknown)
        let suffix = decodeWords(jr, unknown: &unknown)
        guard let family else {
            let whole = LaTeX.decode(raw, unknown: &unknown)
            return whole.isEmpty ? nil : Agent.literal(whole, role: role)
        }
        return Agent(role: role, family: family, given: given, particle: particle, suffix: suffix)
    }

    // MARK: Writing

    /// The LaTeX of a name list, "von Last, Jr, First" for each person, `{literal}` for bodies and
    /// whole names, `others` for the et-al marker. Problems (a particle that BibTeX would read as
    /// part of the family name) are returned as messages.
    public static func format(_ agents: [Agent], ascii: Bool, report: inout LaTeX.EncodeReport, problems: inout [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, a) in agents.enumerated() {
            if i > 0 { out.append(contentsOf: Array(" and ".utf8)) }
            if a.isEtAl { out.append(contentsOf: Array("others".utf8)); continue }
            if let literal = a.literal {
                let e = LaTeX.encode(literal, ascii: ascii, report: &report)
                // `{\x...}` would be a special character, not a literal: add a group.
                let special = e.first == UInt8(ascii: "\\")
                out.append(UInt8(ascii: "{"))
                if special { out.append(UInt8(ascii: "{")) }
                out.append(contentsOf: e)
                if special { out.append(UInt8(ascii: "}")) }
                out.append(UInt8(ascii: "}"))
                continue
            }
            if let p = a.particle, !p.isEmpty {
                let e = encodePart(p, ascii: ascii, report: &report)
                let ws = words(e)
                if ws.contains(where: { !isLowercase($0) || isAnd($0) }) || e.contains(UInt8(ascii: ",")) {
                    problems.append("the particle \"\(p)\" does not start with a lower-case letter in every word, so BibTeX reads it as part of the family name")
                    out.append(UInt8(ascii: "{")); out.append(contentsOf: e); out.append(UInt8(ascii: "}"))
                } else {
                    out.append(contentsOf: e)
                }
                out.append(0x20)
            }
            let fam = encodePart(a.family ?? "", ascii: ascii, report: &report)
            let fw = words(fam)
            let needsBraces = fam.contains(UInt8(ascii: ",")) || fw.contains(where: isAnd)
                || fw.dropLast().contains(where: isLowercase) || fw.isEmpty || fam == Array("others".utf8)
            if needsBraces { out.append(UInt8(ascii: "{")) }
            out.append(contentsOf: fam)
            if needsBraces { out.append(UInt8(ascii: "}")) }
            let suffix = a.suffix.flatMap { $0.isEmpty ? nil : $0 }
            let given = a.given.flatMap { $0.isEmpty ? nil : $0 }
            if let suffix {
                out.append(contentsOf: Array(", ".utf8))
                appendPart(suffix, ascii: ascii, report: &report, to: &out)
                out.append(UInt8(ascii: ","))
                if given != nil { out.append(0x20) }
            } else if given != nil {
                out.append(contentsOf: Array(", ".utf8))
            } else if fw.count > 1 {
                // "Brinch Hansen," : without the comma the first word would be read as a given name.
                out.append(UInt8(ascii: ","))
            }
            if let given { appendPart(given, ascii: ascii, report: &report, to: &out) }
        }
        return out
    }

    /// A name part: a no-break space is written `{~}`, since a bare `~` separates words in a name.
    static func encodePart(_ s: String, ascii: Bool, report: inout LaTeX.EncodeReport) -> [UInt8] {
        let e = LaTeX.encode(s, ascii: ascii, report: &report)
        guard e.contains(UInt8(ascii: "~")) else { return e }
        var out: [UInt8] = []
        for b in e {
            if b == UInt8(ascii: "~") { out.append(contentsOf: [UInt8(ascii: "{"), b, UInt8(ascii: "}")]) } else { out.append(b) }
        }
        return out
    }

    static func appendPart(_ s: String, ascii: Bool, report: inout LaTeX.EncodeReport, to out: inout [UInt8]) {
        let e = encodePart(s, ascii: ascii, report: &report)
        let brace = e.contains(UInt8(ascii: ",")) || words(e).contains(where: isAnd)
        if brace { out.append(UInt8(ascii: "{")) }
        out.append(contentsOf: e)
        if brace { out.append(UInt8(ascii: "}")) }
    }

    static func isAnd(_ w: [UInt8]) -> Bool {
        w.count == 3 && (w[0] | 0x20) == UInt8(ascii: "a") && (w[1] | 0x20) == UInt8(ascii: "n") && (w[2] | 0x20) == UInt8(ascii: "d")
    }
}
