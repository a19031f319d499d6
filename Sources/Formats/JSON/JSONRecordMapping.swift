import CrosswalkModel

/// Turns a parsed JSON object into a `Record`, with errors that name the record, the field and the place.
struct JSONRecordDecoder {
    let file: String

    private func fail(_ node: JSONNode, _ message: String, record: String?, field: String) -> Diagnostic {
        .error("field `\(field)`: \(message)", at: SourceLocation(file: file, line: node.line, column: node.column),
               record: record, field: field, recoverable: true)
    }

    private func string(_ node: JSONNode, record: String?, field: String, numbersAllowed: Bool = false) throws(Diagnostic) -> String {
        switch node.value {
        case .string(let s): return s
        case .number(let n) where numbersAllowed: return n
        default: throw fail(node, "expected a string, found \(node.kindName)", record: record, field: field)
        }
    }

    private func optionalString(_ node: JSONNode, record: String?, field: String, numbersAllowed: Bool = false) throws(Diagnostic) -> String? {
        if case .null = node.value { return nil }
        return try string(node, record: record, field: field, numbersAllowed: numbersAllowed)
    }

    private func array(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> [JSONNode] {
        switch node.value {
        case .array(let items): return items
        case .null: return []
        default: throw fail(node, "expected an array, found \(node.kindName)", record: record, field: field)
        }
    }

    private func strings(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> [String] {
        var out: [String] = []
        for (i, item) in try array(node, record: record, field: field).enumerated() {
            out.append(try string(item, record: record, field: "\(field)[\(i)]"))
        }
        return out
    }

    /// The members of an object, checked against the keys it may have. A record has at most a few
    /// dozen keys, so a linear table beats hashing here.
    struct Members {
        let keys: [String]
        var values: [JSONNode?]
        subscript(_ key: String) -> JSONNode? {
            guard let i = keys.firstIndex(of: key) else { return nil }
            return values[i]
        }
    }

    private func members(_ node: JSONNode, record: String?, field: String, allowed: [String])
        throws(Diagnostic) -> Members
    {
        guard case .object(let ms) = node.value else {
            throw fail(node, "expected an object, found \(node.kindName)", record: record, field: field)
        }
        var out = Members(keys: allowed, values: Array(repeating: nil, count: allowed.count))
        for m in ms {
            guard let i = allowed.firstIndex(of: m.key) else {
                let name = field.isEmpty ? m.key : "\(field).\(m.key)"
                throw .error("unknown key `\(name)`; the canonical keys are listed in Docs/formats/json.md",
                             at: SourceLocation(file: file, line: m.keyLine, column: m.keyColumn), record: record, field: name,
                             recoverable: true)
            }
            guard out.values[i] == nil else {
                let name = field.isEmpty ? m.key : "\(field).\(m.key)"
                throw .error("duplicate key `\(name)`", at: SourceLocation(file: file, line: m.keyLine, column: m.keyColumn),
                             record: record, field: name, recoverable: true)
            }
            out.values[i] = m.value
        }
        return out
    }

    private func date(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> EDTFDate? {
        guard let text = try optionalString(node, record: record, field: field) else { return nil }
        do {
            return try EDTFDate(parsing: text)
        } catch {
            throw fail(node, "invalid EDTF date \"\(text)\": \(error.message)", record: record, field: field)
        }
    }

    private static let recordKeys = Record.canonicalKeys
    private static let agentKeys = ["role", "family", "given", "particle", "suffix", "literal"]

    func record(from node: JSONNode) throws(Diagnostic) -> Record {
        guard case .object(let ms) = node.value else {
            throw .error("a record must be a JSON object, found \(node.kindName)",
                         at: SourceLocation(file: file, line: node.line, column: node.column), recoverable: true)
        }
        // Find the id first, so that every later error can name the record.
        var id: String?
        if let idNode = ms.first(where: { $0.key == "id" })?.value, case .string(let s) = idNode.value, !s.isEmpty {
            id = s
        }
        let m = try members(node, record: id, field: "", allowed: Self.recordKeys)
        guard let idNode = m["id"] else {
            throw .error("field `id`: the record has no `id`", at: SourceLocation(file: file, line: node.line, column: node.column),
                         field: "id", recoverable: true)
        }
        let theID = try string(idNode, record: nil, field: "id")
        guard let titleNode = m["title"] else {
            throw .error("field `title`: the record has no `title`", at: SourceLocation(file: file, line: node.line, column: node.column),
                         record: theID.isEmpty ? nil : theID, field: "title", recoverable: true)
        }
        var r = Record(id: theID, title: try string(titleNode, record: theID, field: "title"))
        let rid: String? = theID.isEmpty ? nil : theID
        func str(_ k: String, numbers: Bool = false) throws(Diagnostic) -> String? {
            guard let n = m[k] else { return nil }
            return try optionalString(n, record: rid, field: k, numbersAllowed: numbers)
        }
        func list(_ k: String) throws(Diagnostic) -> [String] {
            guard let n = m[k] else { return [] }
            return try strings(n, record: rid, field: k)
        }
        if let n = m["type"], let t = try optionalString(n, record: rid, field: "type") {
            guard let type = RecordType(rawValue: t) else {
                throw fail(n, "unknown type \"\(t)\"; expected one of \(RecordType.allCases.map(\.rawValue).joined(separator: ", "))",
                           record: rid, field: "type")
            }
            r.type = type
        }
        r.genre = try str("genre")
        if let n = m["alternativeTitles"] {
            for (i, item) in try array(n, record: rid, field: "alternativeTitles").enumerated() {
                let f = "alternativeTitles[\(i)]"
                let o = try members(item, record: rid, field: f, allowed: ["value", "lang"])
                guard let v = o["value"] else { throw fail(item, "an alternative title needs a `value`", record: rid, field: f) }
                r.alternativeTitles.append(LocalizedString(
                    try string(v, record: rid, field: f + ".value"),
                    lang: try o["lang"].flatMap { n throws(Diagnostic) in try optionalString(n, record: rid, field: f + ".lang") }))
            }
        }
        if let n = m["date"] { r.date = try date(n, record: rid, field: "date") }
        if let n = m["agents"] {
            for (i, item) in try array(n, record: rid, field: "agents").enumerated() {
                let f = "agents[\(i)]"
                let o = try members(item, record: rid, field: f, allowed: Self.agentKeys)
                guard let roleNode = o["role"] else { throw fail(item, "an agent needs a `role`", record: rid, field: f) }
                let roleText = try string(roleNode, record: rid, field: f + ".role")
                guard let role = AgentRole(rawValue: roleText) else {
                    throw fail(roleNode, "unknown role \"\(roleText)\"; expected one of \(AgentRole.allCases.map(\.rawValue).joined(separator: ", "))",
                               record: rid, field: f + ".role")
                }
                func part(_ k: String) throws(Diagnostic) -> String? {
                    guard let p = o[k] else { return nil }
                    return try optionalString(p, record: rid, field: "\(f).\(k)")
                }
                let agent = Agent(role: role, family: try part("family"), given: try part("given"),
                                  particle: try part("particle"), suffix: try part("suffix"), literal: try part("literal"))
                if let p = agent.problem { throw fail(item, p, record: rid, field: f) }
                r.agents.append(agent)
            }
        }
        r.description = try str("description")
        r.subjects = try list("subjects")
        r.places = try list("places")
        r.languages = try list("languages")
        r.publisher = try str("publisher")
        r.isPartOf = try list("isPartOf")
        if let n = m["archive"], !isNull(n) {
            let o = try members(n, record: rid, field: "archive", allowed: ["name", "location", "place"])
            guard let nameNode = o["name"] else { throw fail(n, "an archive needs a `name`", record: rid, field: "archive") }
            var a = Archive(name: try string(nameNode, record: rid, field: "archive.name"))
            if let l = o["location"] { a.location = try optionalString(l, record: rid, field: "archive.location") }
            if let p = o["place"] { a.place = try optionalString(p, record: rid, field: "archive.place") }
            r.archive = a
        }
        if let n = m["identifiers"] {
            for (i, item) in try array(n, record: rid, field: "identifiers").enumerated() {
                let f = "identifiers[\(i)]"
                let o = try members(item, record: rid, field: f, allowed: ["scheme", "value"])
                guard let s = o["scheme"], let v = o["value"] else {
                    throw fail(item, "an identifier needs a `scheme` and a `value`", record: rid, field: f)
                }
                let schemeText = try string(s, record: rid, field: f + ".scheme")
                guard let scheme = IdentifierScheme(rawValue: schemeText) else {
                    throw fail(s, "unknown identifier scheme \"\(schemeText)\"; expected one of \(IdentifierScheme.allCases.map(\.rawValue).joined(separator: ", "))",
                               record: rid, field: f + ".scheme")
                }
                r.identifiers.append(Identifier(scheme, try string(v, record: rid, field: f + ".value")))
            }
        }
        r.rights = try list("rights")
        r.notes = try list("notes")
        r.containerTitle = try str("containerTitle")
        r.volume = try str("volume", numbers: true)
        r.issue = try str("issue", numbers: true)
        r.pages = try str("pages", numbers: true)
        r.edition = try str("edition", numbers: true)
        r.series = try str("series")
        r.number = try str("number", numbers: true)
        r.publisherPlace = try str("publisherPlace")
        if let n = m["accessed"] { r.accessed = try date(n, record: rid, field: "accessed") }
        if let n = m["extra"], !isNull(n) {
            guard case .object(let ms) = n.value else {
                throw fail(n, "expected an object, found \(n.kindName)", record: rid, field: "extra")
            }
            for e in ms {
                let f = "extra.\(e.key)"
                if r.extra[e.key] != nil {
                    throw .error("duplicate key `\(f)`", at: SourceLocation(file: file, line: e.keyLine, column: e.keyColumn),
                                 record: rid, field: f, recoverable: true)
                }
                switch e.value.value {
                case .string(let s): r.extra[e.key] = [s]
                default: r.extra[e.key] = try strings(e.value, record: rid, field: f)
                }
            }
        }
        if let p = r.problems.first {
            throw .error("field `\(p.field)`: \(p.message)", at: SourceLocation(file: file, line: node.line, column: node.column),
                         record: rid, field: p.field, recoverable: true)
        }
        return r
    }

    private func isNull(_ n: JSONNode) -> Bool { if case .null = n.value { return true }; return false }
}

/// Writes records as canonical JSON: a fixed key order, empty values omitted, two-space indentation
/// (or one record per line for JSON Lines). The same record always gives the same bytes.
package struct JSONRecordEncoder {
    let pretty: Bool

    /// Appends the JSON text of `record` at the given indentation level.
    func encode(_ r: Record, into out: inout [UInt8], level: Int) {
        var w = Emitter(out: out, pretty: pretty)
        out = []
        w.beginObject(level: level)
        w.member("id", r.id)
        if let t = r.type { w.member("type", t.rawValue) }
        if let g = r.genre { w.member("genre", g) }
        w.member("title", r.title)
        if !r.alternativeTitles.isEmpty {
            w.key("alternativeTitles")
            w.beginArray()
            for t in r.alternativeTitles {
                w.element()
                w.beginObject(level: w.level)
                w.member("value", t.value)
                if let l = t.lang { w.member("lang", l) }
                w.endObject()
            }
            w.endArray()
        }
        if let d = r.date { w.member("date", d.description) }
        if !r.agents.isEmpty {
            w.key("agents")
            w.beginArray()
            for a in r.agents {
                w.element()
                w.beginObject(level: w.level)
                w.member("role", a.role.rawValue)
                if let v = a.family { w.member("family", v) }
                if let v = a.given { w.member("given", v) }
                if let v = a.particle { w.member("particle", v) }
                if let v = a.suffix { w.member("suffix", v) }
                if let v = a.literal { w.member("literal", v) }
                w.endObject()
            }
            w.endArray()
        }
        if let v = r.description { w.member("description", v) }
        w.list("subjects", r.subjects)
        w.list("places", r.places)
        w.list("languages", r.languages)
        if let v = r.publisher { w.member("publisher", v) }
        w.list("isPartOf", r.isPartOf)
        if let a = r.archive {
            w.key("archive")
            w.beginObject(level: w.level)
            w.member("name", a.name)
            if let v = a.location { w.member("location", v) }
            if let v = a.place { w.member("place", v) }
            w.endObject()
        }
        if !r.identifiers.isEmpty {
            w.key("identifiers")
            w.beginArray()
            for i in r.identifiers {
                w.element()
                w.beginObject(level: w.level)
                w.member("scheme", i.scheme.rawValue)
                w.member("value", i.value)
                w.endObject()
            }
            w.endArray()
        }
        w.list("rights", r.rights)
        w.list("notes", r.notes)
        if let v = r.containerTitle { w.member("containerTitle", v) }
        if let v = r.volume { w.member("volume", v) }
        if let v = r.issue { w.member("issue", v) }
        if let v = r.pages { w.member("pages", v) }
        if let v = r.edition { w.member("edition", v) }
        if let v = r.series { w.member("series", v) }
        if let v = r.number { w.member("number", v) }
        if let v = r.publisherPlace { w.member("publisherPlace", v) }
        if let v = r.accessed { w.member("accessed", v.description) }
        if !r.extra.isEmpty {
            w.key("extra")
            w.beginObject(level: w.level)
            for k in r.extra.keys.sorted() { w.list(k, r.extra[k]!, evenIfEmpty: true) }
            w.endObject()
        }
        w.endObject()
        out = w.out
    }

    /// A small JSON emitter that tracks commas and indentation.
    package struct Emitter {
        package var out: [UInt8]
        package let pretty: Bool
        package var level = 0

        package init(out: [UInt8] = [], pretty: Bool) { self.out = out; self.pretty = pretty }
        /// Whether the innermost open container has had a member yet.
        var hasMember: [Bool] = []

        package mutating func newline() {
            guard pretty else { return }
            out.append(0x0A)
            for _ in 0..<level { out.append(0x20); out.append(0x20) }
        }

        package mutating func separator() {
            if hasMember.last == true { out.append(UInt8(ascii: ",")) }
            if !hasMember.isEmpty { hasMember[hasMember.count - 1] = true }
            newline()
        }

        package mutating func beginObject(level l: Int) {
            level = l
            out.append(UInt8(ascii: "{"))
            level += 1
            hasMember.append(false)
        }

        package mutating func endObject() {
            level -= 1
            let had = hasMember.removeLast()
            if had { newline() }
            out.append(UInt8(ascii: "}"))
        }

        package mutating func beginArray() {
            out.append(UInt8(ascii: "["))
            level += 1
            hasMember.append(false)
        }

        package mutating func endArray() {
            level -= 1
            let had = hasMember.removeLast()
            if had { newline() }
            out.append(UInt8(ascii: "]"))
        }

        package mutating func element() { separator() }

        package mutating func key(_ k: String) {
            separator()
            string(k)
            out.append(UInt8(ascii: ":"))
            if pretty { out.append(0x20) }
        }

        package mutating func member(_ k: String, _ v: String) {
            key(k)
            string(v)
        }

        package mutating func list(_ k: String, _ values: [String], evenIfEmpty: Bool = false) {
            if values.isEmpty && !evenIfEmpty { return }
            key(k)
            beginArray()
            for v in values { element(); string(v) }
            endArray()
        }

        package mutating func string(_ s: String) {
            JSONRecordEncoder.appendQuoted(s, to: &out)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string: `"` and `\` and control characters escaped, everything else as UTF-8.
    package static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                default:
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hexDigits[Int(b >> 4)])
                    out.append(hexDigits[Int(b & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
