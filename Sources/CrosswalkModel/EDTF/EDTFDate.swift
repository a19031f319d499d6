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


/// An EDTF (Level 0 or 1) date or interval.
///
/// `EDTFDate(parsing:)` validates fully. The memberwise-style initialisers (`init(year:month:day:)`,
/// `init(_:)`, `init(start:end:)`) check nothing; use `isValid` to find out whether such a value
/// is a well-formed EDTF date.
public struct EDTFDate: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
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
}
