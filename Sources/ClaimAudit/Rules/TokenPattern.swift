/// A token pattern: the payload of a `kind="pattern"` rule, which finds
/// attributions as data instead of Swift ("NAME (, APPOSITIVE ,)?
/// REPORTING-VERB CONTENT"), or, with `emit="finding"`, reports a finding
/// wherever it matches (a house rule written as words, not as a regex).
///
/// A pattern is a sequence of steps matched over the tokens of one
/// sentence. Captures named `source`, `cue` and `content` become the
/// attribution's spans; `exceptions` (anti-patterns) cancel a match whose cue
/// they overlap. The analyser compiles every pattern once
/// (`CompiledTokenPattern`): tests compare 64-bit token keys, never text.
public struct TokenPattern: Sendable, Hashable {
    public var steps: [PatternStep]
    /// Anti-patterns: a match of any of these overlapping the cue cancels it.
    public var exceptions: [[PatternStep]]
    /// The attribution kind, or nil to classify the captured source
    /// (a pronoun or name → named, "officials" → anonymous, "a poll" → document…).
    public var attributionKind: AttributionKind?
    /// What a match makes: an attribution (the analyser runs the pattern)
    /// or a finding of the rule (the rule engine runs it).
    public var output: PatternOutput = .attribution
    /// Every `<lexicon ref>` step as written, in file order, so that a
    /// lexicon no pack defines is reported where it is named (see
    /// `LexiconReferences`); empty for a pattern made in code.
    var lexiconRefs: [LexiconReference] = []

    public init(steps: [PatternStep], exceptions: [[PatternStep]] = [], attributionKind: AttributionKind? = nil,
                output: PatternOutput = .attribution) {
        self.steps = steps
        self.exceptions = exceptions
        self.attributionKind = attributionKind
        self.output = output
    }
}

/// A `<lexicon ref="ID"/>` step of a token pattern and where it is written.
struct LexiconReference: Sendable, Hashable {
    var id: String
    var location: SourceLocation
}

/// What a token pattern's match makes (`<tokens emit="…">`).
public enum PatternOutput: String, Sendable, Hashable {
    /// An attribution with the captured source, cue and content.
    case attribution
    /// A finding of the rule over the whole match, or over the
    /// `<capture name="match">` when there is one. An `<except>` match that
    /// overlaps the finding cancels it.
    case finding
}

/// One step of a token pattern. `min`/`max` repeat it (an optional step is
/// 0…1); `max == nil` means unbounded.
public indirect enum PatternStep: Sendable, Hashable {
    case test(PatternTest, min: Int, max: Int?)
    /// A sequence matched as one step; a named group is a capture.
    case group([PatternStep], capture: PatternCapture?, min: Int, max: Int?)
    /// Skips zero to `max` tokens (as few as possible).
    case skip(max: Int)
    /// One of several steps, tried in the order written (the first that
    /// lets the rest of the pattern match wins, as in a regex alternation).
    case choice([PatternStep], min: Int, max: Int?)
}

/// Named captures. `source`, `cue` and `content` are an attribution's spans;
/// `match` narrows a finding pattern's finding to part of the match.
public enum PatternCapture: String, Sendable, Hashable, CaseIterable {
    case source, cue, content, match
}

/// What one token test accepts.
public enum PatternTest: Sendable, Hashable {
    /// One word, compared case-insensitively (`’` = `'`).
    case literal(String)
    /// Any inflection of a word (say → says, said, saying).
    case lemma(String)
    /// A capitalised word.
    case capitalized
    /// A run of capitalised words (and title abbreviations: "Sen. Ann Lee"), as one step.
    case name
    /// An entry (possibly several words) of a named lexicon (`cue-verbs`).
    case lexicon(String)
    /// One punctuation mark, as written (`,`, `:`, `—`).
    case punctuation(String)
    /// Any word or number.
    case anyWord
    /// A number: digits ("10", "1.5") or a spelled-out cardinal ("one",
    /// "six", "twenty", "hundred"), as in "six in 10 voters".
    case number
    /// A source-like noun phrase ("a spokesperson for the city", "Mayor
    /// Ruiz"); with a lexicon id, its head word must be an entry of it.
    case nounPhrase(head: String?)
    /// The rest of the sentence (at least one word).
    case rest
}
