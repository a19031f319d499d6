// The proleptic Gregorian calendar, as much of it as EDTF needs.

@inline(__always)
func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1...12) of the proleptic Gregorian `year`; 31 for out-of-range months.
func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

extension EDTFDate {
    /// The English month names, January first (for messages; BibTeX uses them too).
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
