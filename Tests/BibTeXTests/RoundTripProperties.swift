import Crosswalk
import CrosswalkTestSupport
import PropertyBased
import Testing

/// Random records whose text stresses BibTeX: braces, backslashes, LaTeX specials, `--`, quotes,
/// `and`, commas, accents, scripts without case, and text with no LaTeX form.
enum BibRecordFactory {
    static let fragments = [
        "Mao", "Zedong", "Kim Il Sung", "Шифртелеграмма", "周恩来", "Pak Heon-yeong", "{", "}", "\\", "\\emph", "$",
        "&", "%", "#", "_", "~", "^", "--", "-", "``", "''", "'", "`", "?`", "\"", ",", ", ", " and ", "and", "others",
        "Chargé", "Dvořák", "Straße", "Łódź", "Nguyễn Văn Ư", "USSR", "McCarthy", "12–23", "—", "“q”", "\u{A0}",
        "x", "a", " ", "@", "=", "(", ")", "Korean War, 1950-1953", "🇰🇷", "\n", "  ",
    ]

    /// Text as BibTeX keeps it: single spaces, no edge spaces, never empty.
    static func text(_ g: inout SplitMix) -> String {
        var s = ""
        for _ in 0..<(1 + g.int(4)) { s += g.pick(fragments) }
        s = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return s.isEmpty ? "x" : s
    }

    static func capitalWord(_ g: inout SplitMix) -> String {
        g.pick(["Mao", "Stalin", "Zhou", "Ünal", "O'Brien", "Smith-Jones", "Gogh", "Фёдоров", "周", "Ørsted", "{Brace}"])
    }

    static func agent(_ g: inout SplitMix, role: AgentRole) -> Agent {
        if g.int(8) == 0 { return .etAl(role: role) }
        if g.int(3) == 0 { return Agent(role: role, literal: text(&g)) }
        return Agent(role: role, family: capitalWord(&g) + (g.bool() ? "" : " " + text(&g)),
                     given: g.bool() ? text(&g) : nil,
                     particle: g.int(4) == 0 ? g.pick(["van", "de", "von", "de la", "di", "ten", "van der"]) : nil,
                     suffix: g.int(5) == 0 ? g.pick(["Jr.", "III", "Sr", "Jr, Esq."]) : nil)
    }

    static let dates = ["1953-07-03", "1951-06", "1950", "1950-09~", "1950?", "1950%", "195X", "19XX", "1951/1953",
                        "1951-06/..", "../1953", "/1953", "1950-21", "1985-04-XX", "-0044", "2004-06-11%/2006-06~",
                        "1985-04-12T23:20:30Z"]

    static func record(seed: UInt64, index: Int) -> Record {
        var g = SplitMix(state: seed)
        func opt(_ g: inout SplitMix) -> String? { g.bool() ? text(&g) : nil }
        func list(_ g: inout SplitMix) -> [String] { (0..<g.int(4)).map { _ in text(&g) } }
        var r = Record(id: "r\(index)-\(seed % 1000)", title: text(&g))
        r.type = g.pick(RecordType.allCases)
        r.genre = opt(&g)
        if g.bool() { r.alternativeTitles = [LocalizedString(text(&g), lang: g.bool() ? g.pick(["ru", "zh-Hans", "ko"]) : nil)] }
        r.date = g.bool() ? try! EDTFDate(parsing: g.pick(dates)) : nil
        // Agents in role order: BibTeX keeps one list per role.
        for role in AgentRole.allCases where g.int(3) == 0 {
            var agents = (0..<(1 + g.int(3))).map { _ in agent(&g, role: role) }
            // "and others" ends a list.
            if let i = agents.firstIndex(where: \.isEtAl) { agents = Array(agents[...i]) }
            r.agents += agents
        }
        r.description = opt(&g)
        r.subjects = list(&g); r.places = list(&g)
        r.languages = (0..<g.int(3)).map { _ in g.pick(["ru", "zh", "ko", "en-GB"]) }
        r.publisher = opt(&g); r.isPartOf = list(&g)
        if g.bool() { r.archive = Archive(name: text(&g), location: opt(&g), place: opt(&g)) }
        for scheme in IdentifierScheme.allCases where g.int(3) == 0 {
            r.identifiers.append(Identifier(scheme, scheme == .url ? "https://example.org/" + text(&g) : text(&g)))
        }
        r.rights = list(&g)
        r.notes = (0..<g.int(3)).map { _ in text(&g) }
        r.containerTitle = opt(&g); r.volume = opt(&g); r.issue = opt(&g); r.pages = opt(&g); r.edition = opt(&g)
        r.series = opt(&g); r.number = r.type == .article ? nil : opt(&g); r.publisherPlace = opt(&g)
        r.accessed = g.bool() ? try! EDTFDate(parsing: g.pick(["2026-11-30", "2025-01"])) : nil
        for _ in 0..<g.int(3) { r.extra["bibtex.\(g.pick(["shelf", "crossref", "eventdate", "x-note"]))"] = [text(&g)] }
        return r
    }
}

@Suite struct BibTeXRoundTripProperties {
    static let seeds = Gen.uint64(in: 0...UInt64.max).array(of: 1...6)

    /// records → biblatex → records is the identity for every field biblatex holds (the generator
    /// makes only such records), in both encodings; writing what was read gives the same bytes.
    @Test func recordsSurviveBiblatex() async {
        await propertyCheck(count: 300, input: Self.seeds, Gen.element(of: ["unicode", "latex"])) { seeds, encoding in
            let records = seeds.enumerated().map { BibRecordFactory.record(seed: $1, index: $0) }
            let settings = ["bibtex.encoding": encoding ?? "unicode"]
            let written = try writeBib(records, settings: settings)
            let unexpected = written.warnings.filter { !$0.message.contains("no LaTeX form") }
            #expect(unexpected.isEmpty, "\(unexpected)")
            let back = readBib(written.text)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.warnings.isEmpty, "\(back.warnings)")
            #expect(back.records.count == records.count)
            for (a, b) in zip(back.records, records) {
                var a = a
                a.extra = a.extra.filter { !$0.key.hasPrefix("bibtex.latex.") }
                #expect(a == b, "\(differences(a, b))\n\(written.text)")
            }
            let again = try writeBib(back.records, settings: settings).text
            let changed = zip(again.split(separator: "\n"), written.text.split(separator: "\n")).filter { $0 != $1 }
            #expect(again == written.text, "\(changed)")
        }
    }

    /// Any BibTeX the writer produces (both dialects) parses, and the classic dialect loses only what it
    /// warns about: every field of a record that no warning names comes back equal.
    @Test func theBibTeXDialectKeepsWhatItDoesNotWarnAbout() async {
        await propertyCheck(count: 200, input: Self.seeds) { seeds in
            let records = seeds.enumerated().map { BibRecordFactory.record(seed: $1, index: $0) }
            let written = try writeBib(records, dialect: .bibtex)
            // Every warning names its record and its field.
            #expect(written.warnings.allSatisfy { $0.severity == .warning && $0.field != nil && records.map(\.id).contains($0.recordID ?? "") },
                    "\(written.warnings)")
            let back = readBib(written.text)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.records.map(\.id) == records.map(\.id))
            for (a, b) in zip(back.records, records) {
                // The record's properties that a warning names: `agents (editor)` → agents, `extra.bibtex.x` → extra.
                let warned = Set(written.warnings.filter { $0.recordID == b.id }.compactMap(\.field).map {
                    String($0.prefix { $0 != " " && $0 != "[" && $0 != "." && $0 != "(" })
                })
                var a = a
                a.extra = a.extra.filter { !$0.key.hasPrefix("bibtex.latex.") }
                if warned.contains("date") {
                    // A date BibTeX cannot hold is written as year, month and day as well as `date`;
                    // the reader keeps the parts that disagree with `date` in `extra`.
                    a.extra = a.extra.filter { !["bibtex.year", "bibtex.month", "bibtex.day"].contains($0.key) }
                }
                let kept = zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).filter { !warned.contains($0.0.label ?? "") }
                for (x, y) in kept {
                    #expect(x.value as? AnyHashable == y.value as? AnyHashable && x.value as? AnyHashable != nil, "\(b.id): `\(x.label ?? "?")` changed without a warning (warned: \(warned.sorted())): \(x.value) ≠ \(y.value)\n\(written.text)")
                }
                #expect(!kept.isEmpty)
            }
        }
    }
}
