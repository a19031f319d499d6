// The parts of an EDTF date: a single date, its time of day and qualifier, an interval endpoint,
// and the error the parser throws. Printing is in EDTFPrinting.swift, parsing in EDTFParser.swift.

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
        self.year = year; self.unspecifiedYearDigits = unspecifiedYearDigits
        self.month = month; self.monthUnspecified = monthUnspecified; self.season = season
        self.day = day; self.dayUnspecified = dayUnspecified
        self.time = time; self.qualifier = qualifier; self.isLongYear = isLongYear
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
}
