// cs:date: localized and style-defined dates, date-parts, ranges, seasons, BC/AD, year-suffix.

struct SimpleDate: Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    var season: Int?
}

extension CSLDate {
    /// The start and (for a range) end of the date, from `parts` or a parsable `raw`.
    var dates: [SimpleDate] {
        var ps = parts
        if ps.isEmpty, let raw { ps = CSLDate.parseRaw(raw) }
        var out: [SimpleDate] = []
        for p in ps.prefix(2) {
            guard let y = p.first else { continue }
            var d = SimpleDate(year: y)
            if p.count > 1, p[1] > 0 {
                if p[1] >= 13 && p[1] <= 16 { d.season = p[1] - 12 }
                else if p[1] >= 21 && p[1] <= 24 { d.season = p[1] - 20 }
                else if p[1] <= 12 { d.month = p[1] }
            }
            if p.count > 2, p[2] > 0, d.month != nil { d.day = p[2] }
            out.append(d)
        }
        if let first = out.first, out.count == 1 || out.count == 2, let s = season, first.month == nil {
            if let n = Int(s), n >= 1 && n <= 4 { out[0].season = n }
        }
        if out.count == 2 && out[0] == out[1] { out.removeLast() }
        if out.count == 2 && out[1].year == nil { out.removeLast() }
        if out.count == 2 && out[1].year == 0 && out[1].month == nil { out[1].year = nil }
        return out
    }

    /// "2005-06-01", "2005-06", "2005", "2005/2006" (the forms the test suite's raw dates use).
    static func parseRaw(_ raw: String) -> [[Int]] {
        var out: [[Int]] = []
        for piece in raw.split(separator: "/").prefix(2) {
            let fields = piece.split(separator: "-").map { Int(String($0).trimmingSpaces) }
            if fields.isEmpty || fields.contains(where: { $0 == nil }) { return [] }
            out.append(fields.map { $0! })
        }
        return out
    }
}

extension Renderer {
    func renderDate(_ d: DateElement) -> [Inline] {
        calledVariables += 1
        guard !suppressed.contains(d.variable), let date = item.date(d.variable) else { return [] }
        if mode == .sort {
            nonEmptyVariables += 1
            var d2 = date
            var names: Set<DatePartName> = Set(d.parts.map { $0.name })
            if let form = d.form {
                switch d.dateParts {
                case "year": names = [.year]
                case "year-month": names = [.year, .month]
                default: names = [.year, .month, .day]
                }
                if let localized = locale.dates[form] { names.formIntersection(localized.parts.map(\.name)) }
            }
            d2.parts = date.parts.map { p in
                var q = p
                if !names.contains(.day) && q.count > 2 { q.removeLast(q.count - 2) }
                if !names.contains(.month) && q.count > 1 { q.removeLast(q.count - 1) }
                return q
            }
            return [.text(Renderer.sortKey(d2))]
        }
        if let lit = date.literal, !lit.isEmpty {
            nonEmptyVariables += 1
            return decorate(RichText.parse(lit), d.decoration)
        }
        let dates = date.dates
        guard let first = dates.first, first.year != nil else {
            if let raw = date.raw, !raw.isEmpty {
                nonEmptyVariables += 1
                return decorate([.text(raw)], d.decoration)
            }
            return []
        }
        let out = renderDateValue(d, dates)
        if !out.isEmpty { nonEmptyVariables += 1 }
        return out
    }

    func renderDateValue(_ d: DateElement, _ dates: [SimpleDate]) -> [Inline] {
        // The parts to render, in order.
        var parts: [DatePartElement]
        var delimiter = d.delimiter
        if let form = d.form, let localized = locale.dates[form] {
            let wanted: Set<DatePartName>
            switch d.dateParts {
            case "year": wanted = [.year]
            case "year-month": wanted = [.year, .month]
            default: wanted = [.year, .month, .day]
            }
            parts = []
            for var p in localized.parts where wanted.contains(p.name) {
                if let o = d.parts.first(where: { $0.name == p.name }) {
                    if let f = o.form { p.form = f }
                    if let r = o.rangeDelimiter { p.rangeDelimiter = r }
                    if !o.decoration.formatting.isEmpty { p.decoration.formatting = o.decoration.formatting }
                    if let tc = o.decoration.textCase { p.decoration.textCase = tc }
                    if o.decoration.stripPeriods { p.decoration.stripPeriods = true }
                }
                parts.append(p)
            }
            delimiter = localized.delimiter
            var out = renderDateParts(parts, dates: dates, delimiter: delimiter)
            out = decorateLocalizedOuter(out, localized.decoration)
            return decorate(out, d.decoration)
        } else {
            parts = d.parts
        }
        return decorate(renderDateParts(parts, dates: dates, delimiter: delimiter), d.decoration)
    }

    private func decorateLocalizedOuter(_ c: [Inline], _ dec: Decoration) -> [Inline] {
        var d = dec
        d.display = nil
        return decorate(c, d)
    }

    /// Sort key: YYYYYMMDD (start) then the end of a range.
    static func sortKey(_ date: CSLDate) -> String {
        func key(_ d: SimpleDate?) -> String {
            guard let d, let y = d.year else { return "" }
            let yy = String(y + 50000)
            let m = d.month ?? (d.season.map { $0 + 12 } ?? 0)
            let mm = m < 10 ? "0\(m)" : "\(m)"
            let dd = (d.day ?? 0) < 10 ? "0\(d.day ?? 0)" : "\(d.day!)"
            return yy + mm + dd
        }
        let ds = date.dates
        if ds.isEmpty { return date.literal ?? date.raw ?? "" }
        return key(ds[0]) + (ds.count > 1 ? "/" + key(ds[1]) : "")
    }

    func renderDateParts(_ parts: [DatePartElement], dates: [SimpleDate], delimiter: String) -> [Inline] {
        // Parts with a value in the start date only
        let start = dates[0]
        func has(_ p: DatePartElement, _ d: SimpleDate) -> Bool {
            switch p.name {
            case .year: return d.year != nil
            case .month: return d.month != nil || d.season != nil
            case .day: return d.day != nil
            }
        }
        let shown = parts.filter { has($0, start) }
        if dates.count == 2 {
            let end = dates[1]
            if end.year == nil {
                var a = renderParts(shown, start, delimiter: delimiter, dropLastSuffix: true)
                let rangeDelim = shown.first { $0.name == .year }?.rangeDelimiter ?? "\u{2013}"
                appendMerging(&a, [.text(rangeDelim)], punctuationInQuote: false)
                if let last = shown.last, !last.decoration.suffix.isEmpty { a.append(.text(last.decoration.suffix)) }
                return a
            }
            let differing = shown.filter { p in
                switch p.name {
                case .year: return start.year != end.year
                case .month: return start.month != end.month || start.season != end.season
                case .day: return start.day != end.day
                }
            }
            if !differing.isEmpty {
                let largest: DatePartName = differing.contains { $0.name == .year } ? .year
                    : differing.contains { $0.name == .month } ? .month : .day
                let rangeDelim = shown.first { $0.name == largest }?.rangeDelimiter ?? "\u{2013}"
                if largest == .year {
                    var a = renderParts(shown, start, delimiter: delimiter, dropLastSuffix: true)
                    var b = end.year == nil ? [] : renderParts(shown, end, delimiter: delimiter, dropFirstPrefix: true)
                    appendMerging(&a, [.text(rangeDelim)], punctuationInQuote: false)
                    a.append(contentsOf: b)
                    b = []
                    return a
                }
                // contiguous block of differing parts
                let idx = shown.indices.filter { i in differing.contains { $0.name == shown[i].name } }
                let lo = idx.min()!, hi = idx.max()!
                let before = Array(shown[..<lo]), block = Array(shown[lo...hi]), after = Array(shown[(hi + 1)...])
                var out: [[Inline]] = []
                if !before.isEmpty { out.append(renderParts(before, start, delimiter: delimiter)) }
                var mid = renderParts(block, start, delimiter: delimiter, dropLastSuffix: true)
                appendMerging(&mid, [.text(rangeDelim)], punctuationInQuote: false)
                mid.append(contentsOf: renderParts(block, end, delimiter: delimiter, dropFirstPrefix: true))
                out.append(mid)
                if !after.isEmpty { out.append(renderParts(after, start, delimiter: delimiter)) }
                return joinMerging(out, delimiter: delimiter, punctuationInQuote: false)
            }
        }
        return renderParts(shown, start, delimiter: delimiter)
    }

    func renderParts(_ parts: [DatePartElement], _ d: SimpleDate, delimiter: String,
                     dropLastSuffix: Bool = false, dropFirstPrefix: Bool = false) -> [Inline] {
        var rendered: [[Inline]] = []
        for (i, p) in parts.enumerated() {
            var dec = p.decoration
            if dropLastSuffix && i == parts.count - 1 { dec.suffix = "" }
            if dropFirstPrefix && i == 0 { dec.prefix = "" }
            rendered.append(renderPart(p, d, dec, isLast: i == parts.count - 1))
        }
        return joinMerging(rendered, delimiter: delimiter, punctuationInQuote: false)
    }

    func renderPart(_ p: DatePartElement, _ d: SimpleDate, _ dec: Decoration, isLast: Bool = true) -> [Inline] {
        var s: String
        switch p.name {
        case .year:
            guard let y = d.year else { return [] }
            if y <= 0 {
                s = String(abs(y)) + (isLast ? " " : "") + (locale.termText("bc") ?? "BC")
            } else if y < 1000 {
                s = String(y) + (isLast ? " " : "") + (locale.termText("ad") ?? "AD")
            } else {
                s = p.form == "short" ? String(String(y).suffix(2)) : String(y)
            }
            var out: [Inline] = [.text(s)]
            if !yearSuffixDone, let ys = disambiguation.yearSuffix, mode != .sort {
                yearSuffixDone = true
                out.append(.text(Renderer.yearSuffixLetters(ys)))
            }
            return decorate(out, dec)
        case .month:
            if let m = d.month {
                switch p.form ?? "long" {
                case "numeric": s = String(m)
                case "numeric-leading-zeros": s = m < 10 ? "0\(m)" : String(m)
                case "short": s = locale.termText("month-" + (m < 10 ? "0" : "") + String(m), form: .short) ?? String(m)
                default: s = locale.termText("month-" + (m < 10 ? "0" : "") + String(m)) ?? String(m)
                }
            } else if let season = d.season {
                s = locale.termText("season-0" + String(season)) ?? String(season)
            } else { return [] }
            return decorate([.text(s)], dec)
        case .day:
            guard let day = d.day else { return [] }
            switch p.form ?? "numeric" {
            case "numeric-leading-zeros": s = day < 10 ? "0\(day)" : String(day)
            case "ordinal":
                if locale.limitDayOrdinalsToDay1 && day != 1 { s = String(day) } else {
                    let gender = d.month.flatMap { locale.term("month-" + ($0 < 10 ? "0" : "") + String($0))?.gender }
                    s = Numbers.ordinal(day, locale: locale, gender: gender)
                }
            default: s = String(day)
            }
            return decorate([.text(s)], dec)
        }
    }
}
