import CrosswalkModel

extension OutFields {
    /// The fields archives describe, which BibTeX has no place for: the extent's page count goes to
    /// biblatex's `pagetotal`; the rest is named as dropped, never lost unannounced.
    mutating func archivalFields(_ r: Record) {
        if !r.extent.isEmpty {
            let count = r.extent.lazy.compactMap(Self.pageCount).first
            if let count, only == nil || only!.contains("pagetotal"), extra["bibtex.pagetotal"] == nil {
                out.append(OutField(name: "pagetotal", slot: "pagetotal", latex: Array(count.utf8)))
                notes.dropped.append(("extent", "BibTeX has no extent: wrote the page count in `pagetotal` {\(count)}, which reads back in extra"))
            } else {
                notes.dropped.append(("extent", "BibTeX has no extent"))
            }
        }
        if !r.dates.isEmpty { notes.dropped.append(("dates", "BibTeX has one date; \(r.dates.count) more were not written")) }
        if r.coordinates != nil { notes.dropped.append(("coordinates", "BibTeX has no coordinates")) }
        if r.levelOfDescription != nil { notes.dropped.append(("levelOfDescription", "BibTeX has no level of description")) }
    }

    /// The number of pages an extent statement gives (`212 p.`, `212 pp.`, `212 pages`), or nil.
    static func pageCount(_ extent: String) -> String? {
        let digits = extent.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var rest = Substring(extent.dropFirst(digits.count))
        while rest.first == " " { rest = rest.dropFirst() }
        return ["p.", "pp.", "p", "pages", "page"].contains(String(rest)) ? String(digits) : nil
    }
}
