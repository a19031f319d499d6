import CrosswalkCitations
import CrosswalkModel

/// CSL-JSON dates ↔ EDTF dates.
///
/// CSL → EDTF: `date-parts` give the date (two make an interval); months 13–16 are the seasons
/// (EDTF 21–24), and so is `season` 1–4 beside a year alone; `circa` qualifies every date `~`;
/// an `edtf` member wins over everything. A `literal`, a text season, or a `raw` date that is not
/// EDTF has no EDTF form.
///
/// EDTF → CSL: the nearest `date-parts` a processor can render, `circa` for `~`, and, when that is
/// not the whole date, the EDTF itself in `edtf` (with a note of what `date-parts` could not say).
public enum CSLDates {
    /// The EDTF date of a CSL date, or why there is none.
    public static func edtf(from d: CSLDate) -> Result<EDTFDate, CSLDateError> {
        if let e = d.edtf, let date = EDTFDate(e) { return .success(date) }
        if let l = d.literal { return .failure(CSLDateError(message: "the literal date \"\(l)\" is not an EDTF date")) }
        if d.parts.isEmpty {
            if let raw = d.raw {
                if let date = EDTFDate(raw) { return .success(date) }
                return .failure(CSLDateError(message: "the raw date \"\(raw)\" is not an EDTF date"))
            }
            return .failure(CSLDateError(message: "the date has no date-parts"))
        }
        var seasonOfYear: Int?
        if let s = d.season {
            guard let n = Int(s), (1...4).contains(n) else {
                return .failure(CSLDateError(message: "the season \"\(s)\" is not one of 1–4 (spring, summer, autumn, winter)"))
            }
            guard d.parts.count == 1, d.parts[0].count == 1 else {
                return .failure(CSLDateError(message: "a season beside a month or a range has no EDTF form"))
            }
            seasonOfYear = 20 + n
        }
        func simple(_ p: [Int]) -> Result<EDTFSimpleDate, CSLDateError> {
            guard let cslYear = p.first else { return .failure(CSLDateError(message: "empty date-parts")) }
            let y = edtfYear(cslYear)
            var s = EDTFSimpleDate(year: y, isLongYear: y > 9999 || y < -9999)
            if p.count > 1, p[1] != 0 {
                switch p[1] {
                case 1...12: s.month = p[1]
                case 13...16: s.season = p[1] + 8
                case 21...24: s.season = p[1]
                default: return .failure(CSLDateError(message: "month \(p[1]) is out of range (1–12, or 13–16 for the seasons)"))
                }
                if p.count > 2, p[2] != 0 {
                    guard s.month != nil else { return .failure(CSLDateError(message: "a day after a season has no EDTF form")) }
                    s.day = p[2]
                }
            }
            if p.count > 3 { return .failure(CSLDateError(message: "a date has at most a year, a month and a day")) }
            if let seasonOfYear { s.season = seasonOfYear }
            if d.circa { s.qualifier = .approximate }
            return .success(s)
        }
        let date: EDTFDate
        switch simple(d.parts[0]) {
        case .failure(let e): return .failure(e)
        case .success(let start):
            if d.parts.count > 1 {
                switch simple(d.parts[1]) {
                case .failure(let e): return .failure(e)
                case .success(let end): date = EDTFDate(start: .date(start), end: .date(end))
                }
            } else {
                date = EDTFDate(start)
            }
        }
        // Validated by the EDTF parser: days that do not exist, ranges that end before they start.
        do throws(EDTFError) {
            let checked = try EDTFDate(parsing: date.description)
            return .success(checked)
        } catch {
            return .failure(CSLDateError(message: "\(date.description) is not a valid date: \(error.message)"))
        }
    }

    /// CSL-JSON counts years as historians do, with no year 0: -44 is 44 BC (the Ides of March are
    /// `[-44, 3, 15]`). EDTF counts as astronomers do: 0000 is 1 BC, -0043 is 44 BC. A CSL year 0
    /// is read as EDTF 0000.
    public static func edtfYear(_ cslYear: Int) -> Int { cslYear < 0 ? cslYear + 1 : cslYear }
    public static func cslYear(_ edtfYear: Int) -> Int { edtfYear <= 0 ? edtfYear - 1 : edtfYear }

    /// The CSL date for an EDTF date, and what its `date-parts` could not say (empty when nothing).
    public static func cslDate(from e: EDTFDate) -> (date: CSLDate, lost: [String]) {
        var lost: [String] = []
        var circa = false
        var uncertain = false
        func parts(_ s: EDTFSimpleDate) -> [Int] {
            var p = [cslYear(s.year)]
            if s.unspecifiedYearDigits > 0 { lost.append("unspecified digits (X)"); circa = true }
            if let m = s.month {
                p.append(m)
                if let d = s.day { p.append(d) } else if s.dayUnspecified { lost.append("an unspecified day (XX)") }
            } else if let season = s.season {
                p.append(season - 8)
            } else if s.monthUnspecified {
                lost.append("an unspecified month (XX)")
            }
            if s.time != nil { lost.append("a time of day") }
            if let q = s.qualifier {
                if q.isApproximate { circa = true }
                if q.isUncertain { uncertain = true }
            }
            return p
        }
        var d = CSLDate()
        switch e.value {
        case .single(let s):
            d.parts = [parts(s)]
        case .interval(let start, let end):
            switch (start, end) {
            case (.date(let a), .date(let b)):
                d.parts = [parts(a), parts(b)]
                if a.isApproximate != b.isApproximate { lost.append("`~` on one end only") }
            case (.date(let a), _):
                d.parts = [parts(a)]
                lost.append(end == .open ? "an open end (..)" : "an unknown end")
            case (_, .date(let b)):
                d.parts = [parts(b)]
                lost.append(start == .open ? "an open start (..)" : "an unknown start")
            default:
                break
            }
        }
        if uncertain { lost.append("`?` (uncertain)") }
        d.circa = circa
        var seen = Set<String>()
        lost = lost.filter { seen.insert($0).inserted }
        if !lost.isEmpty { d.edtf = e.description }
        return (d, lost)
    }
}

/// Why a CSL date has no EDTF form.
public struct CSLDateError: Error, Sendable, Hashable {
    public var message: String
}
