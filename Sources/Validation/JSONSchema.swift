import CrosswalkModel
import CrosswalkSchemas

/// One place where an instance breaks a schema.
public struct JSONSchemaError: Sendable, Hashable, CustomStringConvertible {
    /// The instance location as reference tokens (unescaped).
    public var instanceTokens: [String]
    /// The keyword that failed (`type`, `required`, …).
    public var keyword: String
    /// The absolute location of that keyword: the schema's URI, `#`, and a JSON Pointer.
    public var keywordLocation: String
    public var message: String

    /// The instance location as a JSON Pointer ("" is the whole instance).
    public var instanceLocation: String { instanceTokens.map { "/" + JSONPointer.escape($0) }.joined() }

    public var description: String {
        "\(instanceLocation.isEmpty ? "(root)" : instanceLocation): \(message) [\(keywordLocation)]"
    }
}

/// A schema that cannot be compiled: bad JSON, a reference that leads nowhere, a bad pattern,
/// a required vocabulary Crosswalk does not know.
public struct JSONSchemaCompileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    init(_ message: String) { self.message = message }
}

public struct JSONSchemaOptions: Sendable, Hashable {
    /// Check `format` (date, email, …) instead of treating it as an annotation.
    public var formatAssertion: Bool
    public init(formatAssertion: Bool = false) { self.formatAssertion = formatAssertion }
}

/// Where schemas referenced by URI come from. Never the network: documents added here, and
/// URIs mapped to local files (a URI ending in `/` maps a whole folder).
public final class JSONSchemaRegistry {
    var documents: [String: JSONValue] = [:]
    /// Files read through the map (which wins over ``documents``).
    var loaded: [String: JSONValue] = [:]
    var map: [(uri: String, path: String)] = []

    public init() {}

    /// Makes `document` available under `uri` (and under its own `$id`, once it is compiled).
    public func add(_ document: JSONValue, uri: String) {
        documents[URIReference.split(uri).0] = document
    }

    /// Maps a URI to a local file, or a URI prefix ending in `/` to a local folder.
    public func map(_ uri: String, to path: String) {
        map.append((uri, path))
        map.sort { $0.uri.count > $1.uri.count }
    }

    /// Crosswalk's own JSON Schemas (`Schemas/*.schema.json`), under their `$id`s.
    public func addBundledSchemas() {
        for (name, text) in EmbeddedJSONSchemas.files {
            guard let v = try? JSONValueParser.parse(text) else { continue }
            if case .string(let id)? = v["$id"] { add(v, uri: id) }
            add(v, uri: "https://crosswalk.invalid/schemas/" + name)
        }
    }

    func load(_ uri: String) throws(JSONSchemaCompileError) -> JSONValue? {
        if let d = loaded[uri] { return d }
        var path: String?
        for (u, p) in map {
            if u.hasSuffix("/") {
                if uri.hasPrefix(u) { path = p + (p.hasSuffix("/") ? "" : "/") + uri.dropFirst(u.count); break }
            } else if URIReference.split(u).0 == uri { path = p; break }
        }
        if path == nil, uri.hasPrefix("file://") {
            path = URIReference.percentDecode(String(uri.dropFirst(7)))
        }
        guard let path else { return documents[uri] }
        let bytes: [UInt8]
        do { bytes = try ByteInput(path: path).readToEnd() } catch { return documents[uri] }
        do {
            let v = try JSONValueParser.parse(bytes)
            loaded[uri] = v
            return v
        } catch {
            throw JSONSchemaCompileError("\(path):\(error.line):\(error.column): \(error.message)")
        }
    }
}

/// The schema resources seen during evaluation (for `$dynamicRef`).
final class SchemaResource {
    let uri: String
    var dynamicAnchors: [String: SchemaNode] = [:]
    init(uri: String) { self.uri = uri }
}

final class SchemaNode {
    /// Absolute location: URI#pointer.
    let location: String
    let resource: SchemaResource
    var always: Bool?
    var keywords: [Keyword] = []
    var hasUnevaluated = false
    var title: String?

    init(location: String, resource: SchemaResource) { self.location = location; self.resource = resource }
}

struct Keyword {
    let check: Check
    let name: String
    let location: String
}

enum Check {
    case type(UInt8)
    case enumeration([JSONValue])
    case constant(JSONValue)
    case multipleOf(JSONNumber)
    case maximum(JSONNumber), exclusiveMaximum(JSONNumber), minimum(JSONNumber), exclusiveMinimum(JSONNumber)
    case maxLength(Int), minLength(Int), pattern(ECMARegex)
    case maxItems(Int), minItems(Int), uniqueItems
    case maxProperties(Int), minProperties(Int)
    case required([String])
    case dependentRequired([(String, [String])])
    case ref(SchemaNode)
    case dynamicRef(SchemaNode, anchor: String?)
    case allOf([SchemaNode]), anyOf([SchemaNode]), oneOf([SchemaNode]), not(SchemaNode)
    case ifThenElse(SchemaNode, then: SchemaNode?, else: SchemaNode?)
    case prefixItems([SchemaNode])
    case items(SchemaNode, from: Int)
    case contains(SchemaNode, min: Int, max: Int?)
    case properties([String: SchemaNode])
    case patternProperties([(ECMARegex, SchemaNode)])
    case additionalProperties(SchemaNode, known: Set<String>, patterns: [ECMARegex])
    case dependentSchemas([(String, SchemaNode)])
    case propertyNames(SchemaNode)
    case format(String)
    case unevaluatedItems(SchemaNode)
    case unevaluatedProperties(SchemaNode)
}

enum TypeBit {
    static let null: UInt8 = 1, boolean: UInt8 = 2, integer: UInt8 = 4, number: UInt8 = 8
    static let string: UInt8 = 16, array: UInt8 = 32, object: UInt8 = 64
    static func of(_ name: String) -> UInt8? {
        switch name {
        case "null": null
        case "boolean": boolean
        case "integer": integer
        case "number": number
        case "string": string
        case "array": array
        case "object": object
        default: nil
        }
    }
    static func names(_ mask: UInt8) -> String {
        let all: [(UInt8, String)] = [(null, "null"), (boolean, "boolean"), (integer, "integer"), (number, "number"),
                                      (string, "string"), (array, "array"), (object, "object")]
        let names = all.filter { mask & $0.0 != 0 }.map(\.1)
        if names.count <= 1 { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

enum Vocabulary {
    static let core = "https://json-schema.org/draft/2020-12/vocab/core"
    static let applicator = "https://json-schema.org/draft/2020-12/vocab/applicator"
    static let unevaluated = "https://json-schema.org/draft/2020-12/vocab/unevaluated"
    static let validation = "https://json-schema.org/draft/2020-12/vocab/validation"
    static let metaData = "https://json-schema.org/draft/2020-12/vocab/meta-data"
    static let formatAnnotation = "https://json-schema.org/draft/2020-12/vocab/format-annotation"
    static let formatAssertion = "https://json-schema.org/draft/2020-12/vocab/format-assertion"
    static let content = "https://json-schema.org/draft/2020-12/vocab/content"
    static let known: Set<String> = [core, applicator, unevaluated, validation, metaData, formatAnnotation, formatAssertion, content]
    static let metaschema2020 = "https://json-schema.org/draft/2020-12/schema"
}

/// Compiles schema documents into ``SchemaNode`` graphs.
final class SchemaCompiler {
    struct Loc: Hashable { var doc: Int; var pointer: String }

    let registry: JSONSchemaRegistry
    var docs: [(uri: String, value: JSONValue)] = []
    var docByURI: [String: Int] = [:]
    var resources: [String: Loc] = [:]
    var anchors: [String: Loc] = [:]
    var dynamicAnchorLocs: [String: [String: Loc]] = [:]
    var baseAt: [Loc: String] = [:]
    var metaschemaOf: [String: String] = [:]
    var nodes: [Loc: SchemaNode] = [:]
    var resourceObjects: [String: SchemaResource] = [:]
    var vocabCache: [String: Set<String>?] = [:]

    init(registry: JSONSchemaRegistry) { self.registry = registry }

    @discardableResult
    func addDocument(_ value: JSONValue, uri: String) -> Int {
        let u = URIReference.split(uri).0
        if let d = docByURI[u] { return d }
        let d = docs.count
        docs.append((u, value))
        docByURI[u] = d
        resources[u] = resources[u] ?? Loc(doc: d, pointer: "")
        index(value, loc: Loc(doc: d, pointer: ""), base: u, isRoot: true)
        return d
    }

    static let schemaMaps: Set<String> = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]
    static let schemaArrays: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    static let schemaValues: Set<String> = ["items", "additionalProperties", "not", "if", "then", "else", "contains",
                                            "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
                                            "additionalItems"]

    func index(_ v: JSONValue, loc: Loc, base: String, isRoot: Bool) {
        guard case .object(let members) = v else { baseAt[loc] = base; return }
        var base = base
        var isResource = isRoot
        if case .string(let id)? = v["$id"] {
            base = URIReference.split(URIReference.resolve(id, against: base)).0
            if resources[base] == nil || resources[base]!.doc != loc.doc || resources[base]!.pointer != "" { resources[base] = loc }
            isResource = true
        }
        baseAt[loc] = base
        if isResource, case .string(let s)? = v["$schema"] { metaschemaOf[base] = s }
        if case .string(let a)? = v["$anchor"] { anchors[base + "#" + a] = loc }
        if case .string(let a)? = v["$dynamicAnchor"] {
            anchors[base + "#" + a] = anchors[base + "#" + a] ?? loc
            dynamicAnchorLocs[base, default: [:]][a] = loc
        }
        for m in members {
            let p = loc.pointer + "/" + JSONPointer.escape(m.key)
            if Self.schemaValues.contains(m.key) {
                if case .array(let items) = m.value {
                    for (i, x) in items.enumerated() { index(x, loc: Loc(doc: loc.doc, pointer: p + "/\(i)"), base: base, isRoot: false) }
                } else {
                    index(m.value, loc: Loc(doc: loc.doc, pointer: p), base: base, isRoot: false)
                }
            } else if Self.schemaMaps.contains(m.key), case .object(let entries) = m.value {
                for e in entries { index(e.value, loc: Loc(doc: loc.doc, pointer: p + "/" + JSONPointer.escape(e.key)), base: base, isRoot: false) }
            } else if Self.schemaArrays.contains(m.key), case .array(let items) = m.value {
                for (i, x) in items.enumerated() { index(x, loc: Loc(doc: loc.doc, pointer: p + "/\(i)"), base: base, isRoot: false) }
            }
        }
    }

    func resource(_ uri: String) -> SchemaResource {
        if let r = resourceObjects[uri] { return r }
        let r = SchemaResource(uri: uri)
        resourceObjects[uri] = r
        return r
    }

    func base(of loc: Loc) -> String {
        if let b = baseAt[loc] { return b }
        var p = loc.pointer
        var inherited = docs[loc.doc].uri
        while let slash = p.lastIndex(of: "/") {
            p = String(p[..<slash])
            if let b = baseAt[Loc(doc: loc.doc, pointer: p)] { inherited = b; break }
        }
        if let v = value(at: loc), case .string(let id)? = v["$id"] {
            return URIReference.split(URIReference.resolve(id, against: inherited)).0
        }
        return inherited
    }

    func value(at loc: Loc) -> JSONValue? {
        guard let tokens = JSONPointer.tokens(loc.pointer) else { return nil }
        return JSONPointer.resolve(tokens, in: docs[loc.doc].value)
    }

    /// The location a reference leads to.
    func locate(_ ref: String, base: String) throws(JSONSchemaCompileError) -> Loc {
        let full = URIReference.resolve(ref, against: base)
        let (uri, rawFragment) = URIReference.split(full)
        let fragment = URIReference.percentDecode(rawFragment)
        if resources[uri] == nil && docByURI[uri] == nil {
            if let doc = try registry.load(uri) { addDocument(doc, uri: uri) }
        }
        if fragment.isEmpty || fragment.hasPrefix("/") {
            guard let root = resources[uri] else { throw JSONSchemaCompileError("cannot resolve the reference \"\(ref)\": no schema is known as \(uri)") }
            let loc = Loc(doc: root.doc, pointer: root.pointer + rawFragmentPointer(fragment))
            guard value(at: loc) != nil else { throw JSONSchemaCompileError("cannot resolve the reference \"\(ref)\": \(full) points at nothing") }
            return loc
        }
        guard let loc = anchors[uri + "#" + fragment] else {
            throw JSONSchemaCompileError("cannot resolve the reference \"\(ref)\": no anchor \"\(fragment)\" in \(uri)")
        }
        return loc
    }

    private func rawFragmentPointer(_ decoded: String) -> String { decoded }

    func vocabularies(for base: String) throws(JSONSchemaCompileError) -> Set<String>? {
        guard let meta = metaschemaOf[base], URIReference.split(meta).0 != Vocabulary.metaschema2020 else { return nil }
        if let cached = vocabCache[meta] { return cached }
        var result: Set<String>?
        let uri = URIReference.split(meta).0
        if resources[uri] == nil, let d = try registry.load(uri) { addDocument(d, uri: uri) }
        if let loc = resources[uri], case .object(let vocab)? = value(at: loc)?["$vocabulary"] {
            var set = Set<String>()
            for m in vocab {
                if case .bool(true) = m.value, !Vocabulary.known.contains(m.key) {
                    throw JSONSchemaCompileError("the metaschema \(meta) requires the vocabulary \(m.key), which Crosswalk does not know")
                }
                set.insert(m.key)
            }
            result = set
        }
        vocabCache[meta] = result
        return result
    }

    func node(at loc: Loc) throws(JSONSchemaCompileError) -> SchemaNode {
        if let n = nodes[loc] { return n }
        guard let v = value(at: loc) else { throw JSONSchemaCompileError("no schema at \(docs[loc.doc].uri)#\(loc.pointer)") }
        let base = base(of: loc)
        let n = SchemaNode(location: docs[loc.doc].uri + "#" + loc.pointer, resource: resource(base))
        nodes[loc] = n
        switch v {
        case .bool(let b): n.always = b
        case .object(let members): try fill(n, members: members, value: v, loc: loc, base: base)
        default: throw JSONSchemaCompileError("\(n.location): a schema must be an object or a boolean, not \(v.typeName)")
        }
        return n
    }

    func fill(_ n: SchemaNode, members: [JSONMember], value v: JSONValue, loc: Loc, base: String) throws(JSONSchemaCompileError) {
        let vocab = try vocabularies(for: base)
        func on(_ voc: String) -> Bool { vocab?.contains(voc) ?? true }
        let applicator = on(Vocabulary.applicator), validation = on(Vocabulary.validation)
        var ks: [Keyword] = []
        func sub(_ key: String, _ suffix: String = "") throws(JSONSchemaCompileError) -> SchemaNode {
            try node(at: Loc(doc: loc.doc, pointer: loc.pointer + "/" + JSONPointer.escape(key) + suffix))
        }
        func add(_ name: String, _ c: Check) { ks.append(Keyword(check: c, name: name, location: n.location + "/" + JSONPointer.escape(name))) }
        func count(_ key: String) throws(JSONSchemaCompileError) -> Int? {
            guard let x = v[key] else { return nil }
            guard case .number(let num) = x, let i = num.intValue, i >= 0 else {
                throw JSONSchemaCompileError("\(n.location)/\(key) must be a non-negative integer")
            }
            return i
        }
        func number(_ key: String) throws(JSONSchemaCompileError) -> JSONNumber? {
            guard let x = v[key] else { return nil }
            guard case .number(let num) = x else { throw JSONSchemaCompileError("\(n.location)/\(key) must be a number") }
            return num
        }
        func regex(_ p: String) throws(JSONSchemaCompileError) -> ECMARegex {
            do { return try ECMARegex(p) } catch { throw JSONSchemaCompileError("\(n.location): \"\(p)\" is not a valid ECMA-262 regular expression") }
        }
        func list(_ key: String) throws(JSONSchemaCompileError) -> [SchemaNode]? {
            guard case .array(let items)? = v[key] else { return nil }
            var out: [SchemaNode] = []
            for i in items.indices { out.append(try sub(key, "/\(i)")) }
            return out
        }
        if case .string(let t)? = v["title"] { n.title = t }

        // Core: references.
        if case .string(let r)? = v["$ref"] {
            add("$ref", .ref(try node(at: try locate(r, base: base))))
        }
        if case .string(let r)? = v["$dynamicRef"] {
            let target = try locate(r, base: base)
            let fragment = URIReference.split(r).1
            var anchor: String?
            if !fragment.isEmpty, !fragment.hasPrefix("/"), case .string(let a)? = value(at: target)?["$dynamicAnchor"], a == fragment {
                anchor = a
            }
            add("$dynamicRef", .dynamicRef(try node(at: target), anchor: anchor))
        }

        if validation {
            if let t = v["type"] {
                var mask: UInt8 = 0
                switch t {
                case .string(let s): mask = TypeBit.of(s) ?? 0
                case .array(let a): for case .string(let s) in a { mask |= TypeBit.of(s) ?? 0 }
                default: break
                }
                add("type", .type(mask))
            }
            if case .array(let e)? = v["enum"] { add("enum", .enumeration(e)) }
            if let c = v["const"] { add("const", .constant(c)) }
            if let x = try number("multipleOf") { add("multipleOf", .multipleOf(x)) }
            if let x = try number("maximum") { add("maximum", .maximum(x)) }
            if let x = try number("exclusiveMaximum") { add("exclusiveMaximum", .exclusiveMaximum(x)) }
            if let x = try number("minimum") { add("minimum", .minimum(x)) }
            if let x = try number("exclusiveMinimum") { add("exclusiveMinimum", .exclusiveMinimum(x)) }
            if let x = try count("maxLength") { add("maxLength", .maxLength(x)) }
            if let x = try count("minLength") { add("minLength", .minLength(x)) }
            if case .string(let p)? = v["pattern"] { add("pattern", .pattern(try regex(p))) }
            if let x = try count("maxItems") { add("maxItems", .maxItems(x)) }
            if let x = try count("minItems") { add("minItems", .minItems(x)) }
            if case .bool(true)? = v["uniqueItems"] { add("uniqueItems", .uniqueItems) }
            if let x = try count("maxProperties") { add("maxProperties", .maxProperties(x)) }
            if let x = try count("minProperties") { add("minProperties", .minProperties(x)) }
            if case .array(let r)? = v["required"] {
                add("required", .required(r.compactMap { if case .string(let s) = $0 { s } else { nil } }))
            }
            if case .object(let deps)? = v["dependentRequired"] {
                add("dependentRequired", .dependentRequired(deps.map { m in
                    let names: [String] = if case .array(let a) = m.value { a.compactMap { if case .string(let s) = $0 { s } else { nil } } } else { [] }
                    return (m.key, names)
                }))
            }
        }
        if applicator {
            if let x = try list("allOf") { add("allOf", .allOf(x)) }
            if let x = try list("anyOf") { add("anyOf", .anyOf(x)) }
            if let x = try list("oneOf") { add("oneOf", .oneOf(x)) }
            if v["not"] != nil { add("not", .not(try sub("not"))) }
            if v["if"] != nil {
                add("if", .ifThenElse(try sub("if"), then: v["then"] != nil ? try sub("then") : nil, else: v["else"] != nil ? try sub("else") : nil))
            }
            var prefix = 0
            if let x = try list("prefixItems") { prefix = x.count; add("prefixItems", .prefixItems(x)) }
            if let i = v["items"] {
                if case .array = i {} else { add("items", .items(try sub("items"), from: prefix)) }
            }
            if v["contains"] != nil {
                let minC = validation ? try count("minContains") ?? 1 : 1
                let maxC = validation ? try count("maxContains") : nil
                add("contains", .contains(try sub("contains"), min: minC, max: maxC))
            }
            var known = Set<String>()
            var patterns: [ECMARegex] = []
            if case .object(let props)? = v["properties"] {
                var d: [String: SchemaNode] = [:]
                for p in props { d[p.key] = try sub("properties", "/" + JSONPointer.escape(p.key)); known.insert(p.key) }
                add("properties", .properties(d))
            }
            if case .object(let props)? = v["patternProperties"] {
                var pp: [(ECMARegex, SchemaNode)] = []
                for p in props {
                    let r = try regex(p.key)
                    patterns.append(r)
                    pp.append((r, try sub("patternProperties", "/" + JSONPointer.escape(p.key))))
                }
                add("patternProperties", .patternProperties(pp))
            }
            if v["additionalProperties"] != nil {
                add("additionalProperties", .additionalProperties(try sub("additionalProperties"), known: known, patterns: patterns))
            }
            if case .object(let deps)? = v["dependentSchemas"] {
                var ds: [(String, SchemaNode)] = []
                for d in deps { ds.append((d.key, try sub("dependentSchemas", "/" + JSONPointer.escape(d.key)))) }
                add("dependentSchemas", .dependentSchemas(ds))
            }
            if v["propertyNames"] != nil { add("propertyNames", .propertyNames(try sub("propertyNames"))) }
        }
        if case .string(let f)? = v["format"], on(Vocabulary.formatAnnotation) || on(Vocabulary.formatAssertion) {
            add("format", .format(f))
        }
        if on(Vocabulary.unevaluated) {
            if v["unevaluatedItems"] != nil { add("unevaluatedItems", .unevaluatedItems(try sub("unevaluatedItems"))); n.hasUnevaluated = true }
            if v["unevaluatedProperties"] != nil { add("unevaluatedProperties", .unevaluatedProperties(try sub("unevaluatedProperties"))); n.hasUnevaluated = true }
        }
        _ = members
        n.keywords = ks
    }

    /// Compiles every `$dynamicAnchor` of every resource seen (the targets `$dynamicRef` may jump to).
    func compileDynamicAnchors() throws(JSONSchemaCompileError) {
        var done = Set<Loc>()
        while true {
            var pending: [(String, String, Loc)] = []
            for (base, table) in dynamicAnchorLocs {
                for (name, loc) in table where !done.contains(loc) { pending.append((base, name, loc)) }
            }
            if pending.isEmpty { break }
            for (base, name, loc) in pending {
                done.insert(loc)
                resource(base).dynamicAnchors[name] = try node(at: loc)
            }
        }
    }

    var assertsFormat: Bool = false
}

/// A compiled JSON Schema (2020-12): compile once, validate many instances.
public final class JSONSchema {
    let root: SchemaNode
    let compiler: SchemaCompiler
    public let options: JSONSchemaOptions
    /// The schema's base URI.
    public let uri: String

    /// Compiles `schema`, known as `uri` (its `$id` wins). References to other documents are
    /// looked up in `registry`, never on the network.
    public init(_ schema: JSONValue, uri: String = "urn:crosswalk:schema", registry: JSONSchemaRegistry = JSONSchemaRegistry(),
                options: JSONSchemaOptions = JSONSchemaOptions()) throws(JSONSchemaCompileError) {
        let c = SchemaCompiler(registry: registry)
        let d = c.addDocument(schema, uri: uri)
        let loc = SchemaCompiler.Loc(doc: d, pointer: "")
        root = try c.node(at: loc)
        try c.compileDynamicAnchors()
        var assertFormat = options.formatAssertion
        if let v = try c.vocabularies(for: c.base(of: loc)), v.contains(Vocabulary.formatAssertion) { assertFormat = true }
        compiler = c
        self.options = JSONSchemaOptions(formatAssertion: assertFormat)
        self.uri = c.base(of: loc)
    }

    /// Compiles the schema in JSON text.
    public convenience init(json: [UInt8], uri: String = "urn:crosswalk:schema", registry: JSONSchemaRegistry = JSONSchemaRegistry(),
                            options: JSONSchemaOptions = JSONSchemaOptions()) throws(JSONSchemaCompileError) {
        let v: JSONValue
        do { v = try JSONValueParser.parse(json) } catch { throw JSONSchemaCompileError("\(error.line):\(error.column): \(error.message)") }
        try self.init(v, uri: uri, registry: registry, options: options)
    }

    /// Every problem of `instance` (at most `maxErrors`); empty when it is valid.
    public func validate(_ instance: JSONValue, maxErrors: Int = Int.max) -> [JSONSchemaError] {
        let ctx = Evaluation(formatAssertion: options.formatAssertion, maxErrors: maxErrors)
        var ann: Annotations? = nil
        _ = ctx.eval(root, instance, &ann)
        return ctx.errors
    }

    public func isValid(_ instance: JSONValue) -> Bool {
        let ctx = Evaluation(formatAssertion: options.formatAssertion, maxErrors: 0)
        ctx.quiet = 1
        var ann: Annotations? = nil
        return ctx.eval(root, instance, &ann)
    }
}
