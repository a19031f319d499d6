/// The role an agent plays for a record.
public enum AgentRole: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case creator, recipient, translator, editor, contributor

    public static func < (a: AgentRole, b: AgentRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A person or a body. A personal name is split into parts; a body, or a name
/// that should never be split (such as "Kim Il Sung"), is a `literal`.
public struct Agent: Sendable, Hashable, Codable {
    public var role: AgentRole
    public var family: String?
    public var given: String?
    /// A name particle such as "van", "de" or "von".
    public var particle: String?
    /// "Jr.", "III".
    public var suffix: String?
    /// A name kept whole: a body, or a personal name written as one unit.
    public var literal: String?

    public init(role: AgentRole, family: String? = nil, given: String? = nil, particle: String? = nil,
                suffix: String? = nil, literal: String? = nil) {
        self.role = role; self.family = family; self.given = given
        self.particle = particle; self.suffix = suffix; self.literal = literal
    }

    public static func literal(_ name: String, role: AgentRole) -> Agent { Agent(role: role, literal: name) }

    /// The literal that marks a truncated list of names ("and others" in BibTeX, "et al." in citations).
    public static let etAlLiteral = "et al."

    /// An "et al." marker: the list of agents with this role goes on, unnamed.
    public static func etAl(role: AgentRole) -> Agent { Agent(role: role, literal: etAlLiteral) }

    /// Whether this agent is the "et al." marker rather than a name.
    public var isEtAl: Bool { literal == Self.etAlLiteral }

    /// Why this agent is unusable, or nil.
    public var problem: String? {
        func empty(_ name: String) -> String { "an agent's `\(name)` is empty; leave it out instead" }
        if literal?.isEmpty == true { return empty("literal") }
        if family?.isEmpty == true { return empty("family") }
        if given?.isEmpty == true { return empty("given") }
        if particle?.isEmpty == true { return empty("particle") }
        if suffix?.isEmpty == true { return empty("suffix") }
        let hasLiteral = !(literal ?? "").isEmpty
        let hasFamily = !(family ?? "").isEmpty
        if hasLiteral && (hasFamily || given != nil || particle != nil || suffix != nil) {
            return "an agent has either a `literal` name or name parts, not both"
        }
        if !hasLiteral && !hasFamily { return "an agent needs a `family` name or a `literal` name" }
        return nil
    }

    /// The name in reading order: a literal as it is (never reordered); otherwise
    /// "Given particle Family, Suffix", such as "Vincent van Gogh" or "Martin Luther King, Jr.".
    public var displayName: String {
        if let literal { return literal }
        var parts: [String] = []
        if let given, !given.isEmpty { parts.append(given) }
        if let particle, !particle.isEmpty { parts.append(particle) }
        if let family { parts.append(family) }
        var s = parts.joined(separator: " ")
        if let suffix, !suffix.isEmpty { s += ", " + suffix }
        return s
    }
}
