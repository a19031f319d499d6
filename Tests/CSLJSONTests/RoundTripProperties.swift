import Crosswalk
import CrosswalkCitations
import CrosswalkTestSupport
import PropertyBased
import Foundation
import Testing

/// Random records, with text that stresses JSON and CSL rich text, and every field the model has.
enum CSLRecordFactory {
    static let fragments = [
        "Mao", "Zedong", "Kim Il Sung", "Шифртелеграмма", "周恩来", "Pak Heon-yeong", "{", "}", "\\", "\"", "/", "<", ">",
        "&", "%", "$", ",", ", ", " and ", "Chargé", "Dvořák", "Straße", "USSR", "McCarthy", "12–23", "—", "“q”",
        "\u{A0}", "x", "a", " ", "Korean War, 1950-1953", "🇰🇷", "\n", "\t", "\u{1}", "\u{7F}",
    ]

    static func text(_ g: inout SplitMix) -> String {
        var s = ""
        for _ in 0..<(1 + g.int(4)) { s += g.pick(fragments) }
        return s
    }

    /// Text without edge spaces or commas, which `keyword` would trim or split (a subject list with
    /// them is kept in `custom`; these make the common case).
    static func word(_ g: inout SplitMix) -> String {
        g.pick(["Korea", "Armistice", "Mao Zedong", "周恩来", "Шифртелеграмма", "x"])
    }

    static func agent(_ g: inout SplitMix, role: AgentRole) -> Agent {
        if g.int(3) == 0 { return Agent(role: role, literal: text(&g)) }
        return Agent(role: role, family: text(&g), given: g.bool() ? text(&g) : nil,
                     particle: g.int(4) == 0 ? g.pick(["van", "de", "von", "de la"]) : nil,
                     suffix: g.int(5) == 0 ? g.pick(["Jr.", "III"]) : nil)
    }

    static let dates = ["1953-07-03", "1951-06", "1950", "1950-09~", "1950?", "1950%", "195X", "19XX", "1951/1953",
                        "1951-06/..", "../1953", "/1953", "1950-21", "1985-04-XX", "-0044", "2004-06-11%/2006-06~",
                        "1985-04-12T23:20:30Z", "1950~/1953~", "Y170000002", "0000"]

    static func record(seed: UInt64, index: Int) -> Record {
        var g = SplitMix(state: seed)
        func opt(_ g: inout SplitMix) -> String? { g.bool() ? text(&g) : nil }
        func list(_ g: inout SplitMix) -> [String] { (0..<g.int(4)).map { _ in text(&g) } }
        var r = Record(id: "r\(index)-\(seed % 1000)", title: text(&g))
        r.type = g.int(8) == 0 ? nil : g.pick(RecordType.allCases)
        r.genre = opt(&g)
        r.alternativeTitles = (0..<g.int(3)).map { _ in LocalizedString(text(&g), lang: g.bool() ? g.pick(["ru", "zh-Hans"]) : nil) }
        r.date = g.bool() ? EDTFDate(g.pick(dates))! : nil
        for role in AgentRole.allCases where g.int(3) == 0 {
            r.agents += (0..<(1 + g.int(3))).map { _ in agent(&g, role: role) }
            if g.int(6) == 0 { r.agents.append(.etAl(role: role)) }
        }
        r.description = opt(&g)
        r.subjects = g.bool() ? (0..<g.int(4)).map { _ in word(&g) } : list(&g)
        r.places = list(&g)
        r.languages = (0..<g.int(3)).map { _ in g.pick(["ru", "zh", "ko", "en-GB"]) }
        r.publisher = opt(&g); r.isPartOf = list(&g)
        if g.bool() { r.archive = Archive(name: text(&g), location: opt(&g), place: opt(&g)) }
        for scheme in IdentifierScheme.allCases where g.int(3) == 0 {
            for _ in 0..<(1 + g.int(2)) { r.identifiers.append(Identifier(scheme, text(&g))) }
        }
        r.rights = list(&g)
        r.notes = (0..<g.int(3)).map { _ in text(&g) }
        r.containerTitle = opt(&g); r.volume = opt(&g); r.issue = opt(&g); r.pages = opt(&g); r.edition = opt(&g)
        r.series = opt(&g); r.number = opt(&g); r.publisherPlace = opt(&g)
        r.accessed = g.bool() ? EDTFDate(g.pick(dates))! : nil
        for _ in 0..<g.int(3) {
            r.extra[g.pick(["bibtex.annote", "shelf", "csl.title-short", "csl.event-place", "csl.original-date", "Box"])] = [text(&g)]
        }
        if let d = r.extra["csl.original-date"], EDTFDate(d[0]) == nil { r.extra["csl.original-date"] = [g.pick(dates)] }
        return r
    }
}

/// Random CSL items for the codec.
enum CSLItemFactory {
    static func name(_ g: inout SplitMix) -> CSLName {
        if g.int(4) == 0 {
            var n = CSLName.literal(CSLRecordFactory.text(&g))
            n.isInstitution = g.int(3) == 0
            return n
        }
        var n = CSLName(family: CSLRecordFactory.text(&g))
        if g.bool() { n.given = CSLRecordFactory.text(&g) }
        if g.int(4) == 0 { n.droppingParticle = "de" }
        if g.int(4) == 0 { n.nonDroppingParticle = "van" }
        if g.int(4) == 0 { n.suffix = "Jr." }
        n.commaSuffix = g.int(4) == 0
        n.staticOrdering = g.int(4) == 0
        n.parseNames = g.pick([nil, true, false])
        return n
    }

    static func date(_ g: inout SplitMix) -> CSLDate {
        var d = CSLDate(parts: [])
        for _ in 0..<g.int(3) { d.parts.append(Array([g.int(4000) - 1000, 1 + g.int(16), 1 + g.int(31)].prefix(1 + g.int(3)))) }
        if g.int(4) == 0 { d.season = g.pick(["1", "2", "3", "4", "Easter", "Trinity Term"]) }
        d.circa = g.int(4) == 0
        if g.int(5) == 0 { d.literal = CSLRecordFactory.text(&g) }
        if g.int(5) == 0 { d.raw = CSLRecordFactory.text(&g) }
        if g.int(5) == 0 { d.edtf = "195X" }
        return d
    }

    static func item(seed: UInt64) -> CSLItem {
        var g = SplitMix(state: seed)
        var i = CSLItem(id: CSLRecordFactory.text(&g), type: g.pick(["", "book", "personal_communication", "x y"]))
        for _ in 0..<g.int(8) {
            switch g.int(3) {
            case 0: i[g.pick(["title", "note", "volume", "archive_location", "unknown-key"])] = .text(CSLRecordFactory.text(&g))
            case 1: i[g.pick(Array(CSLVariables.names))] = .names((0..<g.int(4)).map { _ in name(&g) })
            default: i[g.pick(Array(CSLVariables.dates))] = .date(date(&g))
            }
        }
        if g.int(4) == 0 { i.otherJSON["multi"] = #"{"_keys":{"title":{"fr":"Le \"x\""}}}"# }
        if g.int(4) == 0 { i.otherJSON["flag"] = g.pick(["true", "false", "[1,2.50,-3e5]", "{}"]) }
        return i
    }
}

@Suite struct CSLJSONRoundTripProperties {
    static let seeds = Gen.uint64(in: 0...UInt64.max).array(of: 1...6)

    /// records → CSL-JSON → records is the identity (what has no CSL variable travels in `custom`);
    /// the writer warns only about dates that `date-parts` cannot say; writing what was read gives
    /// the same bytes.
    @Test func recordsSurviveCSLJSON() async {
        await propertyCheck(count: 300, input: Self.seeds) { seeds in
            let records = seeds.enumerated().map { CSLRecordFactory.record(seed: $1, index: $0) }
            let written = try write(records)
            let unexpected = written.warnings.filter { !$0.message.contains("CSL date-parts cannot hold") }
            #expect(unexpected.isEmpty, "\(unexpected)")
            let back = read(written.text)
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.warnings.isEmpty, "\(back.warnings)")
            #expect(back.records.count == records.count)
            for (a, b) in zip(back.records, records) {
                #expect(a == b, "\(differences(a, b))\n\(written.text)")
            }
            #expect(try write(back.records).text == written.text)
        }
    }

    /// Items → CSL-JSON → items is the identity.
    @Test func itemsSurviveTheCodec() async {
        await propertyCheck(count: 300, input: Self.seeds) { seeds in
            let items = seeds.map(CSLItemFactory.item(seed:))
            let text = CSLJSONCodec.encode(items)
            let back = try CSLJSONCodec.decode(text, file: "p.json")
            #expect(back == items, "\(String(decoding: text, as: UTF8.self))")
        }
    }
}

/// CSL rich text → BibTeX's marked LaTeX → rich text is the identity, for text with LaTeX's specials.
@Suite struct RichTextProperties {
    static let fragments = ["Mao", "USSR", "&", "%", "$", "{", "}", "\\", "x y", "é", "–", "#", "_", "~", "^", "Kim Il Sung", "''", "1950s", " ", "<", "周"]
    static let tags = [("<span class=\"nocase\">", "</span>"), ("<i>", "</i>"), ("<b>", "</b>"), ("<sup>", "</sup>"), ("<sub>", "</sub>"),
                       ("<span style=\"font-variant:small-caps;\">", "</span>"), ("<span class=\"nodecor\">", "</span>")]

    static func rich(_ g: inout SplitMix, depth: Int = 0) -> String {
        var s = ""
        for _ in 0..<(1 + g.int(4)) {
            if depth < 2 && g.int(3) == 0 {
                let (open, close) = g.pick(tags)
                var inner = rich(&g, depth: depth + 1)
                if inner.trimmingCharacters(in: .whitespaces).isEmpty { inner = "x" }
                s += open + inner + close
            } else {
                s += g.pick(fragments)
            }
        }
        // Single spaces, none at the edges: BibTeX keeps no more.
        while s.contains("  ") { s = s.replacingOccurrences(of: "  ", with: " ") }
        return s
    }

    @Test func richTextSurvivesLaTeX() async {
        await propertyCheck(count: 500, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var g = SplitMix(state: seed)
            let text = Self.rich(&g)
            let (plain, latex) = CSLRichText.toLaTeX(text)
            guard let latex else {
                #expect(!text.contains("</"), "\(text)")
                return
            }
            #expect(CSLRichText.fromLaTeX(latex) == text, "\(text) → \(latex)")
            #expect(CSLRichText.toLaTeX(CSLRichText.fromLaTeX(latex)).plain == plain)
        }
    }
}
