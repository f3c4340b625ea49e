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
    /// Fewer words than this are a fragment. Measured on the tuning set:
    /// 4 catches short facts ("They moved to Riverton instead.") that 6
    /// missed, with no new false alarm.
    static let minimumWords = 4
    /// Below this many words a sentence must hold an article, determiner,
    /// pronoun or possessive to count as a clause: headlinese ("Jobs cut in
    /// March.") drops them.
    static let fullClauseWords = 6
    static let quotedWords = 4
    static let carryWindow = 3

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
                } else if !t.isCapitalized(i) && t.in(i, Self.pastAuxiliaries) {
                    best = max(best, .weak)
                } else if !t.isCapitalized(i) && (t.in(i, FunctionWords.irregularPast) || t.length(i) >= 5 && t.endsWith(i, "ed")),
                          !isAdjectival(t, i) {
                    best = max(best, .weak)
                } else if !t.isCapitalized(i) && t.in(i, Self.irregularParticiples) && (afterPerfect(t, i) || isAgentivePassive(t, i)) {
                    best = max(best, .weak)
                }
            }
        }
        if best == .none && presentTenseEvent(t) { best = .weak }
        if best == .none && hasSchedule(t) { best = .weak }
        if words < Self.minimumWords { return .none }
        if words < Self.fullClauseWords && !hasClauseWord(t) { return .none }
        return best
    }

    /// A digit, money or percent sign, or a number word ("million",
    /// "percent") outside quotations: a figure someone could check.
    func hasFigure(_ t: ClaimTokens) -> Bool {
        for i in 0..<t.count where !t.quoted[i] {
            let tok = t.tokens[i]
            if tok.kind == .number { if !isYear(t, i) { return true }; continue }
            if tok.kind == .punctuation {
                let b = t.view[tok.start]
                if b == 0x24 || b == 0x25 || tok.range.count >= 2 && b == 0xC2 && t.view[tok.start + 1] == 0xA3 { return true }
            } else if t.in(i, Self.numberWords) {
                return true
            }
        }
        return false
    }

    /// A four-digit year (1900–2099): a date, not a figure, so an
    /// evaluative frame outweighs it ("has a clearer path than in 2008").
    func isYear(_ t: ClaimTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        guard r.count == 4, t.view[r].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let v = t.view
        return v[r.lowerBound] == 0x31 && v[r.lowerBound + 1] == 0x39 || v[r.lowerBound] == 0x32 && v[r.lowerBound + 1] == 0x30
    }

    /// An article, determiner, pronoun or possessive outside quotations.
    func hasClauseWord(_ t: ClaimTokens) -> Bool {
        (0..<t.count).contains { !t.quoted[$0] && (t.in($0, FunctionWords.determiners) || t.in($0, FunctionWords.subjectPronouns)
            || t.in($0, FunctionWords.possessives) || t.in($0, Self.objectPronouns)) }
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
        if i + 1 < t.count && t.key(i + 1) == Self.by { return false }
        var k = i - 1
        while k >= 0 && (t.isComma(k) || t.key(k) == Self.and || t.isWord(k) && t.isAdverb(k)) { k -= 1 }
        guard k >= 0, t.isWord(k) else { return false }
        if t.key(k) == Self.being { return false }
        return t.in(k, Self.presentBe) || t.in(k, Self.degree) || t.in(k, FunctionWords.articles)
            || t.in(k, FunctionWords.possessives) || t.in(k, FunctionWords.determiners)
    }

    /// "has taken", "have not given", "had also written": an irregular
    /// participle after a form of "have" (adverbs and "not" between) is a
    /// perfect, the report of an event.
    func afterPerfect(_ t: ClaimTokens, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 4 && t.isWord(k) && (t.isAdverb(k) || t.key(k) == Self.not) { k -= 1 }
        return k >= 0 && t.in(k, Self.haveForms)
    }

    /// "is forbidden by law", "were shown by the audit": an irregular
    /// participle after a form of "be" (adverbs between) with a "by"
    /// agent is a passive report of an act, not an adjective.
    func isAgentivePassive(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard i + 1 < t.count, t.key(i + 1) == Self.by else { return false }
        var k = i - 1
        while k >= 0 && t.isWord(k) && (t.isAdverb(k) || t.key(k) == Self.not) { k -= 1 }
        return k >= 0 && t.in(k, FunctionWords.be)
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
            if t.in(i, Self.firstPlural) && !isNameWord(t, i) && !inCompound(t, i) { return true }
            if t.in(i, Self.secondPerson) && !inCompound(t, i) && !hasFigure(t) { return true }
            if t.in(i, Self.hypothetical) && !t.isCapitalized(i) && !afterRelative(t, i) && !inContactClause(t, i)
                && !outsideMainClause(t, i) { return true }
            if i == 0 && t.in(i, Self.conditional) { return true }
            if i == 0 && opensWithDataSource(t) { return true }
            if t.in(i, Self.pollPlurals) && standsInPollPhrase(t, i) { return true }
            if t.in(i, Self.reportAdverbs) { return true }
            if t.in(i, Self.likelyWords) && isPrediction(t, i) { return true }
            if !t.isCapitalized(i) && t.in(i, lightVerbs) && takesSpeechNoun(t, i) { return true }
            if !t.isCapitalized(i), let end = AttributionLexicons.longest(speechActs, t, at: i), isFiniteVerb(t, i)
                && !Self.inAdverbialClause(i, t) && !isEndorsementOrProposal(t, i, end) { return true }
            if !t.isCapitalized(i) && AttributionLexicons.longest(attitudes, t, at: i) != nil && isAttitudePredicate(t, i) { return true }
        }
        return false
    }

    /// "Clinton is likely to win on Tuesday", "The bill is unlikely to
    /// pass": the writer's prediction in the main clause (GUIDE:
    /// speculation, not a claim). `i` is "likely"/"unlikely"; "to" follows
    /// and a form of "be" stands before it (adverbs and "not" between). Not
    /// when the prediction is in a relative clause ("states that are likely
    /// to be friendly"), an adverbial clause ("While he is unlikely to …,
    /// he …"), a parenthesis or dashes, or a predicate joined by
    /// "and"/"but" to a first one ("…, but is unlikely to change …"): the
    /// main clause is then still asserted. "It is likely that …" is the
    /// extraposed frame (`isEpistemicFrame`). Measured on the 840 train
    /// articles: 24 fewer flags, 14 of 20 read were speculation before the
    /// clause exclusions, which remove 5 of the 6 wrong ones.
    func isPrediction(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard i + 1 < t.count, t.key(i + 1) == Self.to, !t.quoted[i] else { return false }
        var k = i - 1
        while k >= 0 && t.isWord(k) && (t.isAdverb(k) || t.key(k) == Self.not) && !t.in(k, FunctionWords.be) && !t.in(k, Self.beContractions) { k -= 1 }
        guard k >= 0, t.in(k, FunctionWords.be) || t.in(k, Self.beContractions) else { return false }
        if k > 0 && t.in(k - 1, Self.coordinators) { return false }
        if (max(0, k - 4)..<k).contains(where: { t.in($0, Self.relatives) || t.in($0, Self.whereWords) }) { return false }
        if (0..<i).contains(where: { t.isDash($0) || t.isByte($0, 0x28) }) { return false }
        return !Self.inAdverbialClause(i, t)
    }
    static let likelyWords = FunctionWords.keys(["likely", "unlikely"])
    /// The first person plural outside quotations: the writer's own
    /// account or stance ("We placed the mayor at the head table", "in our
    /// judgment, …"), or a speaker's words printed without quotation marks
    /// (interviews, Q&A): sourced or not a claim, never the writer's bare
    /// fact (GUIDE: first person is own reporting). Measured on the 840
    /// train articles: 66 fewer flags, 16 of 20 read right, and the 2
    /// wrong ones were a name ("Our Principles PAC"), now left out
    /// (`isNameWord`); in the label files, 0 of the 16 sentences with a
    /// lower-case "we/our/us" outside quotations are `unsourced`.
    static let firstPlural = FunctionWords.keys(["we", "we're", "we've", "we'll", "we'd", "us", "our", "ours", "ourselves"])
    static let us = TokenKey.of("us")
    static let we = TokenKey.of("we")
    /// "Our Principles PAC", "Our Revolution": a capitalised "Our" before a
    /// capitalised word is part of a name; "US" is the country.
    func isNameWord(_ t: ClaimTokens, _ i: Int) -> Bool {
        if t.key(i) == Self.us { return t.isCapitalized(i) }
        return t.isCapitalized(i) && t.key(i) != Self.we && i + 1 < t.count && t.isWord(i + 1) && t.isCapitalized(i + 1)
    }
    /// The reader addressed outside quotations ("you can be forgiven for
    /// not knowing …", "If you want to understand …", "Q: You said …"):
    /// framing, opinion, a promotional aside or an interview question, not
    /// a reported fact, unless the sentence holds a figure ("For every
    /// $10,000 you borrow, you repay …" states a rule). Measured on the 840
    /// train articles: 23 fewer flags, 18 of 20 read right; in the label
    /// files, 2 of the 42 sentences with "you" outside quotations are
    /// `unsourced`.
    static let secondPerson = FunctionWords.keys(["you", "your", "you're", "you've", "you'll", "you'd", "yours", "yourself", "yourselves"])
    /// A word inside a hyphenated compound ("in-your-face").
    func inCompound(_ t: ClaimTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        return r.lowerBound > 0 && t.view[r.lowerBound - 1] == 0x2D || r.upperBound < t.view.count && t.view[r.upperBound] == 0x2D
    }
    static let whereWords = FunctionWords.keys(["where", "when"])

    /// "Christie endorsed Trump last week", "Clinton has proposed a modest
    /// tax on …": an endorsement or a proposal with a plain object is an
    /// act the writer reports (as `isActOnObject` for the cue finder's
    /// attributions), though both verbs are in `speech-act-verbs` for their
    /// other uses ("proposed that …"). "reject" stays a speech act:
    /// "rejected the allegation" denies a claim. Measured on the 840 train
    /// articles: 52 more flags, 17 of 20 read were facts (the 3 wrong ones
    /// were "rejected", now left out). The labelled files split here (see
    /// s6-n9 note): heldout4 +1 TP, heldout2 and heldout3 +1 FP each.
    func isEndorsementOrProposal(_ t: ClaimTokens, _ i: Int, _ end: Int) -> Bool {
        end == i + 1 && t.in(i, Self.endorseOrPropose) && i + 1 < t.count && !t.quoted[i + 1] && Self.isActObject(t, i + 1)
    }
    static let endorseOrPropose = FunctionWords.keys([
        "endorse", "endorsed", "endorses", "endorsing", "propose", "proposed", "proposes", "proposing",
    ])

    /// "In May's poll, …", "By the AP's tally, …": a preposed phrase naming
    /// a poll, survey, study, analysis or tally sources the clause after
    /// it (the figures are the poll's). "In response to the filings" is
    /// not one. A record or speech event heading the phrase ("In his
    /// financial disclosures, …", "In a speech on Tuesday evening, …")
    /// sources it the same way (`recordNouns`; 9 flags fewer over the 840
    /// train articles, 6 of 6 read were sourced once "exchange" and
    /// infinitives were left out).
    func opensWithDataSource(_ t: ClaimTokens) -> Bool {
        guard t.count > 4, t.in(0, Self.dataPrepositions), !t.in(1, Self.responseNouns) else { return false }
        var k = 1
        while k < t.count && k <= 16 && !t.isComma(k) {
            if t.in(k, dataNouns) && !t.quoted[k] { return k + 1 < t.count && t.isComma(k + 1) || k + 2 < t.count && t.isComma(k + 2) }
            // "In an effort to clarify her statements, …": the noun must head
            // the phrase, not stand in an infinitive within it.
            if t.key(k) == Self.to { return false }
            if t.in(k, recordNouns) && !t.quoted[k] {
                return (k + 1..<min(t.count, k + 9)).contains { t.isComma($0) }
            }
            k += 1
        }
        return false
    }

    /// "leads in the polls", "in most Iowa polls", "by national surveys":
    /// a standing in polls is poll data, vaguely sourced (the weasel and
    /// hedge rules may still speak). `i` is the plural noun; "in" or "by"
    /// stands at most four words before it, with only determiners,
    /// adjectives, names and numbers between.
    func standsInPollPhrase(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard !t.quoted[i] else { return false }
        var k = i - 1
        while k >= 0 && k >= i - 4 {
            guard t.isWord(k) else { return false }
            if t.in(k, Self.dataPrepositions) { return true }
            if t.in(k, FunctionWords.relatives) || t.in(k, FunctionWords.auxiliaries) || t.in(k, FunctionWords.be) { return false }
            k -= 1
        }
        return false
    }

    /// "unleashed a harsh attack on …", "issued a formal complaint",
    /// "escalated her attacks", "made a plea for …": a verb of issuing or
    /// making with a speech-act noun as its object (a determiner or
    /// possessive first, at most two adjectives between) reports what
    /// someone said. "gave a speech" is an event, not its content, so
    /// "speech" is no such noun.
    func takesSpeechNoun(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard i + 2 < t.count, !t.quoted[i], !(i > 0 && t.key(i - 1) == Self.to && i > 1 && t.key(i - 2) == Self.not) else { return false }
        var k = i + 1
        if t.key(k) == Self.up { k += 1 }                                          // "stepped up her attacks"
        guard k < t.count, t.in(k, FunctionWords.articles) || t.in(k, FunctionWords.possessives) || t.in(k, FunctionWords.determiners) else { return false }
        k += 1
        var adjectives = 0
        while k < t.count && t.isWord(k) && !t.in(k, speechNouns) && adjectives < 2 { adjectives += 1; k += 1 }
        return k < t.count && t.in(k, speechNouns)
    }
    static let up = TokenKey.of("up")
    static let pollPlurals = FunctionWords.keys(["polls", "surveys"])
    /// Adverbs that ascribe the clause to unnamed reports or accusers
    /// ("The firm reportedly sold …"): sourced, if vaguely; the hedging
    /// rules flag the vagueness.
    static let reportAdverbs = FunctionWords.keys(["reportedly", "allegedly", "purportedly", "supposedly"])

    /// A speech-act word heading the sentence's report, not an infinitive
    /// ("pushed Democrats to say …") or a gerund ("After bragging …").
    func isFiniteVerb(_ t: ClaimTokens, _ i: Int) -> Bool {
        if t.endsWith(i, "ing") { return isProgressive(t, i) }   // "are hailing", not "after bragging"
        if i > 0 && t.in(i - 1, Self.relatives) { return false }
        if i > 0 && t.key(i - 1) == Self.to { return isPurposeAfterChannel(t, i - 1) || t.in(i - 2, Self.aspectVerbs) }
        return true
    }

    /// "continued to insist", "has begun to speak out": a verb of
    /// continuing or beginning before "to" makes the speech act itself the
    /// report (8 fewer flags over the 840 train articles, 7 of 8 read were
    /// speech reports).
    static let aspectVerbs = FunctionWords.keys([
        "continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "started", "start",
        "starts", "keeps", "kept",
    ])

    /// "went on Twitter to applaud", "took to social media to complain",
    /// "went before reporters to denounce": an infinitive of purpose after
    /// a verb of going to a channel or audience reports the speech act
    /// itself. `to` is the index of "to"; the going verb stands at most
    /// seven words before it ("went before reporters on Capitol Hill to
    /// denounce"), with no punctuation, relative or conjunction between.
    func isPurposeAfterChannel(_ t: ClaimTokens, _ to: Int) -> Bool {
        var k = to - 1
        while k >= 0 && k >= to - 7 {
            if t.isPunct(k) || t.in(k, Self.relatives) || t.in(k, Self.coordinators) { return false }
            if t.in(k, Self.channelVerbs) { return true }
            k -= 1
        }
        return false
    }

    /// "are hailing", "is already criticizing": an -ing form after a form
    /// of "be" (adverbs between) is the finite verb of a progressive.
    func isProgressive(_ t: ClaimTokens, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && t.isWord(k) && t.isAdverb(k) { k -= 1 }
        return k >= 0 && (t.in(k, FunctionWords.be) && t.key(k) != Self.being || t.in(k, Self.beContractions))
    }

    /// A modal in a relative clause without a relative pronoun ("others he
    /// might need"): a noun, then a subject pronoun, then the modal.
    func inContactClause(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard i >= 2, t.in(i - 1, FunctionWords.subjectPronouns), t.isWord(i - 2), !t.isCapitalized(i - 2) else { return false }
        return !(t.in(i - 2, FunctionWords.clauseWords) || t.in(i - 2, FunctionWords.prepositions) || t.in(i - 2, FunctionWords.auxiliaries)
            || t.in(i - 2, FunctionWords.be) || t.isAdverb(i - 2) || AttributionLexicons.longest(speechActs, t, at: i - 2) != nil
            || AttributionLexicons.longest(attitudes, t, at: i - 2) != nil || t.endsWith(i - 2, "ed"))
    }

    /// A modal that leaves the main clause asserted: inside a preposed
    /// past-participle adjunct ("Worried the nation might miss its target,
    /// the government proposed a levy …"), or before a colon whose
    /// clause, with no modal of its own, holds a figure ("Germany may
    /// have few coal workers left: only about 63,000 jobs …"). A gerund
    /// subject ("Boosting the wage would put …") and a hyphenated
    /// adjective ("Corn-based") are no such adjunct. Measured on the 840
    /// train articles: 5 more flags, 2 of the 3 on unlabelled articles
    /// were facts (a first try that also counted -ing openers and
    /// adverbial clauses added 22, 7 of 20 right: dropped).
    func outsideMainClause(_ t: ClaimTokens, _ i: Int) -> Bool {
        if t.isWord(0) && t.endsWith(0, "ed") && !t.view[t.tokens[0].range].contains(0x2D), let c = (1..<t.count).first(where: { t.isComma($0) }), c > i,
           (c + 1..<t.count).filter({ t.isWord($0) }).count >= 4, !(c + 1..<t.count).contains(where: { t.in($0, Self.hypothetical) }) { return true }
        // "X may have few workers left: Only about 63,000 jobs …": a figure after the colon is asserted.
        if let c = (i + 1..<t.count).first(where: { t.isColon($0) }), !(c + 1..<t.count).contains(where: { t.in($0, Self.hypothetical) }),
           (c + 1..<t.count).contains(where: { t.tokens[$0].kind == .number && !isYear(t, $0) }) { return true }
        return false
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
            if e.attributions.contains(where: isData) { return true }
            if !e.attributions.isEmpty { return false }
            j -= 1
        }
        return false
    }

    /// Whether the claim at `index` takes its figures from a source cited
    /// just before it (`continuesDocument`, `continuesPoll`).
    func continuesSource(_ index: Int, _ entries: [AttributionScope.Entry], _ t: ClaimTokens) -> Bool {
        Self.continuesDocument(index, entries) || Self.continuesPoll(index, entries, t)
    }

    /// Whether the bytes `r` name a poll or survey as a word: "poll",
    /// "polls", "polled", "pollster(s)", "survey(s/ed)", either case of
    /// the first letter. "polling" is left out ("polling places" are where
    /// people vote).
    static func mentionsPoll(_ v: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 4 <= r.upperBound {
            let c = v[i] | 0x20
            if c == 0x70 || c == 0x73, i == 0 || !isLetter(v[i - 1]) {
                for stem in pollStems where i + stem.count <= r.upperBound && v[i] | 0x20 == stem[0] && v[i + 1..<i + stem.count].elementsEqual(stem[1...]) {
                    var e = i + stem.count
                    while e < r.upperBound && isLetter(v[e]) { e += 1 }
                    if pollSuffixes.contains(Array(v[i + stem.count..<e])) { return true }
                }
            }
            i += 1
        }
        return false
    }
    static let pollStems: [[UInt8]] = [Array("poll".utf8), Array("survey".utf8)]
    static let pollSuffixes: Set<[UInt8]> = [[], Array("s".utf8), Array("ed".utf8), Array("ster".utf8), Array("sters".utf8)]
    static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A }

    /// True when a claim with a percentage follows, within `pollWindow`
    /// claims of the same section, a claim naming a poll or survey
    /// (`mentionsPoll`), or a share of respondents as the subject ("48%
    /// say …", the cue finder's `percent-subject`), whatever was attributed
    /// between: poll stories alternate figures with quoted voters, and a
    /// percentage a few sentences after the poll is almost always the
    /// poll's (GUIDE: figures that continue a cited poll are sourced).
    /// Measured on the 840 train articles: 34 fewer flags, 17 of 20 read
    /// were the poll's figures; a second sample of 20 (seed 11) had 5
    /// wrong of 16, mostly election results and rates, so a claim naming a
    /// vote, ballots, turnout or a rate is left out (6 flags back, 5 of 6
    /// were such results). Counting any claim that names a poll, not only
    /// a document attribution of one ("The latest Gallup poll of 1,000
    /// adults explores …"), removed 25 more: 15 of 20 read were the poll's
    /// figures.
    static func continuesPoll(_ index: Int, _ entries: [AttributionScope.Entry], _ t: ClaimTokens) -> Bool {
        let hasPercent = (0..<t.count).contains { k in
            !t.quoted[k] && (t.isPunct(k) && t.view[t.tokens[k].start] == 0x25 || t.in(k, percentWords))
        }
        guard hasPercent || hasShare(t) else { return false }
        // A vote share or an official rate is a result, not a poll's figure.
        if (0..<t.count).contains(where: { !t.quoted[$0] && t.in($0, resultWords) }) { return false }
        let section = entries[index].segment.section
        var j = index - 1
        while j >= 0 && j >= index - pollWindow {
            let e = entries[j]
            if e.segment.section != section || e.segment.section?.role == .analysis { return false }
            if e.attributions.contains(where: { $0.rule == "percent-subject" || $0.rule == "share-subject" }) || mentionsPoll(t.view, e.segment.range) { return true }
            j -= 1
        }
        return false
    }
    static let pollWindow = 6
    /// A poll's share written without a percent sign: "nearly three in
    /// 10", "one out of five", "about a third of", "by 20 points" (12 more
    /// flags removed over the 840 train articles, 10 of 12 read were the
    /// poll's figures; the wrong ones, "seven out of 11 states", "less than
    /// a third of Trump's delegates", are results).
    static func hasShare(_ t: ClaimTokens) -> Bool {
        for k in 0..<t.count where !t.quoted[k] {
            if t.in(k, fractionWords) && k + 1 < t.count && t.key(k + 1) == of && k > 0 && (t.in(k - 1, FunctionWords.articles) || t.in(k - 1, shareAdverbs)) { return true }
            if (t.tokens[k].kind == .number || t.in(k, smallNumbers)) && k + 2 < t.count && (t.key(k + 1) == `in` || t.key(k + 1) == outWord) && (t.tokens[k + 2].kind == .number || t.in(k + 2, smallNumbers) || t.key(k + 2) == of) { return true }
            if t.key(k) == by && k + 2 < t.count && (t.tokens[k + 1].kind == .number || t.isAdverb(k + 1)) && (0..<3).contains(where: { k + 1 + $0 < t.count && t.in(k + 1 + $0, pointWords) }) { return true }
        }
        return false
    }
    static let fractionWords = FunctionWords.keys(["half", "third", "quarter", "fifth", "majority", "plurality", "two-thirds", "three-quarters"])
    static let shareAdverbs = FunctionWords.keys(["nearly", "almost", "about", "roughly", "just", "over", "under", "only"])
    static let smallNumbers = FunctionWords.keys(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
    static let outWord = TokenKey.of("out")
    static let of = TokenKey.of("of")
    static let pointWords = FunctionWords.keys(["points", "point"])
    static let resultWords = FunctionWords.keys(["vote", "votes", "ballots", "turnout", "rate"])
    static let percentWords = FunctionWords.keys(["percent", "percentage"])

    /// A document or data source. A share of respondents as the subject
    /// ("48% support the plan", the cue finder's `percent-subject` rule) is
    /// poll data, like a document: the figures after it continue the poll.
    /// (A chain through figure sentences beyond the window was measured and
    /// dropped: on the tuning set it fixed 2 false flags and lost 4 true
    /// ones, writers' own figures after a cited filing.)
    static func isData(_ a: Attribution) -> Bool {
        a.kind == .document || a.rule == "percent-subject"
    }

    /// Whether the claim's attributions govern its main clause. A
    /// participle adjunct ("Democrats, fearing the consequences, failed
    /// …", "After bragging for a year, Trump is spending …") reports a
    /// speech act or attitude beside the main clause, not its source.
    static func isGoverned(by attributions: [Attribution]) -> Bool {
        attributions.contains { $0.rule != "participle" }
    }

    /// As `isGoverned(by:)`, and a cue inside a concessive or temporal
    /// adverbial clause ("Though Clinton maintains a pledged lead, …",
    /// "…, though he has denied that …", "After the Act established …, X
    /// emerged") reports beside the main clause, not its source: the
    /// writer still asserts the main clause. "As X said, …" is an
    /// attribution and is not such a clause. Measured on the three tuning
    /// sets: +5 true flags, +1 false.
    static func isGoverned(by attributions: [Attribution], in t: ClaimTokens) -> Bool {
        attributions.contains { $0.rule != "participle" && !inAdverbialClause($0, t) && !isPlanOrDecision($0, t)
            && !isActOnObject($0, t) }
    }

    /// An institutional act reported as a cue verb with a plain object
    /// ("Hundreds of delegates have endorsed Mrs. Clinton", "the
    /// government proposed a steep levy", "The chancellery rejected a push
    /// by …", "Sanders challenged her in 1986"): the act is the fact the
    /// writer reports, not a source for it, so the attribution does not
    /// govern the claim. Not with a that-clause, a quotation, or "to" +
    /// verb or "about" after the object ("challenged his bishops to be
    /// humbler", "challenged Trump about …": a speech act). Measured on the
    /// 840 train articles: endorse/propose/reject/veto/approve/nominate/
    /// appoint/challenge 13 more flags, 9 of 12 read were facts before the
    /// "to"/"about" exclusion, which removes 2 of the 3 wrong ones;
    /// support/oppose/back 29 more, 13 of 20 read were facts before a
    /// hypothetical modal in the cue was excluded ("would support", "might
    /// normally oppose"), which removes 2 of the 7 wrong ones.
    static func isActOnObject(_ a: Attribution, _ t: ClaimTokens) -> Bool {
        guard a.rule == "cue-verb", let cue = a.cue else { return false }
        guard let last = (0..<t.count).last(where: { t.isWord($0) && t.tokens[$0].start >= cue.start && t.tokens[$0].end <= cue.end }) else { return false }
        guard t.in(last, actVerbs), last + 1 < t.count, !t.quoted[last + 1], t.isWord(last + 1) else { return false }
        // "would support", "might oppose": a conjecture, not an act ("will
        // support" is a plan, which GUIDE counts as a fact).
        if (0..<last).contains(where: { t.tokens[$0].start >= cue.start && t.in($0, hypothetical) }) { return false }
        let n = last + 1
        return isActObject(t, n)
    }

    /// `n` opens a plain object: an article, possessive, determiner, object
    /// pronoun or name (not a that-clause), and no "to" + verb right after it (before any
    /// preposition: "challenged his bishops to be humbler" urges, "rejected
    /// a plan by the mayor to widen …" does not) and no "about".
    static func isActObject(_ t: ClaimTokens, _ n: Int) -> Bool {
        // "proposed that the fares be frozen": a that-clause is reported content.
        if t.key(n) == that && n + 1 < t.count && (t.in(n + 1, FunctionWords.articles) || t.in(n + 1, FunctionWords.determiners)
            || t.in(n + 1, FunctionWords.possessives) || t.in(n + 1, FunctionWords.subjectPronouns) || t.isCapitalized(n + 1)) { return false }
        var k = n + 1
        while k < t.count && k < n + 7 && t.isWord(k) && !t.in(k, FunctionWords.prepositions) { k += 1 }
        if k < t.count && t.key(k) == about { return false }
        if k < t.count && t.key(k) == to && k + 1 < t.count && t.isWord(k + 1) && !t.quoted[k] { return false }
        return t.in(n, FunctionWords.articles) || t.in(n, FunctionWords.possessives) || t.in(n, FunctionWords.determiners)
            || t.in(n, objectPronouns) || t.isCapitalized(n) && !t.quoted[n]
    }
    static let about = TokenKey.of("about")
    static let actVerbs = FunctionWords.keys([
        "support", "supported", "supports", "oppose", "opposed", "opposes", "backed", "backs", "back",
        "endorse", "endorsed", "endorses", "endorsing", "propose", "proposed", "proposes", "proposing", "reject", "rejected",
        "rejects", "rejecting", "veto", "vetoed", "vetoes", "approve", "approved", "approves", "nominate", "nominated",
        "nominates", "appoint", "appointed", "appoints", "challenge", "challenged", "challenges",
    ])

    /// An intent attribution whose cue is a verb of planning, deciding or
    /// trying ("He plans to …", "The board decided to …", "The firm sought
    /// bankruptcy protection"): the intention is the agent's own act, a
    /// fact the writer reports, not a source for it. Wishes and hopes
    /// ("wants", "hopes", "prefers") stay attributions (an attitude), and so
    /// does an open decision ("will decide whether …"). Measured on the 840
    /// train articles: 81 new flags, 15 of 20 read were facts.
    static func isPlanOrDecision(_ a: Attribution, _ t: ClaimTokens) -> Bool {
        guard a.mode == .intent, let cue = a.cue else { return false }
        guard let last = (0..<t.count).last(where: { t.isWord($0) && t.tokens[$0].start >= cue.start && t.tokens[$0].end <= cue.end }) else { return false }
        return t.in(last, planVerbs) && !(last + 1 < t.count && t.in(last + 1, openQuestionWords))
    }
    static let openQuestionWords = FunctionWords.keys(["whether", "if", "how", "what", "who", "which", "when"])
    static let planVerbs = FunctionWords.keys([
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "decide", "decides",
        "decided", "deciding", "seek", "seeks", "sought", "seeking",
    ])

    /// Whether the attribution's cue stands in a clause opened by a
    /// subordinator (`subordinators`) that the rest of the sentence is
    /// not part of: the clause runs from the subordinator after the last
    /// comma, dash, semicolon or colon before the cue, and the sentence
    /// must have words outside it.
    static func inAdverbialClause(_ a: Attribution, _ t: ClaimTokens) -> Bool {
        guard let cue = a.cue, let c = (0..<t.count).first(where: { t.tokens[$0].start >= cue.start }) else { return false }
        return inAdverbialClause(c, t)
    }

    /// Whether token `c` stands in a leading or trailing adverbial clause
    /// (see `inAdverbialClause(_:_:)` above).
    static func inAdverbialClause(_ c: Int, _ t: ClaimTokens) -> Bool {
        var k = c - 1
        while k >= 0 && !(t.isComma(k) || t.isDash(k) || t.isColon(k) || t.isByte(k, 0x3B)) { k -= 1 }
        let open = k + 1
        guard open < c, t.in(open, subordinators), !t.quoted[c] else { return false }
        if open > 0 { return true }                                  // a trailing clause: the main clause came first
        // A leading clause: it must end before the sentence does.
        var e = c + 1
        while e < t.count && !t.isComma(e) { e += 1 }
        guard e < t.count else { return false }
        return (e + 1..<t.count).filter { t.isWord($0) }.count >= 3
    }

    /// The severity of the finding, given the rule's.
    static func severity(_ signal: Signal, rule: Severity, segment: Segment) -> Severity {
        if segment.section?.role == .background { return .info }
        return signal == .hard ? rule : .info
    }

    // MARK: - Framing, headlines, quotations

    /// Plain text has no markup for a title: when the document's first line
    /// is short, ends without sentence punctuation and the next line of the
    /// same block opens with a capital, that line is the title and the
    /// lines joined to it are the deck (subtitle). Headlines, not claims. A
    /// hard-wrapped lede continues in lower case and is not affected.
    func isTitleAndDeck(_ t: ClaimTokens, segment: Segment) -> Bool {
        guard segment.blockIndex == 0, segment.blockKind == .paragraph else { return false }
        let v = t.view
        var a = 0
        if v.count >= 3 && v[0] == 0xEF && v[1] == 0xBB && v[2] == 0xBF { a = 3 }
        while a < v.count && (v[a] == 0x20 || v[a] == 0x09 || v[a] == 0x0A || v[a] == 0x0D) { a += 1 }
        var e = a
        while e < v.count && v[e] != 0x0A && v[e] != 0x0D { e += 1 }
        guard e < segment.range.upperBound, e - a < 150 else { return false }
        var b = e
        while b > a && (v[b - 1] == 0x20 || v[b - 1] == 0x09) { b -= 1 }
        guard b > a else { return false }
        let last = v[b - 1]
        if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22 || last == 0x9D || last == 0x2C { return false }
        var n = e
        while n < v.count && (v[n] == 0x0A || v[n] == 0x0D || v[n] == 0x20 || v[n] == 0x09) { n += 1 }
        return n < v.count && (v[n] >= 0x41 && v[n] <= 0x5A || v[n] >= 0x80)
    }

    /// Notes about the article itself ("This article has been updated …")
    /// and presentational lead-ins ("Here are the figures:"): not claims.
    func isEditorialOrPresentational(_ t: ClaimTokens) -> Bool {
        var last = t.count - 1
        while last >= 0 && t.marks[last] == .close { last -= 1 }
        if last >= 0 && t.isColon(last) { return true }
        guard t.count > 2 else { return false }
        if t.key(0) == Self.here || t.key(0) == Self.heres { return true }
        // "As published in …", "As appeared in …": a reprint note.
        if t.key(0) == Self.asWord && t.in(1, Self.publishedForms) && t.key(2) == Self.in { return true }
        if t.isCapitalized(0) && t.in(0, Self.imperatives) { return true }
        if (t.key(0) == Self.this || t.key(0) == Self.an) && t.in(1, Self.selfNouns) { return true }
        return t.key(0) == Self.an && t.key(1) == Self.earlier && t.key(2) == Self.version
    }

    /// A sentence opening with a contrastive or habitual adverbial ("But",
    /// "However", "Yet", "Usually") relates or generalises what came
    /// before; with nothing harder than a verb in it, it is the writer's
    /// framing, not a new fact.
    func opensWithContrastOrHabit(_ t: ClaimTokens) -> Bool {
        guard t.count > 2 else { return false }
        if t.in(0, Self.framingOpeners) { return true }
        // "Either way, …", "In other words, …": the writer restates or sums up.
        return t.key(0) == Self.either && t.key(1) == Self.way
            || t.key(0) == Self.in && t.key(1) == Self.other && t.key(2) == Self.words
    }

    /// "is expected to host", "are scheduled to meet", "is due to vote": a
    /// form of "be", a participle or adjective of schedule, "to" and a verb
    /// outside quotations is a plan, a future event someone could check.
    /// "is expected to be …" forecasts a state (the writer's or someone's
    /// prediction), not a scheduled act, and is left out. Measured on the
    /// 840 train articles: 22 new flags, 15 of 20 read were plans.
    func hasSchedule(_ t: ClaimTokens) -> Bool {
        guard t.count > 3 else { return false }
        for i in 1..<(t.count - 2) where !t.quoted[i] && t.in(i, Self.scheduleWords) && t.key(i + 1) == Self.to && t.isWord(i + 2)
            && !(t.key(i) == Self.expected && t.in(i + 2, Self.beBase)) {
            var k = i - 1
            while k >= 0 && t.isWord(k) && t.isAdverb(k) { k -= 1 }
            if k >= 0 && (t.in(k, FunctionWords.be) || t.in(k, Self.beContractions)) && t.key(k) != Self.being { return true }
        }
        return false
    }

    /// A framing or evaluative construction outside quotations
    /// (`framing-phrases`: "an example of", "found itself", "is notable").
    ///
    /// - Parameter overDates: only the evaluative constructions, which frame
    ///   a sentence even when it names a date or holds a superlative ("This
    ///   year, the holiday is merely a pause …"); "found itself in …" with a
    ///   date reports an event.
    func hasFraming(_ t: ClaimTokens, overDates: Bool = false) -> Bool {
        for i in 0..<t.count where !t.quoted[i] && t.isWord(i) {
            if AttributionLexicons.longest(framing, t, at: i) != nil && !(overDates && t.in(i, Self.findForms)) { return true }
        }
        return false
    }

    /// A pseudo-cleft ("What is not evident … is that …", "What makes it
    /// different is that …"): the writer's framing of the that-clause.
    func isPseudoCleft(_ t: ClaimTokens) -> Bool {
        guard t.count > 4, t.key(0) == Self.what else { return false }
        return (2..<t.count - 1).contains { t.in($0, Self.isWas) && t.key($0 + 1) == Self.that && !t.quoted[$0] }
    }

    /// A stance adverb opening the sentence ("Hopefully, …", "Clearly
    /// …", "Good, …"): the writer's evaluation, not a report. Some only
    /// count when set off by a comma ("Good," but not "Good jobs …").
    func opensWithStance(_ t: ClaimTokens) -> Bool {
        guard t.count > 2, t.isWord(0) else { return false }
        return t.in(0, Self.stanceAdverbs) || t.in(0, Self.stanceInterjections) && t.isComma(1)
    }

    /// "It is unclear whether …", "It's unlikely the bill will pass",
    /// "It remains possible that …", "It is not clear that …": an
    /// extraposed epistemic adjective (after "it" and a form of "be",
    /// "remain", "seem" or "appear", adverbs and "not" between) says the
    /// writer does not assert the clause; it is speculation or a note of
    /// what is unknown (GUIDE: not-a-claim). "clear" and "certain" assert
    /// their clause and only count negated. A "But"/"And"/"Still," opener
    /// may stand before.
    func isEpistemicFrame(_ t: ClaimTokens) -> Bool {
        var s = 0
        if s < t.count && t.in(s, Self.coordinators) || s < t.count && t.key(s) == Self.still { s += 1 }
        if s < t.count && t.isComma(s) { s += 1 }
        guard s + 2 < t.count, !t.quoted[s] else { return false }
        var k: Int
        if t.key(s) == Self.itsContraction { k = s + 1 }
        else if t.key(s) == Self.it && t.in(s + 1, Self.copulas) { k = s + 2 }
        else { return false }
        var negated = false
        while k < t.count && t.isWord(k) && (t.isAdverb(k) || t.key(k) == Self.not) && !t.in(k, Self.epistemicAdjectives) {
            if t.key(k) == Self.not { negated = true }
            k += 1
        }
        if t.in(s + 1, Self.negatedCopulas) { negated = true }
        guard k < t.count, t.isWord(k) else { return false }
        return t.in(k, Self.epistemicAdjectives) || negated && t.in(k, Self.assertiveAdjectives)
    }
    static let it = TokenKey.of("it")
    static let itsContraction = TokenKey.of("it's")
    static let still = TokenKey.of("still")
    static let copulas = FunctionWords.keys([
        "is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared", "isn't", "wasn't",
    ])
    static let negatedCopulas = FunctionWords.keys(["isn't", "wasn't"])
    static let epistemicAdjectives = FunctionWords.keys([
        "likely", "unlikely", "possible", "impossible", "unclear", "uncertain", "doubtful", "probable",
        "improbable", "conceivable", "unknown",
    ])
    static let assertiveAdjectives = FunctionWords.keys(["clear", "certain", "known", "evident", "obvious"])

    /// An attitude word that is the predicate ("they fear", "she is
    /// hoping", "convinced"), not a participle adjunct to another clause
    /// ("Democrats, fearing the consequences, failed to …").
    func isAttitudePredicate(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard t.endsWith(i, "ing") else { return true }
        var k = i - 1
        while k >= 0 && t.isWord(k) && t.isAdverb(k) { k -= 1 }
        return k >= 0 && (t.in(k, FunctionWords.be) || t.in(k, FunctionWords.subjectPronounContractions) || t.in(k, Self.beContractions))
    }

    /// A present-tense event or state with a named or definite subject:
    /// the sentence opens with a proper name or "the/a" + noun, and its
    /// first verb is a present-tense form ("The deal envisions …", "Merkel
    /// talks …", "Cruz is protesting …"). Pronoun and demonstrative
    /// subjects ("It is …", "This is …") are left out: they mostly open
    /// framing.
    func presentTenseEvent(_ t: ClaimTokens) -> Bool {
        guard t.count > 3, (0..<t.count).contains(where: { t.in($0, Self.definiteArticles) }) else { return false }
        var s = 0
        // A dateline ("WASHINGTON ―") and a preposed adverbial ("After …,").
        if t.isWord(0) && t.isCapitalized(0) && t.length(0) > 2 && isAllCaps(t, 0), let d = (1..<min(t.count, 6)).first(where: { t.isDash($0) || t.isComma($0) }) { s = d + 1 }
        if s < t.count && t.in(s, Self.adverbialOpeners), let c = (s..<min(t.count, s + 25)).first(where: { t.isComma($0) }) { s = c + 1 }
        guard s + 2 < t.count, t.isWord(s), t.isCapitalized(s) || t.in(s, Self.definiteArticles), !t.quoted[s] else { return false }
        if t.in(s, Self.nonSubjectOpeners) { return false }
        let definite = t.in(s, Self.definiteArticles)
        if !definite && (t.in(s, FunctionWords.determiners) || t.in(s, FunctionWords.prepositions)
            || t.in(s, FunctionWords.clauseWords) || t.isAdverb(s) || t.endsWith(s, "ly")) { return false }
        var i = s + 1
        var depth = 0
        while i < t.count && i < s + 14 {
            if t.isAbbreviationPeriod(i) { i += 1; continue }
            if t.isComma(i) || t.isDash(i) { depth ^= 1; i += 1; continue }        // an appositive
            guard t.isWord(i), !t.quoted[i] else { return false }
            if depth == 0 && !t.isCapitalized(i) {
                if t.in(i, Self.presentBe) {
                    return i + 1 < t.count && t.isWord(i + 1) && t.endsWith(i + 1, "ing") && t.length(i + 1) > 5
                }
                if t.in(i, Self.preverbalAdverbs) { i += 1; continue }                  // "also gets"
                if t.in(i, Self.clauseBreakers) || t.in(i, FunctionWords.auxiliaries) || t.in(i, FunctionWords.be) { return false }
                if isPresentThirdPerson(t, i) { return true }
                if t.in(i, FunctionWords.prepositions) || t.in(i, FunctionWords.relatives) { return false }
            }
            i += 1
        }
        return false
    }

    /// "envisions", "talks", "includes": a lower-case word in -s after a
    /// noun (not after a determiner or adjective-like word), not "-ss",
    /// "-us", "-is" and not a closed-class word.
    func isPresentThirdPerson(_ t: ClaimTokens, _ i: Int) -> Bool {
        guard t.length(i) >= 4, t.endsWith(i, "s"), !t.endsWith(i, "ss"), !t.endsWith(i, "us"), !t.endsWith(i, "is"),
              !t.endsWith(i, "'s"), !t.in(i, Self.notVerbsInS) else { return false }
        let p = i - 1
        guard p >= 0, t.isWord(p), !isPossessive(t, p) else { return false }
        return !(t.in(p, FunctionWords.determiners) || t.in(p, FunctionWords.articles) || t.in(p, FunctionWords.possessives)
            || t.in(p, FunctionWords.prepositions) || t.isAdverb(p) && !t.endsWith(p, "ly") && !t.in(p, Self.preverbalAdverbs))
    }

    /// "Dean's", "Dean’s": a possessive, so the next word is a noun.
    func isPossessive(_ t: ClaimTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        guard r.count > 2, t.view[r.upperBound - 1] | 0x20 == 0x73 else { return false }
        if t.view[r.upperBound - 2] == 0x27 { return true }
        return r.count > 4 && t.view[r.upperBound - 2] == 0x99 && t.view[r.upperBound - 3] == 0x80 && t.view[r.upperBound - 4] == 0xE2
    }

    func isAllCaps(_ t: ClaimTokens, _ i: Int) -> Bool {
        !t.view[t.tokens[i].range].contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    static let pastAuxiliaries = FunctionWords.keys(["did", "didn't"])
    static let beContractions = FunctionWords.keys(["she's", "he's", "it's", "they're", "we're", "you're", "i'm"])
    static let adverbialOpeners = FunctionWords.keys([
        "after", "before", "when", "while", "as", "since", "although", "though", "because", "despite", "amid",
        "in", "on", "at", "during", "for", "with", "without", "until", "once", "if",
    ])
    /// Imperatives that open a sentence addressed to the reader.
    static let imperatives = FunctionWords.keys(["let", "let's", "consider", "imagine", "remember", "note", "recall", "look"])
    static let numberWords = FunctionWords.keys(["percent", "million", "billion", "trillion", "thousand", "hundred", "dozen", "half"])
    static let findForms = FunctionWords.keys(["find", "finds", "found", "finding"])
    static let objectPronouns = FunctionWords.keys(["him", "them", "us", "her", "it"])
    static let by = TokenKey.of("by")
    static let being = TokenKey.of("being")
    static let here = TokenKey.of("here")
    static let asWord = TokenKey.of("as")
    static let publishedForms = FunctionWords.keys(["published", "appeared", "printed"])
    static let heres = TokenKey.of("here's")
    static let this = TokenKey.of("this")
    static let an = TokenKey.of("an")
    static let earlier = TokenKey.of("earlier")
    static let version = TokenKey.of("version")
    static let selfNouns = FunctionWords.keys(["article", "story", "post", "report", "piece", "page"])
    static let framingOpeners = FunctionWords.keys([
        "but", "yet", "however", "still", "and", "usually", "typically", "often", "generally", "traditionally",
    ])
    static let definiteArticles = FunctionWords.keys(["the", "a", "an"])
    /// Words of schedule before "to" + verb (`hasSchedule`).
    static let scheduleWords = FunctionWords.keys(["expected", "scheduled", "slated", "set", "due", "poised", "planning", "preparing"])
    static let expected = TokenKey.of("expected")
    static let beBase = FunctionWords.keys(["be", "become", "remain"])
    static let nonSubjectOpeners = FunctionWords.keys([
        "it", "this", "that", "these", "those", "there", "here", "they", "he", "she", "we", "you", "i", "their",
        "his", "her", "its", "our", "my", "your", "what", "who", "how", "why", "when", "where", "if", "but", "and",
        "yet", "so", "or", "as", "while", "although", "though", "because", "since", "after", "before", "in", "on",
        "at", "for", "with", "from", "by", "to", "of", "all", "some", "many", "most", "both", "each", "every",
    ])
    static let clauseBreakers = FunctionWords.keys(["who", "which", "that", "whose", "whom", "and", "or", "but", "to", "not"])
    static let notVerbsInS = FunctionWords.keys([
        "always", "perhaps", "sometimes", "nearly", "news", "politics", "economics", "this", "thus", "towards",
        "afterwards", "besides", "whereas", "unless", "plus", "series", "species", "others", "years", "days",
        "times", "months", "weeks", "hours", "minutes", "percent", "its", "ours", "yours", "theirs", "hers",
    ])
    /// Openers of concessive and temporal adverbial clauses ("as" is left
    /// out: "As Trump said, …" attributes the main clause).
    static let subordinators = FunctionWords.keys([
        "though", "although", "while", "whilst", "whereas", "after", "before", "since", "because", "when",
        "whenever", "once", "until", "unless", "if",
    ])
    static let not = TokenKey.of("not")
    static let haveForms = FunctionWords.keys(["has", "have", "had", "hasn't", "haven't", "hadn't", "'s", "'ve"])
    /// Participles of irregular verbs that differ from their past form.
    static let irregularParticiples = FunctionWords.keys([
        "taken", "given", "written", "spoken", "gone", "done", "seen", "shown", "chosen", "driven", "grown",
        "risen", "fallen", "begun", "drawn", "thrown", "broken", "stolen", "withdrawn", "overtaken", "forgiven",
        "frozen", "beaten", "sworn", "torn", "worn", "hidden", "ridden", "eaten", "flown", "forbidden", "forgotten",
        "bitten", "undertaken", "overthrown",
    ])
    /// Adverbs that stand before a finite verb ("also gets", "still
    /// holds"), so the next word in -s is the verb, not a plural noun.
    static let preverbalAdverbs = FunctionWords.keys(["also", "still", "now", "already", "never", "often", "even", "only"])
    static let dataPrepositions = FunctionWords.keys(["in", "by"])
    static let responseNouns = FunctionWords.keys(["response", "reaction", "addition", "contrast"])
    static let either = TokenKey.of("either")
    static let way = TokenKey.of("way")
    static let `in` = TokenKey.of("in")
    static let other = TokenKey.of("other")
    static let words = TokenKey.of("words")
    static let coordinators = FunctionWords.keys(["and", "or", "but"])
    static let what = TokenKey.of("what")
    static let that = TokenKey.of("that")
    static let isWas = FunctionWords.keys(["is", "was"])
    /// Sentence adverbs of the writer's stance (Quirk's disjuncts of
    /// evaluation and conviction), and interjections that act as one.
    static let stanceAdverbs = FunctionWords.keys([
        "hopefully", "clearly", "obviously", "surely", "arguably", "undoubtedly", "naturally", "presumably",
    ])
    static let stanceInterjections = FunctionWords.keys(["good", "alas", "sadly", "frankly", "thankfully"])
    /// Verbs of going to a channel or audience before an infinitive of
    /// purpose (`isPurposeAfterChannel`).
    static let channelVerbs = FunctionWords.keys([
        "went", "go", "goes", "going", "gone", "took", "take", "takes", "taking", "taken", "turned", "turn",
        "turns", "turning", "headed", "came", "come", "comes", "rushed", "hurried",
    ])
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

