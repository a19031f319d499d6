import Crosswalk

/// Builds random records that stress every escaping rule: separators, backslashes, commas, quotes,
/// brackets, line breaks, CR, tabs and non-ASCII text.
public enum RecordFactory {
    public static let fragments = [
        "Mao", "Zedong", "Kim Il Sung", "Шифртелеграмма", "周恩来", "Pak Heon-yeong", " | ", "|", "\\", "\\|", ",",
        "\"", "'", "[ru]", "[", "]", "\n", "\r\n", "\t", "a", "Korean War, 1950-1953", "x", "é", "🇰🇷", " ", ";", "{", "}",
    ]

    public static func text(_ g: inout SplitMix, trimmed: Bool = false) -> String {
        var s = ""
        for _ in 0..<(1 + g.int(4)) { s += g.pick(fragments) }
        if trimmed {
            s = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
        }
        return s.isEmpty ? "x" : s
    }

    public static func word(_ g: inout SplitMix, capital: Bool) -> String {
        let w = g.pick(capital ? ["Mao", "Stalin", "Zhou", "Ünal", "O'Brien", "Smith-Jones", "Gogh", "Фёдоров"]
                               : ["van", "de", "von", "de la", "di", "ten"])
        return w
    }

    public static func nameText(_ g: inout SplitMix) -> String {
        // Name parts never have edge spaces; they may hold commas, separators and backslashes.
        var s = text(&g, trimmed: true)
        if let f = s.first, f.isLowercase { s = "X" + s }
        return s
    }

    public static func agent(_ g: inout SplitMix) -> Agent {
        let role = g.pick(AgentRole.allCases)
        if g.int(3) == 0 { return Agent(role: role, literal: nameText(&g)) }
        return Agent(role: role, family: word(&g, capital: true) + (g.bool() ? "" : " " + nameText(&g)),
                     given: g.bool() ? nameText(&g) : nil,
                     particle: g.int(4) == 0 ? word(&g, capital: false) : nil,
                     suffix: g.int(5) == 0 ? g.pick(["Jr.", "III", "Sr"]) : nil)
    }

    public static let dates = ["1953-07-03", "1951-06", "1950", "1950-09~", "1950?", "1950%", "195X", "19XX", "1951/1953",
                        "1951-06/..", "../1953", "/1953", "1950-21", "1985-04-XX", "-0044", "2004-06-11%/2006-06~"]

    public static func record(seed: UInt64) -> Record {
        var g = SplitMix(state: seed)
        func opt(_ g: inout SplitMix) -> String? { g.bool() ? text(&g) : nil }
        func list(_ g: inout SplitMix) -> [String] { (0..<g.int(4)).map { _ in text(&g) } }
        var r = Record(id: "r\(seed % 100_000)-\(g.int(1000))", title: text(&g))
        r.type = g.bool() ? g.pick(RecordType.allCases) : nil
        r.genre = opt(&g)
        r.alternativeTitles = (0..<g.int(3)).map { _ in LocalizedString(text(&g), lang: g.bool() ? g.pick(["ru", "zh-Hans", "ko"]) : nil) }
        r.date = g.bool() ? try! EDTFDate(parsing: g.pick(dates)) : nil
        r.agents = (0..<g.int(5)).map { _ in agent(&g) }
        r.description = opt(&g)
        r.subjects = list(&g); r.places = list(&g); r.languages = list(&g)
        r.publisher = opt(&g); r.isPartOf = list(&g)
        if g.bool() { r.archive = Archive(name: text(&g), location: opt(&g), place: opt(&g)) }
        r.identifiers = (0..<g.int(4)).map { _ in Identifier(g.pick(IdentifierScheme.allCases), text(&g)) }
        r.rights = list(&g); r.notes = list(&g)
        r.containerTitle = opt(&g); r.volume = opt(&g); r.issue = opt(&g); r.pages = opt(&g); r.edition = opt(&g)
        r.series = opt(&g); r.number = opt(&g); r.publisherPlace = opt(&g)
        r.accessed = g.bool() ? try! EDTFDate(parsing: g.pick(["2026-11-30", "2025-01"])) : nil
        for _ in 0..<g.int(3) { r.extra["x.\(g.pick(["note", "shelf", "call number"]))"] = list(&g) + [text(&g)] }
        return r
    }

    /// What CSV keeps of a record: agents grouped by role and identifiers by scheme, in column order.
    public static func csvNormalized(_ r: Record) -> Record {
        var r = r
        r.agents = AgentRole.allCases.flatMap { role in r.agents.filter { $0.role == role } }
        r.identifiers = IdentifierScheme.allCases.flatMap { s in r.identifiers.filter { $0.scheme == s } }
        return r
    }
}
