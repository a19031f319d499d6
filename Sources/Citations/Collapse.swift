// Cite grouping and collapsing (collapse="citation-number", "year", "year-suffix",
// "year-suffix-ranged"; cite-group-delimiter, year-suffix-delimiter, after-collapse-delimiter).

struct Collapser {
    let processor: CSLProcessor
    let context: RenderingContext
    let session: CSLProcessor.Session

    var piq: Bool { processor.engine.locale.punctuationInQuote }

    struct Rendered {
        var prepared: CSLProcessor.PreparedCite
        var full: [Inline]
        var names: String?
    }

    func render(_ prepared: [CSLProcessor.PreparedCite]) -> [Inline] {
        let layoutDelimiter = context.layout.delimiter
        let collapse = context.attributes["collapse"]
        var cites: [Rendered] = prepared.map {
            let r = processor.renderCite($0, context: context, session: session)
            return Rendered(prepared: $0, full: r.full, names: r.names?.plainText)
        }
        for k in cites.indices where cites[k].full.isBlank && !cites[k].prepared.cite.suppressAuthor {
            cites[k].full = [.text("[CSL STYLE ERROR: reference with no printed form.]")]
        }
        cites.removeAll { $0.full.isEmpty }
        if cites.isEmpty { return [] }

        if collapse == "citation-number" {
            return collapseNumbers(cites, delimiter: layoutDelimiter)
        }
        let grouping = context.attributes["cite-group-delimiter"] != nil || (collapse?.hasPrefix("year") ?? false)
        guard grouping else {
            return joinMerging(cites.map { processor.affixCite($0.full, $0.prepared.cite) }, delimiter: layoutDelimiter, punctuationInQuote: piq)
        }
        // group cites by names, keeping the first occurrence's place
        var groups: [[Rendered]] = []
        for c in cites {
            // as in the test suite: a sorted citation gathers cites by names; an unsorted one keeps the
            // order its author gave, and only neighbours group
            let candidates = !context.sort.isEmpty ? groups.indices : (groups.isEmpty ? groups.indices : (groups.count - 1)..<groups.count)
            if let n = c.names, !n.isEmpty, let gi = candidates.first(where: { groups[$0][0].names == n }) {
                groups[gi].append(c)
            } else {
                groups.append([c])
            }
        }
        // cite-group-delimiter defaults to ", " (the spec); year-suffix-delimiter to it or the layout delimiter.
        let citeGroupDelimiter = context.attributes["cite-group-delimiter"] ?? ", "
        let afterCollapse = context.attributes["after-collapse-delimiter"] ?? layoutDelimiter
        let yearSuffixDelimiter = context.attributes["year-suffix-delimiter"] ?? context.attributes["cite-group-delimiter"] ?? layoutDelimiter
        var parts: [[Inline]] = []
        var collapsedFlags: [Bool] = []
        for g in groups {
            if g.count == 1 || collapse == nil {
                parts.append(joinMerging(g.map { processor.affixCite($0.full, $0.prepared.cite) }, delimiter: layoutDelimiter == "" ? citeGroupDelimiter : citeGroupDelimiter, punctuationInQuote: piq))
                collapsedFlags.append(g.count > 1)
                continue
            }
            var out: [Inline] = processor.affixCite(g[0].full, g[0].prepared.cite)
            var previousBare: String? = nil
            var previousSuffix: Int? = nil
            var runStart: Int? = nil
            var previousHadLocator = g[0].prepared.cite.locator != nil
            var previousWasSuffix = false
            var pendingRangeEnd: (Int, [Inline])? = nil
            let bare0 = processor.renderCite(g[0].prepared, context: context, session: session, suppressAuthor: true).full
            previousBare = stripSuffix(bare0.plainText, session.disambiguation[g[0].prepared.item]?.yearSuffix)
            previousSuffix = session.disambiguation[g[0].prepared.item]?.yearSuffix
            runStart = previousSuffix
            for c in g.dropFirst() {
                let bare = processor.renderCite(c.prepared, context: context, session: session, suppressAuthor: true).full
                if bare.isBlank { continue }
                let ys = session.disambiguation[c.prepared.item]?.yearSuffix
                let bareText = stripSuffix(bare.plainText, ys)
                if collapse != "year", let ys, let p = previousBare, p == bareText, c.prepared.cite.locator == nil,
                   c.prepared.cite.prefix == nil, c.prepared.cite.suffix == nil {
                    let letter = Renderer.yearSuffixLetters(ys)
                    previousWasSuffix = true
                    if collapse == "year-suffix-ranged", let prev = previousSuffix, ys == prev + 1 {
                        pendingRangeEnd = (ys, [.text(letter)])
                        previousSuffix = ys
                        continue
                    }
                    flushRange(&out, &pendingRangeEnd, runStart: runStart, delimiter: yearSuffixDelimiter)
                    appendMerging(&out, [.text(yearSuffixDelimiter)], punctuationInQuote: piq)
                    out.append(.text(letter))
                    previousSuffix = ys
                    runStart = ys
                    continue
                }
                let afterSuffixRun = previousWasSuffix
                flushRange(&out, &pendingRangeEnd, runStart: runStart, delimiter: yearSuffixDelimiter)
                appendMerging(&out, [.text(previousHadLocator || afterSuffixRun ? afterCollapse : citeGroupDelimiter)], punctuationInQuote: piq)
                previousWasSuffix = false
                appendMerging(&out, processor.affixCite(bare, c.prepared.cite), punctuationInQuote: piq)
                previousHadLocator = c.prepared.cite.locator != nil
                previousBare = bareText
                previousSuffix = ys
                runStart = ys
            }
            flushRange(&out, &pendingRangeEnd, runStart: runStart, delimiter: yearSuffixDelimiter)
            parts.append(out)
            collapsedFlags.append(true)
        }
        var out: [Inline] = []
        for (i, p) in parts.enumerated() {
            if i > 0 {
                let d = collapse != nil ? afterCollapse : layoutDelimiter
                appendMerging(&out, [.text(d)], punctuationInQuote: piq)
            }
            appendMerging(&out, p, punctuationInQuote: piq)
        }
        return out
    }

    func flushRange(_ out: inout [Inline], _ pending: inout (Int, [Inline])?, runStart: Int?, delimiter: String) {
        guard let (end, letter) = pending else { return }
        if let s = runStart, end - s >= 2 {
            out.append(.text("\u{2013}"))
            out.append(contentsOf: letter)
        } else {
            appendMerging(&out, [.text(delimiter)], punctuationInQuote: piq)
            out.append(contentsOf: letter)
        }
        pending = nil
    }

    func stripSuffix(_ s: String, _ ys: Int?) -> String {
        guard let ys else { return s }
        let letter = Renderer.yearSuffixLetters(ys)
        if let r = s.range(of: letter, options: .backwards) {
            var t = s; t.removeSubrange(r); return t
        }
        return s
    }

    func collapseNumbers(_ cites: [Rendered], delimiter: String) -> [Inline] {
        var parts: [[Inline]] = []
        var i = 0
        while i < cites.count {
            var j = i
            func num(_ k: Int) -> Int? {
                let c = cites[k]
                if c.prepared.cite.locator != nil || c.prepared.cite.prefix != nil || c.prepared.cite.suffix != nil { return nil }
                return c.prepared.context.citationNumber
            }
            if let start = num(i) {
                while j + 1 < cites.count, let n = num(j + 1), n == (num(j) ?? -10) + 1 { j += 1 }
                _ = start
            }
            if j - i >= 2 {
                var out = processor.affixCite(cites[i].full, cites[i].prepared.cite)
                appendMerging(&out, [.text("\u{2013}")], punctuationInQuote: piq)
                appendMerging(&out, processor.affixCite(cites[j].full, cites[j].prepared.cite), punctuationInQuote: piq)
                parts.append(out)
                i = j + 1
            } else {
                parts.append(processor.affixCite(cites[i].full, cites[i].prepared.cite))
                i += 1
            }
        }
        return joinMerging(parts, delimiter: delimiter, punctuationInQuote: piq)
    }
}
