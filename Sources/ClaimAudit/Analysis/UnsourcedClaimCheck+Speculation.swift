/// Conjecture the writer does not assert: predictions ("is likely to"),
/// modals in the main clause, extraposed epistemic frames ("It is unclear whether").
extension UnsourcedClaimCheck {
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
    static let whereWords = FunctionWords.keys(["where", "when"])

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
}
