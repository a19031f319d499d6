import Crosswalk
import Testing

/// Thousands of warnings of one kind are one line: the first as reported, then how many more and where.
@Suite struct WarningSummaryTests {
    @Test func warningsOfOneKindAreOneLine() {
        let s = WarningSummary(recordsShown: 2)
        for i in 0..<1000 {
            s.add(.dropped("accessed", record: "r\(i)", reason: "simple Dublin Core has no element for it"))
        }
        s.add(.warning("field `agents[4]`: the literal name \"A, B\" holds a comma", record: "x", field: "agents[4]"))
        s.add(.warning("field `agents[1]`: the literal name \"C, D\" holds a comma", record: "y", field: "agents[1]"))
        s.add(.dropped("archive.place", record: "r0", reason: "CSV has no column for it"))
        #expect(s.total == 1003)
        #expect(s.groups.map(\.count) == [1000, 2, 1])
        #expect(s.lines == [
            "warning: record r0: field `accessed` dropped: simple Dublin Core has no element for it (and 999 more like it, in records r1, r2 …)",
            "warning: record x: field `agents[4]`: the literal name \"A, B\" holds a comma (and 1 more like it, in record y)",
            "warning: record r0: field `archive.place` dropped: CSV has no column for it",
        ])
    }

    @Test func differentFieldsOrKindsStayApart() {
        let s = WarningSummary()
        s.add(.dropped("accessed", record: "a", reason: "no element"))
        s.add(.dropped("rights", record: "a", reason: "no element"))
        s.add(Diagnostic(.warning, "field `accessed` dropped: no element", record: "b", field: "accessed", kind: .usage))
        #expect(s.groups.count == 3)
    }
}
