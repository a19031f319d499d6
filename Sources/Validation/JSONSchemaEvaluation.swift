/// What the keywords that ran on one instance evaluated (for `unevaluatedItems/Properties`).
struct Annotations {
    var properties: Set<String> = []
    var allProperties = false
    var itemPrefix = 0
    var allItems = false
    var itemIndices: Set<Int> = []

    mutating func merge(_ o: Annotations) {
        if o.allProperties { allProperties = true } else if !o.properties.isEmpty { properties.formUnion(o.properties) }
        if o.allItems { allItems = true }
        itemPrefix = max(itemPrefix, o.itemPrefix)
        if !o.itemIndices.isEmpty { itemIndices.formUnion(o.itemIndices) }
    }
}

/// One validation run: the instance path, the dynamic scope, and the errors found.
final class Evaluation {
    var path: [String] = []
    var scope: [SchemaResource] = []
    var errors: [JSONSchemaError] = []
    /// Above zero, errors are not recorded (inside `anyOf`, `not`, …): only validity counts.
    var quiet = 0
    let formatAssertion: Bool
    let maxErrors: Int
    var depth = 0

    init(formatAssertion: Bool, maxErrors: Int) { self.formatAssertion = formatAssertion; self.maxErrors = maxErrors }

    /// True when a failure needs no message: stop at the first failing keyword.
    @inline(__always) var fast: Bool { quiet > 0 || errors.count >= maxErrors }

    func fail(_ k: Keyword, _ message: @autoclosure () -> String) {
        guard !fast else { return }
        errors.append(JSONSchemaError(instanceTokens: path, keyword: k.name, keywordLocation: k.location, message: message()))
    }

    /// Evaluates quietly (validity only).
    @inline(__always) func test(_ n: SchemaNode, _ v: JSONValue, _ ann: inout Annotations?) -> Bool {
        quiet += 1
        defer { quiet -= 1 }
        return eval(n, v, &ann)
    }

    func child(_ key: String, _ n: SchemaNode, _ v: JSONValue) -> Bool {
        path.append(key)
        defer { path.removeLast() }
        var none: Annotations? = nil
        return eval(n, v, &none)
    }

    func eval(_ n: SchemaNode, _ v: JSONValue, _ ann: inout Annotations?) -> Bool {
        if let b = n.always {
            if b, ann != nil {
                // `true` evaluates everything it is applied to? No: a boolean schema makes no annotations.
            }
            if !b && !fast {
                errors.append(JSONSchemaError(instanceTokens: path, keyword: "false", keywordLocation: n.location,
                                              message: "no value is allowed here"))
            }
            return b
        }
        var pushed = false
        if scope.last !== n.resource { scope.append(n.resource); pushed = true }
        depth += 1
        defer { depth -= 1; if pushed { scope.removeLast() } }
        if depth > 2000 { return false }
        var local: Annotations? = (ann != nil || n.hasUnevaluated) ? Annotations() : nil
        var valid = true
        for k in n.keywords {
            if !keyword(k, v, &local) {
                valid = false
                if fast && !n.hasUnevaluated && ann == nil { return false }
            }
        }
        if valid, ann != nil, let l = local { ann!.merge(l) }
        return valid
    }

    func short(_ v: JSONValue) -> String {
        switch v {
        case .string(let s):
            var q = ""
            JSONValue.quote(s.unicodeScalars.count > 60 ? String(s.unicodeScalars.prefix(57)) + "…" : s, into: &q)
            return q
        case .array(let a): return "an array of \(a.count)"
        case .object: return "an object"
        default: return v.jsonText
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func keyword(_ k: Keyword, _ v: JSONValue, _ ann: inout Annotations?) -> Bool {
        switch k.check {
        case .type(let mask):
            let bit: UInt8
            switch v {
            case .null: bit = TypeBit.null
            case .bool: bit = TypeBit.boolean
            case .number(let n): bit = n.isInteger ? TypeBit.integer | TypeBit.number : TypeBit.number
            case .string: bit = TypeBit.string
            case .array: bit = TypeBit.array
            case .object: bit = TypeBit.object
            }
            if mask & bit != 0 { return true }
            fail(k, "\(short(v)) is not of type \(TypeBit.names(mask))")
            return false
        case .enumeration(let values):
            for x in values where x == v { return true }
            fail(k, "\(short(v)) is not one of \(values.prefix(12).map(\.jsonText).joined(separator: ", "))\(values.count > 12 ? ", …" : "")")
            return false
        case .constant(let c):
            if c == v { return true }
            fail(k, "\(short(v)) is not \(c.jsonText)")
            return false
        case .multipleOf(let d):
            guard case .number(let x) = v else { return true }
            if x.isMultiple(of: d) { return true }
            fail(k, "\(x) is not a multiple of \(d)")
            return false
        case .maximum(let m):
            guard case .number(let x) = v, m < x else { return true }
            fail(k, "\(x) is greater than the maximum \(m)"); return false
        case .exclusiveMaximum(let m):
            guard case .number(let x) = v, !(x < m) else { return true }
            fail(k, "\(x) is not less than \(m)"); return false
        case .minimum(let m):
            guard case .number(let x) = v, x < m else { return true }
            fail(k, "\(x) is less than the minimum \(m)"); return false
        case .exclusiveMinimum(let m):
            guard case .number(let x) = v, !(m < x) else { return true }
            fail(k, "\(x) is not greater than \(m)"); return false
        case .maxLength(let m):
            guard case .string(let s) = v else { return true }
            if s.utf8.count <= m || s.unicodeScalars.count <= m { return true }
            fail(k, "\(short(v)) is longer than \(m) character\(m == 1 ? "" : "s")"); return false
        case .minLength(let m):
            guard case .string(let s) = v else { return true }
            if s.unicodeScalars.count >= m { return true }
            fail(k, m == 1 ? "the text must not be empty" : "\(short(v)) is shorter than \(m) characters"); return false
        case .pattern(let r):
            guard case .string(let s) = v, !r.matches(s) else { return true }
            fail(k, "\(short(v)) does not match the pattern \(r.source.count > 80 ? String(r.source.prefix(77)) + "…" : r.source)"); return false
        case .maxItems(let m):
            guard case .array(let a) = v, a.count > m else { return true }
            fail(k, "the array has \(a.count) items, more than \(m)"); return false
        case .minItems(let m):
            guard case .array(let a) = v, a.count < m else { return true }
            fail(k, "the array has \(a.count) item\(a.count == 1 ? "" : "s"), fewer than \(m)"); return false
        case .uniqueItems:
            guard case .array(let a) = v, a.count > 1 else { return true }
            var seen: [JSONValue: Int] = [:]
            for (i, x) in a.enumerated() {
                if let j = seen[x] {
                    fail(k, "items \(j) and \(i) are equal (\(short(x)))")
                    return false
                }
                seen[x] = i
            }
            return true
        case .maxProperties(let m):
            guard case .object(let o) = v, o.count > m else { return true }
            fail(k, "the object has \(o.count) properties, more than \(m)"); return false
        case .minProperties(let m):
            guard case .object(let o) = v, o.count < m else { return true }
            fail(k, "the object has \(o.count) propert\(o.count == 1 ? "y" : "ies"), fewer than \(m)"); return false
        case .required(let names):
            guard case .object(let o) = v else { return true }
            var ok = true
            for name in names where !o.contains(where: { $0.key == name }) {
                ok = false
                if fast { return false }
                fail(k, "the required property \"\(name)\" is missing")
            }
            return ok
        case .dependentRequired(let deps):
            guard case .object(let o) = v else { return true }
            var ok = true
            for (p, names) in deps where o.contains(where: { $0.key == p }) {
                for name in names where !o.contains(where: { $0.key == name }) {
                    ok = false
                    if fast { return false }
                    fail(k, "\"\(name)\" is required when \"\(p)\" is present")
                }
            }
            return ok
        case .ref(let target):
            return eval(target, v, &ann)
        case .dynamicRef(let initial, let anchor):
            var target = initial
            if let anchor {
                for r in scope {
                    if let t = r.dynamicAnchors[anchor] { target = t; break }
                }
            }
            return eval(target, v, &ann)
        case .allOf(let subs):
            var ok = true
            for s in subs where !eval(s, v, &ann) {
                ok = false
                if fast && ann == nil { return false }
            }
            return ok
        case .anyOf(let subs):
            var any = false
            for s in subs {
                if ann == nil {
                    if test(s, v, &ann) { return true }
                } else if test(s, v, &ann) { any = true }
            }
            if any { return true }
            failAlternatives(k, subs, v, "does not match any of the alternatives")
            return false
        case .oneOf(let subs):
            var matched: [Int] = []
            var best: Annotations? = ann == nil ? nil : Annotations()
            for (i, s) in subs.enumerated() {
                var a: Annotations? = ann == nil ? nil : Annotations()
                if test(s, v, &a) {
                    matched.append(i)
                    if let a { best = a }
                    if matched.count > 1 { break }
                }
            }
            if matched.count == 1 {
                if let b = best { ann?.merge(b) }
                return true
            }
            if matched.isEmpty {
                failAlternatives(k, subs, v, "does not match any of the alternatives of oneOf")
            } else {
                fail(k, "\(short(v)) matches more than one alternative of oneOf (\(matched.map { name(subs[$0], $0) }.joined(separator: " and ")))")
            }
            return false
        case .not(let s):
            var none: Annotations? = nil
            if !test(s, v, &none) { return true }
            fail(k, "\(short(v)) must not match the schema in `not`")
            return false
        case .ifThenElse(let cond, let then, let otherwise):
            var condAnn: Annotations? = ann == nil ? nil : Annotations()
            if test(cond, v, &condAnn) {
                if let c = condAnn { ann?.merge(c) }
                guard let then else { return true }
                return eval(then, v, &ann)
            } else {
                guard let otherwise else { return true }
                return eval(otherwise, v, &ann)
            }
        case .prefixItems(let subs):
            guard case .array(let a) = v else { return true }
            var ok = true
            for (i, x) in a.prefix(subs.count).enumerated() where !child(String(i), subs[i], x) {
                ok = false
                if fast { return false }
            }
            if let current = ann?.itemPrefix { ann?.itemPrefix = max(current, min(a.count, subs.count)) }
            return ok
        case .items(let s, let from):
            guard case .array(let a) = v else { return true }
            var ok = true
            var i = from
            while i < a.count {
                if !child(String(i), s, a[i]) { ok = false; if fast { return false } }
                i += 1
            }
            if from < a.count { ann?.allItems = true }
            return ok
        case .contains(let s, let minC, let maxC):
            guard case .array(let a) = v else { return true }
            var found = 0
            for (i, x) in a.enumerated() {
                var none: Annotations? = nil
                path.append(String(i))
                let m = test(s, x, &none)
                path.removeLast()
                if m { found += 1; ann?.itemIndices.insert(i) }
            }
            if found < minC {
                fail(k, found == 0 ? "no item matches the schema in `contains`" : "only \(found) item\(found == 1 ? "" : "s") match the schema in `contains`, fewer than \(minC)")
                return false
            }
            if let maxC, found > maxC {
                fail(k, "\(found) items match the schema in `contains`, more than \(maxC)")
                return false
            }
            return true
        case .properties(let props):
            guard case .object(let o) = v else { return true }
            var ok = true
            for m in o {
                guard let s = props[m.key] else { continue }
                ann?.properties.insert(m.key)
                if !child(m.key, s, m.value) { ok = false; if fast && ann == nil { return false } }
            }
            return ok
        case .patternProperties(let pats):
            guard case .object(let o) = v else { return true }
            var ok = true
            for m in o {
                for (r, s) in pats where r.matches(m.key) {
                    ann?.properties.insert(m.key)
                    if !child(m.key, s, m.value) { ok = false; if fast && ann == nil { return false } }
                }
            }
            return ok
        case .additionalProperties(let s, let known, let patterns):
            guard case .object(let o) = v else { return true }
            var ok = true
            for m in o where !known.contains(m.key) && !patterns.contains(where: { $0.matches(m.key) }) {
                ann?.properties.insert(m.key)
                if s.always == false {
                    ok = false
                    if fast { return false }
                    path.append(m.key)
                    fail(k, "the property \"\(m.key)\" is not allowed")
                    path.removeLast()
                } else if !child(m.key, s, m.value) { ok = false; if fast && ann == nil { return false } }
            }
            return ok
        case .dependentSchemas(let deps):
            guard case .object(let o) = v else { return true }
            var ok = true
            for (p, s) in deps where o.contains(where: { $0.key == p }) {
                if !eval(s, v, &ann) { ok = false; if fast && ann == nil { return false } }
            }
            return ok
        case .propertyNames(let s):
            guard case .object(let o) = v else { return true }
            var ok = true
            for m in o {
                var none: Annotations? = nil
                if !test(s, .string(m.key), &none) {
                    ok = false
                    if fast { return false }
                    path.append(m.key)
                    fail(k, "the property name \"\(m.key)\" is not allowed")
                    path.removeLast()
                }
            }
            return ok
        case .format(let f):
            guard formatAssertion, case .string(let s) = v else { return true }
            if FormatCheck.check(f, s) != false { return true }
            fail(k, "\(short(v)) is not a valid \(f)")
            return false
        case .unevaluatedItems(let s):
            guard case .array(let a) = v, let done = ann else { return true }
            var ok = true
            if !done.allItems {
                var i = done.itemPrefix
                while i < a.count {
                    if !done.itemIndices.contains(i) {
                        if s.always == false {
                            ok = false
                            if fast { return false }
                            path.append(String(i))
                            fail(k, "item \(i) is not allowed (unevaluated)")
                            path.removeLast()
                        } else if !child(String(i), s, a[i]) { ok = false; if fast { return false } }
                    }
                    i += 1
                }
            }
            ann?.allItems = true
            return ok
        case .unevaluatedProperties(let s):
            guard case .object(let o) = v, let done = ann else { return true }
            var ok = true
            if !done.allProperties {
                for m in o where !done.properties.contains(m.key) {
                    if s.always == false {
                        ok = false
                        if fast { return false }
                        path.append(m.key)
                        fail(k, "the property \"\(m.key)\" is not allowed (unevaluated)")
                        path.removeLast()
                    } else if !child(m.key, s, m.value) { ok = false; if fast { return false } }
                }
            }
            ann?.allProperties = true
            return ok
        }
    }

    func name(_ s: SchemaNode, _ i: Int) -> String { s.title.map { "\"\($0)\"" } ?? "#\(i + 1)" }

    /// An error for `anyOf`/`oneOf` when nothing matched, with the first problem of each alternative.
    func failAlternatives(_ k: Keyword, _ subs: [SchemaNode], _ v: JSONValue, _ what: String) {
        guard !fast else { return }
        var reasons: [String] = []
        for (i, s) in subs.enumerated() {
            let saved = errors.count
            var none: Annotations? = nil
            _ = eval(s, v, &none)
            let found = errors[saved...]
            if let first = found.first {
                let relative = Array(first.instanceTokens.dropFirst(path.count)).map { "/" + JSONPointer.escape($0) }.joined()
                reasons.append("\(name(s, i)): \(relative.isEmpty ? "" : relative + ": ")\(first.message)")
            }
            errors.removeSubrange(saved...)
        }
        fail(k, "\(short(v)) \(what)" + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: "; ") + ")"))
    }
}
