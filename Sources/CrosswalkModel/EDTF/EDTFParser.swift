/// The EDTF Level 0/1 parser, over UTF-8 bytes. Each error names what is wrong and its byte offset.
struct EDTFParser {
    let bytes: UnsafeBufferPointer<UInt8>

    private enum Field {
        case value(Int)
        case unspecified
    }

    // MARK: Top level

    func parse() throws(EDTFError) -> EDTFDate.Value {
        let n = bytes.count
        guard n > 0 else { throw EDTFError(message: "empty string is not an EDTF date", offset: 0) }
        var slash = -1
        for i in 0..<n where bytes[i] == UInt8(ascii: "/") {
            if slash >= 0 {
                throw EDTFError(
                    message: "an interval has exactly one '/'; multiple or nested intervals are not allowed",
                    offset: i)
            }
            slash = i
        }
        if slash < 0 {
            if bytes[0] == UInt8(ascii: "."), n >= 2, bytes[1] == UInt8(ascii: ".") {
                throw EDTFError(message: "'..' (open) is only allowed as an interval endpoint", offset: 0)
            }
            return .single(try parseDate(from: 0, to: n, inInterval: false))
        }
        let start = try parseEndpoint(from: 0, to: slash)
        let end = try parseEndpoint(from: slash + 1, to: n)
        switch (start, end) {
        case (.date(let s), .date(let e)):
            if s.earliest > e.latest {
                throw EDTFError(
                    message: "interval end \(e) is earlier than its start \(s)", offset: slash + 1)
            }
        case (.date, _), (_, .date):
            break
        default:
            throw EDTFError(
                message: "an interval needs at least one date endpoint ('\(start)/\(end)' has none)", offset: 0)
        }
        return .interval(start: start, end: end)
    }

    private func parseEndpoint(from lo: Int, to hi: Int) throws(EDTFError) -> EDTFEndpoint {
        if lo == hi { return .unknown }
        if bytes[lo] == UInt8(ascii: "."), hi - lo >= 2, bytes[lo + 1] == UInt8(ascii: ".") {
            if hi - lo == 2 { return .open }
            let p = lo + 2
            if isQualifier(bytes[p]) {
                throw EDTFError(message: "an open endpoint '..' cannot be qualified", offset: p)
            }
            throw EDTFError(message: "unexpected \(describe(at: p)) after '..'", offset: p)
        }
        return .date(try parseDate(from: lo, to: hi, inInterval: true))
    }

    // MARK: Dates

    private func parseDate(from lo: Int, to hi: Int, inInterval: Bool) throws(EDTFError) -> EDTFSimpleDate {
        var date = EDTFSimpleDate(year: 0)
        var p = lo
        switch bytes[p] {
        case UInt8(ascii: "Y"):
            return try parseLongYear(from: lo, to: hi)
        case UInt8(ascii: "?"), UInt8(ascii: "~"), UInt8(ascii: "%"):
            throw EDTFError(
                message: "qualification from the left ('\(text(p, p + 1))' before the date) is Level 2 and not supported",
                offset: p)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw setsAndLists(at: p)
        default:
            break
        }

        try parseYear(at: &p, from: lo, to: hi, into: &date)
        if p < hi && bytes[p] == UInt8(ascii: "-") {
            try parseMonthAndDay(at: &p, from: lo, to: hi, into: &date)
        }
        if p < hi && bytes[p] == UInt8(ascii: "T") {
            if inInterval {
                throw EDTFError(message: "a time of day is not allowed in an interval (EDTF intervals are date/date)", offset: p)
            }
            if date.day == nil {
                throw EDTFError(message: "a time of day needs a complete date (YYYY-MM-DDThh:mm:ss)", offset: p)
            }
            p += 1
            date.time = try parseTime(at: &p, to: hi)
        }
        if p < hi && isQualifier(bytes[p]) {
            try parseQualifier(at: &p, to: hi, into: &date)
        }

        if p < hi { throw unexpected(at: p, date: date) }
        return date
    }

    /// The year: an optional '-', then four characters of digits with up to two trailing X.
    private func parseYear(at p: inout Int, from lo: Int, to hi: Int, into date: inout EDTFSimpleDate) throws(EDTFError) {
        var negative = false
        if bytes[p] == UInt8(ascii: "-") {
            negative = true
            p += 1
        }
        let yearStart = p
        var magnitude = 0
        var digitCount = 0
        var xCount = 0
        var firstX = -1
        while p < hi {
            let b = bytes[p]
            if b &- UInt8(ascii: "0") < 10 {
                if firstX >= 0 {
                    throw EDTFError(
                        message: "'X' may only replace the rightmost digits of the year (e.g. 195X, 19XX)",
                        offset: firstX)
                }
                digitCount += 1
                if digitCount <= 18 { magnitude = magnitude * 10 + Int(b &- UInt8(ascii: "0")) }
            } else if b == UInt8(ascii: "X") {
                if firstX < 0 { firstX = p }
                xCount += 1
            } else if b == UInt8(ascii: "x") {
                throw EDTFError(message: "unspecified digits must be an uppercase 'X'", offset: p)
            } else {
                break
            }
            p += 1
        }
        let yearLength = p - yearStart
        if yearLength == 0 { throw expected("a four-digit year", at: p, to: hi, atEnd: "expected a four-digit year after '-'") }
        if yearLength != 4 {
            if yearLength > 4 && xCount == 0 {
                throw EDTFError(
                    message: "year \(text(yearStart, p)) has more than four digits; such years need a 'Y' prefix (e.g. Y\(text(yearStart, p)))",
                    offset: yearStart)
            }
            throw EDTFError(
                message: "year must have exactly four digits, found \(yearLength) ('\(text(yearStart, p))')",
                offset: yearStart)
        }
        if xCount > 2 {
            throw EDTFError(
                message: "only the last one or two digits of a year may be 'X' at Level 1 (found \(xCount) in '\(text(yearStart, p))')",
                offset: firstX)
        }
        for _ in 0..<xCount { magnitude *= 10 }
        if negative && magnitude == 0 {
            throw EDTFError(
                message: xCount == 0
                    ? "year -0000 is not valid; year zero is written 0000"
                    : "a negative year needs a non-zero specified digit ('\(text(lo, p))')",
                offset: lo)
        }
        date.year = negative ? -magnitude : magnitude
        date.unspecifiedYearDigits = xCount
    }

    /// The month (or season) after the year's '-', and the day, if any; `p` is at the '-'.
    private func parseMonthAndDay(at p: inout Int, from lo: Int, to hi: Int, into date: inout EDTFSimpleDate) throws(EDTFError) {
        let xCount = date.unspecifiedYearDigits
        if xCount > 0 {
            throw EDTFError(
                message: "a month cannot follow a year with unspecified digits ('\(text(lo, p))-…' is not Level 1)",
                offset: p)
        }
        p += 1
        switch try twoDigitField(at: p, to: hi, name: "month", allowX: true) {
        case .unspecified:
            date.monthUnspecified = true
        case .value(let m):
            if (1...12).contains(m) {
                date.month = m
            } else if (21...24).contains(m) {
                date.season = m
            } else {
                let hint = (25...41).contains(m) ? "; seasons 25-41 are Level 2 and not supported" : ""
                throw EDTFError(
                    message: "month \(text(p, p + 2)) is out of range (01-12 or seasons 21-24\(hint))", offset: p)
            }
        }
        p += 2

        // Day.
        if p < hi && bytes[p] == UInt8(ascii: "-") {
            if date.season != nil {
                throw EDTFError(message: "a season (\(text(p - 2, p))) cannot be followed by a day", offset: p)
            }
            p += 1
            switch try twoDigitField(at: p, to: hi, name: "day", allowX: true) {
            case .unspecified:
                date.dayUnspecified = true
            case .value(let d):
                guard let month = date.month else {
                    throw EDTFError(
                        message: "day \(text(p, p + 2)) cannot follow an unspecified month 'XX' (that is Level 2)",
                        offset: p)
                }
                let limit = daysInMonth(month, year: date.year)
                if d < 1 || d > limit {
                    let ym = text(lo, p - 1)
                    let y = text(lo, p - 4)
                    throw EDTFError(
                        message: "day \(text(p, p + 2)) is out of range for \(ym) (\(EDTFDate.monthNames[month - 1]) \(y) has \(limit) days)",
                        offset: p)
                }
                date.day = d
            }
            p += 2
        }
    }

    /// The qualifier at the end of a date; `p` is at it.
    private func parseQualifier(at p: inout Int, to hi: Int, into date: inout EDTFSimpleDate) throws(EDTFError) {
        if date.time != nil {
            throw EDTFError(message: "a time of day cannot be qualified ('\(text(p, p + 1))')", offset: p)
        }
        date.qualifier = EDTFQualifier(rawValue: text(p, p + 1))
        p += 1
        if p < hi {
            if isQualifier(bytes[p]) {
                throw EDTFError(
                    message: "only one qualifier is allowed at the end of a date (use '%' for uncertain and approximate); found '\(text(p - 1, p + 1))'",
                    offset: p)
            }
            if bytes[p] == UInt8(ascii: "-") {
                throw EDTFError(
                    message: "qualifying a single component (e.g. '2004?-06') is Level 2 and not supported; put the qualifier at the end",
                    offset: p - 1)
            }
        }
    }

    private func parseLongYear(from lo: Int, to hi: Int) throws(EDTFError) -> EDTFSimpleDate {
        var p = lo + 1
        var negative = false
        if p < hi && bytes[p] == UInt8(ascii: "-") {
            negative = true
            p += 1
        }
        let digitsStart = p
        var magnitude = 0
        while p < hi, bytes[p] &- UInt8(ascii: "0") < 10 {
            if p - digitsStart < 18 { magnitude = magnitude * 10 + Int(bytes[p] &- UInt8(ascii: "0")) }
            p += 1
        }
        let count = p - digitsStart
        if count == 0 {
            if p < hi && (bytes[p] == UInt8(ascii: "X") || bytes[p] == UInt8(ascii: "x")) {
                throw EDTFError(message: "unspecified digits ('X') are not allowed in a 'Y'-prefixed year", offset: p)
            }
            throw EDTFError(message: "expected digits after 'Y'", offset: p)
        }
        if bytes[digitsStart] == UInt8(ascii: "0") {
            throw EDTFError(message: "a 'Y'-prefixed year must not start with 0", offset: digitsStart)
        }
        if count <= 4 {
            throw EDTFError(
                message: "a 'Y'-prefixed year must have more than four digits ('\(text(lo, p))'; write \(negative ? "-" : "")\(String(repeating: "0", count: 4 - count))\(text(digitsStart, p)) instead)",
                offset: lo)
        }
        if count > 18 {
            throw EDTFError(message: "year has \(count) digits; at most 18 are supported", offset: digitsStart)
        }
        var date = EDTFSimpleDate(year: negative ? -magnitude : magnitude, isLongYear: true)
        if p < hi {
            switch bytes[p] {
            case UInt8(ascii: "X"), UInt8(ascii: "x"):
                throw EDTFError(message: "unspecified digits ('X') are not allowed in a 'Y'-prefixed year", offset: p)
            case UInt8(ascii: "-"):
                throw EDTFError(message: "a 'Y'-prefixed year cannot have a month or day", offset: p)
            case UInt8(ascii: "?"), UInt8(ascii: "~"), UInt8(ascii: "%"):
                date.qualifier = EDTFQualifier(rawValue: text(p, p + 1))
                p += 1
                if p < hi && isQualifier(bytes[p]) {
                    throw EDTFError(
                        message: "only one qualifier is allowed at the end of a date (use '%' for uncertain and approximate); found '\(text(p - 1, p + 1))'",
                        offset: p)
                }
            default:
                break
            }
        }
        if p < hi { throw unexpected(at: p, date: date) }
        return date
    }

    // MARK: Time

    private func parseTime(at p: inout Int, to hi: Int) throws(EDTFError) -> EDTFTime {
        let hour = try timeField(at: &p, to: hi, name: "hour", max: 23)
        try colon(at: &p, to: hi, else: "minutes and seconds are required in a time (hh:mm:ss)")
        let minute = try timeField(at: &p, to: hi, name: "minute", max: 59)
        try colon(at: &p, to: hi, else: "seconds are required in a time (hh:mm:ss)")
        let second = try timeField(at: &p, to: hi, name: "second", max: 59)
        var time = EDTFTime(hour: hour, minute: minute, second: second)
        guard p < hi else { return time }
        switch bytes[p] {
        case UInt8(ascii: "."), UInt8(ascii: ","):
            throw EDTFError(message: "fractional seconds are not supported in EDTF", offset: p)
        case UInt8(ascii: "Z"):
            time.timeZone = .utc
            p += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let signPos = p
            let negative = bytes[p] == UInt8(ascii: "-")
            p += 1
            if p + 2 < hi && bytes[p] &- UInt8(ascii: "0") < 10 && bytes[p + 1] &- UInt8(ascii: "0") < 10
                && bytes[p + 2] &- UInt8(ascii: "0") < 10
            {
                throw EDTFError(message: "time zone offset must be written ±hh:mm (with a colon)", offset: p + 2)
            }
            let offsetHours = try timeField(at: &p, to: hi, name: "time zone hour", max: 23)
            var offsetMinutes = 0
            if p < hi && bytes[p] == UInt8(ascii: ":") {
                p += 1
                offsetMinutes = try timeField(at: &p, to: hi, name: "time zone minute", max: 59)
            } else if p < hi && bytes[p] &- UInt8(ascii: "0") < 10 {
                throw EDTFError(message: "time zone offset must be written ±hh:mm (with a colon)", offset: p)
            }
            let total = offsetHours * 60 + offsetMinutes
            if negative && total == 0 {
                throw EDTFError(message: "a zero time zone offset must be written 'Z' or '+00:00', not '\(text(signPos, p))'", offset: signPos)
            }
            time.timeZone = .offset(minutes: negative ? -total : total)
        default:
            break
        }
        return time
    }

    // MARK: Helpers

    /// Exactly two characters: two digits, or "XX" when `allowX`.
    private func twoDigitField(at p: Int, to hi: Int, name: String, allowX: Bool) throws(EDTFError) -> Field {
        if (p < hi && bytes[p] == UInt8(ascii: "x")) || (p + 1 < hi && bytes[p + 1] == UInt8(ascii: "x")) {
            throw EDTFError(message: "unspecified digits must be an uppercase 'X'", offset: p)
        }
        var q = p
        while q < hi {
            let b = bytes[q]
            guard b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "X") else { break }
            q += 1
        }
        let run = q - p
        if run == 0 { throw expected("a two-digit \(name)", at: p, to: hi, atEnd: "expected a two-digit \(name) at the end of the input") }
        if run != 2 {
            throw EDTFError(message: "\(name) must be two digits, found '\(text(p, q))'", offset: p)
        }
        let a = bytes[p], b = bytes[p + 1]
        let aX = a == UInt8(ascii: "X"), bX = b == UInt8(ascii: "X")
        if aX || bX {
            if !allowX {
                throw EDTFError(message: "\(name) cannot be unspecified ('\(text(p, q))')", offset: p)
            }
            if !(aX && bX) {
                throw EDTFError(
                    message: "\(name) must be two digits or 'XX', found '\(text(p, q))' (partly unspecified is Level 2)",
                    offset: p)
            }
            return .unspecified
        }
        return .value(Int(a &- UInt8(ascii: "0")) * 10 + Int(b &- UInt8(ascii: "0")))
    }

    /// Two digits from 00 to `max`, after which `p` is.
    private func timeField(at p: inout Int, to hi: Int, name: String, max: Int) throws(EDTFError) -> Int {
        let value = try twoDigits(at: p, to: hi, name: name)
        if value > max {
            throw EDTFError(message: "\(name) \(text(p, p + 2)) is out of range (00-\(max))", offset: p)
        }
        p += 2
        return value
    }

    /// A `:`, after which `p` is; otherwise the error `message`.
    private func colon(at p: inout Int, to hi: Int, else message: String) throws(EDTFError) {
        guard p < hi, bytes[p] == UInt8(ascii: ":") else { throw EDTFError(message: message, offset: p) }
        p += 1
    }

    /// "expected WHAT, found …" at `p`, or `atEnd` when the input ends there.
    private func expected(_ what: String, at p: Int, to hi: Int, atEnd: String) -> EDTFError {
        EDTFError(message: p < hi ? "expected \(what), found \(describe(at: p))" : atEnd, offset: p)
    }

    /// Exactly two digits.
    private func twoDigits(at p: Int, to hi: Int, name: String) throws(EDTFError) -> Int {
        switch try twoDigitField(at: p, to: hi, name: name, allowX: false) {
        case .value(let value): return value
        case .unspecified: return 0  // not produced when X is not allowed
        }
    }

    @inline(__always)
    private func isQualifier(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "?") || b == UInt8(ascii: "~") || b == UInt8(ascii: "%")
    }

    private func text(_ from: Int, _ to: Int) -> String {
        let lo = max(0, min(from, bytes.count)), hi = max(lo, min(to, bytes.count))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// "character 'a'", "space", "character 'é'", "control character U+0009".
    private func describe(at p: Int) -> String {
        let b = bytes[p]
        if b == UInt8(ascii: " ") { return "space" }
        if b < 0x20 || b == 0x7F {
            return "control character \(Unicode.Scalar(b).codePoint)"
        }
        if b < 0x80 { return "character '\(text(p, p + 1))'" }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return "character '\(text(p, p + length))'"
    }

    private func setsAndLists(at p: Int) -> EDTFError {
        EDTFError(message: "sets and lists ('[…]', '{…}') are Level 2 and not supported", offset: p)
    }

    private func unexpected(at p: Int, date: EDTFSimpleDate) -> EDTFError {
        switch bytes[p] {
        case UInt8(ascii: "E"), UInt8(ascii: "S"):
            return EDTFError(
                message: "exponential years ('E') and significant digits ('S') are Level 2 and not supported",
                offset: p)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return setsAndLists(at: p)
        default:
            return EDTFError(message: "unexpected \(describe(at: p)) after '\(date)'", offset: p)
        }
    }
}
