/// A `TokenPattern` compiled once into a small backtracking program over
/// token indices (like a regular-expression VM, but each instruction tests
/// a token's 64-bit key, capital or kind, never its text).
///
/// A final class so that walking the patterns for every claim shares them
/// rather than copying (and retaining) each program and key set.
final class CompiledTokenPattern: Sendable {
    enum Inst: Sendable {
        /// One token whose key is in the set.
        case keys(Set<UInt64>)
        case capitalized
        case name
        /// An entry of `lexicons[n]` (longest match).
        case lexicon(Int)
        case anyWord
        /// Digits or a spelled-out cardinal (`numberWords`).
        case number
        /// A source-like noun phrase; its head must be in `lexicons[n]` when given.
        case nounPhrase(Int?)
        case rest
        /// Try `a`, then `b`.
        case split(Int, Int)
        case jump(Int)
        /// Record the token index in capture slot n.
        case save(Int)
        /// Skip 0…n tokens, fewest first.
        case skip(Int)
        case match
    }

    let ruleID: String
    let program: [Inst]
    let exceptions: [[Inst]]
    let kind: AttributionKind?
    /// One key set per required token test (a literal, a lemma, a lexicon
    /// entry's first word, a noun phrase's head): a sentence that lacks a
    /// token of any of them cannot match, so it is not tried.
    let required: [Set<UInt64>]
    /// Keys of the cue's first required test, when it has one: a match
    /// starts at most `anchorReach` tokens before such a token, so only
    /// those start positions are tried.
    let cueAnchor: Set<UInt64>?
    static let anchorReach = 24
    let lexicons: [PhraseMatcher]
    let hasContent: Bool
    /// Every match passes a `number` test: a sentence without digits or a
    /// spelled-out cardinal is not tried.
    let needsNumber: Bool
    /// The keys a match can start with, when the pattern's first tests are
    /// literals, lemmas, lexicons or punctuation (plus any number when
    /// `startsWithNumber`); nil when any token may start a match.
    let startKeys: Set<UInt64>?
    let startsWithNumber: Bool

    /// Compiles `pattern`; `lexicon` returns the matcher of a lexicon id, or
    /// nil when no loaded pack defines it (an error naming the rule).
    init(ruleID: String, pattern: TokenPattern, lexicon: @escaping (String) -> PhraseList?) throws {
        var compiler = Compiler(lexicon: lexicon, ruleID: ruleID)
        var prog = try compiler.compile(pattern.steps)
        prog.append(Inst.match)
        var exceptions: [[Inst]] = []
        for e in pattern.exceptions {
            var p = try compiler.compile(e)
            p.append(Inst.match)
            exceptions.append(p)
        }
        self.ruleID = ruleID
        program = prog
        self.exceptions = exceptions
        kind = pattern.attributionKind
        lexicons = compiler.matchers
        required = compiler.requiredKeys(pattern.steps)
        var anchor: Set<UInt64>? = nil
        for s in pattern.steps {
            if case .group(let inner, .cue?, let min, _) = s, min > 0 { anchor = compiler.requiredKeys(inner).first }
        }
        cueAnchor = anchor
        hasContent = CompiledTokenPattern.captures(pattern.steps).contains(.content)
        needsNumber = CompiledTokenPattern.needsNumber(pattern.steps)
        let start = compiler.firstTokens(pattern.steps)
        // A pattern that can match from any token (its first steps all optional) has no start set.
        startKeys = start.flatMap { $0.nullable ? nil : $0.keys }
        startsWithNumber = start?.number ?? false
        guard pattern.output == .finding || CompiledTokenPattern.captures(pattern.steps).contains(.cue) else {
            throw ClaimAuditError.usage("rule \(ruleID): a token pattern needs a <capture name=\"cue\">")
        }
    }

    static func needsNumber(_ steps: [PatternStep]) -> Bool {
        steps.contains { s in
            switch s {
            case .test(.number, let min, _): min > 0
            case .group(let inner, _, let min, _): min > 0 && needsNumber(inner)
            case .choice(let alternatives, let min, _): min > 0 && alternatives.allSatisfy { needsNumber([$0]) }
            default: false
            }
        }
    }

    static func captures(_ steps: [PatternStep]) -> Set<PatternCapture> {
        var out = Set<PatternCapture>()
        for s in steps {
            if case .group(let inner, let c, _, _) = s {
                if let c { out.insert(c) }
                out.formUnion(captures(inner))
            }
            if case .choice(let alternatives, _, _) = s { out.formUnion(captures(alternatives)) }
        }
        return out
    }

    struct Compiler {
        let lexicon: (String) -> PhraseList?
        let ruleID: String
        var matchers: [PhraseMatcher] = []
        /// Per lexicon: keys of the first word of every entry form, and of
        /// the one-word entry forms.
        var firstKeys: [Set<UInt64>] = []
        var wordKeys: [Set<UInt64>] = []
        var ids: [String: Int] = [:]

        mutating func lexiconIndex(_ id: String) throws -> Int {
            if let n = ids[id] { return n }
            guard let list = lexicon(id), !list.phrases.isEmpty else {
                throw ClaimAuditError.usage("rule \(ruleID): unknown lexicon '\(id)'")
            }
            matchers.append(PhraseMatcher(list.phrases.enumerated().map { ($1, $0) }, inflect: list.inflect))
            var first = Set<UInt64>()
            var single = Set<UInt64>()
            for phrase in list.phrases {
                for form in list.inflect ? Inflector.phraseForms(of: phrase) : [phrase] {
                    let keys = PhraseMatcher.keys(of: form)
                    if let k = keys.first { first.insert(k) }
                    if keys.count == 1 { single.insert(keys[0]) }
                }
            }
            firstKeys.append(first)
            wordKeys.append(single)
            ids[id] = matchers.count - 1
            return matchers.count - 1
        }

        /// The key sets of the tests every match must pass (see `required`).
        mutating func requiredKeys(_ steps: [PatternStep]) -> [Set<UInt64>] {
            var out: [Set<UInt64>] = []
            for s in steps {
                switch s {
                case .test(let t, let min, _) where min > 0:
                    switch t {
                    case .literal(let w): out += PhraseMatcher.keys(of: w).map { [$0] }
                    case .lemma(let w): out.append(Set(Inflector.forms(of: w).compactMap { PhraseMatcher.keys(of: $0).first }))
                    case .lexicon(let id): if let n = try? lexiconIndex(id) { out.append(firstKeys[n]) }
                    case .nounPhrase(let head?): if let n = try? lexiconIndex(head) { out.append(wordKeys[n]) }
                    default: break
                    }
                case .group(let inner, _, let min, _) where min > 0:
                    out += requiredKeys(inner)
                default: break // a choice requires none of its alternatives' keys for sure
                }
            }
            return out
        }

        /// What the first token of a match of `steps` can be: keys, or any
        /// number; `nullable` when the steps can match no token. Nil when
        /// a test with no key set (a capital, a name, any word, a noun
        /// phrase, a skip) can come first.
        mutating func firstTokens(_ steps: [PatternStep]) -> (keys: Set<UInt64>, number: Bool, nullable: Bool)? {
            var keys = Set<UInt64>()
            var number = false
            for s in steps {
                let here: (keys: Set<UInt64>, number: Bool, nullable: Bool)
                switch s {
                case .test(let t, let min, _):
                    switch t {
                    case .literal(let w):
                        guard let k = PhraseMatcher.keys(of: w).first else { return nil }
                        here = ([k], false, min == 0)
                    case .lemma(let w): here = (Set(Inflector.forms(of: w).compactMap { PhraseMatcher.keys(of: $0).first }), false, min == 0)
                    case .lexicon(let id):
                        guard let n = try? lexiconIndex(id) else { return nil }
                        here = (firstKeys[n], false, min == 0)
                    case .punctuation(let mark): here = ([TokenKey.of(mark)], false, min == 0)
                    case .number: here = (TokenPatternMatcher.numberWords, true, min == 0)
                    default: return nil
                    }
                case .group(let inner, _, let min, _):
                    guard let r = firstTokens(inner) else { return nil }
                    here = (r.keys, r.number, min == 0 || r.nullable)
                case .choice(let alternatives, let min, _):
                    var h: (keys: Set<UInt64>, number: Bool, nullable: Bool) = ([], false, min == 0)
                    for a in alternatives {
                        guard let r = firstTokens([a]) else { return nil }
                        h = (h.keys.union(r.keys), h.number || r.number, h.nullable || r.nullable)
                    }
                    here = h
                case .skip:
                    return nil
                }
                keys.formUnion(here.keys)
                number = number || here.number
                if !here.nullable { return (keys, number, false) }
            }
            return steps.isEmpty ? nil : (keys, number, true)
        }

        mutating func compile(_ steps: [PatternStep]) throws -> [Inst] {
            var out: [Inst] = []
            for s in steps { try emit(s, into: &out) }
            return out
        }

        /// The instructions of one occurrence of a step's body.
        mutating func body(_ step: PatternStep) throws -> [Inst] {
            switch step {
            case .test(let t, _, _):
                switch t {
                case .literal(let words):
                    return PhraseMatcher.keys(of: words).map { .keys([$0]) }
                case .lemma(let w):
                    return [.keys(Set(Inflector.forms(of: w).compactMap { PhraseMatcher.keys(of: $0).first }))]
                case .capitalized: return [.capitalized]
                case .name: return [.name]
                case .lexicon(let id): return [.lexicon(try lexiconIndex(id))]
                case .punctuation(let mark): return [.keys([TokenKey.of(mark)])]
                case .anyWord: return [.anyWord]
                case .number: return [.number]
                case .nounPhrase(let head): return [.nounPhrase(try head.map { try lexiconIndex($0) })]
                case .rest: return [.rest]
                }
            case .group(let inner, _, _, _):
                return try compile(inner)
            case .skip(let n):
                return [.skip(n)]
            case .choice(let alternatives, _, _):
                return try alternation(alternatives)
            }
        }

        /// The alternatives in order: `split(this, next)` before each but the
        /// last, a jump to the end after each. One-token alternatives (words,
        /// lemmas, punctuation) become one key set.
        mutating func alternation(_ alternatives: [PatternStep]) throws -> [Inst] {
            let bodies = try alternatives.map { try compile([$0]) }
            var single = Set<UInt64>()
            if bodies.allSatisfy({ b in
                guard b.count == 1, case .keys(let k) = b[0] else { return false }
                single.formUnion(k)
                return true
            }) {
                return [.keys(single)]
            }
            var out: [Inst] = []
            var jumps: [Int] = []
            for (n, b) in bodies.enumerated() {
                if n == bodies.count - 1 {
                    append(b, to: &out)
                    break
                }
                let split = out.count
                out.append(.split(split + 1, -1))
                append(b, to: &out)
                jumps.append(out.count)
                out.append(.jump(-1))
                out[split] = .split(split + 1, out.count)
            }
            for j in jumps { out[j] = .jump(out.count) }
            return out
        }

        mutating func emit(_ step: PatternStep, into out: inout [Inst]) throws {
            let (min, max): (Int, Int?) = switch step {
            case .test(_, let a, let b): (a, b)
            case .group(_, _, let a, let b): (a, b)
            case .choice(_, let a, let b): (a, b)
            case .skip: (1, 1)
            }
            var capture: PatternCapture? = nil
            if case .group(_, let c, _, _) = step { capture = c }
            let slot = capture.map { PatternCapture.allCases.firstIndex(of: $0)! * 2 }
            if let slot { out.append(.save(slot)) }
            let b = try body(step)
            for _ in 0..<min { append(b, to: &out) }
            if let max {
                // Each optional copy: split(take, skip-to-end).
                var pending: [Int] = []
                for _ in min..<max {
                    pending.append(out.count)
                    out.append(.split(out.count + 1, -1))
                    append(b, to: &out)
                }
                let end = out.count
                for p in pending { if case .split(let a, _) = out[p] { out[p] = .split(a, end) } }
            } else {
                let loop = out.count
                out.append(.split(loop + 1, -1))
                append(b, to: &out)
                out.append(.jump(loop))
                out[loop] = .split(loop + 1, out.count)
            }
            if let slot { out.append(.save(slot + 1)) }
        }

        /// Appends a body, relocating its jumps.
        func append(_ b: [Inst], to out: inout [Inst]) {
            let base = out.count
            for inst in b {
                switch inst {
                case .split(let x, let y): out.append(.split(x + base, y + base))
                case .jump(let x): out.append(.jump(x + base))
                default: out.append(inst)
                }
            }
        }
    }
}

/// Runs compiled patterns over the sentences of a segment.
struct TokenPatternMatcher: Sendable {
    let patterns: [CompiledTokenPattern]
    let sources: SourceFinder
    let classifier: SourceClassifier
    /// For each token key, one bit per required key set it belongs to
    /// (first 64 sets); `needs[p]` are pattern p's bits. A sentence is tried
    /// for p only when its tokens' bits cover `needs[p]`: one hash lookup
    /// per token for all patterns together.
    let bits: [UInt64: UInt64]
    let needs: [UInt64]

    init(patterns: [CompiledTokenPattern], sources: SourceFinder, classifier: SourceClassifier) {
        self.patterns = patterns
        self.sources = sources
        self.classifier = classifier
        var bits: [UInt64: UInt64] = [:]
        var needs: [UInt64] = []
        var next = 0
        for p in patterns {
            var need: UInt64 = 0
            for set in p.required where next < 64 {
                let bit: UInt64 = 1 << UInt64(next)
                next += 1
                need |= bit
                for k in set { bits[k, default: 0] |= bit }
            }
            needs.append(need)
        }
        // One more bit for "holds a number" (digit tokens have no fixed key;
        // `find` sets it from the token kind).
        var numberBit: UInt64 = 0
        if next < 64, patterns.contains(where: \.needsNumber) {
            numberBit = 1 << UInt64(next)
            for k in TokenPatternMatcher.numberWords { bits[k, default: 0] |= numberBit }
            for (n, p) in patterns.enumerated() where p.needsNumber { needs[n] |= numberBit }
        }
        self.bits = bits
        self.needs = needs
        self.numberBit = numberBit
    }

    let numberBit: UInt64

    /// Capture slots: source 0/1, cue 2/3, content 4/5, match 6/7; 8 = match end.
    static let slots = PatternCapture.allCases.count * 2 + 1
    static let end = slots - 1

    /// Every match, leftmost and non-overlapping per pattern and sentence,
    /// whose cue is outside quotations and not cancelled by an exception.
    func find(in t: ClaimTokens, cue: CueFinder) -> [FoundAttribution] {
        guard !patterns.isEmpty, t.count > 0 else { return [] }
        var found: [FoundAttribution] = []
        // Cue tokens already taken by an earlier pattern (patterns run in
        // rule order; the first to claim a cue keeps it).
        var taken = Array(repeating: false, count: t.count)
        var sentenceBits: [UInt64] = []
        sentenceBits.reserveCapacity(t.sentences.count)
        for sentence in t.sentences {
            var b: UInt64 = 0
            for k in sentence {
                b |= bits[t.key(k)] ?? 0
                if t.tokens[k].kind == .number { b |= numberBit }
            }
            sentenceBits.append(b)
        }
        for (n, p) in patterns.enumerated() {
            for (si, sentence) in t.sentences.enumerated() {
                if sentenceBits[si] & needs[n] != needs[n] { continue }
                // Start positions: within reach before a cue anchor, else all.
                var starts: [Range<Int>] = []
                if let anchor = p.cueAnchor {
                    for k in sentence where anchor.contains(t.key(k)) {
                        let lo = Swift.max(sentence.lowerBound, k - CompiledTokenPattern.anchorReach)
                        if let last = starts.last, last.upperBound >= lo {
                            starts[starts.count - 1] = last.lowerBound..<(k + 1)
                        } else {
                            starts.append(lo..<(k + 1))
                        }
                    }
                } else {
                    starts = [sentence]
                }
                var free = sentence.lowerBound   // matches do not overlap
                var saves = Array(repeating: -1, count: TokenPatternMatcher.slots)
                for window in starts {
                var s = Swift.max(window.lowerBound, free)
                while s < window.upperBound {
                    if let first = p.startKeys, !first.contains(t.key(s)), !(p.startsWithNumber && t.tokens[s].kind == .number) {
                        s += 1
                        continue
                    }
                    for k in 0..<TokenPatternMatcher.slots { saves[k] = -1 }
                    guard !t.quoted[s], run(p.program, p, pc: 0, i: s, hi: sentence.upperBound, &saves, t, 0) else { s += 1; continue }
                    let end = max(saves[TokenPatternMatcher.end], s + 1)
                    defer { s = end; free = end }
                    let cueRange = saves[2]..<saves[3]
                    guard saves[2] >= 0, saves[3] > saves[2], !cueRange.contains(where: { t.quoted[$0] || taken[$0] }) else { continue }
                    if cancelled(p, cue: cueRange, sentence: sentence, t) { continue }
                    let source: Range<Int>? = saves[0] >= 0 && saves[1] > saves[0] ? saves[0]..<saves[1] : nil
                    let kind = p.kind ?? source.map { classifier.kind(of: $0, in: t) } ?? .named
                    let content: Range<Int> = p.hasContent && saves[4] >= 0 && saves[5] > saves[4] ? saves[4]..<saves[5]
                        : cue.content(cue: cueRange, source: source, in: t)
                    for k in cueRange { taken[k] = true }
                    found.append(FoundAttribution(kind: kind, cue: cueRange, source: source, sourcePhrase: source,
                                                  rule: p.ruleID, content: content))
                }
                }
            }
        }
        return found
    }

    private func cancelled(_ p: CompiledTokenPattern, cue: Range<Int>, sentence: Range<Int>, _ t: ClaimTokens) -> Bool {
        for e in p.exceptions {
            for s in sentence where s < cue.upperBound {
                var saves = Array(repeating: -1, count: TokenPatternMatcher.slots)
                if run(e, p, pc: 0, i: s, hi: sentence.upperBound, &saves, t, 0), (s..<max(saves[TokenPatternMatcher.end], s + 1)).overlaps(cue) { return true }
            }
        }
        return false
    }

    /// Backtracking interpreter; true when `.match` is reached (captures in `saves`).
    /// Internal: the rule engine runs finding patterns with it (`TokenPatternFindings`).
    func run(_ prog: [CompiledTokenPattern.Inst], _ p: CompiledTokenPattern, pc start: Int, i begin: Int, hi: Int,
                     _ saves: inout [Int], _ t: ClaimTokens, _ depth: Int) -> Bool {
        guard depth < 64 else { return false }
        var pc = start
        var i = begin
        while true {
            switch prog[pc] {
            case .keys(let set):
                guard i < hi, set.contains(t.key(i)) else { return false }
                i += 1
            case .capitalized:
                guard i < hi, t.isWord(i), t.isCapitalized(i) else { return false }
                i += 1
            case .name:
                var k = i
                while k < hi && k - i < 8 && (t.isWord(k) && t.isCapitalized(k) && !t.quoted[k] || k > i && t.isAbbreviationPeriod(k)) { k += 1 }
                guard k > i else { return false }
                i = k
            case .lexicon(let n):
                // Matched on the stored matcher (not passed by value to a
                // helper). perf still shows an outlined PhraseMatcher copy
                // in `run`; not traced further (session 5, c3).
                guard i >= 0, i < t.count, let e = p.lexicons[n].matches(in: t.tokens, at: i, limit: hi).first?.tokens.upperBound
                else { return false }
                i = e
            case .anyWord:
                guard i < hi, t.isWord(i) else { return false }
                i += 1
            case .number:
                guard i < hi, t.tokens[i].kind == .number || TokenPatternMatcher.numberWords.contains(t.key(i)) else { return false }
                i += 1
            case .nounPhrase(let head):
                // The longest phrase first, then shorter ones, so the next
                // step can take a word the phrase finder would have swallowed.
                // A phrase does not start after a preposition, determiner or
                // possessive: it would be the tail of a longer phrase
                // ("officials familiar with *the plan*").
                if i > 0 && t.isWord(i - 1) && (t.in(i - 1, FunctionWords.nounPhrasePrepositions) || t.in(i - 1, FunctionWords.determiners)
                    || t.in(i - 1, FunctionWords.possessives) || t.in(i - 1, FunctionWords.prepositions)) { return false }
                guard let np = sources.object(from: i, upperBound: hi, in: t) else { return false }
                var e = np.upperBound
                while e > i {
                    if head == nil || TokenPatternMatcher.isEntry(p, head!, t, classifier.head(of: i..<e, in: t)) {
                        let backup = saves
                        if run(prog, p, pc: pc + 1, i: e, hi: hi, &saves, t, depth + 1) { return true }
                        saves = backup
                    }
                    e -= 1
                }
                return false
            case .rest:
                guard (i..<hi).contains(where: { t.isWord($0) }) else { return false }
                i = hi
            case .split(let a, let b):
                let backup = saves
                if run(prog, p, pc: a, i: i, hi: hi, &saves, t, depth + 1) { return true }
                saves = backup
                pc = b
                continue
            case .jump(let a):
                pc = a
                continue
            case .save(let n):
                saves[n] = i
            case .skip(let n):
                var k = 0
                while k <= n && i + k <= hi {
                    let backup = saves
                    if run(prog, p, pc: pc + 1, i: i + k, hi: hi, &saves, t, depth + 1) { return true }
                    saves = backup
                    k += 1
                }
                return false
            case .match:
                saves[TokenPatternMatcher.end] = i
                return true
            }
            pc += 1
        }
    }

    /// True when token `h` alone is an entry of the pattern's lexicon `n`
    /// (looked up in place; see the `.lexicon` step).
    @inline(__always)
    static func isEntry(_ p: CompiledTokenPattern, _ n: Int, _ t: ClaimTokens, _ h: Int) -> Bool {
        guard h >= 0 && h < t.count else { return false }
        return p.lexicons[n].matches(in: t.tokens, at: h, limit: h + 1).contains { $0.tokens.upperBound == h + 1 }
    }

    /// Spelled-out cardinals the `number` test accepts besides digits.
    static let numberWords = FunctionWords.keys([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    ])
}
