/// Warnings that come in numbers, each kind once: the first one as it was reported, then how many
/// more of the same kind there were and in which records. Two warnings are of one kind when they
/// say the same thing about the same field, whatever the record, a list index (`agents[3]`, in the
/// field or the message) or a quoted value ("…").
public final class WarningSummary {
    public struct Group: Sendable {
        /// The first warning of this kind, as reported.
        public var first: Diagnostic
        public var count: Int
        /// The records of the later ones (the first few).
        public var moreRecords: [String]
    }

    public private(set) var groups: [Group] = []
    private var index: [String: Int] = [:]
    /// How many record ids a group names.
    public let recordsShown: Int

    public init(recordsShown: Int = 3) { self.recordsShown = recordsShown }

    /// The number of warnings added.
    public var total: Int { groups.reduce(0) { $0 + $1.count } }

    public func add(_ d: Diagnostic) {
        let key = Self.kind(of: d)
        if let i = index[key] {
            groups[i].count += 1
            if let r = d.recordID, groups[i].moreRecords.count < recordsShown { groups[i].moreRecords.append(r) }
        } else {
            index[key] = groups.count
            groups.append(Group(first: d, count: 1, moreRecords: []))
        }
    }

    /// One line per kind: the first warning, and "(and N more like it, in records a, b, c …)".
    public var lines: [String] {
        groups.map { g in
            guard g.count > 1 else { return g.first.description }
            let more = g.count - 1
            var s = g.first.description + " (and \(more) more like it"
            if !g.moreRecords.isEmpty {
                s += ", in record\(more == 1 ? "" : "s") " + g.moreRecords.joined(separator: ", ") + (more > g.moreRecords.count ? " …" : "")
            }
            return s + ")"
        }
    }

    /// What makes two warnings one kind: the field without list indices, and the message without quoted values.
    static func kind(of d: Diagnostic) -> String {
        var field = ""
        var inIndex = false
        for c in d.field ?? "" {
            if c == "[" { inIndex = true } else if c == "]" { inIndex = false } else if !inIndex { field.append(c) }
        }
        var message = ""
        var inQuote = false
        inIndex = false
        for c in d.message {
            if c == "\"" { inQuote.toggle(); message.append(c) }
            else if inQuote { continue }
            else if c == "[" { inIndex = true } else if c == "]" { inIndex = false } else if !inIndex { message.append(c) }
        }
        return "\(d.kind.rawValue)\u{1}\(field)\u{1}\(message)"
    }
}
