/// An attribution found inside one segment, in token indices of its
/// `ClaimTokens`. `content` is what it governs, used to order nested
/// attributions (outermost first).
struct FoundAttribution {
    var kind: AttributionKind
    var cue: Range<Int>
    /// The source span as reported (for "Smith, who said" the pronoun "who").
    var source: Range<Int>?
    /// The phrase that decides kind and description (the antecedent of "who").
    var sourcePhrase: Range<Int>?
    var rule: String
    var content: Range<Int>
    /// Statement, belief or intent: from the verb family of the cue.
    var mode: AttributionMode = .statement
    /// A second piece of the content, when the statement is split around
    /// its cue ("*The plant* is expected *to close*"); token indices.
    var contentContinuation: Range<Int>? = nil
}

/// Finds every attribution in a segment: cue verbs with their subjects
/// (before or inverted after), "according to"-type phrases, passive "by"
/// agents, participles ("…, saying"), statement phrases that open a sentence,
/// and a colon that introduces a quotation. All in one pass over tokens; no
/// regular expressions.
struct CueFinder {
    let lex: AttributionLexicons
    let sources: SourceFinder
    let classifier: SourceClassifier
    /// The rule set's `kind="pattern"` rules, tried before the constructions
    /// written in Swift; their cue tokens are not reused.
    let patterns: TokenPatternMatcher

    init(lexicons: AttributionLexicons, patterns: [CompiledTokenPattern] = []) {
        lex = lexicons
        sources = SourceFinder(lex: lexicons)
        classifier = SourceClassifier(lex: lexicons)
        self.patterns = TokenPatternMatcher(patterns: patterns, sources: sources, classifier: classifier)
    }

    func find(in t: ClaimTokens) -> [FoundAttribution] {
        var found: [FoundAttribution] = patterns.find(in: t, cue: self)
        var used = Array(repeating: false, count: t.count)
        for a in found { for k in a.cue { used[k] = true } }
        var i = 0
        while i < t.count {
            // The speaker's own reports inside a quotation are the speaker's
            // words, not the writer's sourcing (PolNeAR agrees: it almost
            // never marks cues inside quotations).
            if used[i] || !t.isWord(i) || t.quoted[i] { i += 1; continue }
            if let e = AttributionLexicons.longest(lex.cuePhrases, t, at: i), let a = cuePhrase(i..<e, in: t) {
                found.append(a)
                for k in a.cue { used[k] = true }
                i = a.cue.upperBound
                continue
            }
            if let a = verbCue(at: i, in: t, earlier: found) {
                found.append(a)
                for k in a.cue { used[k] = true }
                i = a.cue.upperBound
                continue
            }
            i += 1
        }
        openingStatementPhrases(in: t, used: &used, into: &found)
        hearsayAdverbs(in: t, used: used, into: &found)
        colonQuotations(in: t, used: used, into: &found)
        speakerColons(in: t, used: used, into: &found)
        dashSpeakerColons(in: t, used: used, into: &found)
        markAnonymity(in: t, &found)
        CueFinder.dropNestedAttitudes(&found)
        return found
    }

    /// "Ruiz said she supports the plan": a belief or intention inside what
    /// an earlier attribution of the sentence states is part of that
    /// statement, not the writer's sourcing (PolNeAR leaves nine in ten of
    /// these unannotated; on its train split they were 0.08–0.13 precise).
    static func dropNestedAttitudes(_ found: inout [FoundAttribution]) {
        guard found.count > 1, found.contains(where: { $0.mode != .statement }) else { return }
        let all = found
        found.removeAll { a in
            a.mode != .statement && all.contains { o in
                o.cue.lowerBound < a.cue.lowerBound && !o.content.isEmpty
                    && o.content.lowerBound <= a.cue.lowerBound && a.cue.upperBound <= o.content.upperBound
            }
        }
    }

    // MARK: - "according to X", "per X", "citing X"

    private func cuePhrase(_ cue: Range<Int>, in t: ClaimTokens) -> FoundAttribution? {
        let sentence = t.sentence(of: cue.lowerBound)
        let payload = lex.cuePhrases.matches(in: t.tokens, at: cue.lowerBound, limit: cue.upperBound).first?.payload ?? -1
        guard var np = sources.object(from: cue.upperBound, upperBound: sentence.upperBound, in: t) else { return nil }
        // "according to the most recent data available from the FBI,": the
        // source runs to the end of the clause when that comes soon; the
        // noun-phrase finder stops early at adverbs and participles.
        if lex.accordingPayloads.contains(payload) && !lex.perPayloads.contains(payload),
           let clause = clauseRun(from: cue.upperBound, sentence: sentence, in: t), clause.upperBound > np.upperBound {
            np = clause
        }
        if lex.perPayloads.contains(payload) {
            // "per" names a source only before a name or a determined phrase,
            // never before a unit ("per cent", "per year", "per person").
            let s = np.lowerBound
            if t.in(s, FunctionWords.perUnits) || t.tokens[s].kind == .number { return nil }
            if !(t.isCapitalized(s) || t.in(s, FunctionWords.determiners)) { return nil }
            if t.in(s, FunctionWords.determiners) && np.count == 1 { return nil }
        }
        let kind = classifier.kind(of: np, in: t)
        // "according to him", "according to state law", "according to early
        // returns": whatever "according to" introduces is the source.
        let according = lex.accordingPayloads.contains(payload) && !lex.perPayloads.contains(payload)
        if !according && !sourceLike(np, kind: kind, in: t) { return nil }
        let rule = lex.citingPayloads.contains(payload) ? "citing" : lex.accordingPayloads.contains(payload) ? "according-to" : "cue-phrase"
        // "X reported …, citing Y": Y is X's source, nested inside X, so it governs nothing.
        let governed = rule == "citing" ? cue.lowerBound..<cue.lowerBound : content(cue: cue, source: np, in: t)
        return FoundAttribution(kind: kind, cue: cue, source: np, sourcePhrase: np, rule: rule, content: governed)
    }

    /// Tokens from `s` to the next comma, dash, bracket, quotation mark or
    /// sentence end, when that is at most 12 tokens away and holds a word.
    private func clauseRun(from s: Int, sentence: Range<Int>, in t: ClaimTokens) -> Range<Int>? {
        var k = s
        while k < sentence.upperBound && k - s <= 12 {
            if t.isPunct(k) && !t.isAbbreviationPeriod(k) && !t.isByte(k, 0x26) && !t.isByte(k, 0x2F) && !t.isApostrophe(k) { break }
            k += 1
        }
        guard k - s <= 12, k > s, (k == sentence.upperBound || t.isPunct(k)) else { return nil }
        return s..<k
    }

    /// A phrase can be a source when it names someone (a capital), is a
    /// pronoun, or has a source, spokesperson or document head.
    private func sourceLike(_ np: Range<Int>, kind: AttributionKind, in t: ClaimTokens) -> Bool {
        if kind != .named { return true }
        for k in np where t.isWord(k) && t.isCapitalized(k) && !t.in(k, FunctionWords.determiners) { return true }
        if np.count == 1 && t.in(np.lowerBound, FunctionWords.subjectPronouns) { return true }
        let h = classifier.head(of: np, in: t)
        return AttributionLexicons.isEntry(lex.spokespersons, t, h) || t.in(np.lowerBound, FunctionWords.determiners)
            && np.count > 1
    }

    // MARK: - Verbs

    private struct VerbMatch {
        var end: Int
        var cue = false
        var belief = false
        var document = false
        var ownReporting = false
        var intent = false
        /// Belief and intent verbs attribute a state of mind, not speech.
        var attitude: Bool { belief || intent }
    }

    private func verbMatch(at i: Int, in t: ClaimTokens) -> VerbMatch? {
        // One walk over the verb lexicons together (payload = `VerbFamily`).
        var m = VerbMatch(end: i)
        for match in lex.verbs.matches(in: t.tokens, at: i, limit: t.count) {
            switch VerbFamily(rawValue: match.payload) {
            case .cue: m.cue = true
            case .belief: m.belief = true
            case .document: m.document = true
            case .intent: m.intent = true
            default: m.ownReporting = true
            }
            m.end = max(m.end, match.tokens.upperBound)
        }
        return m.end > i ? m : nil
    }

    private func verbCue(at v: Int, in t: ClaimTokens, earlier: [FoundAttribution]) -> FoundAttribution? {
        guard var m = verbMatch(at: v, in: t) else { return nil }
        let sentence = t.sentence(of: v)
        let lo = sentence.lowerBound
        // A capitalised verb form inside a sentence is a name ("The Post", "United States").
        // Headlines capitalise every word ("Trump Says He Never …"): an
        // unambiguous speech form between capitals is still a verb.
        if t.isCapitalized(v) && v > lo && t.marks[v - 1] != .open {
            guard t.in(v, CueFinder.headlineVerbs), t.isCapitalized(v - 1), v + 1 < t.count,
                  t.isCapitalized(v + 1) || t.in(v + 1, FunctionWords.subjectPronouns) else { return nil }
        }
        if t.in(v, FunctionWords.clauseWords) && t.key(v) != CueFinder.said && t.key(v) != CueFinder.says && t.key(v) != CueFinder.say { return nil }
        let participle = t.endsWith(v, "ing")
        let past = t.endsWith(v, "ed") || t.in(v, FunctionWords.irregularPast) || t.in(v, CueFinder.irregularBeliefPast)

        // Walk left over adverbs, auxiliaries and time phrases to the subject.
        var p = v - 1
        var cueStart = v
        var sawBe = false
        var sawAux = false
        var beIndex = v
        // PolNeAR keeps the verb group together: auxiliaries, modals,
        // negation and adverbs right before the verb belong to the cue ("has
        // also said", "did not respond", "is calling for"), a time phrase
        // does not ("on Monday said"), and nothing before it does either.
        var group = true
        var sawModal = false
        while p >= lo {
            if t.in(p, FunctionWords.perfect) { if group { cueStart = p }; sawAux = true; p -= 1; continue }
            if t.in(p, FunctionWords.be) { if group { cueStart = p }; sawBe = true; sawAux = true; beIndex = p; p -= 1; continue }
            if t.in(p, FunctionWords.auxiliaries) {
                if group { cueStart = p }
                sawAux = true
                if t.in(p, CueFinder.modals) { sawModal = true }
                p -= 1
                continue
            }
            if t.isAdverb(p) {
                if group && !t.in(p, CueFinder.adverbsOutsideCue) { cueStart = p } else { group = false }
                p -= 1
                continue
            }
            group = false
            if t.in(p, FunctionWords.weekdays) || t.in(p, CueFinder.dayWords) {
                p -= 1
                if p >= lo && (t.key(p) == SourceFinder.on || t.in(p, CueFinder.dayModifiers)) { p -= 1 }
                continue
            }
            if t.in(p, CueFinder.periodNouns) && p - 1 >= lo && t.in(p - 1, CueFinder.dayModifiers) {
                p -= 2
                continue
            }
            break
        }
        // "Gov. Phil Bryant (R) said": step over a parenthesis.
        if p > lo && t.isByte(p, 0x29) {
            var k = p - 1
            while k > lo && !t.isByte(k, 0x28) && p - k < 25 { k -= 1 }
            if t.isByte(k, 0x28) { p = k - 1 }
        }
        if cueStart > v { cueStart = v }
        let next = m.end

        // "to say", "the report", "his claims": not a finite verb.
        if p >= lo && t.isWord(p) && (t.key(p) == CueFinder.to || t.in(p, FunctionWords.possessives)
            || t.in(p, FunctionWords.determiners) && !t.in(p, FunctionWords.relatives) && !AttributionLexicons.isEntry(lex.anonymousSources, t, p)) {
            return nil
        }
        // "in order to": a noun.
        if t.key(v) == CueFinder.order && v > lo && t.key(v - 1) == CueFinder.in_ { return nil }
        // "That said," / "needless to say" idioms.
        if t.key(v) == CueFinder.said && p >= lo && t.key(p) == CueFinder.that && p == lo && t.isComma(next) { return nil }

        // "continued to rise": an aspect verb, not speech ("…," he continued).
        if t.in(v, CueFinder.continueForms) && t.isWord(next) && t.key(next) == CueFinder.to { return nil }
        // "added 200 jobs", "reported earnings of …": an object, not speech.
        if t.in(v, CueFinder.numericObjectVerbs) && (t.tokens.indices.contains(next) && t.tokens[next].kind == .number || t.isByte(next, 0x24)) {
            return nil
        }

        // "pledged delegates", "committed delegates": a participle before a noun.
        if next < sentence.upperBound && t.in(next, CueFinder.participleHeads) { return nil }

        // Passive: only an explicit agent makes an attribution ("was first reported by MSNBC").
        // "Ruiz was asked about the delay": the one asked answers, so the
        // subject is the source (handled below like an active verb).
        let askedPassive = sawBe && t.key(v) == CueFinder.asked && !(t.isWord(next) && t.key(next) == CueFinder.by)
        if sawBe && past && !participle && !askedPassive, let a = agentlessPassive(v, cueStart: min(cueStart, beIndex), subjectEnd: p,
                                                                                    sentence: sentence, in: t) {
            return a
        }
        if sawBe && past && !participle && !askedPassive {
            guard t.isWord(next) && t.key(next) == CueFinder.by,
                  let np = sources.object(from: next + 1, upperBound: sentence.upperBound, in: t) else { return nil }
            let kind = classifier.kind(of: np, in: t)
            guard sourceLike(np, kind: kind, in: t) else { return nil }
            let cue = min(cueStart, beIndex)..<(next + 1)
            return FoundAttribution(kind: kind, cue: cue, source: np, sourcePhrase: np, rule: "passive-agent",
                                    content: content(cue: cue, source: np, in: t))
        }
        // Participle followed by "by" after a noun ("a move first reported by MSNBC").
        if past && !sawAux && t.isWord(next) && t.key(next) == CueFinder.by && m.cue,
           let np = sources.object(from: next + 1, upperBound: sentence.upperBound, in: t) {
            let kind = classifier.kind(of: np, in: t)
            if sourceLike(np, kind: kind, in: t) && kind != .document {
                let cue = cueStart..<(next + 1)
                return FoundAttribution(kind: kind, cue: cue, source: np, sourcePhrase: np, rule: "passive-agent",
                                        content: content(cue: cue, source: np, in: t))
            }
        }

        var source: Range<Int>? = nil
        var phrase: Range<Int>? = nil
        var rule = "cue-verb"
        var inverted = false

        if participle && m.cue && p >= lo && t.in(p, CueFinder.gerundPrepositions), p > lo,
           let s = sources.sentenceSubject(sentence, in: t), s.upperBound <= p {
            // "Bolton distanced himself by saying …", "after saying …": the
            // sentence's subject speaks.
            source = s
            phrase = s
            rule = "participle"
        } else if p < lo || t.isPunct(p) {
            if participle && (p < lo || t.isComma(p) || t.isDash(p)) {
                // "…, saying …": the subject of the sentence speaks.
                guard m.cue || m.attitude else { return nil }
                if let prev = earlier.last(where: { $0.source != nil && t.sentenceIndex[$0.cue.lowerBound] == t.sentenceIndex[v] }) {
                    source = prev.source
                    phrase = prev.sourcePhrase
                } else if p >= lo, let s = sources.sentenceSubject(sentence, in: t) {
                    source = s
                    phrase = s
                }
                guard source != nil else { return nil }
                rule = "participle"
            } else if t.isComma(p), let (s, ph) = parentheticalSubject(commaAt: p, lowerBound: lo, relaxed: false, in: t) {
                source = s
                phrase = ph
            } else if let np = invertedSource(after: next, sentence: sentence, in: t) {
                source = np
                phrase = np
                inverted = true
            } else if t.isComma(p), let (s, ph) = parentheticalSubject(commaAt: p, lowerBound: lo, relaxed: true, in: t) {
                source = s
                phrase = ph
            } else if t.isDash(p), let s = dashAppositiveSubject(dashAt: p, lowerBound: lo, in: t) {
                source = s
                phrase = s
            } else {
                return nil
            }
        } else if t.key(p) == SourceFinder.and || t.key(p) == CueFinder.but {
            // "He called the actions lawful, and said …": the subject of the
            // first verb speaks.
            guard !participle, m.cue || m.attitude else { return nil }
            if let prev = earlier.last(where: { $0.source != nil && t.sentenceIndex[$0.cue.lowerBound] == t.sentenceIndex[v] }) {
                source = prev.source
                phrase = prev.sourcePhrase
            } else if let s = sources.sentenceSubject(sentence, in: t), s.upperBound < p {
                source = s
                phrase = s
            }
            guard source != nil else { return nil }
            rule = "coordinated-verb"
        } else if participle {
            // "a statement saying …": the noun before is the source.
            // "an initial public offering", "a new listing": a noun.
            // "The mayor is hoping to …": the progressive of a few attitude
            // verbs attributes an intention or expectation to the subject.
            let progressive = m.attitude && sawBe && t.in(v, CueFinder.progressiveAttitudes)
            guard m.cue || progressive, !t.in(v, CueFinder.gerundNouns), !sawAux || sawBe,
                  let np = sources.subject(endingAt: p, lowerBound: lo, in: t) else { return nil }
            if sawBe && !t.in(np.lowerBound, FunctionWords.subjectPronouns) && np.count == 0 { return nil }
            source = np
            phrase = np
        } else if t.in(p, FunctionWords.relatives) {
            guard t.key(p) != CueFinder.that else { return nil }
            source = p..<(p + 1)
            var a = p - 1
            if a >= lo && t.isComma(a) { a -= 1 }
            phrase = sources.subject(endingAt: a, lowerBound: lo, allowPrepositions: false, in: t) ?? source
        } else if let np = sources.subject(endingAt: p, lowerBound: lo, in: t) {
            let wide = sources.extendOverRelative(np, lowerBound: lo, in: t)
            source = wide
            phrase = wide
        } else {
            return nil
        }
        guard let src = source, let ph = phrase else { return nil }
        if isPossessive(ph.upperBound - 1, t) { return nil }
        if rule == "cue-verb" && isNaming(v, sawAux: sawAux, subject: ph, next: next, in: t) { return nil }
        // After "did not", "will", "could" a plain form is a verb ("did not say"),
        // and after a relative pronoun ("who say"); "That low sound" opens with
        // a determiner, not a relative.
        if !past && !participle && !inverted && !sawModal && rule != "participle" && !(src.count == 1 && t.in(src.lowerBound, FunctionWords.relatives)) {
            if t.tokens[ph.upperBound - 1].kind == .number { return nil }
            guard presentFormIsVerb(v, next: next, subject: ph, in: t) else { return nil }
        }

        var kind = classifier.kind(of: ph, in: t)
        let pronoun = ph.count == 1 && (t.in(ph.lowerBound, FunctionWords.subjectPronouns) || t.in(ph.lowerBound, FunctionWords.subjectPronounContractions))

        // Which reading of the verb applies.
        if m.ownReporting && !inverted
            && (t.key(ph.lowerBound) == CueFinder.we && ph.count == 1 || kind == .outlet
                || CueFinder.learnForms.contains(t.key(v)) && isMastheadName(ph, in: t)
                    && !(next < t.tokens.count && t.key(next) == CueFinder.to)) {
            kind = .ownReporting
            rule = "own-reporting"
        } else if m.cue {
            // speech: any subject
        } else if m.document && !m.attitude {
            guard kind == .document || kind == .outlet else { return nil }
        } else if m.attitude || m.ownReporting {
            guard beliefComplement(after: next, in: t) || seemComplement(v, after: next, in: t), kind != .document || m.document else { return nil }
            if inverted { return nil }
        } else if m.document {
            guard kind == .document || kind == .outlet else { return nil }
        }
        if !pronoun && !sourceLike(ph, kind: kind, in: t) && !(m.cue && inverted == false && ph.count <= 6) { return nil }
        _ = m

        // Extend the cue over "in a statement" right after it (the
        // `cue-extensions` lexicon; PolNeAR keeps "said in a statement" whole
        // but mostly leaves "in an interview" out of the cue).
        var cueEnd = next
        if !inverted, let e = AttributionLexicons.longest(lex.cueExtensions, t, at: cueEnd, limit: sentence.upperBound) { cueEnd = e }
        // "She said: …": a colon that introduces what is said belongs to the cue.
        if !inverted && cueEnd + 1 < sentence.upperBound && t.isColon(cueEnd) { cueEnd += 1 }
        m.end = cueEnd
        let cue = cueStart..<cueEnd
        let quoteBeside = touchesQuotation(cue: cue, source: src, in: t)
        // "Clinton maintains a lead", "the race continued", "Western states":
        // these verbs report speech only before a clause, a colon or a
        // quotation, or at the end of the clause ("…," she continued.).
        if t.in(v, CueFinder.clauseOnlyVerbs) && !quoteBeside && cueEnd < sentence.upperBound
            && !(t.isPunct(cueEnd) || t.marks[cueEnd] == .open || t.key(cueEnd) == CueFinder.that) {
            return nil
        }
        if rule == "cue-verb" && quoteBeside { rule = "quote-speaker" }
        // "Ruiz was eager to …": the writer's description of an attitude.
        if rule == "cue-verb" && AttributionLexicons.isEntry(lex.attitudeAdjectives, t, v) { rule = "attitude-adjective" }
        // The mode follows the reading chosen above: speech wins over an
        // attitude reading of the same form ("hopes" is not speech, "said" is).
        let mode: AttributionMode = kind == .ownReporting || m.cue || !m.attitude ? .statement : m.intent && !m.belief ? .intent : .belief
        return FoundAttribution(kind: kind, cue: cue, source: src, sourcePhrase: ph, rule: rule,
                                content: content(cue: cue, source: src, in: t), mode: mode)
    }

    /// "The plant is expected to close", "she is widely seen as the
    /// favourite": an expectation or a judgement in the passive with no
    /// agent. Someone expects or judges, unnamed: PolNeAR marks the verb
    /// group as a cue with no source. Kind anonymous (it names no one),
    /// mode belief, no source span (so `anonymous-without-description`,
    /// which reads the source phrase, has nothing to flag). The content is
    /// the subject (first piece) and the infinitive or "as" phrase (second
    /// piece), as PolNeAR marks it.
    private func agentlessPassive(_ v: Int, cueStart: Int, subjectEnd p: Int, sentence: Range<Int>, in t: ClaimTokens) -> FoundAttribution? {
        let next = v + 1
        guard next < sentence.upperBound, t.isWord(next) else { return nil }
        let infinitive = t.in(v, CueFinder.passiveToForms) && t.key(next) == CueFinder.to
        let judgement = t.in(v, CueFinder.passiveAsForms) && t.key(next) == CueFinder.as
        guard infinitive || judgement else { return nil }
        // "to" must open a verb phrase: "expected to win", not "expected to
        // the end"; "as" a noun phrase or adjective.
        guard next + 1 < sentence.upperBound, t.isWord(next + 1) else { return nil }
        if infinitive && (t.in(next + 1, FunctionWords.determiners) || t.isCapitalized(next + 1)) { return nil }
        var subject: Range<Int>? = nil
        if p >= sentence.lowerBound && t.isWord(p) {
            subject = t.in(p, FunctionWords.relatives) ? p..<(p + 1)
                : sources.subject(endingAt: p, lowerBound: sentence.lowerBound, in: t)
        }
        var end = sentence.upperBound
        while end > next && t.isPunct(end - 1) { end -= 1 }
        let predicate = next..<end
        let content: Range<Int>
        var continuation: Range<Int>? = nil
        if let s = subject, !s.isEmpty {
            content = s
            continuation = predicate
        } else {
            content = predicate
        }
        return FoundAttribution(kind: .anonymous, cue: cueStart..<(v + 1), source: nil, sourcePhrase: nil, rule: "agentless-passive",
                                content: content, mode: .belief, contentContinuation: continuation)
    }

    /// "Smith, who spoke on condition of anonymity, said" / "Smith, a
    /// spokesperson for X, said": the subject stands before the parenthesis.
    /// Without `relaxed` only a relative clause or an anonymity marker counts
    /// as the parenthesis; with it, any short phrase between commas (tried
    /// after the inverted reading "…, said Smith." failed).
    private func parentheticalSubject(commaAt p: Int, lowerBound lo: Int, relaxed: Bool, in t: ClaimTokens) -> (Range<Int>, Range<Int>)? {
        // Up to three comma-separated insertions: "Yin May, 60, a doctor, said".
        var end = p
        for _ in 0..<3 {
            var c0 = end - 1
            while c0 >= lo && !t.isComma(c0) && end - c0 < 30 {
                if t.isTerminal(c0) && !t.isAbbreviationPeriod(c0) || t.marks[c0] != .none { return nil }
                c0 -= 1
            }
            guard c0 >= lo, t.isComma(c0), c0 + 1 < end else { return nil }
            // "Sen. Ann Ruiz (D-Ohio), chair of the panel, said": the subject
            // stands before the bracket.
            var subjectEnd = c0 - 1
            if subjectEnd > lo && t.isByte(subjectEnd, 0x29) {
                var k = subjectEnd - 1
                while k > lo && !t.isByte(k, 0x28) && subjectEnd - k < 12 { k -= 1 }
                if t.isByte(k, 0x28) { subjectEnd = k - 1 }
            }
            let first = c0 + 1
            let relative = t.in(first, FunctionWords.relatives) && t.key(first) != CueFinder.that
            let anonymity = AttributionLexicons.contains(lex.anonymityMarkers, t, first..<end)
            guard relative || anonymity || relaxed && end - first <= 25 else { return nil }
            if let np = sources.subject(endingAt: subjectEnd, lowerBound: lo, in: t) {
                let q = np.upperBound - 1
                if t.isCapitalized(q) || t.in(q, FunctionWords.subjectPronouns) || np.count > 1
                    || AttributionLexicons.isEntry(lex.anonymousSources, t, q) || AttributionLexicons.isEntry(lex.spokespersons, t, q) {
                    return (np, np)
                }
            }
            end = c0
        }
        return nil
    }

    /// "Ruiz — a teacher from the east side — says": the subject stands
    /// before a phrase set off by two dashes (at most 30 tokens, no sentence
    /// end or quotation mark inside).
    private func dashAppositiveSubject(dashAt p: Int, lowerBound lo: Int, in t: ClaimTokens) -> Range<Int>? {
        var k = p - 1
        while k > lo && p - k < 30 {
            if t.isDash(k) { break }
            if t.isTerminal(k) && !t.isAbbreviationPeriod(k) || t.marks[k] != .none { return nil }
            k -= 1
        }
        guard k > lo, t.isDash(k), k + 1 < p, let np = sources.subject(endingAt: k - 1, lowerBound: lo, in: t) else { return nil }
        let q = np.upperBound - 1
        guard t.isCapitalized(q) || t.in(q, FunctionWords.subjectPronouns) || np.count > 1
            || AttributionLexicons.isEntry(lex.anonymousSources, t, q) || AttributionLexicons.isEntry(lex.spokespersons, t, q) else { return nil }
        return np
    }

    /// The source after an inverted verb ("…," said *Dr. Talcott*.), which must
    /// end the clause: only time words, a statement phrase, an appositive or
    /// a relative clause may follow it.
    private func invertedSource(after e: Int, sentence: Range<Int>, in t: ClaimTokens) -> Range<Int>? {
        guard e < sentence.upperBound else { return nil }
        let s = e
        guard t.isWord(s), !t.in(s, FunctionWords.relatives) || t.key(s) == CueFinder.who else { return nil }
        if t.key(s) == CueFinder.it || t.key(s) == CueFinder.that { return nil }
        guard let np = sources.object(from: s, upperBound: sentence.upperBound, in: t) else { return nil }
        // "said former Obama adviser David Axelrod": a lower-case start needs
        // a name or a source noun inside the phrase.
        if !(t.isCapitalized(s) || t.in(s, FunctionWords.determiners) || t.in(s, FunctionWords.subjectPronouns)) {
            guard np.contains(where: { t.isCapitalized($0) || AttributionLexicons.isEntry(lex.anonymousSources, t, $0)
                || AttributionLexicons.isEntry(lex.spokespersons, t, $0) }) else { return nil }
        }
        if np.count == 1 && t.in(s, FunctionWords.determiners) && !AttributionLexicons.isEntry(lex.anonymousSources, t, s) { return nil }
        var k = np.upperBound
        while k < sentence.upperBound {
            if t.isTerminal(k) || t.isComma(k) || t.isDash(k) || t.isByte(k, 0x28) || t.marks[k] != .none || t.isColon(k) { return np }
            if t.in(k, FunctionWords.relatives) && t.key(k) != CueFinder.that { return np }
            if let e2 = AttributionLexicons.longest(lex.statementPhrases, t, at: k, limit: sentence.upperBound) { k = e2; continue }
            if t.in(k, FunctionWords.timeWords) || t.key(k) == CueFinder.when || t.key(k) == CueFinder.after
                || t.key(k) == CueFinder.during || t.key(k) == CueFinder.at { return np }
            return nil
        }
        return np
    }

    /// "a group called Citizens for Ruiz", "one program called “Renew”": a
    /// common noun (or an indefinite phrase) right before "called" and a
    /// name or quotation after it is naming, not speech.
    private func isNaming(_ v: Int, sawAux: Bool, subject ph: Range<Int>, next: Int, in t: ClaimTokens) -> Bool {
        guard t.key(v) == CueFinder.called, !sawAux, v == ph.upperBound, next < t.count else { return false }
        guard t.marks[next] == .open || t.isWord(next) && (t.isCapitalized(next) || t.key(next) == CueFinder.the) else { return false }
        let q = ph.upperBound - 1
        if t.in(q, FunctionWords.subjectPronouns) || t.in(q, FunctionWords.relatives)
            || AttributionLexicons.isEntry(lex.anonymousSources, t, q) || AttributionLexicons.isEntry(lex.spokespersons, t, q) { return false }
        if t.in(ph.lowerBound, CueFinder.indefinites) { return true }
        return t.isWord(q) && !t.isCapitalized(q)
    }

    /// "Carson’s comments": a possessive before a word makes it a noun.
    private func isPossessive(_ q: Int, _ t: ClaimTokens) -> Bool {
        guard q >= 0 && q < t.count else { return false }
        if t.in(q, FunctionWords.subjectPronounContractions) { return false }
        let r = t.tokens[q].range
        guard r.count > 2 else { return false }
        let v = t.view
        if (v[r.upperBound - 1] | 0x20) == 0x73 {
            if v[r.upperBound - 2] == 0x27 { return true }
            if r.count > 4 && v[r.upperBound - 2] == 0x99 && v[r.upperBound - 3] == 0x80 && v[r.upperBound - 4] == 0xE2 { return true }
        }
        return false
    }

    /// Present-tense forms ("says", "state", "comments") are often nouns.
    /// They count as verbs only with a plausible subject — a pronoun, a name,
    /// a source noun, or for the plain form a plural — and when what follows
    /// is not a preposition, an auxiliary or another verb.
    private func presentFormIsVerb(_ v: Int, next: Int, subject ph: Range<Int>, in t: ClaimTokens) -> Bool {
        let q = ph.upperBound - 1
        let pronoun = t.in(q, FunctionWords.subjectPronouns) || t.in(q, FunctionWords.subjectPronounContractions)
        let lexiconNoun = AttributionLexicons.isEntry(lex.anonymousSources, t, q) || AttributionLexicons.isEntry(lex.spokespersons, t, q)
            || AttributionLexicons.isEntry(lex.documents, t, q)
        let name = t.isCapitalized(q) && !(q == ph.lowerBound && ph.count == 1 && q == t.sentence(of: q).lowerBound && !pronoun
            && t.in(q, FunctionWords.determiners))
        if AttributionLexicons.longest(lex.statementPhrases, t, at: next) != nil { return true }
        // "“…,” Viguerie notes.", "“…,” Ruiz says in the ad.": a speaker
        // right after a closing quotation speaks, whatever follows the verb.
        let b = ph.lowerBound - 1
        if (pronoun || name || lexiconNoun), v == ph.upperBound, b > 0,
           t.marks[b] == .close || t.isComma(b) && t.marks[b - 1] == .close {
            return true
        }
        if t.in(v, CueFinder.nounLikeForms) {
            // "key states", "Carson's comments": these forms are mostly nouns.
            guard pronoun || name || lexiconNoun, next < t.count else { return false }
            return t.marks[next] == .open || t.isColon(next) || t.isComma(next)
                || t.isWord(next) && (t.in(next, CueFinder.complementStarts) || t.in(next, FunctionWords.determiners)
                    || t.in(next, FunctionWords.subjectPronouns) || t.isCapitalized(next))
        }
        if !pronoun && !name && !lexiconNoun {
            // "home state", "bombastic comments": a plain form needs a plural subject.
            if !t.endsWith(v, "s") && !t.endsWith(q, "s") { return false }
        }
        guard next < t.count else { return pronoun || name || lexiconNoun }
        if t.isWord(next) {
            if t.in(next, FunctionWords.prepositions) && t.key(next) != CueFinder.to && t.key(next) != CueFinder.about { return false }
            if t.in(next, FunctionWords.auxiliaries) || t.in(next, FunctionWords.be) { return false }
            if !t.isCapitalized(next) && t.endsWith(next, "ed") { return false }
            return true
        }
        if t.isTerminal(next) || t.isByte(next, 0x29) { return pronoun || name || lexiconNoun }
        return true
    }

    /// What may follow a belief verb for it to attribute: a clause or an
    /// infinitive ("believes *that*", "wants *to*", "thinks *the plan* …").
    private func beliefComplement(after e: Int, in t: ClaimTokens) -> Bool {
        guard e < t.count else { return false }
        if t.isColon(e) || t.marks[e] == .open { return true }
        guard t.isWord(e) else { return false }
        if t.in(e, CueFinder.complementStarts) { return true }
        if t.in(e, FunctionWords.subjectPronouns) || t.in(e, FunctionWords.subjectPronounContractions) { return true }
        if t.in(e, FunctionWords.determiners) || t.isCapitalized(e) { return true }
        return false
    }

    /// "Ruiz seemed irritated", "the council appears ready to": "seem" and
    /// "appear" with an adjective or participle judge how the subject came
    /// across (PolNeAR marks these); "appeared on television" does not.
    private func seemComplement(_ v: Int, after e: Int, in t: ClaimTokens) -> Bool {
        if t.in(v, CueFinder.stanceForms), e < t.count, t.isWord(e), !t.isCapitalized(e), !t.in(e, FunctionWords.prepositions),
           !t.in(e, FunctionWords.auxiliaries), !t.in(e, FunctionWords.be) {
            return true
        }
        guard t.in(v, CueFinder.seemForms), e < t.count, t.isWord(e), !t.isCapitalized(e) else { return false }
        return !t.in(e, FunctionWords.prepositions) || t.key(e) == CueFinder.like
    }

    /// Whether the cue is next to a quotation: "“…,” she said", "said: “…”".
    private func touchesQuotation(cue: Range<Int>, source: Range<Int>, in t: ClaimTokens) -> Bool {
        let before = min(cue.lowerBound, source.lowerBound) - 1
        let after = max(cue.upperBound, source.upperBound)
        if before >= 0 && (t.marks[before] == .close || t.isComma(before) && before > 0 && t.marks[before - 1] == .close) { return true }
        if after < t.count && t.marks[after] == .open { return true }
        if after + 1 < t.count && (t.isColon(after) || t.isComma(after)) && t.marks[after + 1] == .open { return true }
        return false
    }

    // MARK: - Statement phrases and colons

    /// "In a statement, the company denied …": the phrase opens the sentence
    /// and the subject after the comma is the source.
    private func openingStatementPhrases(in t: ClaimTokens, used: inout [Bool], into found: inout [FoundAttribution]) {
        for sentence in t.sentences {
            var s = sentence.lowerBound
            while s < sentence.upperBound && t.isPunct(s) { s += 1 }
            guard s < sentence.upperBound, !used[s],
                  let e = AttributionLexicons.longest(lex.statementPhrases, t, at: s, limit: sentence.upperBound) else { continue }
            if found.contains(where: { t.sentenceIndex[$0.cue.lowerBound] == t.sentenceIndex[s] && $0.rule != "according-to" }) { continue }
            var k = e
            while k < sentence.upperBound && !t.isComma(k) && k - e < 6 { k += 1 }
            guard k < sentence.upperBound, t.isComma(k),
                  let subject = sources.object(from: k + 1, upperBound: sentence.upperBound, in: t) else { continue }
            let kind = classifier.kind(of: subject, in: t)
            guard sourceLike(subject, kind: kind, in: t) || subject.count == 1 else { continue }
            // "In a Facebook post, Beck encouraged …": the verb after the
            // subject is the cue (PolNeAR marks it, not the opening phrase);
            // the phrase stays the cue when no verb follows.
            var cue = s..<e
            let v = subject.upperBound
            if v < sentence.upperBound, t.isWord(v), !t.isCapitalized(v), !used[v], !t.in(v, FunctionWords.determiners),
               !t.in(v, FunctionWords.prepositions), t.endsWith(v, "ed") || t.endsWith(v, "s") || sources.isVerbForm(v, t) {
                cue = v..<(v + 1)
            }
            for x in cue { used[x] = true }
            found.append(FoundAttribution(kind: kind, cue: cue, source: subject, sourcePhrase: subject, rule: "statement",
                                          content: (subject.upperBound)..<sentence.upperBound))
        }
    }

    /// "The firm is reportedly weighing a sale": a hearsay adverb is a cue
    /// of its own, with no source (someone reported it, unnamed), when no
    /// cue verb of the sentence stands right after it ("reportedly said"
    /// is the verb's attribution). Kind anonymous; the content is the
    /// subject before (first piece) and the predicate after.
    private func hearsayAdverbs(in t: ClaimTokens, used: [Bool], into found: inout [FoundAttribution]) {
        for i in 0..<t.count where t.key(i) == CueFinder.reportedly && !t.quoted[i] && !used[i] {
            let sentence = t.sentence(of: i)
            var k = i + 1
            while k < sentence.upperBound && (t.isAdverb(k) || t.in(k, FunctionWords.auxiliaries) || t.in(k, FunctionWords.be)) { k += 1 }
            if found.contains(where: { $0.cue.lowerBound == k || $0.cue.contains(i) }) { continue }
            var start = i
            while start > sentence.lowerBound && (t.in(start - 1, FunctionWords.auxiliaries) || t.in(start - 1, FunctionWords.be)) { start -= 1 }
            var after = i + 1
            while after < sentence.upperBound && t.isPunct(after) { after += 1 }
            var end = sentence.upperBound
            while end > after && t.isPunct(end - 1) { end -= 1 }
            guard after < end else { continue }
            var subject = sentence.lowerBound
            while subject < start && t.isPunct(subject) { subject += 1 }
            let before = subject < start ? subject..<start : nil
            found.append(FoundAttribution(kind: .anonymous, cue: i..<(i + 1), source: nil, sourcePhrase: nil, rule: "hearsay-adverb",
                                          content: before ?? (after..<end), mode: .statement,
                                          contentContinuation: before == nil ? nil : after..<end))
        }
    }

    /// "Cruz put it bluntly: “…”": a colon that opens a quotation, in a
    /// sentence with no other cue before it, attributes the quotation to the
    /// sentence's subject.
    private func colonQuotations(in t: ClaimTokens, used: [Bool], into found: inout [FoundAttribution]) {
        for c in 0..<t.count where t.isColon(c) && c + 1 < t.count && t.marks[c + 1] == .open && !t.quoted[c] {
            let sentence = t.sentence(of: c)
            if found.contains(where: { t.sentenceIndex[$0.cue.lowerBound] == t.sentenceIndex[c] && $0.cue.lowerBound < c }) { continue }
            guard let subject = sources.sentenceSubject(sentence.lowerBound..<c, in: t) else { continue }
            let kind = classifier.kind(of: subject, in: t)
            guard sourceLike(subject, kind: kind, in: t) else { continue }
            // "Hannity interjected: “…”": a verb between the subject and the
            // colon is part of the cue (PolNeAR: "interjected:").
            var cueStart = c
            let w = c - 1
            if w == subject.upperBound, t.isWord(w), !t.isCapitalized(w), !used[w],
               t.endsWith(w, "ed") || t.endsWith(w, "s") && !t.endsWith(w, "ss") {
                cueStart = w
            }
            found.append(FoundAttribution(kind: kind, cue: cueStart..<(c + 1), source: subject, sourcePhrase: subject,
                                          rule: "quote-speaker", content: (c + 1)..<sentence.upperBound))
        }
    }

    /// "Trump: Clinton should have called me" (headline), "SANDERS: We will
    /// win" (transcript): a colon right after a short name that opens the
    /// sentence names the speaker of what follows.
    private func speakerColons(in t: ClaimTokens, used: [Bool], into found: inout [FoundAttribution]) {
        for sentence in t.sentences {
            var s = sentence.lowerBound
            while s < sentence.upperBound && t.isPunct(s) && t.marks[s] == .none { s += 1 }
            var c = s
            while c < sentence.upperBound && c - s <= 6 && (t.isWord(c) && t.isCapitalized(c) || t.isAbbreviationPeriod(c)) { c += 1 }
            guard c > s, c - s <= 6, c + 2 < sentence.upperBound, t.isColon(c), !used[c], !t.quoted[c] else { continue }
            if t.in(s, FunctionWords.determiners) && c - s == 1 { continue }
            if found.contains(where: { $0.cue.contains(c) }) { continue }
            // "Breaking:", "Q:", "Editor's Note:" label a section; "Clinton: 547."
            // is a tally, not a statement.
            if AttributionLexicons.longest(lex.speakerLabels, t, at: s, limit: c) == c { continue }
            if t.tokens[c + 1].kind == .number { continue }
            // "Clinton Wades In:", "Big Win For Bernie:": a title-case
            // headline (a capitalised function word inside) names no speaker.
            if c - s >= 3 && (s + 1..<c).contains(where: { t.in($0, CueFinder.headlineFunctionWords) }) { continue }
            let subject = s..<c
            let kind = classifier.kind(of: subject, in: t)
            found.append(FoundAttribution(kind: kind, cue: c..<(c + 1), source: subject, sourcePhrase: subject,
                                          rule: "speaker-colon", content: (c + 1)..<sentence.upperBound))
        }
    }

    /// "Why the polls missed - Ann Ruiz: “…”": a short name after a dash and
    /// before a colon that opens a quotation is the speaker (news digests
    /// credit each excerpt this way).
    private func dashSpeakerColons(in t: ClaimTokens, used: [Bool], into found: inout [FoundAttribution]) {
        for c in 1..<max(1, t.count) where t.isColon(c) && c + 1 < t.count && t.marks[c + 1] == .open && !t.quoted[c] && !used[c] {
            var s = c
            while s - 1 >= 0 && c - s < 4 && t.isWord(s - 1) && t.isCapitalized(s - 1) && !t.quoted[s - 1] { s -= 1 }
            guard s < c, s - 1 >= 0, t.isDash(s - 1), t.sentenceIndex[s - 1] == t.sentenceIndex[c] else { continue }
            if found.contains(where: { $0.cue.contains(c) }) { continue }
            let subject = s..<c
            let sentence = t.sentence(of: c)
            found.append(FoundAttribution(kind: classifier.kind(of: subject, in: t), cue: c..<(c + 1), source: subject,
                                          sourcePhrase: subject, rule: "speaker-colon", content: (c + 1)..<sentence.upperBound))
        }
    }

    /// "…, who spoke on condition of anonymity": the attribution nearest to
    /// an anonymity marker in its sentence is anonymous.
    private func markAnonymity(in t: ClaimTokens, _ found: inout [FoundAttribution]) {
        guard !found.isEmpty else { return }
        for i in 0..<t.count {
            guard AttributionLexicons.longest(lex.anonymityMarkers, t, at: i) != nil else { continue }
            let s = t.sentenceIndex[i]
            var best: Int? = nil
            var bestDistance = Int.max
            for (n, a) in found.enumerated() where t.sentenceIndex[a.cue.lowerBound] == s {
                let anchor = a.sourcePhrase ?? a.cue
                let d = i >= anchor.upperBound ? i - anchor.upperBound : anchor.lowerBound - i
                if d < bestDistance { bestDistance = d; best = n }
            }
            if let b = best, found[b].kind == .named { found[b].kind = .anonymous }
        }
    }

    // MARK: - Content

    /// The tokens an attribution governs, within its sentence: what follows
    /// the cue when the cue leads ("X said *…*", "According to X, *…*"), else
    /// what precedes it ("*…*, X said").
    func content(cue: Range<Int>, source: Range<Int>?, in t: ClaimTokens) -> Range<Int> {
        let sentence = t.sentence(of: cue.lowerBound)
        let after = max(cue.upperBound, source?.upperBound ?? 0)
        var words = 0
        var k = after
        while k < sentence.upperBound {
            if t.isWord(k) && !t.in(k, FunctionWords.timeWords) { words += 1; if words >= 2 { break } }
            k += 1
        }
        if words >= 2 { return after..<sentence.upperBound }
        let before = min(cue.lowerBound, source?.lowerBound ?? cue.lowerBound)
        return sentence.lowerBound..<max(sentence.lowerBound, before)
    }

    /// Passive participles that attribute an expectation before "to"
    /// ("is expected to", "was said to") and a judgement before "as" ("is
    /// seen as"), with no agent; see `agentlessPassive`.
    static let passiveToForms = FunctionWords.keys(["expected", "projected", "believed", "thought", "said", "rumored", "rumoured"])
    static let passiveAsForms = FunctionWords.keys(["seen", "viewed", "regarded", "considered"])
    static let `as` = TokenKey.of("as")
    static let reportedly = TokenKey.of("reportedly")
    static let order = TokenKey.of("order")
    static let in_ = TokenKey.of("in")
    /// "-ing" forms of cue verbs that are nouns after a noun phrase.
    static let gerundNouns = FunctionWords.keys(["offering", "offerings", "listing", "listings"])
    /// Progressive attitude forms that attribute ("is hoping to", "is mulling
    /// a run"); "is considering", "is seeking", "is planning" were measured
    /// and left out (a third or less match PolNeAR cues).
    static let progressiveAttitudes = FunctionWords.keys(["hoping", "expecting", "aiming", "mulling"])
    static let said = TokenKey.of("said")
    static let called = TokenKey.of("called")
    static let like = TokenKey.of("like")
    static let asked = TokenKey.of("asked")
    /// Function words a title-case headline capitalises ("Wades In", "Win For").
    static let headlineFunctionWords = FunctionWords.keys(["in", "for", "of", "on", "to", "with", "is", "are", "at", "by",
                                                           "both", "from", "into", "over", "about", "up", "out"])
    static let stanceForms = FunctionWords.keys(["support", "supports", "supported", "supporting", "oppose", "opposes", "opposed",
                                                 "opposing", "endorse", "endorses", "endorsed", "endorsing", "favor", "favors",
                                                 "favored", "favoring"])
    static let seemForms = FunctionWords.keys(["seem", "seems", "seemed", "appear", "appears", "appeared"])
    static let indefinites = FunctionWords.keys(["a", "an", "one"])
    /// Nouns a cue participle can modify ("pledged delegates").
    static let participleHeads = FunctionWords.keys(["delegate", "delegates"])
    static let says = TokenKey.of("says")
    static let say = TokenKey.of("say")
    static let to = TokenKey.of("to")
    static let about = TokenKey.of("about")
    static let but = TokenKey.of("but")
    static let that = TokenKey.of("that")
    static let by = TokenKey.of("by")
    static let we = TokenKey.of("we")
    static let the = TokenKey.of("the")
    static let learnForms: Set<UInt64> = Set(["learned", "learnt"].map(TokenKey.of))

    /// "The Ledger", "The Daily Courier": a masthead-style name (The + one to
    /// three capitalised words). As the subject of "has learned" it is the
    /// outlet speaking of its own reporting, even when the outlet is not in
    /// the `outlets` lexicon.
    func isMastheadName(_ phrase: Range<Int>, in t: ClaimTokens) -> Bool {
        guard phrase.count >= 2, phrase.count <= 4, t.key(phrase.lowerBound) == CueFinder.the else { return false }
        return phrase.dropFirst().allSatisfy { t.isCapitalized($0) }
    }
    static let who = TokenKey.of("who")
    static let it = TokenKey.of("it")
    static let when = TokenKey.of("when")
    static let after = TokenKey.of("after")
    static let during = TokenKey.of("during")
    static let at = TokenKey.of("at")
    static let dayWords = FunctionWords.keys(["today", "yesterday", "tonight", "earlier", "later"])
    static let dayModifiers = FunctionWords.keys(["on", "last", "this", "late", "early", "earlier", "next"])
    static let periodNouns = FunctionWords.keys(["week", "month", "year", "weekend", "morning", "night", "evening", "afternoon"])
    static let gerundPrepositions = FunctionWords.keys(["by", "after", "before", "while", "without", "when"])
    /// Adverbs before a verb that PolNeAR leaves out of the cue: hearsay
    /// markers are cues of their own ("reportedly"), the rest are rarely kept.
    static let adverbsOutsideCue = FunctionWords.keys(["reportedly", "allegedly", "since", "too", "again", "in", "turn", "all", "both"])
    /// Do-support and modals: the plain form after them is a verb.
    static let modals = FunctionWords.keys(["do", "does", "did", "don't", "doesn't", "didn't", "will", "would", "can", "could",
                                            "may", "might", "must", "should", "shall", "won't", "wouldn't", "couldn't",
                                            "can't", "cannot", "shouldn't"])
    /// Speech verbs whose other senses take an object ("maintains a lead",
    /// "advises Pfizer", "continue the policy"); see `verbCue`.
    static let clauseOnlyVerbs = FunctionWords.keys([
        "state", "states", "stated", "stating", "maintain", "maintains", "maintained", "maintaining",
        "continue", "continues", "continued", "continuing", "advise", "advises", "advised", "advising",
    ])
    static let continueForms = FunctionWords.keys(["continue", "continues", "continued", "continuing"])
    static let tellForms = FunctionWords.keys(["tell", "tells", "told", "telling"])
    static let irregularBeliefPast = FunctionWords.keys(["thought", "knew", "known", "felt", "saw", "seen", "understood", "sought", "meant", "foresaw"])
    static let numericObjectVerbs = FunctionWords.keys(["add", "adds", "added", "adding", "post", "posts", "posted", "posting",
                                                         "report", "reports", "reported", "reporting", "list", "lists", "listed"])
    /// Present forms of cue verbs that are far more often nouns.
    static let nounLikeForms = FunctionWords.keys([
        "attack", "attacks", "comment", "comments", "report", "reports", "remark", "remarks", "question", "questions",
        "support", "supports", "charge", "charges", "claim", "claims", "note", "notes", "call", "calls", "plan", "plans",
        "demand", "demands", "promise", "promises", "view", "views", "fear", "fears", "hope", "hopes", "doubt", "doubts",
        "post", "posts", "tweet", "tweets", "echo", "echoes", "counter", "counters", "blast", "blasts", "slam", "slams",
        "list", "lists", "detail", "details", "estimate", "estimates", "project", "projects", "document", "documents",
        "favor", "favors", "signal", "signals", "hint", "hints", "challenge", "challenges", "thank", "thanks", "state",
        "states", "continue", "continues", "repeat", "repeats", "reply", "replies", "mention", "mentions", "order",
        "wish", "wishes", "worry", "worries", "concern", "concerns", "pledge", "pledges", "vow", "vows", "answer",
        "answers", "defend", "mock", "mocks", "counter", "joke", "jokes", "quip", "quips", "see", "sees",
        "offer", "offers", "sound", "sounds", "voice", "voices", "label", "labels", "quote", "quotes", "knock", "knocks",
        "float", "floats", "dispute", "disputes", "distance", "forecast", "forecasts",
    ])
    /// Speech forms that stay verbs when capitalised in a headline.
    static let headlineVerbs = FunctionWords.keys([
        "says", "said", "tells", "told", "asks", "asked", "warns", "warned", "claims", "claimed", "vows", "vowed",
        "slams", "slammed", "blasts", "blasted", "urges", "urged", "calls", "called", "accuses", "accused", "insists",
        "insisted", "denies", "denied", "admits", "admitted", "wants", "thinks", "predicts", "predicted", "reveals",
        "revealed", "announces", "announced", "defends", "defended", "rips", "ripped", "mocks", "mocked", "praises",
        "praised", "suggests", "suggested", "explains", "explained", "doubts", "promises", "promised", "pledges",
        "pledged", "hints", "hinted", "argues", "argued", "believes", "fears", "hopes", "knows", "expects",
    ])
    static let complementStarts = FunctionWords.keys(["that", "to", "what", "how", "whether", "if", "why", "who", "so", "there",
                                                      "it", "this", "nothing", "something", "everything", "anything"])
}
