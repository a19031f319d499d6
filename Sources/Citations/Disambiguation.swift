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
        let registered = session.registered
        let initial = parallelMap(registered.count) { k in render(registered[k], DisambiguationState()) }
        for (k, i) in registered.enumerated() { texts[i] = initial[k] }
        if addGiven && rule != "by-cite" {
            for i in registered where states[i]! != DisambiguationState() { texts[i] = render(i, states[i]!) }
        }

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

        let maxLevel = addGiven ? maxGivenLevel(nameForm, rule: rule) : 0
        let primaryOnly = rule.hasPrefix("primary")
        for set in ambiguousSets() {
            let members = set
            func distinct(_ t: [Int: String]) -> Int { Set(members.map { t[$0]! }).count }
            var cur = states
            var curTexts = texts
            var best = distinct(curTexts)
            func allDistinct() -> Bool { best == members.count }
            /// Expands given names 0..<count in all members, keeping each step that tells more cites apart.
            func expand(_ st: inout [Int: DisambiguationState], _ tx: inout [Int: String], _ score: inout Int, count: Int) {
                guard maxLevel > 0 else { return }
                for ni in 0..<(primaryOnly ? min(1, count) : count) where score < members.count {
                    for level in 1...maxLevel {
                        var trial = st, trialTexts = tx
                        for m in members {
                            for v in nameVariables(processor.items[m]) {
                                trial[m]!.givenLevels["\(v)#\(ni)"] = max(level, trial[m]!.givenLevels["\(v)#\(ni)"] ?? 0)
                            }
                            trialTexts[m] = render(m, trial[m]!)
                        }
                        let d = distinct(trialTexts)
                        if d > score { st = trial; tx = trialTexts; score = d; break }
                    }
                }
            }
            // names cannot tell apart cites whose name lists are all the same
            let firstNames = nameVariables(processor.items[members[0]]).map { processor.items[members[0]][$0] }
            let sameNames = members.dropFirst().allSatisfy { m in
                nameVariables(processor.items[m]).map { processor.items[m][$0] } == firstNames
            }
            if sameNames { best = distinct(curTexts) }
            // 1. expand the names shown
            if addGiven && !sameNames {
                let shown = members.map { shownNames(processor.items[$0], opts: nameForm, extra: nil) }.max() ?? 0
                expand(&cur, &curTexts, &best, count: shown)
            }
            // 2. add names (expanding the added ones when that helps)
            if addNames && !allDistinct() && !sameNames {
                let maxNames = members.map { i in nameVariables(processor.items[i]).map { processor.items[i].names($0)?.count ?? 0 }.max() ?? 0 }.max() ?? 0
                let startShown = members.map { shownNames(processor.items[$0], opts: nameForm, extra: nil) }.min() ?? 1
                if startShown < maxNames {
                    for n in (startShown + 1)...maxNames {
                        var trial = cur, trialTexts = curTexts
                        for m in members { trial[m]!.etAlUseFirst = n; trialTexts[m] = render(m, trial[m]!) }
                        var score = distinct(trialTexts)
                        if addGiven && score < members.count { expand(&trial, &trialTexts, &score, count: n) }
                        if score > best { cur = trial; curTexts = trialTexts; best = score }
                        if allDistinct() { break }
                    }
                }
            }
            states = cur; texts = curTexts
            // 3. the disambiguate condition
            if usesCondition && !allDistinct() {
                var count: [String: Int] = [:]
                for m in members { count[texts[m]!, default: 0] += 1 }
                for m in members where count[texts[m]!]! > 1 { states[m]!.condition = true; texts[m] = render(m, states[m]!) }
            }
        }
        // 4. year-suffix, in bibliography order
        if addYearSuffix {
            let sets = ambiguousSets()
            if !sets.isEmpty {
                let order = session.bibOrder.isEmpty ? session.registered : session.bibOrder
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
