import Foundation
import Testing

@testable import CrosswalkModel

@Suite("EDTFDate")
struct EDTFDateTests {
    // MARK: Valid input round-trips byte-identically

    static let validExamples: [String] = [
        // Level 0
        "1953-07-03", "1951-06", "1950", "0000", "2000-02-29",
        "1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30-04:00", "2004-01-01T10:10:10+05:00",
        "1951/1953", "1964/2008", "2004-06/2006-08", "2004-02-01/2005-02-08", "2004-02-01/2005-02",
        "2004-02-01/2005", "2005/2006-02", "1950/1950",
        // Level 1
        "1950-09~", "1950?", "1950%", "2004-06-11%", "195X", "19XX", "201X", "-195X",
        "1950-21", "1950-22", "1950-23", "1950-24", "1950-21~",
        "1985-04-XX", "1985-XX-XX", "2004-XX", "1950-09-XX~",
        "-0044", "-0044-03-15", "Y170000002", "Y-170000002", "Y17000~",
        "1951-06/..", "../1953", "/1953", "1953/",
        "2004-06-11%/2006-06~", "2004-06-01/..", "../2004-06-01", "/2004-06-01", "2004-06-01/",
        "195X/1955", "1950-24/1951-02", "1950-21/1950-03",
    ]

    @Test("parses and prints back byte-identically", arguments: validExamples)
    func roundTrip(_ input: String) throws {
        let date = try EDTFDate(parsing: input)
        #expect(date.description == input)
        #expect(try EDTFDate(parsing: date.description) == date)
        #expect(date.isValid)
        #expect(EDTFDate(input) == date)
    }

    @Test("parses substrings with offsets relative to the substring")
    func substring() throws {
        let line = "date: 1950-13 end"
        let slice = line.dropFirst(6).prefix(7)
        let error = #expect(throws: EDTFError.self) { try EDTFDate(parsing: slice) }
        #expect(error?.offset == 5)
        #expect(try EDTFDate(parsing: line.dropFirst(6).prefix(4)).description == "1950")
    }

    // MARK: Components

    @Test func plainDateComponents() throws {
        let date = try #require(try EDTFDate(parsing: "1953-07-03").start)
        #expect(date.year == 1953)
        #expect(date.month == 7)
        #expect(date.day == 3)
        #expect(date.unspecifiedYearDigits == 0)
        #expect(date.season == nil)
        #expect(date.qualifier == nil)
        #expect(date.time == nil)
        #expect(!date.isLongYear)
    }

    @Test(arguments: [("195X", 1950, 1), ("19XX", 1900, 2), ("201X", 2010, 1), ("-195X", -1950, 1)])
    func unspecifiedYearDigits(input: String, year: Int, digits: Int) throws {
        let date = try #require(try EDTFDate(parsing: input).start)
        #expect(date.year == year)
        #expect(date.unspecifiedYearDigits == digits)
        #expect(date.month == nil)
    }

    @Test(arguments: [21, 22, 23, 24])
    func seasons(season: Int) throws {
        let date = try #require(try EDTFDate(parsing: "1950-\(season)").start)
        #expect(date.season == season)
        #expect(date.month == nil)
        #expect(date.year == 1950)
    }

    @Test func unspecifiedMonthAndDay() throws {
        let a = try #require(try EDTFDate(parsing: "1985-04-XX").start)
        #expect(a.month == 4 && a.day == nil && a.dayUnspecified && !a.monthUnspecified)
        let b = try #require(try EDTFDate(parsing: "1985-XX-XX").start)
        #expect(b.month == nil && b.monthUnspecified && b.dayUnspecified)
        let c = try #require(try EDTFDate(parsing: "2004-XX").start)
        #expect(c.monthUnspecified && !c.dayUnspecified && c.day == nil)
    }

    @Test(arguments: [("1950?", EDTFQualifier.uncertain), ("1950-09~", .approximate), ("1950%", .uncertainApproximate)])
    func qualifiers(input: String, qualifier: EDTFQualifier) throws {
        let date = try EDTFDate(parsing: input)
        #expect(date.start?.qualifier == qualifier)
        #expect(date.isUncertain == (qualifier != .approximate))
        #expect(date.isApproximate == (qualifier != .uncertain))
    }

    @Test func longAndNegativeYears() throws {
        let long = try #require(try EDTFDate(parsing: "Y170000002").start)
        #expect(long.year == 170_000_002 && long.isLongYear)
        let negativeLong = try #require(try EDTFDate(parsing: "Y-170000002").start)
        #expect(negativeLong.year == -170_000_002 && negativeLong.isLongYear)
        let negative = try #require(try EDTFDate(parsing: "-0044").start)
        #expect(negative.year == -44 && !negative.isLongYear)
        #expect(try EDTFDate(parsing: "0000").start?.year == 0)
    }

    @Test func dateTimes() throws {
        let local = try #require(try EDTFDate(parsing: "1985-04-12T23:20:30").start?.time)
        #expect(local == EDTFTime(hour: 23, minute: 20, second: 30))
        #expect(local.timezoneOffsetMinutes == nil && !local.isUTC)
        let utc = try #require(try EDTFDate(parsing: "1985-04-12T23:20:30Z").start?.time)
        #expect(utc.isUTC && utc.timezoneOffsetMinutes == 0)
        let shifted = try #require(try EDTFDate(parsing: "1985-04-12T23:20:30-04:00").start?.time)
        #expect(shifted.timezoneOffsetMinutes == -240 && !shifted.isUTC)
        let plus = try #require(try EDTFDate(parsing: "1985-04-12T23:20:30+05:30").start?.time)
        #expect(plus.timezoneOffsetMinutes == 330)
        // "+05" (hour-only offset) is accepted and printed canonically.
        #expect(try EDTFDate(parsing: "2004-01-01T10:10:10+05").description == "2004-01-01T10:10:10+05:00")
    }

    @Test func intervals() throws {
        let closed = try EDTFDate(parsing: "2004-06-11%/2006-06~")
        #expect(closed.isInterval)
        #expect(closed.start?.day == 11 && closed.start?.qualifier == .uncertainApproximate)
        #expect(closed.end?.month == 6 && closed.end?.qualifier == .approximate)
        #expect(closed.isUncertain && closed.isApproximate)

        let openEnd = try EDTFDate(parsing: "1951-06/..")
        #expect(openEnd.value == .interval(start: .date(EDTFSimpleDate(year: 1951, month: 6)), end: .open))
        #expect(openEnd.end == nil && openEnd.latest == nil)

        let unknownStart = try EDTFDate(parsing: "/1953")
        #expect(unknownStart.value == .interval(start: .unknown, end: .date(EDTFSimpleDate(year: 1953))))
        #expect(unknownStart.start == nil && unknownStart.earliest == nil)
        #expect(unknownStart.end?.year == 1953)

        let single = try EDTFDate(parsing: "1950")
        #expect(!single.isInterval && single.end == nil && single.start?.year == 1950)
    }

    // MARK: Level

    @Test(arguments: [
        ("1953-07-03", 0), ("1951/1953", 0), ("1985-04-12T23:20:30Z", 0), ("0000", 0), ("2004-02-01/2005-02", 0),
        ("1950?", 1), ("195X", 1), ("../1953", 1), ("/1953", 1), ("1950-21", 1), ("-0044", 1),
        ("Y170000002", 1), ("1985-04-XX", 1), ("2004-06-11%/2006-06~", 1), ("1951/1953~", 1),
    ])
    func level(input: String, expected: Int) throws {
        #expect(try EDTFDate(parsing: input).level == expected)
    }

    // MARK: Bounds

    struct Bounds: Sendable, CustomTestStringConvertible {
        var input: String
        var earliest: [Int]?
        var latest: [Int]?
        var testDescription: String { input }
    }

    @Test(arguments: [
        Bounds(input: "195X", earliest: [1950, 1, 1], latest: [1959, 12, 31]),
        Bounds(input: "19XX", earliest: [1900, 1, 1], latest: [1999, 12, 31]),
        Bounds(input: "-195X", earliest: [-1959, 1, 1], latest: [-1950, 12, 31]),
        Bounds(input: "1951-02", earliest: [1951, 2, 1], latest: [1951, 2, 28]),
        Bounds(input: "2000-02", earliest: [2000, 2, 1], latest: [2000, 2, 29]),
        Bounds(input: "1900-02", earliest: [1900, 2, 1], latest: [1900, 2, 28]),
        Bounds(input: "1950", earliest: [1950, 1, 1], latest: [1950, 12, 31]),
        Bounds(input: "1953-07-03", earliest: [1953, 7, 3], latest: [1953, 7, 3]),
        Bounds(input: "1985-04-XX", earliest: [1985, 4, 1], latest: [1985, 4, 30]),
        Bounds(input: "1985-XX-XX", earliest: [1985, 1, 1], latest: [1985, 12, 31]),
        Bounds(input: "1950-21", earliest: [1950, 3, 1], latest: [1950, 5, 31]),
        Bounds(input: "1950-22", earliest: [1950, 6, 1], latest: [1950, 8, 31]),
        Bounds(input: "1950-23", earliest: [1950, 9, 1], latest: [1950, 11, 30]),
        Bounds(input: "1950-24", earliest: [1950, 12, 1], latest: [1951, 2, 28]),
        Bounds(input: "1999-24", earliest: [1999, 12, 1], latest: [2000, 2, 29]),
        Bounds(input: "1950~", earliest: [1950, 1, 1], latest: [1950, 12, 31]),
        Bounds(input: "1985-04-12T23:20:30Z", earliest: [1985, 4, 12], latest: [1985, 4, 12]),
        Bounds(input: "2004-06/2006-08", earliest: [2004, 6, 1], latest: [2006, 8, 31]),
        Bounds(input: "1951-06/..", earliest: [1951, 6, 1], latest: nil),
        Bounds(input: "../1953", earliest: nil, latest: [1953, 12, 31]),
        Bounds(input: "/2004-06-01", earliest: nil, latest: [2004, 6, 1]),
    ])
    func bounds(_ bounds: Bounds) throws {
        let date = try EDTFDate(parsing: bounds.input)
        #expect(date.earliest.map { [$0.year, $0.month, $0.day] } == bounds.earliest)
        #expect(date.latest.map { [$0.year, $0.month, $0.day] } == bounds.latest)
    }

    // MARK: Convenience initialisers

    @Test func convenienceInit() throws {
        #expect(EDTFDate(year: 1953, month: 7, day: 3).description == "1953-07-03")
        #expect(try EDTFDate(parsing: "1953-07-03") == EDTFDate(year: 1953, month: 7, day: 3))
        #expect(EDTFDate(year: 1950).description == "1950")
        #expect(EDTFDate(year: -44).description == "-0044")
        #expect(EDTFDate(year: 170_000_002).description == "Y170000002")
        #expect(EDTFDate(year: 170_000_002).isValid)
        // Nothing is validated by the convenience initialiser.
        #expect(!EDTFDate(year: 1953, month: 2, day: 30).isValid)
        #expect(!EDTFDate(year: 1953, month: 13).isValid)
        let interval = EDTFDate(start: .date(EDTFSimpleDate(year: 1953)), end: .date(EDTFSimpleDate(year: 1951)))
        #expect(interval.description == "1953/1951")
        #expect(!interval.isValid)
    }

    // MARK: Codable

    struct Holder: Codable, Equatable {
        var date: EDTFDate
    }

    @Test(arguments: ["1953-07-03", "195X", "2004-06-11%/2006-06~", "../1953", "1985-04-12T23:20:30-04:00", "Y-170000002"])
    func codableRoundTrip(_ input: String) throws {
        let date = try EDTFDate(parsing: input)
        let data = try JSONEncoder().encode(Holder(date: date))
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json == "{\"date\":\"\(input.replacingOccurrences(of: "/", with: "\\/"))\"}" || json == "{\"date\":\"\(input)\"}")
        #expect(try JSONDecoder().decode(Holder.self, from: data) == Holder(date: date))
        let bare = try JSONEncoder().encode(date)
        #expect(try JSONDecoder().decode(EDTFDate.self, from: bare) == date)
    }

    @Test func decodingInvalidStringThrowsDataCorrupted() throws {
        let data = Data(#"{"date":"1953-13-01"}"#.utf8)
        do {
            _ = try JSONDecoder().decode(Holder.self, from: data)
            Issue.record("decoding should fail")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains("month 13 is out of range"))
            #expect(context.codingPath.map(\.stringValue) == ["date"])
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EDTFDate.self, from: Data("17".utf8)) }
    }

    // MARK: Invalid input

    struct Invalid: Sendable, CustomTestStringConvertible {
        var input: String
        var message: String
        var offset: Int? = nil
        var testDescription: String { "\"\(input)\"" }
    }

    static let invalidExamples: [Invalid] = [
        Invalid(input: "1953-13-01", message: "month 13 is out of range (01-12 or seasons 21-24)", offset: 5),
        Invalid(input: "1953-02-30", message: "February 1953 has 28 days", offset: 8),
        Invalid(input: "1900-02-29", message: "day 29 is out of range for 1900-02", offset: 8),
        Invalid(input: "2000-00", message: "month 00 is out of range", offset: 5),
        Invalid(input: "1950-01-00", message: "day 00 is out of range", offset: 8),
        Invalid(input: "19X5-01", message: "'X' may only replace the rightmost digits of the year", offset: 2),
        Invalid(input: "1X50", message: "'X' may only replace the rightmost digits", offset: 1),
        Invalid(input: "XXXX", message: "only the last one or two digits of a year may be 'X'", offset: 0),
        Invalid(input: "1XXX", message: "found 3", offset: 1),
        Invalid(input: "195x", message: "uppercase 'X'", offset: 3),
        Invalid(input: "1950-25", message: "month 25 is out of range", offset: 5),
        Invalid(input: "1950-20", message: "month 20 is out of range", offset: 5),
        Invalid(input: "1950-04-31", message: "April 1950 has 30 days", offset: 8),
        Invalid(input: "1950-4-01", message: "month must be two digits, found '4'", offset: 5),
        Invalid(input: "1950-1X", message: "month must be two digits or 'XX'", offset: 5),
        Invalid(input: "1950-", message: "expected a two-digit month", offset: 5),
        Invalid(input: "195", message: "year must have exactly four digits, found 3", offset: 0),
        Invalid(input: "19500", message: "more than four digits; such years need a 'Y' prefix", offset: 0),
        Invalid(input: "Y1950", message: "'Y'-prefixed year must have more than four digits", offset: 0),
        Invalid(input: "Y017000", message: "must not start with 0", offset: 1),
        Invalid(input: "Y17000-01", message: "'Y'-prefixed year cannot have a month", offset: 6),
        Invalid(input: "Y1700X", message: "year must have more than four digits", offset: 0),
        Invalid(input: "-0000", message: "year -0000 is not valid", offset: 0),
        Invalid(input: "1950-01-01T25:00:00", message: "hour 25 is out of range (00-23)", offset: 11),
        Invalid(input: "1950-01-01T12:60:00", message: "minute 60 is out of range", offset: 14),
        Invalid(input: "1950-01-01T12:00", message: "seconds are required", offset: 16),
        Invalid(input: "1950-01-01T12:00:00.5", message: "fractional seconds", offset: 19),
        Invalid(input: "1950-01-01T12:00:00-00:00", message: "zero time zone offset must be written 'Z' or '+00:00'", offset: 19),
        Invalid(input: "1950-01-01T12:00:00+0500", message: "±hh:mm", offset: 22),
        Invalid(input: "1950-01T12:00:00", message: "time of day needs a complete date", offset: 7),
        Invalid(input: "1950-01-01T12:00:00~", message: "time of day cannot be qualified", offset: 19),
        Invalid(input: "1950-01-01T12:00:00/1951", message: "time of day is not allowed in an interval", offset: 10),
        Invalid(input: "1953/1951", message: "interval end 1951 is earlier than its start 1953", offset: 5),
        Invalid(input: "1960/195X", message: "interval end 195X is earlier than its start 1960", offset: 5),
        Invalid(input: "../..", message: "an interval needs at least one date endpoint", offset: 0),
        Invalid(input: "/", message: "an interval needs at least one date endpoint", offset: 0),
        Invalid(input: "../", message: "an interval needs at least one date endpoint", offset: 0),
        Invalid(input: "..", message: "'..' (open) is only allowed as an interval endpoint", offset: 0),
        Invalid(input: "1950/..~", message: "open endpoint '..' cannot be qualified", offset: 7),
        Invalid(input: "1950~?", message: "only one qualifier is allowed", offset: 5),
        Invalid(input: "1950-09-XX~~", message: "only one qualifier is allowed", offset: 11),
        Invalid(input: "2004?-06", message: "qualifying a single component", offset: 4),
        Invalid(input: "?1950", message: "qualification from the left", offset: 0),
        Invalid(input: "1985-XX-05", message: "day 05 cannot follow an unspecified month", offset: 8),
        Invalid(input: "1950 ", message: "unexpected space after '1950'", offset: 4),
        Invalid(input: " 1950", message: "expected a four-digit year, found space", offset: 0),
        Invalid(input: "", message: "empty string", offset: 0),
        Invalid(input: "abc", message: "expected a four-digit year, found character 'a'", offset: 0),
        Invalid(input: "1950é", message: "unexpected character 'é'", offset: 4),
        Invalid(input: "1950-21-01", message: "season (21) cannot be followed by a day", offset: 7),
        Invalid(input: "195X-05", message: "a month cannot follow a year with unspecified digits", offset: 4),
        Invalid(input: "195X-XX", message: "a month cannot follow a year with unspecified digits", offset: 4),
        Invalid(input: "1950/1951/1952", message: "exactly one '/'", offset: 9),
        Invalid(input: "1950/1951-02/1952", message: "exactly one '/'", offset: 12),
        Invalid(input: "1950-01-01/1950-01-01x", message: "unexpected character 'x' after '1950-01-01'", offset: 21),
        Invalid(input: "1950-35", message: "seasons 25-41 are Level 2", offset: 5),
        Invalid(input: "Y-17E7", message: "'Y'-prefixed year must have more than four digits", offset: 0),
        Invalid(input: "Y170000002E3", message: "exponential years ('E')", offset: 10),
        Invalid(input: "[1950,1951]", message: "sets and lists", offset: 0),
        Invalid(input: "1950-01-01-", message: "unexpected character '-'", offset: 10),
        Invalid(input: "-", message: "expected a four-digit year after '-'", offset: 1),
        Invalid(input: "-00XX", message: "a negative year needs a non-zero specified digit", offset: 0),
        Invalid(input: "12345678901234567890", message: "need a 'Y' prefix", offset: 0),
        Invalid(input: "Y1234567890123456789", message: "at most 18 are supported", offset: 1),
    ]

    @Test("rejects invalid input with a precise message", arguments: invalidExamples)
    func rejects(_ example: Invalid) {
        let error = #expect(throws: EDTFError.self) { try EDTFDate(parsing: example.input) }
        guard let error else { return }
        #expect(
            error.message.contains(example.message),
            "message was: \(error.message)")
        #expect(error.description == error.message)
        if let offset = example.offset {
            #expect(error.offset == offset, "message was: \(error.message)")
        }
        #expect(EDTFDate(example.input) == nil)
    }

    @Test func leapYears() throws {
        #expect(try EDTFDate(parsing: "2000-02-29").start?.day == 29)
        #expect(try EDTFDate(parsing: "2004-02-29").start?.day == 29)
        #expect(try EDTFDate(parsing: "0000-02-29").start?.day == 29)
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: "2100-02-29") }
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: "2001-02-29") }
    }
}
