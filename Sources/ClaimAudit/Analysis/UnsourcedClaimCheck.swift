/// `unsourced-claim`: a factual assertion with no attribution in its sentence
/// and none governing it.
///
/// "Factual assertion" is decided on tokens: a digit, money or percent sign,
/// a month or weekday name, an `assertion-markers` word (superlatives,
/// "will", "plans to", "million"), or a past-tense action verb. Headings,
/// questions, analysis-section claims and fragments of fewer than
/// `minimumWords` words never fire. In a `background` section the finding
/// drops to `info`.
struct UnsourcedClaimCheck {
    let lex: AttributionLexicons
    static let minimumWords = 6

    /// Whether the claim asserts a checkable fact.
    func isAssertion(_ t: ClaimTokens) -> Bool {
        var words = 0
        var signal = false
        for i in 0..<t.count {
            let tok = t.tokens[i]
            switch tok.kind {
            case .number:
                signal = true
                words += 1
            case .punctuation:
                let b = t.view[tok.start]
                if b == 0x24 || b == 0x25 { signal = true }                                  // $ %
                if tok.range.count >= 2 && (b == 0xC2 && t.view[tok.start + 1] == 0xA3) { signal = true } // £
            case .word:
                words += 1
                if signal { continue }
                if t.isCapitalized(i) && (t.in(i, FunctionWords.months) && t.key(i) != UnsourcedClaimCheck.may || t.in(i, FunctionWords.weekdays)) {
                    signal = true
                } else if AttributionLexicons.longest(lex.assertionMarkers, t, at: i) != nil {
                    signal = true
                } else if !t.isCapitalized(i) && (t.in(i, FunctionWords.irregularPast) || t.length(i) >= 5 && t.endsWith(i, "ed")) {
                    signal = true
                }
            }
        }
        return signal && words >= UnsourcedClaimCheck.minimumWords
    }

    /// A question: the last punctuation outside closing quotation marks is "?".
    func isQuestion(_ t: ClaimTokens) -> Bool {
        var k = t.count - 1
        while k >= 0 && t.marks[k] == .close { k -= 1 }
        return k >= 0 && t.isByte(k, 0x3F)
    }

    func shouldFire(_ t: ClaimTokens, segment: Segment) -> Bool {
        if segment.blockKind == .heading { return false }
        if segment.section?.role == .analysis { return false }
        if isQuestion(t) { return false }
        return isAssertion(t)
    }

    static let may = TokenKey.of("may")
}
