/// Decides what kind of source a phrase names and whether an unnamed source
/// is described.
///
/// The deciding word is the phrase's head: the last word before the first
/// attached preposition or relative ("*officials* in Washington", "a
/// *spokesperson* for Meta"). Order of tests: pronoun → named; an outlet
/// covering the head → outlet; a document head → document; a spokesperson
/// head → named; an anonymous head with no personal name → anonymous; else
/// named (a capitalised name, or "the company" referring back to one).
struct SourceClassifier {
    let lex: AttributionLexicons

    func head(of r: Range<Int>, in t: ClaimTokens) -> Int {
        var head = r.lowerBound
        var seenContent = false
        for k in r {
            if t.isAbbreviationPeriod(k) { continue }
            if seenContent && (t.in(k, FunctionWords.nounPhrasePrepositions) || t.in(k, FunctionWords.relatives)) { break }
            if t.isWord(k) {
                head = k
                if !t.in(k, FunctionWords.determiners) { seenContent = true }
            }
        }
        return head
    }

    func kind(of r: Range<Int>, in t: ClaimTokens) -> AttributionKind {
        if r.count == 1 && (t.in(r.lowerBound, FunctionWords.subjectPronouns) || t.in(r.lowerBound, FunctionWords.subjectPronounContractions)) {
            return .named
        }
        let h = head(of: r, in: t)
        if isOutlet(r, head: h, in: t) { return .outlet }
        if AttributionLexicons.isEntry(lex.documents, t, h) && (!t.isCapitalized(h) || h == r.lowerBound && !t.isWord(h - 1)) || isMultiwordEntry(lex.documents, r, head: h, t) {
            return .document
        }
        if AttributionLexicons.isEntry(lex.spokespersons, t, h) || isMultiwordEntry(lex.spokespersons, r, head: h, t) {
            return .named
        }
        if AttributionLexicons.isEntry(lex.anonymousSources, t, h) { return .anonymous }
        return .named
    }

    /// An outlet phrase that covers the head ("Bloomberg", "The New York
    /// Times"). Outlets must be written with a capital, so "the post" and
    /// "the hill" in running text are not outlets.
    func isOutlet(_ r: Range<Int>, head h: Int, in t: ClaimTokens) -> Bool {
        for i in r where i <= h {
            guard let e = AttributionLexicons.longest(lex.outlets, t, at: i, limit: r.upperBound), e > h else { continue }
            let firstContent = t.in(i, FunctionWords.determiners) ? i + 1 : i
            if firstContent < e && t.isCapitalized(firstContent) { return true }
        }
        return false
    }

    /// A multi-word lexicon entry ("press secretary") that ends at the head.
    private func isMultiwordEntry(_ m: PhraseMatcher, _ r: Range<Int>, head h: Int, _ t: ClaimTokens) -> Bool {
        for i in r where i < h {
            if let e = AttributionLexicons.longest(m, t, at: i, limit: h + 1), e == h + 1 { return true }
        }
        return false
    }

    /// Whether an anonymous source phrase says who the sources are or how
    /// they know: any word besides the head and plain determiners or numbers
    /// ("*senior* officials", "people *familiar with the talks*", "*White
    /// House* aides"). A definite phrase ("the source", "those officials")
    /// refers back to sources described earlier, so it counts as described.
    func isDescribed(_ r: Range<Int>, in t: ClaimTokens) -> Bool {
        let h = head(of: r, in: t)
        if t.in(r.lowerBound, FunctionWords.definite) { return true }
        if AttributionLexicons.contains(lex.sourceDescriptors, t, r) { return true }
        for k in r where k != h && t.isWord(k) {
            if t.tokens[k].kind == .number { continue }
            if t.in(k, FunctionWords.nonDescriptive) { continue }
            return true
        }
        return false
    }
}

extension FunctionWords {
    /// Determiners that point back to something already introduced.
    static let definite = keys(["the", "this", "that", "these", "those", "such"])
}
