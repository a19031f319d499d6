/// The `format` checks used when formats are asserted (`--format-assertion`). Each returns nil for a
/// format it does not know (which is then not checked).
enum FormatCheck {
    static func check(_ format: String, _ s: String) -> Bool? {
        switch format {
        case "date": return date(Array(s.utf8))
        case "time": return time(Array(s.utf8))
        case "date-time": return dateTime(s)
        case "duration": return duration(Array(s.utf8))
        case "email": return email(s, international: false)
        case "idn-email": return email(s, international: true)
        case "hostname": return hostname(s)
        case "idn-hostname": return idnHostname(s)
        case "ipv4": return ipv4(Substring(s))
        case "ipv6": return ipv6(s)
        case "uri": return uri(s, absolute: true, iri: false)
        case "uri-reference": return uri(s, absolute: false, iri: false)
        case "iri": return uri(s, absolute: true, iri: true)
        case "iri-reference": return uri(s, absolute: false, iri: true)
        case "uuid": return uuid(Array(s.utf8))
        case "json-pointer": return jsonPointer(s)
        case "relative-json-pointer": return relativeJSONPointer(s)
        case "regex": return ECMARegex.translate(s) != nil && (try? ECMARegex(s)) != nil
        case "uri-template": return uriTemplate(s)
        default: return nil
        }
    }

    static func digits(_ b: [UInt8], _ from: Int, _ n: Int) -> Int? {
        guard from + n <= b.count else { return nil }
        var v = 0
        for i in from..<(from + n) {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
            v = v * 10 + Int(b[i] - 0x30)
        }
        return v
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func date(_ b: [UInt8]) -> Bool {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2) else { return false }
        return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y)
    }

    static func time(_ b: [UInt8]) -> Bool {
        guard b.count >= 9, b[2] == UInt8(ascii: ":"), b[5] == UInt8(ascii: ":"),
              let h = digits(b, 0, 2), let mi = digits(b, 3, 2), let sec = digits(b, 6, 2) else { return false }
        var i = 8
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            let f = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            if i == f { return false }
        }
        guard i < b.count else { return false }
        var offsetMinutes = 0
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            guard i + 1 == b.count else { return false }
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"), let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2),
                  oh <= 23, om <= 59 else { return false }
            offsetMinutes = (oh * 60 + om) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
        } else { return false }
        guard h <= 23, mi <= 59, sec <= 60 else { return false }
        if sec == 60 {
            // A leap second only at 23:59:60 UTC.
            var utc = (h * 60 + mi - offsetMinutes) % 1440
            if utc < 0 { utc += 1440 }
            return utc == 23 * 60 + 59
        }
        return true
    }

    static func dateTime(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count > 11, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") else { return false }
        return date(Array(b[0..<10])) && time(Array(b[11...]))
    }

    static func duration(_ b: [UInt8]) -> Bool {
        guard b.first == UInt8(ascii: "P"), b.count > 1 else { return false }
        var i = 1
        var inTime = false
        var order = ""
        var any = false, anyTime = false
        let dateUnits = unitsOrder(b), timeUnits = "HMS"
        while i < b.count {
            if b[i] == UInt8(ascii: "T") {
                guard !inTime else { return false }
                if order.contains("W") { return false }
                inTime = true; i += 1; order = ""
                continue
            }
            let f = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > f, i < b.count else { return false }
            let unit = Character(Unicode.Scalar(b[i]))
            let units = inTime ? timeUnits : dateUnits
            guard let pos = units.firstIndex(of: unit) else { return false }
            // RFC 3339 appendix A: the units come in order, with none skipped (Y then D needs M).
            if let last = order.last, let lastPos = units.firstIndex(of: last), units.index(after: lastPos) != pos { return false }
            order.append(unit)
            any = true
            if inTime { anyTime = true }
            i += 1
        }
        if inTime && !anyTime { return false }
        // Weeks do not combine with other units.
        if order.contains("W") && (order.count > 1 || inTime) { return false }
        return any
    }

    static func unitsOrder(_ b: [UInt8]) -> String { b.contains(UInt8(ascii: "W")) ? "W" : "YMD" }

    static func hostname(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 253 else { return false }
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        for l in labels {
            guard !l.isEmpty, l.utf8.count <= 63, l.first != "-", l.last != "-" else { return false }
            guard l.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D }) else { return false }
            // "--" in the third and fourth places is for IDNA A-labels ("xn--").
            let u = Array(l.utf8)
            if u.count >= 4 && u[2] == 0x2D && u[3] == 0x2D && !(u[0] | 0x20 == 0x78 && u[1] | 0x20 == 0x6E) { return false }
        }
        return true
    }

    static func idnHostname(_ s: String) -> Bool {
        guard !s.isEmpty, s.unicodeScalars.count <= 253 else { return false }
        for l in s.split(whereSeparator: { $0 == "." || $0 == "\u{3002}" || $0 == "\u{FF0E}" || $0 == "\u{FF61}" }) {
            guard !l.isEmpty, l.unicodeScalars.count <= 63, l.first != "-", l.last != "-" else { return false }
            for u in l.unicodeScalars {
                if u.isASCII {
                    guard u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "-" else { return false }
                } else if u.properties.generalCategory == .spaceSeparator || u.properties.generalCategory == .control { return false }
            }
        }
        return true
    }

    static func ipv4(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int(p), v <= 255 else { return false }
            if p.count > 1 && p.first == "0" { return false }
        }
        return true
    }

    static func ipv6(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 45 else { return false }
        var text = Substring(s)
        var groupsNeeded = 8
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard ipv4(text[text.index(after: lastColon)...]) else { return false }
            text = text[...lastColon]
            if text.hasSuffix("::") {} else { text = text.dropLast() }
            groupsNeeded = 6
        }
        func groups(_ t: Substring) -> Int? {
            if t.isEmpty { return 0 }
            var n = 0
            for g in t.split(separator: ":", omittingEmptySubsequences: false) {
                guard !g.isEmpty, g.count <= 4, g.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
                n += 1
            }
            return n
        }
        if let r = text.range(of: "::") {
            let left = text[..<r.lowerBound], right = text[r.upperBound...]
            if right.range(of: "::") != nil { return false }
            guard let a = groups(left), let b = groups(right) else { return false }
            return a + b < groupsNeeded
        }
        guard let n = groups(text) else { return false }
        return n == groupsNeeded
    }

    static func email(_ s: String, international: Bool) -> Bool {
        guard let at = s.lastIndex(of: "@") else { return false }
        let local = s[..<at], domain = s[s.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        if local.hasPrefix("\"") {
            guard local.count >= 2, local.hasSuffix("\"") else { return false }
        } else {
            guard local.first != ".", local.last != ".", local.range(of: "..") == nil else { return false }
            let allowed = "!#$%&'*+-/=?^_`{|}~."
            for u in local.unicodeScalars {
                if u.isASCII {
                    guard u.properties.isAlphabetic || ("0"..."9").contains(u) || allowed.unicodeScalars.contains(u) else { return false }
                } else if !international { return false }
            }
        }
        if domain.hasPrefix("[") {
            guard domain.hasSuffix("]") else { return false }
            let inner = domain.dropFirst().dropLast()
            if inner.hasPrefix("IPv6:") { return ipv6(String(inner.dropFirst(5))) }
            return ipv4(inner)
        }
        return international ? idnHostname(String(domain)) : hostname(String(domain))
    }

    static func uuid(_ b: [UInt8]) -> Bool {
        guard b.count == 36 else { return false }
        for (i, c) in b.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 { guard c == UInt8(ascii: "-") else { return false } }
            else { guard Unicode.Scalar(c).properties.isASCIIHexDigit else { return false } }
        }
        return true
    }

    static func jsonPointer(_ s: String) -> Bool {
        if s.isEmpty { return true }
        guard s.hasPrefix("/") else { return false }
        let u = Array(s.utf8)
        for (i, c) in u.enumerated() where c == UInt8(ascii: "~") {
            guard i + 1 < u.count, u[i + 1] == UInt8(ascii: "0") || u[i + 1] == UInt8(ascii: "1") else { return false }
        }
        return true
    }

    static func relativeJSONPointer(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
        guard i > 0, !(i > 1 && u[0] == 0x30) else { return false }
        if i == u.count { return true }
        if u[i] == UInt8(ascii: "#") { return i + 1 == u.count }
        return jsonPointer(String(decoding: u[i...], as: UTF8.self))
    }

    static func uri(_ s: String, absolute: Bool, iri: Bool) -> Bool {
        let unreserved = "-._~", subDelims = "!$&'()*+,;=", gen = ":/?#[]@"
        var sawHash = false
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == "%" {
                guard i + 2 < u.count, u[i + 1].properties.isASCIIHexDigit, u[i + 2].properties.isASCIIHexDigit else { return false }
                i += 3; continue
            }
            if c == "#" { if sawHash { return false }; sawHash = true }
            if !c.isASCII {
                guard iri, c.properties.generalCategory != .spaceSeparator, c.properties.generalCategory != .control else { return false }
            } else {
                guard c.properties.isAlphabetic || ("0"..."9").contains(c) || unreserved.unicodeScalars.contains(c)
                        || subDelims.unicodeScalars.contains(c) || gen.unicodeScalars.contains(c) else { return false }
            }
            i += 1
        }
        let p = URIReference.parse(s)
        if absolute && p.scheme == nil { return false }
        if p.scheme == nil, let colon = p.path.firstIndex(of: ":"), !p.path[..<colon].contains("/") { return false }
        if let a = p.authority {
            // Brackets only around an IP literal; the port must be digits.
            var host = Substring(a)
            // One userinfo at most, without brackets.
            if host.filter({ $0 == "@" }).count > 1 { return false }
            if let atSign = host.lastIndex(of: "@") {
                if host[..<atSign].contains("[") || host[..<atSign].contains("]") { return false }
                host = host[host.index(after: atSign)...]
            }
            if host.hasPrefix("[") {
                guard let close = host.firstIndex(of: "]") else { return false }
                let literal = host[host.index(after: host.startIndex)..<close]
                if !literal.hasPrefix("v") && !literal.hasPrefix("V") && !ipv6(String(literal)) { return false }
                let rest = host[host.index(after: close)...]
                if !rest.isEmpty { guard rest.hasPrefix(":"), rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return false } }
            } else {
                if host.contains("[") || host.contains("]") { return false }
                if let colon = host.lastIndex(of: ":") {
                    guard host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }),
                          !host[..<colon].contains(":") else { return false }
                }
            }
        } else if p.path.contains("[") || p.path.contains("]") { return false }
        return true
    }

    /// RFC 6570 (level 4): literals and `{operator varspec,varspec}` expressions.
    static func uriTemplate(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        var i = 0
        func hex(_ k: Int) -> Bool { k < u.count && u[k].properties.isASCIIHexDigit }
        while i < u.count {
            let c = u[i]
            if c == "{" {
                guard let close = u[i...].firstIndex(of: "}") else { return false }
                var body = Array(u[(i + 1)..<close])
                if let op = body.first, "+#./;?&".unicodeScalars.contains(op) { body.removeFirst() }
                if body.isEmpty { return false }
                for spec in body.split(separator: ",", omittingEmptySubsequences: false) {
                    var name = Array(spec), modifier: [Unicode.Scalar] = []
                    if name.last == "*" { name.removeLast() }
                    else if let colon = name.firstIndex(of: ":") { modifier = Array(name[(colon + 1)...]); name = Array(name[..<colon]) }
                    if !modifier.isEmpty || spec.contains(":") {
                        guard (1...4).contains(modifier.count), modifier.first != "0",
                              modifier.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
                    }
                    guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
                    var k = 0
                    while k < name.count {
                        let v = name[k]
                        if v == "%" {
                            guard k + 2 < name.count, name[k + 1].properties.isASCIIHexDigit, name[k + 2].properties.isASCIIHexDigit else { return false }
                            k += 3; continue
                        }
                        if v == "." { guard k + 1 < name.count, name[k + 1] != "." else { return false } }
                        else { guard v == "_" || (v.isASCII && (v.properties.isAlphabetic || ("0"..."9").contains(v))) else { return false } }
                        k += 1
                    }
                }
                i = close + 1
                continue
            }
            if c == "%" { guard hex(i + 1), hex(i + 2) else { return false }; i += 3; continue }
            if c.value < 0x21 || c.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(c) { return false }
            i += 1
        }
        return true
    }
}
