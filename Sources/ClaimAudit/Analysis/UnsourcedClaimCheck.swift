/// `unsourced-claim`: a factual assertion with no attribution in its sentence
/// and none governing it.
///
/// "Factual assertion" is decided on tokens outside quotations: a digit,
/// money or percent sign, a month or weekday name, an `assertion-markers`
/// word (superlatives, "will", "plans to", "million"), or a past-tense action
/// verb (not a participle after "is"/"very": "is flawed" judges, "flawed"
/// alone does not report). Never fires on: headings, questions,
/// analysis-section claims, fragments of fewer than `minimumWords` words, and
/// sentences that are sourced in ways the attribution finder does not model:
///
/// - a direct quotation of `quotedWords` words or more (the speaker's words,
///   whoever the cue names);
/// - the writer's first person outside quotations ("I met Sanders in his
///   office": own reporting);
/// - a speech-act verb outside quotations (`speech-act-verbs`: "thanked",
///   "tweeted", "accused"): the sentence reports what someone said;
/// - a hypothetical ("would", "might", "if …"): a conjecture, not a fact;
/// - an attitude (`attitude-words`: "hoping", "convinced", "despised"): what
///   someone feels, not a checkable fact;
/// - figures that continue a document or data source cited in one of the
///   `carryWindow` claims before it, with only unattributed claims between
///   ("According to the poll, … . Cruz sits at 16%.").
///
/// Severity (README, "Severity"): the rule's severity when the claim holds a
/// hard fact (a number, money, percentage, date or superlative), `info` when
/// the only signal is a past-tense or future verb, and `info` in a
/// background section. Measured on `eval/unsourced/labels.tsv`.
struct UnsourcedClaimCheck: Sendable {
    let lex: AttributionLexicons
    /// `speech-act-verbs` from `rules/sourcing.xml` (empty when absent).
    let speechActs: PhraseMatcher
    /// `attitude-words` from `rules/sourcing.xml` (empty when absent).
    let attitudes: PhraseMatcher
    static let minimumWords = 6
    static let quotedWords = 4
    static let carryWindow = 3

    init(lex: AttributionLexicons, ruleSet: RuleSet = RuleSet()) {
        self.lex = lex
        let list = ruleSet.lexicon("speech-act-verbs")
        speechActs = PhraseMatcher(list.phrases.enumerated().map { ($1, $0) }, inflect: list.inflect)
        let feel = ruleSet.lexicon("attitude-words")
        attitudes = PhraseMatcher(feel.phrases.enumerated().map { ($1, $0) }, inflect: feel.inflect)
    }

    /// How sure the check is that a claim asserts a checkable fact.
    enum Signal: Comparable {
        case none
        /// A past-tense or future verb only.
        case weak
        /// A number, money, percentage, date or superlative.
        case hard
    }

    /// The strongest assertion signal outside quotations, or `.none` for
    /// fragments.
    func signal(_ t: ClaimTokens) -> Signal {
        var words = 0
        var best = Signal.none
        for i in 0..<t.count {
            let tok = t.tokens[i]
            if tok.kind != .punctuation { words += 1 }
            if t.quoted[i] || best == .hard { continue }
            switch tok.kind {
            case .number:
                best = .hard
            case .punctuation:
                let b = t.view[tok.start]
                if b == 0x24 || b == 0x25 { best = .hard }                                       // $ %
                if tok.range.count >= 2 && (b == 0xC2 && t.view[tok.start + 1] == 0xA3) { best = .hard } // £
            case .word:
                if t.isCapitalized(i) && (t.in(i, FunctionWords.months) && t.key(i) != UnsourcedClaimCheck.may || t.in(i, FunctionWords.weekdays)) {
                    best = .hard
                } else if let end = AttributionLexicons.longest(lex.assertionMarkers, t, at: i) {
                    best = max(best, end == i + 1 && Self.softMarkers.contains(t.key(i)) ? .weak : .hard)
                } else if !t.isCapitalized(i) && (t.in(i, FunctionWords.irregularPast) || t.length(i) >= 5 && t.endsWith(i, "ed")),
                          !isAdjectival(t, i) {
                    best = max(best, .weak)
                }
            }
        }
        return words >= UnsourcedClaimCheck.minimumWords ? best : .none
    }

    /// A past form used as an adjective, not as the verb of an event: after
    /// "is"/"are"/"very"/an article or possessive (a past passive, "was
    /// ordered", "were rebuffed", still reports an event), skipping adverbs and
    /// coordinated adjectives ("is ethically and practically flawed", "an
    /// unprincipled partner"), or inside a hyphenated compound
    /// ("heavy-handed").
    func isAdjectival(_ t: ClaimTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        if t.view[r].contains(0x2D) { return true }
        if i > 0 && t.isPunct(i - 1) && t.view[t.tokens[i - 1].start] == 0x2D && t.tokens[i - 1].end == r.lowerBound { return true }
        var k = i - 1
        while k >= 0 && (t.isComma(k) || t.key(k) == Self.and || t.isWord(k) && t.isAdverb(k)) { k -= 1 }
        guard k >= 0, t.isWord(k) else { return false }
        return t.in(k, Self.presentBe) || t.in(k, Self.degree) || t.in(k, FunctionWords.articles)
            || t.in(k, FunctionWords.possessives) || t.in(k, FunctionWords.determiners)
    }

    /// Whether the claim asserts a checkable fact.
    func isAssertion(_ t: ClaimTokens) -> Bool { signal(t) != .none }

    /// A question: the last punctuation outside closing quotation marks is "?".
    func isQuestion(_ t: ClaimTokens) -> Bool {
        var k = t.count - 1
        while k >= 0 && t.marks[k] == .close { k -= 1 }
        return k >= 0 && t.isByte(k, 0x3F)
    }

    /// Sourced or conjectural in a way the attribution finder does not
    /// model (see the type's comment).
    func isReportedOrHypothetical(_ t: ClaimTokens) -> Bool {
        var run = 0
        for i in 0..<t.count {
            if t.quoted[i] {
                if t.isWord(i) { run += 1 }
                if run >= Self.quotedWords { return true }
                continue
            }
            run = 0
            guard t.isWord(i) else { continue }
            if t.in(i, Self.firstPerson) && (t.key(i) != Self.i || t.isCapitalized(i)) { return true }
            if t.in(i, Self.hypothetical) && !t.isCapitalized(i) && !afterRelative(t, i) { return true }
            if i == 0 && t.in(i, Self.conditional) { return true }
            if !t.isCapitalized(i) && AttributionLexicons.longest(speechActs, t, at: i) != nil && isFiniteVerb(t, i) { return true }
            if !t.isCapitalized(i) && AttributionLexicons.longest(attitudes, t, at: i) != nil { return true }
        }
        return false
    }

    /// A speech-act word heading the sentence's report, not an infinitive
    /// ("pushed Democrats to say …") or a gerund ("After bragging …").
    func isFiniteVerb(_ t: ClaimTokens, _ i: Int) -> Bool {
        if t.endsWith(i, "ing") { return false }
        return !(i > 0 && t.key(i - 1) == Self.to)
    }

    /// A modal in a relative clause ("bills that would have …") says
    /// nothing about whether the sentence itself is a conjecture.
    func afterRelative(_ t: ClaimTokens, _ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { t.in($0, Self.relatives) }
    }

    func shouldFire(_ t: ClaimTokens, segment: Segment) -> Bool {
        level(t, segment: segment) != nil
    }

    /// nil: no finding. `.hard` findings keep the rule's severity, `.weak`
    /// ones are info.
    func level(_ t: ClaimTokens, segment: Segment) -> Signal? {
        if segment.blockKind == .heading { return nil }
        if segment.section?.role == .analysis { return nil }
        if isQuestion(t) { return nil }
        let s = signal(t)
        if s == .none || isReportedOrHypothetical(t) { return nil }
        return s
    }

    /// True when the claim at `index` continues a document or data source
    /// cited just before it: one of the `carryWindow` previous claims is
    /// attributed to a document, every claim between is unattributed, and
    /// no section label starts in between (an analysis section or a new
    /// label ends the run).
    static func continuesDocument(_ index: Int, _ entries: [AttributionScope.Entry]) -> Bool {
        let section = entries[index].segment.section
        var j = index - 1
        while j >= 0 && j >= index - carryWindow {
            let e = entries[j]
            if e.segment.section != section || e.segment.section?.role == .analysis { return false }
            if e.attributions.contains(where: { $0.kind == .document }) { return true }
            if !e.attributions.isEmpty { return false }
            j -= 1
        }
        return false
    }

    /// The severity of the finding, given the rule's.
    static func severity(_ signal: Signal, rule: Severity, segment: Segment) -> Severity {
        if segment.section?.role == .background { return .info }
        return signal == .hard ? rule : .info
    }

    static let may = TokenKey.of("may")
    static let i = TokenKey.of("i")
    static let firstPerson = FunctionWords.keys(["i", "me", "my", "myself"])
    static let hypothetical = FunctionWords.keys(["would", "might", "could", "should", "may", "would've", "wouldn't", "couldn't"])
    static let conditional = FunctionWords.keys(["if", "unless"])
    static let relatives = FunctionWords.keys(["that", "which", "who", "whom", "whose"])
    static let and = TokenKey.of("and")
    static let to = TokenKey.of("to")
    static let presentBe = FunctionWords.keys(["is", "are", "am", "be", "being", "isn't", "aren't"])
    static let degree = FunctionWords.keys(["very", "so", "too", "more", "less", "deeply", "increasingly", "highly"])
    /// Assertion markers that only say something will or is meant to
    /// happen: a weak signal on their own.
    static let softMarkers = FunctionWords.keys(["will", "only", "most"])
}
