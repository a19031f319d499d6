/// The inverted personal-name syntax that CSV cells and Dublin Core elements share:
/// `Family, Given`, `Family, Given, Suffix`, `Family,` (no given name), or a literal (no comma).
///
/// Leading lower-case words of the family part (all but its last word) are the particle, by
/// BibTeX's "von" rule: `van Gogh, Vincent` is particle `van`, family `Gogh`. A name without a comma is kept whole as a
/// `literal`, which is right for "Kim Il Sung" and "USSR Council of Ministers".
public enum InvertedName {
    /// The comma-separated parts of an agent's name: `[particle family, given, suffix]`, or
    /// `[particle family, given]` when there is no suffix (`given` may be empty), or `[literal]`.
    public static func parts(of a: Agent) -> [String] {
        if let literal = a.literal { return [literal] }
        var family = a.family ?? ""
        if let p = a.particle, !p.isEmpty { family = p + " " + family }
        if let suffix = a.suffix, !suffix.isEmpty { return [family, a.given ?? "", suffix] }
        return [family, a.given ?? ""]
    }

    /// Joins parts as text, without any escaping: `Family, Given`, `Family,` or the literal.
    public static func format(_ a: Agent) -> String {
        let p = parts(of: a)
        if p.count == 1 { return p[0] }
        if p.count == 2 && p[1].isEmpty { return p[0] + "," }
        return p.joined(separator: ", ")
    }

    /// Makes an agent from the parts of a name (already split at its commas and unescaped), trimmed of
    /// white space: one part is a literal; two or three are family (with its particle), given and suffix.
    /// A `.failure` says why the parts cannot be a name (empty, no family name, more than two commas).
    public static func agent(fromParts rawParts: [String], role: AgentRole) -> Result<Agent, NameError> {
        let parts = rawParts.map(trimmed)
        if parts.count == 1 {
            guard !parts[0].isEmpty else { return .failure(NameError("an empty name")) }
            return .success(Agent(role: role, literal: parts[0]))
        }
        guard parts.count <= 3 else {
            return .failure(NameError("\(parts.count - 1) commas; write `Family, Given` or `Family, Given, Suffix`"))
        }
        guard !parts[0].isEmpty else { return .failure(NameError("no family name before the comma")) }
        let words = parts[0].split(separator: " ", omittingEmptySubsequences: true)
        var particleWords: [Substring] = []
        var i = 0
        while i < words.count - 1, let f = words[i].first, f.isLowercase { particleWords.append(words[i]); i += 1 }
        let family = words[i...].joined(separator: " ")
        let suffix = parts.count == 3 ? parts[2] : ""
        return .success(Agent(role: role, family: family, given: parts[1].isEmpty ? nil : parts[1],
                              particle: particleWords.isEmpty ? nil : particleWords.joined(separator: " "),
                              suffix: suffix.isEmpty ? nil : suffix))
    }

    /// Parses plain text (no escapes): splits at every comma.
    public static func parse(_ text: String, role: AgentRole) -> Result<Agent, NameError> {
        agent(fromParts: text.split(separator: ",", omittingEmptySubsequences: false).map(String.init), role: role)
    }

    public struct NameError: Error, Sendable, Hashable {
        public var message: String
        init(_ m: String) { message = m }
    }

    /// The text without white space (space, tab, CR, LF) at its edges.
    public static func trimmed(_ s: String) -> String {
        let u = s.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = u.first, let last = u.last else { return s }
        if !isSpace(first) && !isSpace(last) { return s }
        var start = u.startIndex, end = u.endIndex
        while start < end, isSpace(u[start]) { start = u.index(after: start) }
        while end > start, isSpace(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(s[start..<end])
    }
}
