// EDTFDate.swift
//
// The Library of Congress Extended Date/Time Format (EDTF, 2019 specification,
// https://www.loc.gov/standards/datetime/), Levels 0 and 1: parsing, validation and
// canonical printing. No Foundation; the parser works on UTF-8 bytes.
//
// Supported
//   Level 0  1985-04-12, 1985-04, 1985 (years 0000-9999)
//            1985-04-12T23:20:30, ...Z, ...+05:00 / ...-04:00 (a bare "+05" is read as "+05:00")
//            date/date intervals (no time of day inside intervals)
//   Level 1  Y170000002, Y-170000002 (letter-prefixed year, more than four digits)
//            seasons 21-24 in place of the month (1950-21)
//            one qualifier at the end of a date: ? (uncertain), ~ (approximate), % (both)
//            unspecified digits from the right: 201X, 20XX, 2004-XX, 1985-04-XX, 1985-XX-XX
//            negative years (-0044), extended intervals: "" (unknown) and ".." (open) endpoints
//
// Decisions where the specification is silent
//   * A single qualifier may end any date that has no time of day (also seasons, X dates
//     and Y-years); a time of day cannot be qualified.
//   * Only the last one or two year digits may be X (201X, 20XX); "2XXX"/"XXXX" are rejected.
//     After an X year neither month nor day may follow ("195X-05", "195X-XX" are rejected).
//   * A specified day after an unspecified month ("1985-XX-05") is Level 2 and rejected.
//   * "-0000" is rejected (year zero is "0000"); so is any negative year whose specified
//     digits are all zero ("-00XX").
//   * Y-years: no leading zero, at most 18 digits, no month/day/X.
//   * Time: hh 00-23, mm 00-59, ss 00-59 are all required; no fractional seconds, no 24:00:00.
//     Offsets: "Z", "+hh:mm", "-hh:mm" (hh 00-23, mm 00-59) or "±hh" (printed as "±hh:00");
//     a zero offset must be "Z" or "+00:00" ("-00:00" is rejected).
//   * An interval needs at least one date endpoint ("../..", "/", "../" are rejected), may
//     contain a single "/", and is rejected when start.earliest > end.latest.
//   * Bounds (earliest/latest) are full proleptic-Gregorian days; qualifiers and time of day
//     do not widen or narrow them. Seasons (northern hemisphere, meteorological):
//     21 spring = Mar 1 - May 31, 22 summer = Jun 1 - Aug 31, 23 autumn = Sep 1 - Nov 30,
//     24 winter = Dec 1 of the year - end of February of the next year.

// MARK: - Public types

/// Why a string is not a valid EDTF (Level 0/1) date.
public struct EDTFError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Human-readable reason, e.g. "month 13 is out of range (01-12 or seasons 21-24)".
    public var message: String
    /// 0-based UTF-8 offset in the input where the problem is.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}

/// Level 1 qualification of a whole date, written at its end.
public enum EDTFQualifier: String, Sendable, Hashable, Codable {
    case uncertain = "?"
    case approximate = "~"
    case uncertainApproximate = "%"

    public var isUncertain: Bool { self != .approximate }
    public var isApproximate: Bool { self != .uncertain }
}

/// The time zone of an `EDTFTime`.
public enum EDTFTimeZone: Sendable, Hashable {
    /// "Z"
    case utc
    /// "+hh:mm" / "-hh:mm"; minutes east of UTC (negative west).
    case offset(minutes: Int)
}

/// Level 0 time of day (only after a complete date: 1985-04-12T23:20:30).
public struct EDTFTime: Sendable, Hashable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// nil: local time, no zone designator.
    public var timeZone: EDTFTimeZone?

    public init(hour: Int, minute: Int, second: Int, timeZone: EDTFTimeZone? = nil) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.timeZone = timeZone
    }

    /// True for "Z".
    public var isUTC: Bool { timeZone == .utc }

    /// Offset from UTC in minutes: 0 for "Z", nil for local time.
    public var timezoneOffsetMinutes: Int? {
        switch timeZone {
        case .none: return nil
        case .utc: return 0
        case .offset(let minutes): return minutes
        }
    }

    public var description: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(to out: inout [UInt8]) {
        appendPadded(hour, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(minute, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(second, width: 2, to: &out)
        switch timeZone {
        case .none:
            break
        case .utc:
            out.append(UInt8(ascii: "Z"))
        case .offset(let minutes):
            out.append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = minutes.magnitude
            appendPadded(Int(magnitude / 60), width: 2, to: &out)
            out.append(UInt8(ascii: ":"))
            appendPadded(Int(magnitude % 60), width: 2, to: &out)
        }
    }
}

/// One EDTF date (not an interval).
public struct EDTFSimpleDate: Sendable, Hashable, CustomStringConvertible {
    /// The year, with unspecified digits as zeros: "195X" -> 1950, "19XX" -> 1900, "-195X" -> -1950.
    public var year: Int
    /// How many rightmost year digits are X: 0, 1 or 2.
    public var unspecifiedYearDigits: Int
    /// 1...12; nil when absent, unspecified ("XX") or replaced by a season.
    public var month: Int?
    /// "1985-XX", "1985-XX-XX".
    public var monthUnspecified: Bool
    /// 21...24 (spring, summer, autumn, winter) in place of the month.
    public var season: Int?
    /// 1...31; nil when absent or unspecified.
    public var day: Int?
    /// "1985-04-XX".
    public var dayUnspecified: Bool
    /// Level 0 time of day after a complete date.
    public var time: EDTFTime?
    /// Level 1 qualification of the whole date.
    public var qualifier: EDTFQualifier?
    /// Letter-prefixed year ("Y170000002"). Years beyond ±9999 are always printed this way.
    public var isLongYear: Bool

    public init(
        year: Int, unspecifiedYearDigits: Int = 0, month: Int? = nil, monthUnspecified: Bool = false,
        season: Int? = nil, day: Int? = nil, dayUnspecified: Bool = false, time: EDTFTime? = nil,
        qualifier: EDTFQualifier? = nil, isLongYear: Bool = false
    ) {
        self.year = year
        self.unspecifiedYearDigits = unspecifiedYearDigits
        self.month = month
        self.monthUnspecified = monthUnspecified
        self.season = season
        self.day = day
        self.dayUnspecified = dayUnspecified
        self.time = time
        self.qualifier = qualifier
        self.isLongYear = isLongYear
    }

    /// 0 for plain Level 0 dates (and date-times), 1 when any Level 1 feature is used.
    public var level: Int {
        let isLevel0 = unspecifiedYearDigits == 0 && !monthUnspecified && season == nil && !dayUnspecified
            && qualifier == nil && !isLongYear && year >= 0 && year <= 9999
        return isLevel0 ? 0 : 1
    }

    public var isUncertain: Bool { qualifier?.isUncertain ?? false }
    public var isApproximate: Bool { qualifier?.isApproximate ?? false }

    /// The years this date may fall in: "195X" -> 1950...1959, "-195X" -> -1959...-1950.
    public var yearRange: ClosedRange<Int> {
        var span = 0
        var digits = min(max(unspecifiedYearDigits, 0), 18)
        while digits > 0 {
            span = span * 10 + 9
            digits -= 1
        }
        if year < 0 {
            let (low, overflow) = year.subtractingReportingOverflow(span)
            return (overflow ? Int.min : low)...year
        }
        let (high, overflow) = year.addingReportingOverflow(span)
        return year...(overflow ? Int.max : high)
    }

    /// First day the date may denote (qualifiers and time of day are ignored).
    public var earliest: (year: Int, month: Int, day: Int) {
        let y = yearRange.lowerBound
        if let season, (21...24).contains(season) {
            return (y, 3 * (season - 21) + 3, 1)
        }
        if !monthUnspecified, let month, (1...12).contains(month) {
            if !dayUnspecified, let day { return (y, month, day) }
            return (y, month, 1)
        }
        return (y, 1, 1)
    }

    /// Last day the date may denote (qualifiers and time of day are ignored).
    public var latest: (year: Int, month: Int, day: Int) {
        let y = yearRange.upperBound
        if let season, (21...24).contains(season) {
            switch season {
            case 21: return (y, 5, 31)
            case 22: return (y, 8, 31)
            case 23: return (y, 11, 30)
            default:
                let next = y == Int.max ? y : y + 1
                return (next, 2, daysInMonth(2, year: next))
            }
        }
        if !monthUnspecified, let month, (1...12).contains(month) {
            if !dayUnspecified, let day { return (y, month, day) }
            return (y, month, daysInMonth(month, year: y))
        }
        return (y, 12, 31)
    }

    /// Canonical EDTF text.
    public var description: String {
        var out: [UInt8] = []
        out.reserveCapacity(26)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(to out: inout [UInt8]) {
        if isLongYear || year > 9999 || year < -9999 {
            out.append(UInt8(ascii: "Y"))
            out.append(contentsOf: String(year).utf8)
        } else {
            if year < 0 { out.append(UInt8(ascii: "-")) }
            let start = out.count
            appendPadded(Int(year.magnitude), width: 4, to: &out)
            let xs = min(max(unspecifiedYearDigits, 0), 4)
            for i in (start + 4 - xs)..<(start + 4) { out[i] = UInt8(ascii: "X") }
        }
        if let season {
            out.append(UInt8(ascii: "-"))
            appendPadded(season, width: 2, to: &out)
        } else if monthUnspecified || month != nil {
            out.append(UInt8(ascii: "-"))
            if monthUnspecified {
                out.append(UInt8(ascii: "X"))
                out.append(UInt8(ascii: "X"))
            } else if let month {
                appendPadded(month, width: 2, to: &out)
            }
            if dayUnspecified {
                out.append(contentsOf: "-XX".utf8)
            } else if let day {
                out.append(UInt8(ascii: "-"))
                appendPadded(day, width: 2, to: &out)
            }
        }
        if let time {
            out.append(UInt8(ascii: "T"))
            time.write(to: &out)
        }
        if let qualifier {
            out.append(contentsOf: qualifier.rawValue.utf8)
        }
    }
}

/// One end of an EDTF interval.
public enum EDTFEndpoint: Sendable, Hashable, CustomStringConvertible {
    case date(EDTFSimpleDate)
    /// ".." — open (no bound / ongoing).
    case open
    /// "" — unknown.
    case unknown

    public var date: EDTFSimpleDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    public var description: String {
        switch self {
        case .date(let date): return date.description
        case .open: return ".."
        case .unknown: return ""
        }
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .date(let date): date.write(to: &out)
        case .open: out.append(contentsOf: "..".utf8)
        case .unknown: break
        }
    }
}

/// An EDTF (Level 0 or 1) date or interval.
///
/// `EDTFDate(parsing:)` validates fully. The memberwise-style initialisers (`init(year:month:day:)`,
/// `init(_:)`, `init(start:end:)`) check nothing; use `isValid` to find out whether such a value
/// is a well-formed EDTF date.
public struct EDTFDate: Sendable, Hashable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public enum Value: Sendable, Hashable {
        case single(EDTFSimpleDate)
        case interval(start: EDTFEndpoint, end: EDTFEndpoint)
    }

    public var value: Value

    /// Parses and validates EDTF Level 0/1 text. The error's offset is a UTF-8 offset into `string`.
    public init(parsing string: some StringProtocol) throws(EDTFError) {
        let parsed = string.utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(EDTFError) -> Value in try EDTFParser(bytes: bytes).parse() }
        }
        if let parsed {
            value = try parsed.get()
        } else {
            let copy = Array(string.utf8)
            value = try copy.withUnsafeBufferPointer { bytes in
                Result { () throws(EDTFError) -> Value in try EDTFParser(bytes: bytes).parse() }
            }.get()
        }
    }

    /// `LosslessStringConvertible`: nil when `description` is not valid EDTF.
    public init?(_ description: String) {
        guard let date = try? EDTFDate(parsing: description) else { return nil }
        self = date
    }

    /// A single date from numbers. Nothing is validated or clamped: `EDTFDate(year: 1953, month: 2,
    /// day: 30)` is stored as given (check `isValid`). A day without a month is kept but not printed.
    /// Years beyond ±9999 are marked `isLongYear` (printed "Y…").
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        value = .single(EDTFSimpleDate(year: year, month: month, day: day, isLongYear: year > 9999 || year < -9999))
    }

    public init(_ date: EDTFSimpleDate) {
        value = .single(date)
    }

    /// An interval; not validated (see `isValid`).
    public init(start: EDTFEndpoint, end: EDTFEndpoint) {
        value = .interval(start: start, end: end)
    }

    /// Canonical EDTF text; `EDTFDate(parsing: d.description) == d` for every parsed value.
    public var description: String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        switch value {
        case .single(let date):
            date.write(to: &out)
        case .interval(let start, let end):
            start.write(to: &out)
            out.append(UInt8(ascii: "/"))
            end.write(to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the value prints as valid EDTF that parses back to the same value.
    public var isValid: Bool {
        guard let reparsed = try? EDTFDate(parsing: description) else { return false }
        return reparsed == self
    }

    /// 0 when only Level 0 features are used, otherwise 1.
    public var level: Int {
        switch value {
        case .single(let date):
            return date.level
        case .interval(let start, let end):
            guard case .date(let s) = start, case .date(let e) = end else { return 1 }
            return max(s.level, e.level)
        }
    }

    public var isInterval: Bool {
        if case .interval = value { return true }
        return false
    }

    /// The single date, or the interval's start date when it has one.
    public var start: EDTFSimpleDate? {
        switch value {
        case .single(let date): return date
        case .interval(let start, _): return start.date
        }
    }

    /// The interval's end date when it has one; nil for single dates.
    public var end: EDTFSimpleDate? {
        switch value {
        case .single: return nil
        case .interval(_, let end): return end.date
        }
    }

    /// Any part is qualified "?" or "%".
    public var isUncertain: Bool {
        (start?.isUncertain ?? false) || (end?.isUncertain ?? false)
    }

    /// Any part is qualified "~" or "%".
    public var isApproximate: Bool {
        (start?.isApproximate ?? false) || (end?.isApproximate ?? false)
    }

    /// Lower bound as a full day: "195X" -> 1950-01-01, "1950-21" -> 1950-03-01; nil for an
    /// open or unknown interval start.
    public var earliest: (year: Int, month: Int, day: Int)? {
        start?.earliest
    }

    /// Upper bound as a full day: "195X" -> 1959-12-31, "1951-02" -> 1951-02-28; nil for an open
    /// or unknown interval end.
    public var latest: (year: Int, month: Int, day: Int)? {
        switch value {
        case .single(let date): return date.latest
        case .interval(_, let end): return end.date?.latest
        }
    }

    // Codable: a single JSON string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid EDTF date \"\(text)\": \(error.message)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

// MARK: - Calendar helpers

@inline(__always)
private func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1...12) of the proleptic Gregorian `year`; 31 for out-of-range months.
private func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

private func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
    if value < 0 {
        out.append(UInt8(ascii: "-"))
        out.append(contentsOf: String(value.magnitude).utf8)
        return
    }
    var digits = 1
    var rest = value / 10
    while rest > 0 {
        digits += 1
        rest /= 10
    }
    if digits < width {
        for _ in digits..<width { out.append(UInt8(ascii: "0")) }
    }
    let start = out.count
    for _ in 0..<digits { out.append(0) }
    var v = value
    var i = start + digits - 1
    while i >= start {
        out[i] = UInt8(ascii: "0") &+ UInt8(v % 10)
        v /= 10
        i -= 1
    }
}

private let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]

// MARK: - Parser

private struct EDTFParser {
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
            throw EDTFError(message: "sets and lists ('[…]', '{…}') are Level 2 and not supported", offset: p)
        default:
            break
        }

        // Year: optional '-', four characters of digits with up to two trailing X.
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
        if yearLength == 0 {
            if p < hi {
                throw EDTFError(message: "expected a four-digit year, found \(describe(at: p))", offset: p)
            }
            throw EDTFError(message: "expected a four-digit year after '-'", offset: p)
        }
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

        // Month or season.
        if p < hi && bytes[p] == UInt8(ascii: "-") {
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
                            message: "day \(text(p, p + 2)) is out of range for \(ym) (\(monthNames[month - 1]) \(y) has \(limit) days)",
                            offset: p)
                    }
                    date.day = d
                }
                p += 2
            }
        }

        // Time of day.
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

        // Qualifier.
        if p < hi && isQualifier(bytes[p]) {
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

        if p < hi { throw unexpected(at: p, date: date) }
        return date
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
        let hour = try twoDigits(at: p, to: hi, name: "hour")
        if hour > 23 {
            throw EDTFError(message: "hour \(text(p, p + 2)) is out of range (00-23)", offset: p)
        }
        p += 2
        guard p < hi, bytes[p] == UInt8(ascii: ":") else {
            throw EDTFError(message: "minutes and seconds are required in a time (hh:mm:ss)", offset: p)
        }
        p += 1
        let minute = try twoDigits(at: p, to: hi, name: "minute")
        if minute > 59 {
            throw EDTFError(message: "minute \(text(p, p + 2)) is out of range (00-59)", offset: p)
        }
        p += 2
        guard p < hi, bytes[p] == UInt8(ascii: ":") else {
            throw EDTFError(message: "seconds are required in a time (hh:mm:ss)", offset: p)
        }
        p += 1
        let second = try twoDigits(at: p, to: hi, name: "second")
        if second > 59 {
            throw EDTFError(message: "second \(text(p, p + 2)) is out of range (00-59)", offset: p)
        }
        p += 2
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
            let offsetHours = try twoDigits(at: p, to: hi, name: "time zone hour")
            if offsetHours > 23 {
                throw EDTFError(message: "time zone hour \(text(p, p + 2)) is out of range (00-23)", offset: p)
            }
            p += 2
            var offsetMinutes = 0
            if p < hi && bytes[p] == UInt8(ascii: ":") {
                p += 1
                let m = try twoDigits(at: p, to: hi, name: "time zone minute")
                if m > 59 {
                    throw EDTFError(message: "time zone minute \(text(p, p + 2)) is out of range (00-59)", offset: p)
                }
                offsetMinutes = m
                p += 2
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
        if run == 0 {
            if p < hi {
                throw EDTFError(message: "expected a two-digit \(name), found \(describe(at: p))", offset: p)
            }
            throw EDTFError(message: "expected a two-digit \(name) at the end of the input", offset: p)
        }
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
            let hex = String(b, radix: 16, uppercase: true)
            return "control character U+\(hex.count == 1 ? "000" : "00")\(hex)"
        }
        if b < 0x80 { return "character '\(text(p, p + 1))'" }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return "character '\(text(p, p + length))'"
    }

    private func unexpected(at p: Int, date: EDTFSimpleDate) -> EDTFError {
        switch bytes[p] {
        case UInt8(ascii: "E"), UInt8(ascii: "S"):
            return EDTFError(
                message: "exponential years ('E') and significant digits ('S') are Level 2 and not supported",
                offset: p)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return EDTFError(message: "sets and lists ('[…]', '{…}') are Level 2 and not supported", offset: p)
        default:
            return EDTFError(message: "unexpected \(describe(at: p)) after '\(date)'", offset: p)
        }
    }
}
