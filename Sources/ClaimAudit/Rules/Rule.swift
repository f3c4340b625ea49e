/// A rule as loaded from a rule pack (`rules/*.xml`).
///
/// Rules are data: the XML gives the id, category, severity, message, what
/// to match and examples. `kind` picks the matcher from a closed set.
public struct Rule: Sendable {
    /// Unique across all loaded packs (`hedging`, `house.no-sources-say`).
    public var id: String
    public var category: String
    public var severity: Severity
    /// Shown to the writer. `{match}` is replaced by the matched words.
    public var message: String
    /// One or two sentences for `rules list` and the report legend.
    public var summary: String
    public var kind: RuleKind
    public var examples: [RuleExample]
    /// Where the rule is defined, for error messages and failing examples.
    public var origin: RuleOrigin
    /// False when a pack or configuration turns the rule off.
    public var enabled: Bool
    /// Where a `regex` rule's or a finding pattern's matches count
    /// (`<pattern scope="prose">`, `<tokens emit="finding" scope="prose">`):
    /// `.prose` drops matches that touch quoted words. Phrase rules carry
    /// their scope in `PhraseList`.
    public var patternScope: MatchScope = .all
    /// Severity of a `regex` rule's or a finding pattern's match that lies
    /// inside a quotation, when it differs from the rule's
    /// (`<pattern quote-severity="info">`, `<tokens emit="finding"
    /// quote-severity="info">`), as `PhraseList.quoteSeverity` for phrase
    /// rules. Nil (the default): a match in a quotation, where `patternScope`
    /// lets one count, is reported at the rule's severity.
    public var patternQuoteSeverity: Severity? = nil
    /// The id of the pack that defines the rule (`hedging`, `house`), so a
    /// lint configuration can turn a whole pack off; empty when unknown.
    public var pack: String = ""

    public init(id: String, category: String, severity: Severity, message: String, summary: String = "",
                kind: RuleKind, examples: [RuleExample] = [], origin: RuleOrigin, enabled: Bool = true) {
        self.id = id
        self.category = category
        self.severity = severity
        self.message = message
        self.summary = summary
        self.kind = kind
        self.examples = examples
        self.origin = origin
        self.enabled = enabled
    }
}

/// The closed set of rule kinds. Each has its own compiled matcher.
public enum RuleKind: Sendable {
    /// Word-boundary, case-insensitive phrases, optionally with inflected
    /// forms of their verbs (say → says, said, saying).
    case phrases(PhraseList)
    /// A regular expression over the claim's prose (case-insensitive by default).
    case regex(pattern: String, caseSensitive: Bool)
    /// Section labels ("Why it matters:") that open a paragraph or list.
    case sectionLabels([SectionLabel])
    /// A check implemented in Swift (`unsourced-claim`,
    /// `anonymous-without-description`); the XML configures and documents it.
    case check(name: String)
    /// A token pattern (`kind="pattern"`). One that finds attributions is
    /// compiled and run by the analyser, and its attributions name the
    /// rule; one with `emit="finding"` is run by the rule engine and
    /// reports findings like a phrase or regex rule.
    case tokenPattern(TokenPattern)

    public var name: String {
        switch self {
        case .phrases: "phrases"
        case .regex: "regex"
        case .sectionLabels: "section-labels"
        case .check: "check"
        case .tokenPattern: "pattern"
        }
    }
}

/// Phrases for a `phrases` rule or a lexicon.
public struct PhraseList: Sendable, Hashable {
    public var phrases: [String]
    /// Generate inflected forms of each phrase's verbs.
    public var inflect: Bool
    /// Where matches count: `.prose` skips text inside quotation marks
    /// (the speaker's words, not the writer's); `.all` counts everywhere.
    public var scope: MatchScope
    /// Phrases (as listed in `phrases`) that match only when written in
    /// lower case: the modal "may" but not the month "May".
    public var lowercaseOnly: Set<String>
    /// Phrases that cancel any match of the same rule they overlap
    /// ("admitted to hospital" is not an admission). Inflected like `phrases`.
    public var exceptions: [String]
    /// Severity of a match that lies inside a quotation, when it differs
    /// from the rule's: a hedge in a quotation is the speaker's, already
    /// attributed, so it is reported lower (`quote-severity="info"`).
    public var quoteSeverity: Severity?

    public init(phrases: [String], inflect: Bool = false, scope: MatchScope = .all,
                lowercaseOnly: Set<String> = [], exceptions: [String] = [], quoteSeverity: Severity? = nil) {
        self.phrases = phrases
        self.inflect = inflect
        self.scope = scope
        self.lowercaseOnly = lowercaseOnly
        self.exceptions = exceptions
        self.quoteSeverity = quoteSeverity
    }
}

public enum MatchScope: String, Sendable, Hashable {
    case all
    case prose
    case quotes
}

/// A section label and what it says about the claims under it.
public struct SectionLabel: Sendable, Hashable {
    /// The label as written, without the colon ("Why it matters").
    public var text: String
    public var role: SectionRole

    public init(text: String, role: SectionRole) {
        self.text = text
        self.role = role
    }
}

public enum SectionRole: String, Sendable, Hashable, CaseIterable {
    /// The writer's analysis: claims are `analysis` unless attributed.
    case analysis
    /// Background: unsourced-claim findings drop to info.
    case background
    /// Ordinary news copy: the label only names the section.
    case news
}

/// An example carried by a rule: text that must (or must not) trigger it.
public struct RuleExample: Sendable, Hashable {
    /// The example text with `<mark>` tags removed.
    public var text: String
    /// Byte ranges in `text` that were marked: where the finding must fall.
    public var marks: [Range<Int>]
    public var expectsMatch: Bool
    /// Line of the `<example>` element in its rule file.
    public var line: Int
    /// Column (Unicode scalars, 1-based) of that `<example>`; 0 when unknown.
    public var column: Int = 0

    public init(text: String, marks: [Range<Int>], expectsMatch: Bool, line: Int, column: Int = 0) {
        self.text = text
        self.marks = marks
        self.expectsMatch = expectsMatch
        self.line = line
        self.column = column
    }
}

public struct RuleOrigin: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// Line and column (Unicode scalars) of the `<rule` start tag, 1-based;
    /// column 0 when unknown (a rule made in code).
    public var line: Int
    public var column: Int = 0
    public init(path: String, line: Int, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }
    public var description: String { "\(path):\(line)" }

    /// An error about the rule, at its start tag or at `location` inside it,
    /// as `path:line:col: error: message`.
    func diagnostic(_ message: String, at location: SourceLocation? = nil) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: location?.line ?? line, column: location?.column ?? column,
                      level: .error, message: message)
    }
}

/// A named word list the analyser uses (`cue-verbs`, `anonymous-nouns`).
public struct Lexicon: Sendable, Hashable {
    public var id: String
    public var entries: PhraseList
    public init(id: String, entries: PhraseList) {
        self.id = id
        self.entries = entries
    }
}
