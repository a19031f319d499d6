import CrosswalkModel

/// Turns a parsed JSON object into a `Record`, with errors that name the record, the field and the place.
struct JSONRecordDecoder {
    let file: String

    func fail(_ node: JSONNode, _ message: String, record: String?, field: String) -> Diagnostic {
        .error("field `\(field)`: \(message)", at: SourceLocation(file: file, line: node.line, column: node.column),
               record: record, field: field, recoverable: true)
    }

    func string(_ node: JSONNode, record: String?, field: String, numbersAllowed: Bool = false) throws(Diagnostic) -> String {
        switch node.value {
        case .string(let s): return s
        case .number(let n) where numbersAllowed: return n
        default: throw fail(node, "expected a string, found \(node.kindName)", record: record, field: field)
        }
    }

    func optionalString(_ node: JSONNode, record: String?, field: String, numbersAllowed: Bool = false) throws(Diagnostic) -> String? {
        if case .null = node.value { return nil }
        return try string(node, record: record, field: field, numbersAllowed: numbersAllowed)
    }

    func array(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> [JSONNode] {
        switch node.value {
        case .array(let items): return items
        case .null: return []
        default: throw fail(node, "expected an array, found \(node.kindName)", record: record, field: field)
        }
    }

    func strings(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> [String] {
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

    func members(_ node: JSONNode, record: String?, field: String, allowed: [String])
        throws(Diagnostic) -> Members
    {
        guard case .object(let ms) = node.value else {
            throw fail(node, "expected an object, found \(node.kindName)", record: record, field: field)
        }
        var out = Members(keys: allowed, values: Array(repeating: nil, count: allowed.count))
        for m in ms {
            guard let i = allowed.firstIndex(of: m.key) else {
                let name = field.isEmpty ? m.key : "\(field).\(m.key)"
                // A CSL-JSON item (Zotero's, pandoc's export) read as canonical JSON: say what it is.
                let cslKeys: Set<String> = ["author", "issued", "container-title", "citation-key", "URL", "DOI", "abstract", "editor", "page"]
                let hint = field.isEmpty && cslKeys.contains(m.key) ? " (this looks like CSL-JSON: read it with --from csl-json)" : ""
                throw .error("unknown key `\(name)`; the canonical keys are listed in Docs/formats/json.md\(hint)",
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

    func date(_ node: JSONNode, record: String?, field: String) throws(Diagnostic) -> EDTFDate? {
        guard let text = try optionalString(node, record: record, field: field) else { return nil }
        do {
            return try EDTFDate(parsing: text)
        } catch {
            throw fail(node, "invalid EDTF date \"\(text)\": \(error.message)", record: record, field: field)
        }
    }

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
        let m = try members(node, record: id, field: "", allowed: Record.canonicalKeys)
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
        // The other keys, in the table's order (`members` keeps the values in that order).
        for (i, decode) in JSONMapping.decoders.enumerated() {
            if let decode, let n = m.values[i] { try decode(&r, n, self, rid) }
        }
        if let problem = r.problemError(at: { _ in SourceLocation(file: file, line: node.line, column: node.column) }) { throw problem }
        return r
    }

    func recordType(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> RecordType? {
        guard let t = try optionalString(n, record: rid, field: "type") else { return nil }
        guard let type = RecordType(rawValue: t) else {
            throw fail(n, "unknown type \"\(t)\"; expected one of \(RecordType.allCases.map(\.rawValue).joined(separator: ", "))",
                       record: rid, field: "type")
        }
        return type
    }

    /// An array of objects, each checked against the keys it may have and made into a value by
    /// `make` (which gets the members, the object's node and its field name, `agents[2]`).
    @inline(__always)
    private func objects<T>(_ n: JSONNode, record rid: String?, field: String, allowed: [String],
                            _ make: (Members, JSONNode, String) throws(Diagnostic) -> T) throws(Diagnostic) -> [T] {
        var out: [T] = []
        for (i, item) in try array(n, record: rid, field: field).enumerated() {
            let f = "\(field)[\(i)]"
            out.append(try make(try members(item, record: rid, field: f, allowed: allowed), item, f))
        }
        return out
    }

    func alternativeTitles(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> [LocalizedString] {
        try objects(n, record: rid, field: "alternativeTitles", allowed: ["value", "lang"]) { o, item, f throws(Diagnostic) in
            guard let v = o["value"] else { throw fail(item, "an alternative title needs a `value`", record: rid, field: f) }
            return LocalizedString(
                try string(v, record: rid, field: f + ".value"),
                lang: try o["lang"].flatMap { n throws(Diagnostic) in try optionalString(n, record: rid, field: f + ".lang") })
        }
    }

    func agents(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> [Agent] {
        try objects(n, record: rid, field: "agents", allowed: Self.agentKeys) { o, item, f throws(Diagnostic) in
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
            return agent
        }
    }

    func dates(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> [RecordDate] {
        try objects(n, record: rid, field: "dates", allowed: ["kind", "date"]) { o, item, f throws(Diagnostic) in
            guard let k = o["kind"], let v = o["date"] else {
                throw fail(item, "a date needs a `kind` and a `date`", record: rid, field: f)
            }
            let kindText = try string(k, record: rid, field: f + ".kind")
            guard let kind = DateKind(rawValue: kindText) else {
                throw fail(k, "unknown date kind \"\(kindText)\"; expected one of \(DateKind.allCases.map(\.rawValue).joined(separator: ", "))",
                           record: rid, field: f + ".kind")
            }
            guard let date = try date(v, record: rid, field: f + ".date") else {
                throw fail(v, "a date needs a `date`", record: rid, field: f + ".date")
            }
            return RecordDate(kind, date)
        }
    }

    func coordinates(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> Coordinates? {
        if isNull(n) { return nil }
        let o = try members(n, record: rid, field: "coordinates", allowed: ["latitude", "longitude"])
        guard let lat = o["latitude"], let lon = o["longitude"] else {
            throw fail(n, "coordinates need a `latitude` and a `longitude`", record: rid, field: "coordinates")
        }
        let c = Coordinates(latitude: try string(lat, record: rid, field: "coordinates.latitude", numbersAllowed: true),
                            longitude: try string(lon, record: rid, field: "coordinates.longitude", numbersAllowed: true))
        if let p = Coordinates.problem(latitude: c.latitude) { throw fail(lat, p, record: rid, field: "coordinates.latitude") }
        if let p = Coordinates.problem(longitude: c.longitude) { throw fail(lon, p, record: rid, field: "coordinates.longitude") }
        return c
    }

    func archive(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> Archive? {
        if isNull(n) { return nil }
        let o = try members(n, record: rid, field: "archive", allowed: ["name", "location", "place"])
        guard let nameNode = o["name"] else { throw fail(n, "an archive needs a `name`", record: rid, field: "archive") }
        var a = Archive(name: try string(nameNode, record: rid, field: "archive.name"))
        if let l = o["location"] { a.location = try optionalString(l, record: rid, field: "archive.location") }
        if let p = o["place"] { a.place = try optionalString(p, record: rid, field: "archive.place") }
        return a
    }

    func identifiers(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> [Identifier] {
        try objects(n, record: rid, field: "identifiers", allowed: ["scheme", "value"]) { o, item, f throws(Diagnostic) in
            guard let s = o["scheme"], let v = o["value"] else {
                throw fail(item, "an identifier needs a `scheme` and a `value`", record: rid, field: f)
            }
            let schemeText = try string(s, record: rid, field: f + ".scheme")
            guard let scheme = IdentifierScheme(rawValue: schemeText) else {
                throw fail(s, "unknown identifier scheme \"\(schemeText)\"; expected one of \(IdentifierScheme.allCases.map(\.rawValue).joined(separator: ", "))",
                           record: rid, field: f + ".scheme")
            }
            return Identifier(scheme, try string(v, record: rid, field: f + ".value"))
        }
    }

    func extra(_ n: JSONNode, record rid: String?) throws(Diagnostic) -> [String: [String]] {
        if isNull(n) { return [:] }
        guard case .object(let ms) = n.value else {
            throw fail(n, "expected an object, found \(n.kindName)", record: rid, field: "extra")
        }
        var out: [String: [String]] = [:]
        for e in ms {
            let f = "extra.\(e.key)"
            if out[e.key] != nil {
                throw .error("duplicate key `\(f)`", at: SourceLocation(file: file, line: e.keyLine, column: e.keyColumn),
                             record: rid, field: f, recoverable: true)
            }
            switch e.value.value {
            case .string(let s): out[e.key] = [s]
            default: out[e.key] = try strings(e.value, record: rid, field: f)
            }
        }
        return out
    }

    func isNull(_ n: JSONNode) -> Bool { if case .null = n.value { return true }; return false }
}

/// Writes records as canonical JSON: a fixed key order, empty values omitted, two-space indentation
/// (or one record per line for JSON Lines). The same record always gives the same bytes.
package struct JSONRecordEncoder {
    let pretty: Bool

    package init(pretty: Bool) { self.pretty = pretty }

    /// `RecordKey.allCases`, made once (`allCases` makes a new array at each call).
    private static let keys = RecordKey.allCases

    /// Appends the JSON text of `record` at the given indentation level.
    package func encode(_ r: Record, into out: inout [UInt8], level: Int) {
        var w = Emitter(out: out, pretty: pretty)
        out = []
        w.beginObject(level: level)
        // Every key, in `RecordKey` order; the switch is exhaustive, so a new key cannot be forgotten.
        for k in Self.keys {
            switch k {
            case .id: w.member(k.rawValue, r.id)
            case .type: if let t = r.type { w.member(k.rawValue, t.rawValue) }
            case .genre: w.member(k.rawValue, r.genre)
            case .title: w.member(k.rawValue, r.title)
            case .alternativeTitles: w.alternativeTitles(r.alternativeTitles)
            case .date: if let d = r.date { w.member(k.rawValue, d.description) }
            case .dates: w.dates(r.dates)
            case .coordinates: if let c = r.coordinates { w.coordinates(c) }
            case .levelOfDescription: w.member(k.rawValue, r.levelOfDescription)
            case .extent: w.list(k.rawValue, r.extent)
            case .agents: w.agents(r.agents)
            case .description: w.member(k.rawValue, r.description)
            case .subjects: w.list(k.rawValue, r.subjects)
            case .places: w.list(k.rawValue, r.places)
            case .languages: w.list(k.rawValue, r.languages)
            case .publisher: w.member(k.rawValue, r.publisher)
            case .isPartOf: w.list(k.rawValue, r.isPartOf)
            case .archive: if let a = r.archive { w.archive(a) }
            case .identifiers: w.identifiers(r.identifiers)
            case .rights: w.list(k.rawValue, r.rights)
            case .notes: w.list(k.rawValue, r.notes)
            case .containerTitle: w.member(k.rawValue, r.containerTitle)
            case .volume: w.member(k.rawValue, r.volume)
            case .issue: w.member(k.rawValue, r.issue)
            case .pages: w.member(k.rawValue, r.pages)
            case .edition: w.member(k.rawValue, r.edition)
            case .series: w.member(k.rawValue, r.series)
            case .number: w.member(k.rawValue, r.number)
            case .publisherPlace: w.member(k.rawValue, r.publisherPlace)
            case .accessed: if let d = r.accessed { w.member(k.rawValue, d.description) }
            case .extra: if !r.extra.isEmpty { w.extra(r.extra) }
            }
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

        /// Opens an object or an array (`{` or `[`).
        mutating func open(_ bracket: UInt8) {
            out.append(bracket)
            level += 1
            hasMember.append(false)
        }

        /// Closes an object or an array (`}` or `]`), on a line of its own when it has members.
        mutating func close(_ bracket: UInt8) {
            level -= 1
            if hasMember.removeLast() { newline() }
            out.append(bracket)
        }

        package mutating func beginObject(level l: Int) {
            level = l
            open(UInt8(ascii: "{"))
        }

        package mutating func endObject() { close(UInt8(ascii: "}")) }
        package mutating func beginArray() { open(UInt8(ascii: "[")) }
        package mutating func endArray() { close(UInt8(ascii: "]")) }

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

        /// A member with a text value, or nothing when there is none.
        mutating func member(_ k: String, _ v: String?) {
            if let v { member(k, v) }
        }

        mutating func list(_ k: String, _ values: [String], evenIfEmpty: Bool = false) {
            if values.isEmpty && !evenIfEmpty { return }
            key(k)
            beginArray()
            for v in values { element(); string(v) }
            endArray()
        }

        /// A member whose value is an array of objects, one per item (nothing when there are none).
        @inline(__always)
        mutating func objects<T>(_ k: String, _ items: [T], _ members: (inout Emitter, T) -> Void) {
            guard !items.isEmpty else { return }
            key(k)
            beginArray()
            for item in items {
                element()
                beginObject(level: level)
                members(&self, item)
                endObject()
            }
            endArray()
        }

        mutating func alternativeTitles(_ titles: [LocalizedString]) {
            objects("alternativeTitles", titles) { w, t in
                w.member("value", t.value)
                w.member("lang", t.lang)
            }
        }

        mutating func agents(_ agents: [Agent]) {
            objects("agents", agents) { w, a in
                w.member("role", a.role.rawValue)
                w.member("family", a.family)
                w.member("given", a.given)
                w.member("particle", a.particle)
                w.member("suffix", a.suffix)
                w.member("literal", a.literal)
            }
        }

        mutating func dates(_ dates: [RecordDate]) {
            objects("dates", dates) { w, d in
                w.member("kind", d.kind.rawValue)
                w.member("date", d.date.description)
            }
        }

        mutating func coordinates(_ c: Coordinates) {
            key("coordinates")
            beginObject(level: level)
            member("latitude", c.latitude)
            member("longitude", c.longitude)
            endObject()
        }

        mutating func archive(_ a: Archive) {
            key("archive")
            beginObject(level: level)
            member("name", a.name)
            member("location", a.location)
            member("place", a.place)
            endObject()
        }

        mutating func identifiers(_ identifiers: [Identifier]) {
            objects("identifiers", identifiers) { w, i in
                w.member("scheme", i.scheme.rawValue)
                w.member("value", i.value)
            }
        }

        mutating func extra(_ extra: [String: [String]]) {
            key("extra")
            beginObject(level: level)
            for k in extra.keys.sorted() { list(k, extra[k]!, evenIfEmpty: true) }
            endObject()
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
