/// Finds the noun phrase that names a source, on tokens, without a parser:
/// backwards from a cue verb for its subject ("two people familiar with the
/// matter said"), forwards after "according to", "said" (inverted) or "by".
///
/// A phrase is a run of determiners, words, title abbreviations ("Mr.") and
/// the prepositions that attach a description ("a spokesperson for Meta"). It
/// ends at punctuation, conjunctions, relatives, auxiliaries, other cue verbs
/// and adverbs. Lengths are capped so a wrong guess stays short.
struct SourceFinder {
    let lex: AttributionLexicons
    static let maxLength = 12

    /// The subject phrase whose last token is `q`, not reaching before `lo`.
    /// Without `allowPrepositions` the phrase stops at the first preposition
    /// (for the antecedent of "who", where "drew fire from officials" must
    /// give "officials").
    func subject(endingAt q: Int, lowerBound lo: Int, allowPrepositions: Bool = true, in t: ClaimTokens) -> Range<Int>? {
        guard q >= lo, t.isWord(q) else { return nil }
        if t.in(q, FunctionWords.subjectPronouns) || t.in(q, FunctionWords.subjectPronounContractions) { return q..<(q + 1) }
        if t.in(q, FunctionWords.clauseWords) || t.in(q, FunctionWords.auxiliaries) || t.in(q, FunctionWords.be)
            || t.in(q, FunctionWords.prepositions) || t.in(q, FunctionWords.possessives) || t.isAdverb(q) {
            return nil
        }
        // "Several said", "one in three said": a quantifier can stand alone;
        // an article or possessive cannot.
        if t.in(q, FunctionWords.articles) { return nil }
        var start = q
        var k = q - 1
        while k >= lo && q - k < SourceFinder.maxLength {
            if t.isAbbreviationPeriod(k) { start = k - 1; k -= 2; continue }
            if t.isPunct(k) {
                if t.isByte(k, 0x26) { start = k; k -= 1; continue } // &
                // "a Journal/NBC News poll": a slash joins two names.
                if t.isByte(k, 0x2F) && k - 1 >= lo && t.isCapitalized(k - 1) && t.isCapitalized(k + 1) { start = k; k -= 1; continue }
                // "the transit workers' union": a plural possessive stays in the phrase.
                if t.isApostrophe(k), k - 1 >= lo, t.endsWith(k - 1, "s") { start = k; k -= 1; continue }
                break
            }
            if t.in(k, FunctionWords.determiners) {
                // "the two voters", "his three sons": an article before a
                // numeral or quantifier belongs to the phrase.
                if !t.in(k, FunctionWords.articles) && k - 1 >= lo && t.in(k - 1, FunctionWords.articles) { k -= 1 }
                start = k
                if k - 1 >= lo && t.in(k - 1, FunctionWords.nounPhrasePrepositions) { k -= 1; continue }
                // "Trump and his lawyers", "he and other challengers": a
                // compound source is one phrase (PolNeAR marks it whole).
                if k - 2 >= lo && t.key(k - 1) == SourceFinder.and && conjunct(k - 2, in: t) {
                    start = k - 2
                    if t.in(k - 2, FunctionWords.subjectPronouns) { break }
                    k -= 3
                    continue
                }
                break
            }
            if t.in(k, FunctionWords.nounPhrasePrepositions) {
                if !allowPrepositions { break }
                // "to", "as" … end the phrase, except after "close", "privy".
                if t.in(k, FunctionWords.clauseWords) && !t.in(k - 1, FunctionWords.nounPhrasePrepositions) { break }
                start = k; k -= 1; continue
            }
            if t.key(k) == SourceFinder.and {
                if k - 1 >= lo && t.isWord(k - 1) && t.isCapitalized(k - 1) && t.isCapitalized(k + 1) { start = k; k -= 1; continue }
                // "current and former officials", "union members and leaders".
                if k - 1 >= lo && conjunct(k - 1, in: t) && !t.in(k + 1, FunctionWords.subjectPronouns) {
                    start = k - 1
                    if t.in(k - 1, FunctionWords.subjectPronouns) { break }
                    k -= 2
                    continue
                }
                break
            }
            if t.in(k, FunctionWords.clauseWords) || t.in(k, FunctionWords.auxiliaries) || t.in(k, FunctionWords.be)
                || t.in(k, FunctionWords.subjectPronouns) || t.in(k, FunctionWords.subjectPronounContractions) {
                break
            }
            if !t.isCapitalized(k) {
                // "this year Ruiz said": a time phrase is not the source.
                if t.in(k, SourceFinder.timeNouns) { break }
                if t.isAdverb(k) {
                    // "a newly released report": an adverb before an adjective.
                    if t.endsWith(k, "ly") && k + 1 < q && t.endsWith(k + 1, "ed") && k - 1 >= lo && t.in(k - 1, FunctionWords.determiners) {
                        start = k; k -= 1; continue
                    }
                    break
                }
                if isVerbForm(k, t) { break }
                // "the unsigned opinion", "a newly released report": after a
                // determiner or an adverb an "-ed" word is an adjective.
                if t.endsWith(k, "ed") && !t.in(k + 1, FunctionWords.nounPhrasePrepositions)
                    && !(k - 1 >= lo && (t.in(k - 1, FunctionWords.determiners) && t.key(k - 1) != SourceFinder.that
                        || t.endsWith(k - 1, "ly") && t.isAdverb(k - 1))) { break }
            } else if t.in(k, FunctionWords.adverbs) && (k == 0 || t.isPunct(k - 1) || t.marks[k - 1] != .none) {
                // "Now Ruiz says": a sentence adverb is not the source.
                break
            }
            start = k
            k -= 1
        }
        // "… said that prosecutors said": a "that" before a name or a plural
        // introduces the clause; it is not a demonstrative.
        if start < q && t.key(start) == SourceFinder.that && (t.isCapitalized(start + 1) || t.endsWith(q, "s") && !t.endsWith(q, "ss")) {
            start += 1
        }
        return trimLeadingPrepositionalPhrase(start..<(q + 1), in: t)
    }

    /// Widens a subject over a restrictive relative clause before it: for
    /// "a senior official who attended the meeting said", the scan from
    /// "said" stops at "the meeting"; this returns the whole phrase when the
    /// words before "who" name a person ("official", a capitalised name).
    func extendOverRelative(_ np: Range<Int>, lowerBound lo: Int, in t: ClaimTokens) -> Range<Int> {
        var k = np.lowerBound - 1
        while k >= lo && np.lowerBound - k <= 8 {
            if t.isPunct(k) { return np }
            if t.key(k) == SourceFinder.who || t.key(k) == SourceFinder.that {
                guard let before = subject(endingAt: k - 1, lowerBound: lo, in: t) else { return np }
                let h = before.upperBound - 1
                let person = AttributionLexicons.isEntry(lex.anonymousSources, t, h) || AttributionLexicons.isEntry(lex.spokespersons, t, h)
                    || t.key(k) == SourceFinder.who && t.isCapitalized(h)
                return person ? before.lowerBound..<np.upperBound : np
            }
            k -= 1
        }
        return np
    }

    /// A source phrase starting at `s` ("according to *people familiar with
    /// the talks*", "said *Dr. Talcott*", "by *MSNBC*"), not reaching `hi`.
    func object(from s: Int, upperBound hi: Int, in t: ClaimTokens) -> Range<Int>? {
        guard s < hi, t.isWord(s) else { return nil }
        if t.in(s, FunctionWords.subjectPronouns) { return s..<(s + 1) }
        // A capital inside a sentence is a name even when it spells "Will".
        let name = t.isCapitalized(s) && s > t.sentence(of: s).lowerBound
        if !name && (t.in(s, FunctionWords.clauseWords) || t.in(s, FunctionWords.auxiliaries) || t.in(s, FunctionWords.be)
            || t.in(s, FunctionWords.prepositions) || t.isAdverb(s)) {
            return nil
        }
        var end = s
        var k = s
        while k < hi && k - s < SourceFinder.maxLength + 2 {
            if t.isAbbreviationPeriod(k) { end = k + 1; k += 1; continue }
            if t.isPunct(k) {
                if t.isByte(k, 0x26) && k + 1 < hi && t.isWord(k + 1) { k += 1; continue }
                // "a Journal/NBC News poll": a slash joins two names.
                if t.isByte(k, 0x2F) && k > s && t.isCapitalized(k - 1) && k + 1 < hi && t.isCapitalized(k + 1) { k += 1; continue }
                break
            }
            if k > s {
                if AttributionLexicons.longest(lex.statementPhrases, t, at: k, limit: hi) != nil { break }
                if t.in(k, FunctionWords.weekdays) || t.key(k) == SourceFinder.on && t.in(k + 1, FunctionWords.weekdays) { break }
                // "an adviser to Trump": "to" before a name or a determiner joins.
                let toPhrase = t.key(k) == SourceFinder.to && k + 1 < hi && (t.isCapitalized(k + 1) || t.in(k + 1, FunctionWords.determiners))
                if t.in(k, FunctionWords.clauseWords) && t.key(k) != SourceFinder.and && !toPhrase
                    && !t.in(k - 1, FunctionWords.nounPhrasePrepositions) { break }
                if t.key(k) == SourceFinder.and {
                    if t.isCapitalized(k - 1) && k + 1 < hi && t.isWord(k + 1) && t.isCapitalized(k + 1) { k += 1; continue }
                    break
                }
                if t.in(k, FunctionWords.auxiliaries) || t.in(k, FunctionWords.be) || t.in(k, FunctionWords.subjectPronouns) { break }
                // "a newly released poll": an adverb before an adjective.
                let adverbOfAdjective = t.isAdverb(k) && t.endsWith(k, "ly") && t.in(k - 1, FunctionWords.determiners)
                    && k + 2 < hi && t.endsWith(k + 1, "ed") && t.isWord(k + 2)
                if !t.isCapitalized(k) && (isVerbForm(k, t) || t.isAdverb(k) && !adverbOfAdjective) { break }
                // "the company apologized": a past tense ends the phrase, a
                // participle with its preposition ("reviewed by") does not,
                // nor an adjective after a determiner or adverb ("the
                // unsigned memo", "a newly released poll").
                let adjective = (t.in(k - 1, FunctionWords.determiners) && t.key(k - 1) != SourceFinder.that
                    || t.endsWith(k - 1, "ly") && t.isAdverb(k - 1)) && k + 1 < hi && t.isWord(k + 1)
                if !t.isCapitalized(k) && t.endsWith(k, "ed") && !t.in(k + 1, SourceFinder.participlePrepositions) && !adjective { break }
                if t.in(k, FunctionWords.determiners) && !t.in(k - 1, FunctionWords.nounPhrasePrepositions) { break }
                if t.in(k, FunctionWords.nounPhrasePrepositions) {
                    // A preposition joins only when a phrase follows it.
                    if !(k + 1 < hi && t.isWord(k + 1)) || t.in(k + 1, FunctionWords.timeWords) && !t.isCapitalized(k + 1) { break }
                    k += 1
                    continue
                }
            }
            end = k + 1
            k += 1
        }
        guard end > s else { return nil }
        return s..<end
    }

    /// The subject at the start of a sentence ("*The former governor* has …"),
    /// used for participial cues ("…, saying …") and opening statement phrases.
    func sentenceSubject(_ sentence: Range<Int>, in t: ClaimTokens) -> Range<Int>? {
        var s = sentence.lowerBound
        while s < sentence.upperBound && t.isPunct(s) { s += 1 }
        guard s < sentence.upperBound else { return nil }
        if t.in(s, FunctionWords.subjectPronouns) { return s..<(s + 1) }
        var end = s
        var k = s
        while k < sentence.upperBound && k - s < 8 {
            if t.isAbbreviationPeriod(k) { end = k + 1; k += 1; continue }
            if t.isPunct(k) { break }
            if k > s && (t.in(k, FunctionWords.clauseWords) || t.in(k, FunctionWords.auxiliaries)
                || t.in(k, FunctionWords.be) || t.in(k, FunctionWords.prepositions)) { break }
            if k == s && (t.in(k, FunctionWords.clauseWords) || t.in(k, FunctionWords.prepositions)) { return nil }
            if !t.isCapitalized(k) {
                if t.isAdverb(k) || isVerbForm(k, t) || t.endsWith(k, "ed") { break }
                // A lower-case "-s" word right after a name is usually its verb ("Trump slams").
                if k > s && t.isCapitalized(k - 1) && t.endsWith(k, "s") && !t.in(k - 1, FunctionWords.determiners) { break }
            }
            end = k + 1
            k += 1
        }
        return end > s ? s..<end : nil
    }

    /// Whether the word before "and" can end the first half of a compound
    /// source: a personal pronoun, a capitalised word, a plural noun or an
    /// adjective of tenure ("current and former") — not a verb.
    func conjunct(_ k: Int, in t: ClaimTokens) -> Bool {
        guard t.isWord(k) else { return false }
        if t.in(k, SourceFinder.conjunctPronouns) { return true }
        if t.in(k, FunctionWords.clauseWords) || t.in(k, FunctionWords.auxiliaries) || t.in(k, FunctionWords.be)
            || t.in(k, FunctionWords.prepositions) || t.in(k, FunctionWords.determiners) || t.isAdverb(k) || isVerbForm(k, t)
            || t.in(k, FunctionWords.weekdays) || t.in(k, FunctionWords.months) || t.in(k, FunctionWords.timeWords) {
            return false
        }
        if t.isCapitalized(k) { return true }
        if t.in(k, SourceFinder.tenureAdjectives) { return true }
        return t.endsWith(k, "s") && !t.endsWith(k, "ss") && !t.endsWith(k, "ed")
    }

    static let conjunctPronouns = FunctionWords.keys(["he", "she", "i", "we", "they"])
    static let tenureAdjectives = FunctionWords.keys(["current", "former", "past", "present", "future", "local", "state", "federal"])

    /// A cue verb, belief verb or other lexicon verb form.
    func isVerbForm(_ k: Int, _ t: ClaimTokens) -> Bool {
        AttributionLexicons.isEntry(lex.cueVerbs, t, k) && !AttributionLexicons.isEntry(lex.anonymousSources, t, k)
            && !AttributionLexicons.isEntry(lex.documents, t, k)
            || AttributionLexicons.isEntry(lex.beliefVerbs, t, k) && (t.endsWith(k, "ed") || t.endsWith(k, "s"))
                && !AttributionLexicons.isEntry(lex.documents, t, k)
    }

    /// Drops an opening prepositional phrase ("*On Tuesday* the mayor",
    /// "*At a press conference* Trump"): the preposition, a determiner, then
    /// words up to a determiner or a change of capitalisation.
    private func trimLeadingPrepositionalPhrase(_ r: Range<Int>, in t: ClaimTokens) -> Range<Int>? {
        var s = r.lowerBound
        let e = r.upperBound
        // "About four out of 10 voters": "about" means roughly here.
        if t.key(s) == SourceFinder.about { return s + 1 < e ? (s + 1)..<e : nil }
        var guardCount = 0
        while s < e && t.in(s, FunctionWords.prepositions) && guardCount < 4 {
            guardCount += 1
            s += 1
            if s < e && t.in(s, FunctionWords.determiners) { s += 1 }
            guard s < e else { return r.lowerBound + 1 < e ? (r.lowerBound + 1)..<e : nil }
            let capital = t.isCapitalized(s)
            while s < e && !t.in(s, FunctionWords.determiners) && !t.in(s, FunctionWords.prepositions)
                && t.isCapitalized(s) == capital {
                s += 1
            }
            if s >= e { return r.lowerBound + 1 < e ? (r.lowerBound + 1)..<e : nil }
        }
        // A phrase that ends in a preposition or determiner is not a phrase.
        guard s < e, !t.in(e - 1, FunctionWords.nounPhrasePrepositions) || t.isCapitalized(e - 1) else { return nil }
        return s..<e
    }

    /// Lower-case nouns of time that end a subject scanned backwards.
    static let timeNouns = FunctionWords.keys([
        "year", "week", "month", "weekend", "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
        "tomorrow",
    ])
    static let and = TokenKey.of("and")
    /// Prepositions after which an "-ed" word is a modifier ("reviewed by",
    /// "briefed on", "involved in"), not a past tense ("apologized for").
    static let participlePrepositions = FunctionWords.keys(["by", "on", "in", "with", "at", "to"])
    static let who = TokenKey.of("who")
    static let to = TokenKey.of("to")
    static let about = TokenKey.of("about")
    static let that = TokenKey.of("that")
    static let on = TokenKey.of("on")
}
