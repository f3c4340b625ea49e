/// The rule set's finding patterns (`kind="pattern"` rules with
/// `<tokens emit="finding">`), compiled once and run by the rule engine over
/// each claim's tokens: a house rule written as words and choices instead
/// of a regular expression, matched on 64-bit token keys.
///
/// Matching follows the analyser's token patterns (the same compiled
/// program and interpreter, `CompiledTokenPattern`, `TokenPatternMatcher.run`):
/// matches are leftmost, tried at every token a match can start with, and do
/// not overlap; alternatives of a `<choice>` are tried in the order written.
/// The finding covers the whole match, or its `<capture name="match">`. An
/// `<except>` match overlapping the finding cancels it, and the search goes
/// on from the next token (like a regex whose look-ahead fails there).
///
/// Before any pattern runs on a claim, one pass over its tokens collects a
/// bit per required key set (`FindingRequirement`): a pattern is tried only
/// when the claim holds every word one of its alternatives needs.
///
/// A final class: the engine holds it as an optional, and binding a struct of
/// arrays for every claim retained each of them.
final class TokenPatternFindings: Sendable {
    /// The rules, in rule-set order; `patterns[n]` is `rules[n]`'s.
    let rules: [Rule]
    let patterns: [CompiledTokenPattern]
    /// Runs the programs (and holds the noun-phrase finder they may use).
    let matcher: TokenPatternMatcher
    /// Token key → the bits of the required key sets that hold it.
    let bits: KeyBits
    /// Per pattern: the alternatives of its requirement as bit masks; the
    /// claim must cover one. Empty: no requirement, always tried.
    let terms: [[UInt64]]

    /// Nil when the rule set has no enabled finding pattern. Throws the
    /// rules whose patterns do not compile (`Auditor` has already reported
    /// unknown lexicons where they are named: `LexiconReferences`).
    init?(ruleSet: RuleSet, lexicons: AttributionLexicons) throws {
        var rules: [Rule] = []
        var patterns: [CompiledTokenPattern] = []
        var problems: [XMLDiagnostic] = []
        for rule in ruleSet.enabledRules {
            guard case .tokenPattern(let pattern) = rule.kind, pattern.output == .finding else { continue }
            do {
                patterns.append(try CompiledTokenPattern(ruleID: rule.id, pattern: pattern) { AttributionLexicons.list($0, ruleSet: ruleSet) })
                rules.append(rule)
            } catch let error as ClaimAuditError {
                let message = if case .usage(let m) = error { m } else { error.description }
                problems.append(rule.origin.diagnostic(message))
            }
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
        guard !patterns.isEmpty else { return nil }
        self.rules = rules
        self.patterns = patterns
        let finder = CueFinder(lexicons: lexicons)
        matcher = TokenPatternMatcher(patterns: [], sources: finder.sources, classifier: finder.classifier)

        // One bit per distinct required key set, across all patterns (64 at most;
        // a set left without a bit is simply not required).
        var setBits: [Set<UInt64>: UInt64] = [:]
        var bits = KeyBits()
        var terms: [[UInt64]] = []
        for rule in rules {
            guard case .tokenPattern(let pattern) = rule.kind else { continue }
            var masks: [UInt64] = []
            for term in FindingRequirement.terms(pattern.steps) {
                var mask: UInt64 = 0
                for set in term {
                    if let b = setBits[set] { mask |= b; continue }
                    guard setBits.count < 64 else { continue }
                    let b: UInt64 = 1 << UInt64(setBits.count)
                    setBits[set] = b
                    for k in set { bits.insert(k, bits: b) }
                    mask |= b
                }
                masks.append(mask)
            }
            // A term with no bit (nothing required) makes the pattern always tried.
            terms.append(masks.contains(0) ? [] : masks)
        }
        self.bits = bits
        self.terms = terms
    }

    /// The findings' token ranges in `t`, by pattern index, in order.
    /// `filtered: false` tries every pattern whatever the claim's words (for
    /// tests of the filter).
    func matches(in t: ClaimTokens, filtered: Bool = true) -> [(pattern: Int, tokens: Range<Int>)] {
        guard t.count > 0 else { return [] }
        var have: UInt64 = 0
        for i in 0..<t.count { have |= bits.bits(of: t.key(i)) }
        var out: [(pattern: Int, tokens: Range<Int>)] = []
        var saves = [Int](repeating: -1, count: TokenPatternMatcher.slots)
        let matchSlot = PatternCapture.allCases.firstIndex(of: .match)! * 2
        for n in patterns.indices {
            if filtered && !terms[n].isEmpty && !terms[n].contains(where: { have & $0 == $0 }) { continue }
            let p = patterns[n]
            var s = 0
            while s < t.count {
                if let first = p.startKeys, !first.contains(t.key(s)), !(p.startsWithNumber && t.tokens[s].kind == .number) {
                    s += 1
                    continue
                }
                for k in saves.indices { saves[k] = -1 }
                guard matcher.run(p.program, p, pc: 0, i: s, hi: t.count, &saves, t, 0),
                      saves[TokenPatternMatcher.end] > s else { s += 1; continue }
                let end = saves[TokenPatternMatcher.end]
                let span = saves[matchSlot] >= 0 && saves[matchSlot + 1] >= saves[matchSlot]
                    ? saves[matchSlot]..<saves[matchSlot + 1] : s..<end
                if cancelled(p, span, t) { s += 1; continue }
                if !span.isEmpty { out.append((n, span)) }
                s = end
            }
        }
        return out
    }

    /// True when an exception of `p` matches over tokens overlapping `span`.
    private func cancelled(_ p: CompiledTokenPattern, _ span: Range<Int>, _ t: ClaimTokens) -> Bool {
        guard !p.exceptions.isEmpty else { return false }
        var saves = [Int](repeating: -1, count: TokenPatternMatcher.slots)
        for e in p.exceptions {
            for s in 0..<min(span.upperBound, t.count) {
                for k in saves.indices { saves[k] = -1 }
                if matcher.run(e, p, pc: 0, i: s, hi: t.count, &saves, t, 0),
                   (s..<max(saves[TokenPatternMatcher.end], s + 1)).overlaps(span) { return true }
            }
        }
        return false
    }
}

/// The words a token pattern cannot match without, as a disjunction of
/// terms: each term a list of key sets, and a match holds a token of every
/// set of at least one term. Only literal words, lemmas and punctuation are
/// counted (a lexicon, a name, a number or any word requires nothing here),
/// so the requirement over-approximates and skipping a claim that meets no
/// term is safe.
enum FindingRequirement {
    /// Above this many terms, a choice is folded into one term (see `fold`).
    static let maxTerms = 32

    static func terms(_ steps: [PatternStep]) -> [[Set<UInt64>]] {
        var out: [[Set<UInt64>]] = [[]]
        for step in steps {
            let here = terms(step)
            var product: [[Set<UInt64>]] = []
            for a in out { for b in here { product.append(a + b) } }
            out = product.count <= maxTerms ? product : [fold(product)]
        }
        return out
    }

    static func terms(_ step: PatternStep) -> [[Set<UInt64>]] {
        switch step {
        case .test(let test, let min, _):
            guard min > 0 else { return [[]] }
            switch test {
            case .literal(let words): return [PhraseMatcher.keys(of: words).map { [$0] }]
            case .lemma(let word): return [[Set(Inflector.forms(of: word).compactMap { PhraseMatcher.keys(of: $0).first })]]
            case .punctuation(let mark): return [[[TokenKey.of(mark)]]]
            default: return [[]]
            }
        case .group(let inner, _, let min, _):
            return min > 0 ? terms(inner) : [[]]
        case .choice(let alternatives, let min, _):
            guard min > 0 else { return [[]] }
            // Alternatives that each need one word of a set ("is", "was")
            // together need one word of the union: one term, not one each.
            var single = Set<UInt64>()
            var all: [[Set<UInt64>]] = []
            for term in alternatives.flatMap({ terms($0) }) {
                if term.isEmpty { return [[]] }
                if term.count == 1 { single.formUnion(term[0]) } else { all.append(term) }
            }
            if !single.isEmpty { all.insert([single], at: 0) }
            return all.count <= maxTerms ? all : [fold(all)]
        case .skip:
            return [[]]
        }
    }

    /// One term implied by every term of `terms`: the union of one set of
    /// each (its last, which in a phrase is usually the rarer content word
    /// rather than the opening function word). Empty when a term is empty.
    static func fold(_ terms: [[Set<UInt64>]]) -> [Set<UInt64>] {
        var union = Set<UInt64>()
        for term in terms {
            guard let last = term.last else { return [] }
            union.formUnion(last)
        }
        return [union]
    }
}
