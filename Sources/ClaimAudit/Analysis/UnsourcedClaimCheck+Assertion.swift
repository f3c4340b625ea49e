/// Whether a claim asserts a checkable fact, and how surely (`Signal`): figures,
/// dates, assertion markers, past-tense and present-tense events, schedules.
extension UnsourcedClaimCheck {
    /// Fewer words than this are a fragment. Measured on the tuning set:
    /// 4 catches short facts ("They moved to Riverton instead.") that 6
    /// missed, with no new false alarm.
    static let minimumWords = 4
    /// Below this many words a sentence must hold an article, determiner,
    /// pronoun or possessive to count as a clause: headlinese ("Jobs cut in
    /// March.") drops them.
    static let fullClauseWords = 6

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

    /// "is expected to host", "are scheduled to meet", "is due to vote": a
    /// form of "be", a participle or adjective of schedule, "to" and a verb
    /// outside quotations is a plan, a future event someone could check.
    /// "is expected to be …" forecasts a state (the writer's or someone's
    /// prediction), not a scheduled act, and is left out. Measured on the
    /// 840 train articles: 22 new flags, 15 of 20 read were plans.
    func hasSchedule(_ t: ClaimTokens) -> Bool {
        guard t.count > 3 else { return false }
        for i in 1..<(t.count - 2) where !t.quoted[i] && t.in(i, Self.scheduleWords) && t.key(i + 1) == Self.to && t.isWord(i + 2)
            && !(t.key(i) == Self.expected && t.in(i + 2, Self.beBase)) && followsBe(t, i) {
            return true
        }
        return false
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
}
