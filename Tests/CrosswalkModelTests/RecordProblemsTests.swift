import CrosswalkModel
import Testing

/// `Record.problems`: what makes a record unusable, field by field, in order.
@Suite struct RecordProblemsTests {
    static func fields(_ r: Record) -> [String] { r.problems.map(\.field) }

    @Test func aRecordWithAnIdAndATitleHasNone() {
        #expect(Record(id: "a", title: "T").problems.isEmpty)
        #expect(Record(id: "ключ-1", title: "T", agents: [Agent(role: .creator, family: "Mao")]).problems.isEmpty)
    }

    /// Any text is an id, archival reference codes with spaces included; only an empty one is a problem.
    @Test func theIdMustBeThereAndMayHoldAnyText() {
        #expect(Record(id: "", title: "T").problems.map(\.message) == ["the record has no `id`"])
        for id in ["AU NBAC N193-001", "a\tb", "a\u{A0}b", "f. 45, op. 1, d. 334", "ключ 1"] {
            #expect(Record(id: id, title: "T").problems.isEmpty, "\(id.unicodeScalars.map(\.value))")
        }
    }

    @Test func theOtherProblemsNameTheirField() {
        var r = Record(id: "a", title: "")
        r.agents = [Agent(role: .creator, family: "Mao"), Agent(role: .editor), Agent(role: .creator, family: "", given: "X")]
        r.archive = Archive(name: "")
        r.identifiers = [Identifier(.url, "https://x"), Identifier(.doi, "")]
        #expect(Self.fields(r) == ["title", "agents[1]", "agents[2]", "archive.name", "identifiers[1]"])
        #expect(r.problems[0].message == "the record has no `title`")
        #expect(r.problems[1].message == "an agent needs a `family` name or a `literal` name")
        #expect(r.problems[2].message == "an agent's `family` is empty; leave it out instead")
        #expect(r.problems[3].message == "an archive needs a `name`")
        #expect(r.problems[4].message == "identifier `doi` has an empty value")
    }

    @Test func theFirstProblemIsTheErrorAReaderThrows() throws {
        var r = Record(id: "a", title: "")
        r.identifiers = [Identifier(.doi, "")]
        var asked: [String] = []
        let e = try #require(r.problemError { field in asked.append(field); return SourceLocation(file: "f", line: 3, column: 4) })
        #expect(asked == ["title"])
        #expect(e.description == "f:3:4: error: record a: field `title`: the record has no `title`")
        #expect(e.isRecoverable && e.field == "title")
        // A record without an id names no record.
        #expect(Record(id: "", title: "T").problemError { _ in nil }?.description == "error: field `id`: the record has no `id`")
        #expect(Record(id: "a", title: "T").problemError { _ in nil } == nil)
    }
}
