/// Runs the `phrases`, `regex` and finding-pattern rules over claims.
///
/// Compiled once per rule set: every enabled `phrases` rule goes into ONE
/// `PhraseMatcher` (payload = index into `phraseRules`), so a claim is
/// tokenized once and walked once whatever the number of phrase rules.
/// Regex rules are compiled once and run over each claim's folded prose,
/// only where their trigger word occurs (`RegexTrigger`). Token patterns
/// with `emit="finding"` run over the claim's tokens (`TokenPatternFindings`).
/// `apply` is pure and thread-safe.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    /// Enabled `phrases` rules; a match's payload indexes this array.
    let phraseRules: [Rule]
    let scopes: [MatchScope]
    /// Per phrase rule: the severity of a match inside a quotation, if set.
    let quoteSeverities: [Severity?]
    let matcher: PhraseMatcher
    let regexRules: [(rule: Rule, regex: RegexRule)]
    /// Every regex rule's prefilter, checked in one pass per claim.
    let prefilters: RegexPrefilterSet
    /// The finding patterns, nil when the rule set has none.
    let findingPatterns: TokenPatternFindings?

    public init(ruleSet: RuleSet) throws {
        try self.init(ruleSet: ruleSet, lexicons: nil)
    }

    /// `lexicons`: the analyser's, shared so they are not built twice; built
    /// here when nil and a finding pattern needs them.
    init(ruleSet: RuleSet, lexicons: AttributionLexicons?) throws {
        self.ruleSet = ruleSet
        var phraseRules: [Rule] = []
        var scopes: [MatchScope] = []
        var quoteSeverities: [Severity?] = []
        var matcher = PhraseMatcher()
        var regexRules: [(rule: Rule, regex: RegexRule)] = []
        var problems: [XMLDiagnostic] = []
        for rule in ruleSet.enabledRules {
            switch rule.kind {
            case .phrases(let list):
                let index = phraseRules.count
                phraseRules.append(rule)
                scopes.append(list.scope)
                quoteSeverities.append(list.quoteSeverity)
                for phrase in list.phrases {
                    let flag = list.lowercaseOnly.contains(phrase) ? Self.lowercaseOnly : Self.plain
                    matcher.add(phrase, payload: index << 2 | flag, inflect: list.inflect)
                }
                for phrase in list.exceptions {
                    matcher.add(phrase, payload: index << 2 | Self.exception, inflect: list.inflect)
                }
            case .regex(let pattern, let caseSensitive):
                do {
                    regexRules.append((rule, try RegexRule(pattern, caseSensitive: caseSensitive)))
                } catch {
                    problems.append(rule.origin.diagnostic("\(error.message) (rule \(rule.id))"))
                }
            case .sectionLabels, .check, .tokenPattern:
                break // applied by the segmenter and the analyser
            }
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
        self.phraseRules = phraseRules
        self.scopes = scopes
        self.quoteSeverities = quoteSeverities
        self.matcher = matcher
        self.regexRules = regexRules
        self.prefilters = RegexPrefilterSet(regexRules.map(\.regex.prefilter))
        let hasFindingPattern = ruleSet.enabledRules.contains {
            if case .tokenPattern(let p) = $0.kind { return p.output == .finding }
            return false
        }
        findingPatterns = hasFindingPattern
            ? try TokenPatternFindings(ruleSet: ruleSet, lexicons: lexicons ?? AttributionLexicons(ruleSet: ruleSet)) : nil
    }

    /// Appends the findings of every phrase and regex rule to each claim.
    /// A rule never reports twice at one span, nor where it overlaps an
    /// earlier, longer match of its own ("many experts say" reports "many
    /// experts" once, not "experts say" too).
    public func apply(to claims: inout [Claim], document: Document, segmentation: Segmentation) {
        apply(to: &claims, document: document, segmentation: segmentation, tokens: nil)
    }

    /// `apply`, reusing the analyser's tokens of each claim (`tokens[i]` for
    /// `claims[i]`, from `Analyzer.analyzeKeepingTokens`) instead of
    /// tokenizing the claim again. A claim whose given tokens do not cover
    /// exactly its range is tokenized here, as without them.
    func apply(to claims: inout [Claim], document: Document, segmentation: Segmentation, tokens given: [ClaimTokens]?) {
        guard !matcher.isEmpty || !regexRules.isEmpty || findingPatterns != nil else { return }
        let quotations = QuotationIndex(segmentation.quotations)
        for ci in claims.indices {
            let range = claims[ci].start..<claims[ci].end
            guard !range.isEmpty else { continue }
            var findings = claims[ci].findings
            let quotes = quotations.overlapping(range)

            // A claim holds a handful of findings: a linear look beats hashing rule ids.
            func report(_ rule: Rule, _ start: Int, _ end: Int, severity: Severity? = nil) {
                guard !findings.contains(where: { $0.start == start && $0.end == end && $0.rule == rule.id }) else { return }
                let message = MessageTemplate.fill(rule.message, with: document.text(start..<end))
                findings.append(Finding(rule: rule.id, category: rule.category, severity: severity ?? rule.severity,
                                        message: message,
                                        start: start, end: end, location: document.source.location(of: start)))
            }

            if !matcher.isEmpty {
                let tokens = Self.tokens(of: ci, range, given, document.view)
                let matches = matcher.matches(in: tokens)
                var exceptions: [Int: [Range<Int>]] = [:]
                for match in matches where match.payload & 3 == Self.exception {
                    exceptions[match.payload >> 2, default: []].append(
                        tokens[match.tokens.lowerBound].start..<tokens[match.tokens.upperBound - 1].end)
                }
                // Matches come ordered by start, longest first, so keeping the
                // last accepted span per rule drops every overlapping match.
                var lastSpan: [(rule: Int, span: Range<Int>)] = []
                for match in matches where match.payload & 3 != Self.exception {
                    let index = match.payload >> 2
                    let span = tokens[match.tokens.lowerBound].start..<tokens[match.tokens.upperBound - 1].end
                    if match.payload & 3 == Self.lowercaseOnly,
                       tokens[match.tokens].contains(where: \.isCapitalized) { continue }
                    guard Self.inScope(scopes[index], span, quotes) else { continue }
                    if exceptions[index]?.contains(where: { $0.overlaps(span) }) == true { continue }
                    if let k = lastSpan.lastIndex(where: { $0.rule == index }) {
                        if lastSpan[k].span.overlaps(span) { continue }
                        lastSpan[k].span = span
                    } else {
                        lastSpan.append((index, span))
                    }
                    let quoted = quoteSeverities[index] != nil && Self.inScope(.quotes, span, quotes)
                    report(phraseRules[index], span.lowerBound, span.upperBound,
                           severity: quoted ? quoteSeverities[index] : nil)
                }
            }
            if !regexRules.isEmpty {
                // The claim's text is built only for a regex whose trigger word is present.
                var text: ClaimText?
                let passes = document.view.withUnsafeBufferPointer { prefilters.mayMatch($0, range) }
                // By index: binding each (rule, regex) pair copied both for
                // every claim, passing or not.
                for r in passes.indices where passes[r] {
                    if text == nil { text = ClaimText(view: document.view, range: range) }
                    for span in regexRules[r].regex.matches(in: text!)
                    where Self.inScope(regexRules[r].rule.patternScope, span, quotes) {
                        report(regexRules[r].rule, span.lowerBound, span.upperBound,
                               severity: Self.quoteSeverity(regexRules[r].rule, span, quotes))
                    }
                }
            }
            if let findingPatterns {
                let t = Self.claimTokens(of: ci, range, given, document.view, quotes)
                for m in findingPatterns.matches(in: t) {
                    let rule = findingPatterns.rules[m.pattern]
                    let span = t.bytes(m.tokens)
                    guard Self.inScope(rule.patternScope, span, quotes) else { continue }
                    report(rule, span.lowerBound, span.upperBound, severity: Self.quoteSeverity(rule, span, quotes))
                }
            }
            claims[ci].findings = findings
        }
    }

    /// The tokens of claim `index`: the analyser's when they are for the
    /// same range (every token inside it, none of the range's tokens left
    /// out), else the tokenizer's. The tokenizer is deterministic, so equal
    /// ranges give equal tokens; the checks guard against a caller passing
    /// tokens of other claims.
    static func tokens(of index: Int, _ range: Range<Int>, _ given: [ClaimTokens]?, _ view: [UInt8]) -> [Token] {
        if let given, index < given.count {
            let t = given[index]
            if t.range == range { return t.tokens }
        }
        return Tokenizer.tokens(in: view, range: range)
    }

    /// The analyser's tokens of claim `index` with their quotation marks,
    /// when they are for the claim's range; else made here (quoted words
    /// then come from the segment's own marks and `quotes`).
    static func claimTokens(of index: Int, _ range: Range<Int>, _ given: [ClaimTokens]?, _ view: [UInt8],
                            _ quotes: [Quotation]) -> ClaimTokens {
        if let given, index < given.count, given[index].range == range { return given[index] }
        return ClaimTokens(view: view, range: range, quotations: quotes)
    }

    /// Low two bits of a matcher payload; the rest is the rule's index.
    static let plain = 0, lowercaseOnly = 1, exception = 2

    /// Quotations sorted by start, with a running maximum of their ends so
    /// that the ones overlapping a claim are found by binary search even
    /// when quotations nest.
    struct QuotationIndex {
        let sorted: [Quotation]
        let maxEnd: [Int]

        init(_ quotations: [Quotation]) {
            sorted = quotations.sorted { $0.range.lowerBound < $1.range.lowerBound }
            var running = Int.min
            maxEnd = sorted.map { running = max(running, $0.range.upperBound); return running }
        }

        func overlapping(_ range: Range<Int>) -> [Quotation] {
            guard !sorted.isEmpty else { return [] }
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if maxEnd[mid] <= range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var out: [Quotation] = []
            var i = lo
            while i < sorted.count && sorted[i].range.lowerBound < range.upperBound {
                if sorted[i].range.overlaps(range) { out.append(sorted[i]) }
                i += 1
            }
            return out
        }
    }

    /// The severity of a `regex` or finding-pattern match at `span`: the
    /// rule's `patternQuoteSeverity` when it has one and the match lies inside
    /// one quotation's content (as for phrase rules), else nil (the rule's).
    static func quoteSeverity(_ rule: Rule, _ span: Range<Int>, _ quotes: [Quotation]) -> Severity? {
        guard let severity = rule.patternQuoteSeverity, inScope(.quotes, span, quotes) else { return nil }
        return severity
    }

    /// `.prose`: the match touches no quoted words; `.quotes`: the match lies
    /// inside one quotation's content; `.all`: anywhere.
    static func inScope(_ scope: MatchScope, _ span: Range<Int>, _ quotes: [Quotation]) -> Bool {
        switch scope {
        case .all:
            return true
        case .prose:
            return !quotes.contains { $0.content.overlaps(span) }
        case .quotes:
            return quotes.contains { $0.content.lowerBound <= span.lowerBound && span.upperBound <= $0.content.upperBound }
        }
    }
}

/// `{match}` substitution on UTF-8 bytes: the stdlib's generic `replacing`
/// was a tenth of the engine's time.
enum MessageTemplate {
    static let placeholder = Array("{match}".utf8)

    static func fill(_ template: String, with match: String) -> String {
        var t = template
        return t.withUTF8 { bytes -> String in
            let p = placeholder
            guard bytes.count >= p.count else { return template }
            var out: [UInt8] = []
            var i = 0, copied = 0
            while i + p.count <= bytes.count {
                if bytes[i] == p[0] && (1..<p.count).allSatisfy({ bytes[i + $0] == p[$0] }) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                    out.append(contentsOf: match.utf8)
                    i += p.count
                    copied = i
                } else {
                    i += 1
                }
            }
            if copied == 0 { return template }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}

