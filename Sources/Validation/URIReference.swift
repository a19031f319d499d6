/// RFC 3986 reference resolution and JSON Pointer (RFC 6901) helpers for JSON Schema.
enum URIReference {
    struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        var text: String {
            var s = ""
            if let scheme { s += scheme + ":" }
            if let authority { s += "//" + authority }
            s += path
            if let query { s += "?" + query }
            if let fragment { s += "#" + fragment }
            return s
        }
    }

    static func parse(_ s: String) -> Parts {
        var rest = Substring(s)
        var p = Parts(path: "")
        if let h = rest.firstIndex(of: "#") { p.fragment = String(rest[rest.index(after: h)...]); rest = rest[..<h] }
        if let q = rest.firstIndex(of: "?") { p.query = String(rest[rest.index(after: q)...]); rest = rest[..<q] }
        if let colon = rest.firstIndex(of: ":") {
            let scheme = rest[..<colon]
            if let f = scheme.first, f.isASCII && f.isLetter,
               scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
                p.scheme = String(scheme)
                rest = rest[rest.index(after: colon)...]
            }
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            p.authority = String(rest[..<end])
            rest = rest[end...]
        }
        p.path = String(rest)
        return p
    }

    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []
        var absolute = false
        if input.hasPrefix("/") { absolute = true }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        input = ""
        var trailingSlash = false
        for (i, seg) in segments.enumerated() {
            if i == 0 && absolute { continue }
            let last = i == segments.count - 1
            if seg == "." { trailingSlash = last; continue }
            if seg == ".." {
                if !output.isEmpty { output.removeLast() }
                trailingSlash = last
                continue
            }
            output.append(seg)
            trailingSlash = false
        }
        var r = (absolute ? "/" : "") + output.joined(separator: "/")
        if trailingSlash && !r.hasSuffix("/") { r += "/" }
        return r
    }

    /// Resolves `reference` against the absolute `base` (RFC 3986 §5.2).
    static func resolve(_ reference: String, against base: String) -> String {
        let r = parse(reference)
        if r.scheme != nil {
            var t = r; t.path = removeDotSegments(r.path); return t.text
        }
        let b = parse(base)
        var t = Parts(path: "")
        t.scheme = b.scheme
        if r.authority != nil {
            t.authority = r.authority; t.path = removeDotSegments(r.path); t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    t.path = removeDotSegments(r.path)
                } else {
                    let merged: String
                    if b.authority != nil && b.path.isEmpty { merged = "/" + r.path }
                    else if let slash = b.path.lastIndex(of: "/") { merged = b.path[...slash] + r.path }
                    else { merged = r.path }
                    t.path = removeDotSegments(merged)
                }
                t.query = r.query
            }
        }
        t.fragment = r.fragment
        return t.text
    }

    /// Splits off the fragment: (the URI without it, the fragment or "").
    static func split(_ uri: String) -> (String, String) {
        guard let h = uri.firstIndex(of: "#") else { return (uri, "") }
        return (String(uri[..<h]), String(uri[uri.index(after: h)...]))
    }

    static func percentDecode(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var out: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: b - 0x30
            case 0x41...0x46: b - 0x41 + 10
            case 0x61...0x66: b - 0x61 + 10
            default: nil
            }
        }
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let h = hex(u[i + 1]), let l = hex(u[i + 2]) {
                out.append(h << 4 | l); i += 3
            } else { out.append(u[i]); i += 1 }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum JSONPointer {
    static func escape(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        return token.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    static func unescape(_ token: Substring) -> String {
        guard token.contains("~") else { return String(token) }
        return String(token).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
    }

    /// The reference tokens of a pointer ("" is the whole document); nil when it is not a pointer.
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { unescape($0) }
    }

    static func resolve(_ tokens: [String], in value: JSONValue) -> JSONValue? {
        var v = value
        for t in tokens {
            switch v {
            case .object(let m):
                guard let found = m.last(where: { $0.key == t }) else { return nil }
                v = found.value
            case .array(let a):
                guard let i = Int(t), i >= 0, i < a.count, t == String(i) else { return nil }
                v = a[i]
            default: return nil
            }
        }
        return v
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        let t = Array(target.utf8)
        guard !t.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            var j = i, k = 0
            var matched = true
            while k < t.count {
                guard j < endIndex, self.utf8[j] == t[k] else { matched = false; break }
                j = self.utf8.index(after: j); k += 1
            }
            if matched { return i..<j }
            i = self.utf8.index(after: i)
        }
        return nil
    }
}
