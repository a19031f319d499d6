/// A compiled CSL style: parsed and checked once, then shared by every render (`Sendable`).
public struct CSLStyle: Sendable {
    /// `class`: in-text or note.
    public let isNoteStyle: Bool
    /// `default-locale`, if the style names one.
    public let defaultLocale: String?
    /// `info/title`.
    public let title: String?
    /// `info/id`.
    public let id: String?
    /// The parent style of a dependent style (`<link rel="independent-parent">`), which has no layout of its own.
    public let independentParent: String?
    /// The style's own `cs:locale` elements.
    let locales: [CSLLocale]
    let macros: [[Element]]
    let citation: RenderingContext?
    let bibliography: RenderingContext?
    /// Global options and inheritable name options of `cs:style`.
    let nameOptions: NameOptions
    let namesDelimiter: String?
    let attributes: [String: String]

    /// True when the style has a `cs:bibliography`.
    public var hasBibliography: Bool { bibliography != nil }

    /// Reads and compiles a style from bytes; `url` names it in errors.
    public init(bytes: [UInt8], url: String) throws(CSLError) {
        try self.init(root: try XMLTreeReader.read(bytes: bytes, file: url), file: url)
    }

    /// Reads and compiles a style file.
    public init(path: String) throws(CSLError) {
        try self.init(root: try XMLTreeReader.read(path: path), file: path)
    }

    init(root e: XElement, file: String) throws(CSLError) {
        var p = StyleParser(file: file)
        guard e.name == "style" else { throw p.error("expected a CSL <style>, found <\(e.name)>", e) }
        if e.namespace != XMLTreeReader.cslNamespace {
            throw p.error("<style> is not in the CSL namespace (\(XMLTreeReader.cslNamespace))", e)
        }
        guard e["version"] != nil else { throw p.error("<style> needs a version attribute", e) }
        let isDependent = e.elements.contains { $0.name == "info" && $0.elements.contains { $0.name == "link" && $0["rel"] == "independent-parent" } }
        switch e["class"] {
        case "note": isNoteStyle = true
        case "in-text": isNoteStyle = false
        case nil where isDependent: isNoteStyle = false
        case nil: throw p.error("<style> needs class=\"in-text\" or \"note\"", e)
        case let c?: throw p.error("class=\"\(c)\" is not in-text or note", e)
        }
        defaultLocale = e["default-locale"]
        var attrs: [String: String] = [:]
        for a in e.attributes { attrs[a.name] = a.value }
        attributes = attrs
        nameOptions = try p.nameOptions(e, prefixed: true)
        namesDelimiter = e["names-delimiter"]

        var title: String?, id: String?, parent: String?
        var locales: [CSLLocale] = []
        var macroElements: [XElement] = []
        var citationElement: XElement?, bibliographyElement: XElement?
        for c in e.elements {
            switch c.name {
            case "info":
                for i in c.elements {
                    switch i.name {
                    case "title": title = i.text.trimmingSpaces
                    case "id": id = i.text.trimmingSpaces
                    case "link" where i["rel"] == "independent-parent": parent = i["href"]
                    default: break
                    }
                }
            case "locale": locales.append(try CSLLocale(element: c, file: file))
            case "macro":
                guard let name = c["name"] else { throw p.error("<macro> needs a name", c) }
                if p.macroIndex[name] != nil { throw p.error("macro \"\(name)\" is defined twice", c) }
                p.macroIndex[name] = macroElements.count
                macroElements.append(c)
            case "citation":
                if citationElement != nil { throw p.error("a style has one <citation>", c) }
                citationElement = c
            case "bibliography":
                if bibliographyElement != nil { throw p.error("a style has one <bibliography>", c) }
                bibliographyElement = c
            default:
                throw p.error("<\(c.name)> cannot be inside <style>", c)
            }
        }
        self.title = title; self.id = id; self.independentParent = parent; self.locales = locales
        var macros: [[Element]] = []
        for m in macroElements { macros.append(try p.children(m)) }
        self.macros = macros
        if let c = citationElement { citation = try p.renderingContext(c) } else {
            if parent == nil { throw p.error("<style> needs a <citation>", e) }
            citation = nil
        }
        bibliography = try bibliographyElement.map { (b) throws(CSLError) -> RenderingContext in try p.renderingContext(b) }
        try checkMacroRecursion(file: file, elements: macroElements)
    }

    private func checkMacroRecursion(file: String, elements: [XElement]) throws(CSLError) {
        // 0 = unvisited, 1 = on the stack, 2 = done
        var state = [Int](repeating: 0, count: macros.count)
        func refs(_ els: [Element], into out: inout [Int]) {
            for el in els {
                switch el {
                case .text(let t): if case .macro(let i) = t.source { out.append(i) }
                case .group(let g): refs(g.children, into: &out)
                case .choose(let c): for b in c.branches { refs(b.children, into: &out) }
                case .names(let n): if let s = n.substitute { refs(s, into: &out) }
                default: break
                }
            }
        }
        func visit(_ i: Int) -> Int? {
            if state[i] == 2 { return nil }
            if state[i] == 1 { return i }
            state[i] = 1
            var out: [Int] = []
            refs(macros[i], into: &out)
            for j in out { if let bad = visit(j) { return bad } }
            state[i] = 2
            return nil
        }
        for i in macros.indices {
            if let bad = visit(i) {
                let e = elements[bad]
                throw CSLError("macro \"\(e["name"] ?? "")\" calls itself", file: file, line: e.line, column: e.column)
            }
        }
    }

    func option(_ name: String) -> String? { attributes[name] }
}
