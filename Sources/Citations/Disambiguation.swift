// Disambiguation of cites (CSL 1.0.2, "Disambiguation"): global given-name expansion, then per
// ambiguous set: expand names, add names, the disambiguate condition, and year-suffix.

struct Disambiguator {
    let processor: CSLProcessor
    let session: CSLProcessor.Session

    var engine: Engine { processor.engine }

    func render(_ i: Int, _ state: DisambiguationState) -> String {
        guard let ctx = processor.style.citation else { return "" }
        var cite = CiteContext()
        cite.citationNumber = session.citationNumber[i]
        let r = Renderer(engine: engine, item: processor.items[i], cite: cite, disambiguation: state, mode: .citation, context: ctx)
        return r.render(ctx.layout.children).plainText
    }

    func run() -> [Int: DisambiguationState] {
        var states: [Int: DisambiguationState] = [:]
        for i in session.registered { states[i] = DisambiguationState() }
        guard let ctx = processor.style.citation else { return states }
        let addNames = ctx.bool("disambiguate-add-names")
        let addGiven = ctx.bool("disambiguate-add-givenname")
        let rule = ctx.attributes["givenname-disambiguation-rule"] ?? "by-cite"
        let addYearSuffix = ctx.bool("disambiguate-add-year-suffix")
        let usesCondition = styleUsesDisambiguateCondition()
        if !addNames && !addGiven && !addYearSuffix && !usesCondition { return states }

        let opts = ctx.nameOptions.over(processor.style.nameOptions)
        let nameForm = nameFormInCitation(ctx) ?? opts
        if addGiven && rule != "by-cite" { globalNames(&states, rule: rule, opts: nameForm) }

        var texts: [Int: String] = [:]
        for i in session.registered { texts[i] = render(i, states[i]!) }

        func ambiguousSets() -> [[Int]] {
            var byText: [String: [Int]] = [:]
            var order: [String] = []
            for i in session.registered {
                let t = texts[i]!
                if byText[t] == nil { order.append(t) }
                byText[t, default: []].append(i)
            }
            return order.compactMap { byText[$0]!.count > 1 ? byText[$0]! : nil }
        }

        for set in ambiguousSets() {
            var members = set
            func stillAmbiguous() -> [Int] {
                var count: [String: Int] = [:]
                for m in members { count[texts[m]!, default: 0] += 1 }
                return members.filter { count[texts[$0]!]! > 1 }
            }
            // 1. expand given names (by-cite)
            if addGiven {
                let maxLevel = maxGivenLevel(nameForm, rule: rule)
                if maxLevel > 0 {
                    for m in members {
                        let others = members.filter { $0 != m }
                        if !others.contains(where: { texts[$0] == texts[m] }) { continue }
                        let nameCount = shownNames(processor.items[m], opts: opts, extra: states[m]!.etAlUseFirst)
                        let limit = rule.hasPrefix("primary") ? min(1, nameCount) : nameCount
                        var done = false
                        for ni in 0..<limit where !done {
                            for level in 1...maxLevel {
                                var s = states[m]!
                                for v in nameVariables(processor.items[m]) { s.givenLevels["\(v)#\(ni)"] = level }
                                let t = render(m, s)
                                if t != texts[m]! {
                                    states[m] = s; texts[m] = t
                                    if !others.contains(where: { texts[$0] == t }) { done = true; break }
                                }
                            }
                        }
                    }
                }
            }
            // 2. add names
            var amb = stillAmbiguous()
            if addNames && amb.count > 1 {
                let maxNames = amb.map { i in nameVariables(processor.items[i]).map { processor.items[i].names($0)?.count ?? 0 }.max() ?? 0 }.max() ?? 0
                let startShown = amb.map { shownNames(processor.items[$0], opts: opts, extra: nil) }.min() ?? 1
                var best: (n: Int, distinct: Int)? = nil
                let baseline = Set(amb.map { texts[$0]! }).count
                if startShown < maxNames {
                    for n in (startShown + 1)...maxNames {
                        var trial = texts
                        for m in amb { var s = states[m]!; s.etAlUseFirst = n; trial[m] = render(m, s) }
                        let distinct = Set(amb.map { trial[$0]! }).count
                        if distinct > (best?.distinct ?? baseline) { best = (n, distinct) }
                        if distinct == amb.count { break }
                    }
                }
                if let b = best {
                    // give each member the fewest names that still tells it apart
                    for m in amb { states[m]!.etAlUseFirst = b.n; texts[m] = render(m, states[m]!) }
                    for m in amb {
                        var n = startShown
                        while n < b.n {
                            var s = states[m]!; s.etAlUseFirst = n
                            let t = render(m, s)
                            if !members.contains(where: { $0 != m && texts[$0] == t }) {
                                states[m] = s; texts[m] = t; break
                            }
                            n += 1
                        }
                    }
                    if addGiven {
                        // added names may need expanding as well
                        let maxLevel = maxGivenLevel(nameForm, rule: rule)
                        for m in stillAmbiguous() where maxLevel > 0 {
                            let count = shownNames(processor.items[m], opts: opts, extra: states[m]!.etAlUseFirst)
                            outer: for ni in 0..<count {
                                for level in 1...maxLevel {
                                    var s = states[m]!
                                    for v in nameVariables(processor.items[m]) { s.givenLevels["\(v)#\(ni)"] = level }
                                    let t = render(m, s)
                                    if !members.contains(where: { $0 != m && texts[$0] == t }) { states[m] = s; texts[m] = t; break outer }
                                }
                            }
                        }
                    }
                }
            }
            // 3. the disambiguate condition
            amb = stillAmbiguous()
            if usesCondition && amb.count > 1 {
                for m in amb { states[m]!.condition = true; texts[m] = render(m, states[m]!) }
                members = stillAmbiguous()
            }
        }
        // 4. year-suffix, in bibliography order
        if addYearSuffix {
            let sets = ambiguousSets()
            if !sets.isEmpty {
                var order = session.registered
                if let bib = processor.style.bibliography, !bib.sort.isEmpty {
                    var s = session
                    s.disambiguation = states
                    order = processor.sortItems(session.registered, context: bib, session: s)
                }
                let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
                for set in sets {
                    for (n, m) in set.sorted(by: { rank[$0]! < rank[$1]! }).enumerated() {
                        states[m]!.yearSuffix = n + 1
                    }
                }
            }
        }
        return states
    }

    func styleUsesDisambiguateCondition() -> Bool {
        var found = false
        func scan(_ els: [Element]) {
            for e in els where !found {
                switch e {
                case .group(let g): scan(g.children)
                case .choose(let c):
                    for b in c.branches {
                        if b.conditions.contains(where: { if case .disambiguate(true) = $0 { return true } else { return false } }) { found = true }
                        scan(b.children)
                    }
                case .names(let n): if let s = n.substitute { scan(s) }
                default: break
                }
            }
        }
        for m in processor.style.macros { scan(m) }
        if let c = processor.style.citation { scan(c.layout.children) }
        return found
    }

    /// The name options of the first `cs:name` the citation layout reaches (for the expansion rules).
    func nameFormInCitation(_ ctx: RenderingContext) -> NameOptions? {
        let base = ctx.nameOptions.over(processor.style.nameOptions)
        var found: NameOptions?
        var seen = Set<Int>()
        func scan(_ els: [Element]) {
            for e in els where found == nil {
                switch e {
                case .names(let n): if let ne = n.name { found = ne.options.over(base) }
                case .group(let g): scan(g.children)
                case .choose(let c): for b in c.branches { scan(b.children) }
                case .text(let t): if case .macro(let i) = t.source, seen.insert(i).inserted { scan(processor.style.macros[i]) }
                default: break
                }
            }
        }
        scan(ctx.layout.children)
        return found
    }

    func maxGivenLevel(_ o: NameOptions, rule: String) -> Int {
        let short = o.form == "short"
        let initials = o.initializeWith != nil && o.initialize != false
        if rule.hasSuffix("with-initials") {
            return initials && short ? 1 : 0
        }
        if short { return initials ? 2 : 1 }
        return initials ? 1 : 0
    }

    func nameVariables(_ item: CSLItem) -> [String] {
        item.variables.compactMap { k, v in if case .names = v { return k } else { return nil } }.sorted()
    }

    func shownNames(_ item: CSLItem, opts: NameOptions, extra: Int?) -> Int {
        let count = nameVariables(item).map { item.names($0)?.count ?? 0 }.max() ?? 0
        var shown = count
        if let min = opts.etAlMin, let first = opts.etAlUseFirst, count >= min { shown = first }
        if let extra { shown = max(shown, extra) }
        return min(shown, count)
    }

    /// all-names / primary-name rules: expand every name that is ambiguous in the document.
    func globalNames(_ states: inout [Int: DisambiguationState], rule: String, opts: NameOptions) {
        let maxLevel = maxGivenLevel(opts, rule: rule)
        guard maxLevel > 0 else { return }
        struct Occurrence { var item: Int; var key: String; var name: CSLName }
        var occurrences: [Occurrence] = []
        for i in session.registered {
            let item = processor.items[i]
            let shown = shownNames(item, opts: opts, extra: nil)
            for v in nameVariables(item) {
                guard let ns = item.names(v) else { continue }
                for (ni, n) in ns.prefix(rule.hasPrefix("primary") ? 1 : shown).enumerated() where n.family != nil {
                    occurrences.append(Occurrence(item: i, key: "\(v)#\(ni)", name: n.parsed()))
                }
            }
        }
        func family(_ n: CSLName) -> String { (n.nonDroppingParticle.map { $0 + " " } ?? "") + (n.family ?? "") }
        func initials(_ n: CSLName) -> String { (n.given ?? "").split(separator: " ").map { String($0.prefix(1)) }.joined() }
        var byFamily: [String: [CSLName]] = [:]
        for o in occurrences { if !(byFamily[family(o.name)]?.contains(o.name) ?? false) { byFamily[family(o.name), default: []].append(o.name) } }
        for o in occurrences {
            let same = byFamily[family(o.name)]!.filter { $0 != o.name }
            if same.isEmpty { continue }
            var level = 0
            let short = opts.form == "short"
            if short {
                // level 1 shows initials (or the full name without initialize-with)
                let l1Distinct: Bool = opts.initializeWith != nil ? !same.contains { initials($0) == initials(o.name) } : !same.contains { $0.given == o.name.given }
                if l1Distinct { level = 1 } else if maxLevel >= 2 && !same.contains(where: { $0.given == o.name.given }) { level = 2 }
            } else {
                if !same.contains(where: { $0.given == o.name.given }) && opts.initializeWith != nil && same.contains(where: { initials($0) == initials(o.name) }) { level = 1 }
            }
            if level > 0 { states[o.item]!.givenLevels[o.key] = max(states[o.item]!.givenLevels[o.key] ?? 0, level) }
        }
    }
}
