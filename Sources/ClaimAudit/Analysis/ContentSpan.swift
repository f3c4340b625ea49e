/// The tokens an attribution states, within its sentence, by the boundary
/// conventions PolNeAR's annotators follow:
/// - after the cue, the complement starts at "that", a colon or an opening
///   quotation mark when only adjuncts stand before it ("said *on Friday*
///   that …", "told *MSNBC* that …"): the recipient and the adjuncts are
///   not what was said;
/// - a cue followed only by adjuncts ("…, she said in an interview with
///   NPR.") states what comes before it;
/// - a quotation right before the cue is the statement even when words
///   follow the source ("“…,” said Okafor in front of a crowd");
/// - the statement after the cue ends before a comma that opens a contrast,
///   a relative clause or a speech participle of its own ("…, but …",
///   "…, which …", "…, adding …"), or before "and" with a second speech
///   verb ("said … and accused …"), outside quotations.
///
/// `CueFinder.content` keeps the coarser span used to nest attributions;
/// this one is what is reported. One bounded scan of the sentence's tokens.
enum ContentSpan {
    static func governed(cue: Range<Int>, source: Range<Int>?, rule: String, in t: ClaimTokens, sources: SourceFinder) -> Range<Int> {
        let sentence = t.sentence(of: cue.lowerBound)
        // A participle or second verb borrows its subject from earlier in the
        // sentence: only the cue anchors it.
        let borrowed = rule == "participle" || rule == "coordinated-verb"
        let src = borrowed ? nil : source
        let lo = min(cue.lowerBound, src?.lowerBound ?? cue.lowerBound)
        let hi = max(cue.upperBound, src?.upperBound ?? cue.upperBound)
        let before = sentence.lowerBound..<max(sentence.lowerBound, lo)
        let beforeWords = words(before, in: t)
        let (start, explicit) = complementStart(after: hi, cue: cue, sentence: sentence, nothingBefore: beforeWords == 0, in: t)
        var after: Range<Int>? = nil
        if let s = start { after = s..<clauseEnd(from: s, sentence: sentence, in: t, sources: sources) }
        let afterWords = after.map { words($0, in: t) } ?? 0
        // "“…,” said X …": the quotation before the cue is the statement.
        let k = lo - 1
        let quoteBefore = k >= sentence.lowerBound && (t.marks[k] == .close || t.isComma(k) && k - 1 >= sentence.lowerBound && t.marks[k - 1] == .close)
        if let a = after, afterWords >= 2, explicit || !quoteBefore { return a }
        if beforeWords > 0 { return before }
        return after ?? (hi..<hi)
    }

    /// "The plan, she said, was never costed": a source and cue set off by
    /// commas inside the sentence split the statement in two. Returns the
    /// words before the first comma and the clause after the second, or nil
    /// when the attribution is not such an insertion (a quotation beside it
    /// is left to the quotation rules; a participle borrows its subject).
    static func split(cue: Range<Int>, source: Range<Int>?, rule: String, in t: ClaimTokens) -> (Range<Int>, Range<Int>)? {
        guard rule != "participle" && rule != "coordinated-verb" else { return nil }
        let sentence = t.sentence(of: cue.lowerBound)
        let lo = min(cue.lowerBound, source?.lowerBound ?? cue.lowerBound)
        let hi = max(cue.upperBound, source?.upperBound ?? cue.upperBound)
        let open = lo - 1
        guard open > sentence.lowerBound, t.isComma(open), !t.quoted[open], t.marks[open - 1] == .none else { return nil }
        // Adjuncts of the cue ("argued in his email") up to the closing comma.
        var close = hi
        while close < sentence.upperBound && close - hi <= 8 && t.isWord(close) { close += 1 }
        guard close < sentence.upperBound, t.isComma(close), !t.quoted[close] else { return nil }
        if close > hi && (t.in(hi, complementizers) || !(t.in(hi, FunctionWords.prepositions) || t.isAdverb(hi)
            || t.in(hi, FunctionWords.timeWords) || t.in(hi, FunctionWords.weekdays))) { return nil }
        var first = sentence.lowerBound
        while first < open && t.isPunct(first) { first += 1 }
        var last = open
        while last > first && t.isPunct(last - 1) { last -= 1 }
        guard words(first..<last, in: t) >= 1 else { return nil }
        var next = close + 1
        while next < sentence.upperBound && t.isPunct(next) { next += 1 }
        guard next < sentence.upperBound, !t.in(next, clauseBreaks) else { return nil }
        var end = clauseEnd(from: next, sentence: sentence, in: t)
        while end > next && t.isPunct(end - 1) { end -= 1 }
        guard words(next..<end, in: t) >= 2 else { return nil }
        return (first..<last, next..<end)
    }

    /// Where the complement after the cue begins, skipping adjuncts and a
    /// recipient; nil when only adjuncts follow. `explicit` when it begins
    /// at "that", a colon or a quotation mark.
    private static func complementStart(after hi: Int, cue: Range<Int>, sentence: Range<Int>, nothingBefore: Bool,
                                        in t: ClaimTokens) -> (Int?, Bool) {
        let end = sentence.upperBound
        guard hi < end else { return (nil, false) }
        if t.isColon(hi) { return (hi + 1 < end ? hi + 1 : nil, true) }
        if t.marks[hi] == .open { return (hi, true) }
        if t.isComma(hi) || t.isDash(hi) {
            if hi + 1 < end && t.marks[hi + 1] == .open { return (hi + 1, true) }
            // "According to X, the plan …": the comma only separates.
            return nothingBefore && hi + 1 < end ? (hi + 1, false) : (nil, false)
        }
        guard t.isWord(hi) else { return (nil, false) }
        if t.in(hi, complementizers) { return (hi, true) }
        let tell = cue.contains { t.in($0, CueFinder.tellForms) }
        let adjunct = t.in(hi, FunctionWords.prepositions) && !t.in(hi, openers) || t.in(hi, FunctionWords.timeWords)
            || t.in(hi, FunctionWords.weekdays) || t.isAdverb(hi)
        guard adjunct || tell else { return (hi, false) }
        // Skip the adjuncts or the recipient, at most eight tokens, to the
        // complement; a comma or the sentence end first means there is none.
        var k = hi
        while k < end && k - hi <= 8 {
            if t.isColon(k) { return (k + 1 < end ? k + 1 : nil, true) }
            if t.marks[k] == .open { return (k, true) }
            if t.isComma(k) {
                if k + 1 < end && t.marks[k + 1] == .open { return (k + 1, true) }
                return (nil, false)
            }
            if t.isTerminal(k) && !t.isAbbreviationPeriod(k) { return (nil, false) }
            if t.in(k, complementizers) { return (k, true) }
            // "told reporters to …": an infinitive after the recipient.
            if tell && k > hi && t.key(k) == CueFinder.to && k + 1 < end && t.isWord(k + 1) && !t.isCapitalized(k + 1)
                && !t.in(k + 1, FunctionWords.determiners) { return (k, true) }
            k += 1
        }
        return (hi, false)
    }

    /// The end of the statement that starts at `s`: the sentence end, a
    /// comma outside quotations that opens a contrast, a "which"/"who"
    /// clause or a participle, or an "and" before a speech verb of the
    /// subject's own ("said the plan failed and accused …").
    private static func clauseEnd(from s: Int, sentence: Range<Int>, in t: ClaimTokens, sources: SourceFinder? = nil) -> Int {
        var k = s + 1
        while k + 1 < sentence.upperBound {
            // "said the plan had failed and accused the board of …": the
            // subject's next speech verb ends what it said.
            if t.key(k) == SourceFinder.and && !t.quoted[k] {
                var v = k + 1
                while v < sentence.upperBound && t.isAdverb(v) { v += 1 }
                if v < sentence.upperBound && !t.isCapitalized(v) && sources?.isVerbForm(v, t) == true {
                    return t.isComma(k - 1) ? k - 1 : k
                }
            }
            // "…, which …": a relative clause on the last word is the writer's.
            if t.isComma(k) && !t.quoted[k] && t.in(k + 1, relativeBreaks) { return k }
            if t.isComma(k) && !t.quoted[k] && t.marks[k - 1] != .close {
                let n = k + 1
                if t.in(n, clauseBreaks) {
                    return k
                }
            }
            k += 1
        }
        return sentence.upperBound
    }

    private static func words(_ r: Range<Int>, in t: ClaimTokens) -> Int {
        var n = 0
        for k in r where t.isWord(k) && !t.in(k, FunctionWords.timeWords) { n += 1 }
        return n
    }

    /// The Swift constructions whose content this decides; pattern rules
    /// capture their own, "citing" governs nothing and a speaker colon
    /// states what follows it.
    static let rules: Set<String> = [
        "cue-verb", "attitude-adjective", "quote-speaker", "passive-agent", "according-to", "cue-phrase", "own-reporting", "statement",
        "participle", "coordinated-verb",
    ]
    static let relativeBreaks = FunctionWords.keys(["which", "who"])
    static let complementizers = FunctionWords.keys(["that", "whether", "if", "how", "why", "what"])
    /// Prepositions that open a statement rather than an adjunct ("warned
    /// *of* …", "talked *about* …", "urged him *to* …").
    static let openers = FunctionWords.keys(["of", "about", "to", "for", "against", "like", "over"])
    static let clauseBreaks = FunctionWords.keys([
        "but", "while", "whereas", "although", "though", "according", "yet", "saying", "adding", "noting", "calling",
        "citing", "arguing", "insisting", "claiming", "explaining", "referring", "telling", "warning",
    ])
}
