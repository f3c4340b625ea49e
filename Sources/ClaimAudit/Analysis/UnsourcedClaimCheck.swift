/// `unsourced-claim`: a factual assertion with no attribution in its sentence
/// and none governing it.
///
/// "Factual assertion" is decided on tokens outside quotations: a digit,
/// money or percent sign, a month or weekday name, an `assertion-markers`
/// word (superlatives, "will", "plans to", "million"), a past-tense action
/// verb or "did" (not a participle after "is"/"very": "is flawed" judges;
/// "is inspired by", "is being removed" report), or a present-tense verb
/// after a named or definite subject ("The deal envisions …"). Never fires
/// on: headings, a plain-text title and its deck, editorial notes and
/// lead-ins ending in a colon, questions, analysis-section claims,
/// fragments (fewer than `minimumWords` words, or fewer than
/// `fullClauseWords` with no article or pronoun), verb-only framing (a
/// contrastive or habitual opener, a `framing-phrases` construction), and
/// sentences that are sourced in ways the attribution finder does not model:
///
/// - a direct quotation of `quotedWords` words or more (the speaker's words,
///   whoever the cue names);
/// - the writer's first person outside quotations ("I met Sanders in his
///   office": own reporting);
/// - a speech-act verb outside quotations (`speech-act-verbs`: "thanked",
///   "tweeted", "accused"), unless in an infinitive, a gerund or a relative
///   clause: the sentence reports what someone said;
/// - a verb of issuing or making with a speech-act noun as object
///   ("unleashed a harsh attack on", "issued a formal complaint"):
///   a report of what someone said (`takesSpeechNoun`);
/// - a standing "in the polls" (`standsInPollPhrase`): poll data;
/// - "reportedly", "allegedly" (`reportAdverbs`): ascribed to unnamed
///   reports, sourced if vaguely (the hedging rules flag it);
/// - a hypothetical ("would", "might", "if …"; not inside a relative or
///   contact clause): a conjecture, not a fact;
/// - an extraposed epistemic frame ("It is unclear whether …", "It's
///   unlikely …"): the writer does not assert the clause
///   (`isEpistemicFrame`);
/// - an attitude as the predicate (`attitude-words`: "hoping", "convinced",
///   "despised"; not a participle adjunct): what someone feels;
/// - figures that continue a document or data source cited in one of the
///   `carryWindow` claims before it, with only unattributed claims between
///   ("According to the poll, … . Cruz sits at 16%.").
///
/// An attribution found by a participle adjunct alone ("…, fearing …")
/// does not govern the claim (`isGoverned`).
///
/// Severity (README, "Severity"): the rule's severity when the claim holds a
/// hard fact (a number, money, percentage, date or superlative), `info` when
/// the only signal is a verb, and `info` in a background section. Measured
/// on `eval/unsourced/labels.tsv` (tuning) and `heldout.tsv` (not tuned on).
///
/// The tests live in extensions, one file each: `+Assertion` (the signal),
/// `+ReportedWording`, `+Speculation`, `+Framing`, `+Carryover` (sources
/// carried from earlier sentences), `+Governing` (whether an attribution
/// sources the claim) and `+Words` (shared word lists).
struct UnsourcedClaimCheck: Sendable {
    let lex: AttributionLexicons
    /// `speech-act-verbs` from `rules/sourcing.xml` (empty when absent).
    let speechActs: PhraseMatcher
    /// `attitude-words` from `rules/sourcing.xml` (empty when absent).
    let attitudes: PhraseMatcher
    /// `framing-phrases` from `rules/sourcing.xml` (empty when absent).
    let framing: PhraseMatcher
    /// Single-word lexicons of `rules/sourcing.xml` (exact forms; empty
    /// when absent): `issuing-verbs`, `speech-act-nouns` (`takesSpeechNoun`),
    /// `data-nouns`, `record-nouns` (`opensWithDataSource`).
    let lightVerbs: Set<UInt64>
    let speechNouns: Set<UInt64>
    let dataNouns: Set<UInt64>
    let recordNouns: Set<UInt64>

    init(lex: AttributionLexicons, ruleSet: RuleSet = RuleSet()) {
        self.lex = lex
        let list = ruleSet.lexicon("speech-act-verbs")
        speechActs = PhraseMatcher(list.phrases.enumerated().map { ($1, $0) }, inflect: list.inflect)
        let feel = ruleSet.lexicon("attitude-words")
        attitudes = PhraseMatcher(feel.phrases.enumerated().map { ($1, $0) }, inflect: feel.inflect)
        let frame = ruleSet.lexicon("framing-phrases")
        framing = PhraseMatcher(frame.phrases.enumerated().map { ($1, $0) }, inflect: frame.inflect)
        lightVerbs = FunctionWords.keys(ruleSet.lexicon("issuing-verbs").phrases)
        speechNouns = FunctionWords.keys(ruleSet.lexicon("speech-act-nouns").phrases)
        dataNouns = FunctionWords.keys(ruleSet.lexicon("data-nouns").phrases)
        recordNouns = FunctionWords.keys(ruleSet.lexicon("record-nouns").phrases)
    }

    /// How sure the check is that a claim asserts a checkable fact.
    enum Signal: Comparable {
        case none
        /// A past-tense or future verb only.
        case weak
        /// A number, money, percentage, date or superlative.
        case hard
    }

    /// Whether the claim asserts a checkable fact.
    func isAssertion(_ t: ClaimTokens) -> Bool { signal(t) != .none }

    /// A question: the last punctuation outside closing quotation marks is "?".
    func isQuestion(_ t: ClaimTokens) -> Bool {
        var k = t.count - 1
        while k >= 0 && t.marks[k] == .close { k -= 1 }
        return k >= 0 && t.isByte(k, 0x3F)
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
        if isTitleAndDeck(t, segment: segment) { return nil }
        if isEditorialOrPresentational(t) { return nil }
        let s = signal(t)
        if s == .none || isReportedOrHypothetical(t) { return nil }
        if s == .weak && opensWithContrastOrHabit(t) { return nil }
        if s == .weak && (hasFraming(t) || isPseudoCleft(t)) { return nil }
        if opensWithStance(t) && !hasFigure(t) { return nil }
        if isEpistemicFrame(t) { return nil }
        if s == .hard && hasFraming(t, overDates: true) && !hasFigure(t) { return nil }
        return s
    }

    /// The severity of the finding, given the rule's.
    static func severity(_ signal: Signal, rule: Severity, segment: Segment) -> Severity {
        if segment.section?.role == .background { return .info }
        return signal == .hard ? rule : .info
    }
}
