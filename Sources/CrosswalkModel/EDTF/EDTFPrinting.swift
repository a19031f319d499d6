// Canonical EDTF text: every value prints as the text that parses back to it.

extension EDTFTime {
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

extension EDTFSimpleDate {
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

extension EDTFEndpoint {
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

extension EDTFDate {
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
}

/// Appends `value` in decimal, padded with zeros to `width` digits.
func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
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
