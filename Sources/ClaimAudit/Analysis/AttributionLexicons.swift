/// The attribution lexicons of a rule set, compiled once into phrase matchers.
///
/// Each lexicon is read from the rule set by id (`rules/lexicons-*.xml`); a
/// lexicon the rule set does not carry falls back to `DefaultLexicons`, the
/// embedded copy of the shipped XML.
///
/// A final class, not a struct: the analyser, the cue finder and the source
/// finder all hold it, and helpers take those by value; as a struct of some
/// twenty phrase matchers every such copy retained and released each of
/// their arrays (30 % of an audit's CPU once a helper took a
/// `SourceFinder?` per clause). Immutable after `init`, so sharing is safe.
final class AttributionLexicons: Sendable {
    let cueVerbs: PhraseMatcher
    /// Attitude verbs: `belief-verbs` and `intent-verbs` together (for
    /// telling verb forms from nouns).
    let beliefVerbs: PhraseMatcher
    let documentVerbs: PhraseMatcher
    let ownReporting: PhraseMatcher
    let cuePhrases: PhraseMatcher
    let statementPhrases: PhraseMatcher
    /// Statement phrases that join the cue right after a verb ("said *in a
    /// statement*"); a subset of `statementPhrases`.
    let cueExtensions: PhraseMatcher
    let anonymousSources: PhraseMatcher
    let spokespersons: PhraseMatcher
    let anonymityMarkers: PhraseMatcher
    let sourceDescriptors: PhraseMatcher
    let outlets: PhraseMatcher
    let documents: PhraseMatcher
    let pronouns: PhraseMatcher
    let assertionMarkers: PhraseMatcher
    /// Section labels that end in a colon but name no speaker ("Breaking:",
    /// "Contributing:", "Q:"), for the speaker-colon construction.
    let speakerLabels: PhraseMatcher
    /// `attitude-adjectives` ("eager", "hopeful"): also in `verbs` as
    /// belief, kept apart to name their rule.
    let attitudeAdjectives: PhraseMatcher
    /// cue-verbs, belief-verbs, document-verbs, own-reporting and
    /// intent-verbs in one matcher, payload 0…4 (`VerbFamily`), so a token
    /// is looked up once, not five times.
    let verbs: PhraseMatcher

    /// Payload of the cue-phrases entries that need a check of what follows
    /// ("per cent" is not a source).
    let perPayloads: Set<Int>
    /// Payload of "citing".
    let citingPayloads: Set<Int>
    /// Payloads of "according to" and "per".
    let accordingPayloads: Set<Int>

    init(ruleSet: RuleSet) {
        func list(_ id: String) -> PhraseList {
            let loaded = ruleSet.lexicon(id)
            if !loaded.phrases.isEmpty { return loaded }
            return DefaultLexicons.all[id] ?? PhraseList(phrases: [])
        }
        func compile(_ id: String) -> PhraseMatcher {
            let l = list(id)
            return PhraseMatcher(l.phrases.enumerated().map { ($1, $0) }, inflect: l.inflect)
        }
        cueVerbs = compile("cue-verbs")
        var attitude = PhraseMatcher()
        for id in ["belief-verbs", "intent-verbs"] {
            let l = list(id)
            for (n, phrase) in l.phrases.enumerated() { attitude.add(phrase, payload: n, inflect: l.inflect) }
        }
        beliefVerbs = attitude
        documentVerbs = compile("document-verbs")
        ownReporting = compile("own-reporting")
        cuePhrases = compile("cue-phrases")
        statementPhrases = compile("statement-phrases")
        cueExtensions = compile("cue-extensions")
        anonymousSources = compile("anonymous-sources")
        spokespersons = compile("spokesperson-nouns")
        anonymityMarkers = compile("anonymity-markers")
        sourceDescriptors = compile("source-descriptors")
        outlets = compile("outlets")
        documents = compile("documents")
        pronouns = compile("pronouns")
        assertionMarkers = compile("assertion-markers")
        speakerLabels = compile("speaker-labels")
        attitudeAdjectives = compile("attitude-adjectives")
        var verbs = PhraseMatcher()
        for (n, id) in VerbFamily.lexiconIDs.enumerated() {
            let l = list(id)
            for phrase in l.phrases { verbs.add(phrase, payload: n, inflect: l.inflect) }
        }
        // "Ruiz was eager to", "the board is hopeful that": an adjective of
        // attitude after "be" reads like a belief verb (never inflected).
        for phrase in list("attitude-adjectives").phrases { verbs.add(phrase, payload: VerbFamily.belief.rawValue, inflect: false) }
        self.verbs = verbs
        let phrases = list("cue-phrases").phrases.map { $0.lowercased() }
        perPayloads = Set(phrases.indices.filter { phrases[$0] == "per" })
        citingPayloads = Set(phrases.indices.filter { phrases[$0] == "citing" })
        accordingPayloads = Set(phrases.indices.filter { phrases[$0] == "according to" || phrases[$0] == "per" })
    }

    /// Any lexicon by id (for token patterns), or nil when neither the rule
    /// set nor the shipped defaults define it.
    static func list(_ id: String, ruleSet: RuleSet) -> PhraseList? {
        var l = ruleSet.lexicon(id)
        if l.phrases.isEmpty { l = DefaultLexicons.all[id] ?? l }
        return l.phrases.isEmpty ? nil : l
    }

    /// End (exclusive token index) of the longest match of `m` starting at
    /// `i` and ending by `limit`, or nil.
    @inline(__always)
    static func longest(_ m: PhraseMatcher, _ t: ClaimTokens, at i: Int, limit: Int? = nil) -> Int? {
        guard i >= 0 && i < t.count else { return nil }
        return m.matches(in: t.tokens, at: i, limit: limit ?? t.count).first?.tokens.upperBound
    }

    /// True when token `i` alone is an entry of `m`.
    @inline(__always)
    static func isEntry(_ m: PhraseMatcher, _ t: ClaimTokens, _ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        return m.matches(in: t.tokens, at: i, limit: i + 1).contains { $0.tokens.upperBound == i + 1 }
    }

    /// Whether any match of `m` lies inside tokens `r`.
    static func contains(_ m: PhraseMatcher, _ t: ClaimTokens, _ r: Range<Int>) -> Bool {
        for i in r where longest(m, t, at: i, limit: r.upperBound) != nil { return true }
        return false
    }
}

/// The verb lexicons walked together by `CueFinder`, in payload order.
enum VerbFamily: Int {
    case cue, belief, document, ownReporting, intent

    static let lexiconIDs = ["cue-verbs", "belief-verbs", "document-verbs", "own-reporting", "intent-verbs"]
}
