/// Sentences that frame rather than report: titles and decks, editorial notes
/// and lead-ins, contrastive or habitual openers, framing phrases,
/// pseudo-clefts, stance adverbs.
extension UnsourcedClaimCheck {
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
}
