/// Widens a found source phrase to the span PolNeAR's guidelines mark: the
/// name together with the modifiers that say who the source is — an
/// appositive ("said *Dana Okafor, a professor of law at Ridgeford*"), a
/// relative clause ("*Okafor, who chairs the panel,* said"), a party and
/// state in parentheses ("*Sen. Ada Lim (D-Ore.)*"), or a name set off
/// after a role ("*the city's attorney, Mia Soto,* said").
///
/// The finders in `CueFinder` stop at the first comma so that kind and
/// description are decided on the short phrase; this widens only the
/// reported span, afterwards. Work is a bounded scan of tokens (at most
/// `maxAppositive` tokens per attribution).
extension SourceFinder {
    /// Longest appositive taken, in tokens.
    static let maxAppositive = 40

    /// The reported source span for `source`, given the cue it belongs to.
    func widened(_ source: Range<Int>, cue: Range<Int>, in t: ClaimTokens) -> Range<Int> {
        guard !source.isEmpty, source.upperBound <= t.count else { return source }
        // A pronoun or relative ("who", "she") is reported as it stands.
        if source.count == 1 && t.in(source.lowerBound, FunctionWords.subjectPronouns) { return source }
        let sentence = t.sentence(of: source.lowerBound)
        var end = parenthesis(after: source.upperBound, limit: sentence.upperBound, in: t) ?? source.upperBound
        // "Cruz himself said".
        if end < sentence.upperBound && t.in(end, SourceFinder.reflexives) { end += 1 }
        // "According to X, the plan …": after an opening cue the comma ends the source.
        var first = sentence.lowerBound
        while first < cue.lowerBound && t.isPunct(first) { first += 1 }
        let opensSentence = first == cue.lowerBound
        if source.lowerBound >= cue.upperBound && !opensSentence {
            end = appositive(after: end, limit: sentence.upperBound, in: t)
        } else if source.upperBound <= cue.lowerBound {
            end = parenthetical(after: end, before: cue.lowerBound, in: t)
        }
        return source.lowerBound..<end
    }

    /// "(D-Ore.)", "(R)": a short parenthesis right after a capitalised
    /// word. Returns the index after the closing bracket.
    private func parenthesis(after e: Int, limit: Int, in t: ClaimTokens) -> Int? {
        guard e < limit, e > 0, t.isByte(e, 0x28), t.isCapitalized(e - 1) else { return nil }
        var k = e + 1
        while k < limit && k - e <= 8 {
            if t.isByte(k, 0x29) { return k > e + 1 ? k + 1 : nil }
            if t.marks[k] != .none || t.isByte(k, 0x28) { return nil }
            k += 1
        }
        return nil
    }

    /// After a source that follows its cue: ", a professor at Ridgeford, a
    /// small college" up to the clause end. Stops before a quotation, a
    /// colon, a dash, a semicolon, or a comma that opens something other
    /// than a further appositive ("…, adding", "…, in an interview").
    private func appositive(after e: Int, limit: Int, in t: ClaimTokens) -> Int {
        guard e + 1 < limit, t.isComma(e), opensAppositive(e + 1, in: t) else { return e }
        var end = e
        var k = e + 1
        while k < limit && k - e <= SourceFinder.maxAppositive {
            if t.marks[k] != .none || t.isColon(k) || t.isDash(k) || t.isByte(k, 0x3B) { break }
            if t.isTerminal(k) && !t.isAbbreviationPeriod(k) { break }
            if t.isComma(k) {
                // "Soto, 67, of Exeter": a home town after an age.
                let hometown = k + 1 < limit && t.key(k + 1) == SourceFinder.of && isAge(k - 1, in: t)
                guard k + 1 < limit, opensAppositive(k + 1, in: t) || hometown else { break }
                k += 1
                continue
            }
            if t.isByte(k, 0x28) {
                // A bracket inside the appositive is kept whole or not at all.
                guard let close = parenthesis(after: k, limit: limit, in: t) else { break }
                end = close
                k = close
                continue
            }
            end = k + 1
            k += 1
        }
        // An unfinished bracket or a lone preposition at the end is not a phrase.
        while end > e && (t.in(end - 1, FunctionWords.nounPhrasePrepositions) || t.in(end - 1, FunctionWords.determiners)) {
            end -= 1
        }
        return end > e + 1 ? end : e
    }

    /// Before the cue: "Okafor, a professor at Ridgeford, said" — the span
    /// runs over the insertion to the comma that closes it, when only
    /// adverbs, auxiliaries and time words stand between that comma and the
    /// cue.
    private func parenthetical(after e: Int, before cue: Int, in t: ClaimTokens) -> Int {
        guard e < cue, t.isComma(e), e + 1 < cue, opensAppositive(e + 1, in: t) || t.isCapitalized(e + 1) else { return e }
        var c = cue - 1
        while c > e && !t.isPunct(c) && (t.isAdverb(c) || t.in(c, FunctionWords.auxiliaries) || t.in(c, FunctionWords.be)
            || t.in(c, FunctionWords.perfect) || t.in(c, FunctionWords.weekdays) || t.in(c, FunctionWords.timeWords)) {
            c -= 1
        }
        guard c > e + 1, t.isComma(c), c - e <= SourceFinder.maxAppositive else { return e }
        var last = e
        for k in (e + 1)..<c {
            if t.marks[k] != .none || t.isColon(k) || t.isByte(k, 0x3B) { return e }
            if t.isTerminal(k) && !t.isAbbreviationPeriod(k) && !t.isByte(k, 0x29) { return e }
            if !t.isComma(k) { last = k + 1 }
        }
        return last > e + 1 ? last : e
    }

    /// Whether token `k` can open an appositive or identifying clause: a
    /// determiner ("a", "the", "one"), "who"/"whose"/"which", a capitalised
    /// word, or a lower-case noun or adjective ("chairman of …", "senior
    /// fellow at …") — not a participle, preposition, conjunction, pronoun,
    /// time word or statement phrase.
    func opensAppositive(_ k: Int, in t: ClaimTokens) -> Bool {
        guard t.isWord(k) else { return false }
        if t.in(k, SourceFinder.appositiveRelatives) {
            // "who said …", "who spoke on condition of anonymity": the
            // clause reports another statement or the terms of this one,
            // it does not say who the source is.
            var v = k + 1
            while v < t.count && v - k <= 3 && (t.isAdverb(v) || t.in(v, FunctionWords.auxiliaries) || t.in(v, FunctionWords.perfect)) { v += 1 }
            if v < t.count && (isVerbForm(v, t) || t.in(v, SourceFinder.anonymityVerbs)) { return false }
            return true
        }
        if t.in(k, FunctionWords.subjectPronouns) || t.in(k, FunctionWords.subjectPronounContractions) { return false }
        if AttributionLexicons.longest(lex.statementPhrases, t, at: k) != nil { return false }
        if t.in(k, SourceFinder.appositiveStops) || t.in(k, FunctionWords.weekdays) || t.in(k, FunctionWords.timeWords) { return false }
        if t.in(k, FunctionWords.determiners) || t.in(k, FunctionWords.possessives) { return true }
        if t.in(k, FunctionWords.prepositions) || t.in(k, FunctionWords.clauseWords) || t.in(k, FunctionWords.auxiliaries)
            || t.in(k, FunctionWords.be) { return false }
        if t.isCapitalized(k) { return true }
        // "Okafor, 67,": an age after a name is part of the phrase (PolNeAR
        // marks it); any other number is not.
        if t.tokens[k].kind == .number { return isAge(k, in: t) }
        if t.isAdverb(k) || t.endsWith(k, "ing") || isVerbForm(k, t) { return false }
        return true
    }

    /// "Soto, 67,": a number of one to three digits right after a
    /// capitalised word and a comma, ending at a comma or the sentence end.
    func isAge(_ k: Int, in t: ClaimTokens) -> Bool {
        guard k >= 2, t.tokens[k].kind == .number, t.length(k) <= 3, t.isComma(k - 1), t.isCapitalized(k - 2) else { return false }
        return k + 1 >= t.count || t.isComma(k + 1) || t.isTerminal(k + 1)
    }

    /// The Swift constructions whose source is widened. Participles and
    /// coordinated verbs borrow a subject reported with another cue; pattern
    /// rules capture exactly the source they mean.
    static let widenedRules: Set<String> = [
        "cue-verb", "attitude-adjective", "quote-speaker", "passive-agent", "according-to", "cue-phrase", "citing", "own-reporting", "statement",
    ]
    static let appositiveRelatives = FunctionWords.keys(["who"])
    static let of = TokenKey.of("of")
    static let reflexives = FunctionWords.keys(["himself", "herself", "themselves", "itself"])
    /// Verbs of a relative clause that gives the terms of the statement.
    static let anonymityVerbs = FunctionWords.keys(["spoke", "speaks", "declined", "requested", "insisted", "asked"])
    /// Words after a comma that begin something other than an appositive.
    static let appositiveStops = FunctionWords.keys([
        "and", "but", "or", "so", "yet", "because", "although", "though", "while", "when", "after", "before", "as",
        "if", "unless", "since", "until", "then", "also", "too", "according", "citing", "that", "this", "these",
        "those", "there", "here", "not", "adding", "saying", "noting", "however", "meanwhile", "instead", "still",
        "nonetheless", "nevertheless", "therefore", "indeed", "now", "whose", "which", "where",
    ])
}
