/// Decides how each segment is sourced and raises the sourcing findings
/// (`unsourced-claim`, `anonymous-without-description`).
///
/// Per segment: tokenize once, find every attribution in it (`CueFinder`),
/// order them outermost first (`AttributionScope`). Then across segments:
/// inherit attributions into later sentences of a quotation, quoted
/// carry-over sentences and list items under a lead; mark unattributed
/// claims of analysis sections as `analysis`; run the checks whose rules are
/// loaded and enabled.
public struct Analyzer: Sendable {
    public let ruleSet: RuleSet
    let lexicons: AttributionLexicons
    let finder: CueFinder
    /// Enabled check rules by the Swift check they configure.
    let unsourcedRules: [Rule]
    let anonymousRules: [Rule]
    let unsourced: UnsourcedClaimCheck

    public init(ruleSet: RuleSet) throws {
        self.ruleSet = ruleSet
        lexicons = AttributionLexicons(ruleSet: ruleSet)
        var patterns: [CompiledTokenPattern] = []
        var problems: [XMLDiagnostic] = []
        for rule in ruleSet.enabledRules {
            // Finding patterns (`emit="finding"`) are the rule engine's.
            guard case .tokenPattern(let pattern) = rule.kind, pattern.output == .attribution else { continue }
            do {
                patterns.append(try CompiledTokenPattern(ruleID: rule.id, pattern: pattern) { AttributionLexicons.list($0, ruleSet: ruleSet) })
            } catch let error as ClaimAuditError {
                let message = if case .usage(let m) = error { m } else { error.description }
                problems.append(XMLDiagnostic(file: rule.origin.path, line: rule.origin.line, column: 0, level: .error, message: message))
            }
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
        finder = CueFinder(lexicons: lexicons, patterns: patterns)
        func rules(_ check: String) -> [Rule] {
            ruleSet.enabledRules.filter {
                if case .check(let name) = $0.kind { return name == check }
                return false
            }
        }
        unsourcedRules = rules("unsourced-claim")
        anonymousRules = rules("anonymous-without-description")
        unsourced = UnsourcedClaimCheck(lex: lexicons, ruleSet: ruleSet)
    }

    public func analyze(_ document: Document, _ segmentation: Segmentation) -> [Claim] {
        analyzeKeepingTokens(document, segmentation).claims
    }

    /// `analyze`, also returning each claim's tokens (`tokens[i]` are the
    /// tokens of `claims[i]`, one claim per segment), so that the rule
    /// engine reuses them instead of tokenizing every claim a second time.
    func analyzeKeepingTokens(_ document: Document, _ segmentation: Segmentation) -> (claims: [Claim], tokens: [ClaimTokens]) {
        let segments = segmentation.segments
        var tokens: [ClaimTokens] = []
        var found: [[FoundAttribution]] = []
        var entries: [AttributionScope.Entry] = []
        tokens.reserveCapacity(segments.count)
        var q = 0
        var cq = 0
        let closed = closedQuotations(segmentation.quotations, document)
        let quotations = withinOneBlock(closed, document)
        for seg in segments {
            while q < quotations.count && quotations[q].range.upperBound <= seg.range.lowerBound { q += 1 }
            var near: [Quotation] = []
            var k = q
            while k < quotations.count && quotations[k].range.lowerBound < seg.range.upperBound {
                near.append(quotations[k])
                k += 1
            }
            // Closed quotations touching the segment (possibly from earlier
            // sentences or paragraphs), for content spans.
            while cq < closed.count && closed[cq].range.upperBound <= seg.range.lowerBound { cq += 1 }
            var touching: [Quotation] = []
            k = cq
            while k < closed.count && closed[k].range.lowerBound < seg.range.upperBound {
                touching.append(closed[k])
                k += 1
            }
            let t = ClaimTokens(view: document.view, range: seg.range, quotations: near)
            let f = AttributionScope.ordered(finder.find(in: t))
            let attributions = f.map { attribution($0, t, document, quotes: touching) }
            entries.append(AttributionScope.Entry(
                segment: seg, attributions: attributions,
                opensWithQuote: t.count > 0 && t.marks[0] == .open,
                hasQuote: t.marks.contains { $0 != .none },
                endsWithColon: t.count > 0 && t.isColon(t.count - 1)))
            tokens.append(t)
            found.append(f)
        }
        attachTrailingSpeakers(&entries, tokens, document)
        attachContinuations(&entries, closed, document)
        AttributionScope.inherit(&entries, quotations: closed)

        let anonymous = AnonymousDescriptionCheck(classifier: finder.classifier)
        var claims: [Claim] = []
        claims.reserveCapacity(segments.count)
        for (i, entry) in entries.enumerated() {
            let seg = entry.segment
            var attributions = entry.attributions
            // A sourceless cue ("is expected to") in an analysis section is
            // still the writer's analysis: that comes first.
            if attributions.allSatisfy(AttributionScope.isSourceless), let section = seg.section,
               section.role == .analysis {
                attributions.insert(Attribution(kind: .analysis, cue: labelSpan(for: seg, segmentation, document), source: nil,
                                                rule: "analysis-section"), at: 0)
            }
            var claim = Claim(id: "c\(i + 1)", start: seg.range.lowerBound, end: seg.range.upperBound,
                              location: document.source.location(of: seg.range.lowerBound),
                              text: document.text(seg.range), section: seg.section?.text, block: seg.blockKind,
                              paragraph: seg.blockIndex + 1, attributions: attributions)
            // A cue with no source ("is expected to", "reportedly") names no
            // one, and an adjective of attitude ("attendees are eager to") is
            // the writer's description: the claim stays unsourced for the
            // editorial check.
            let sourced = attributions.contains(where: Analyzer.isUngoverning) ? attributions.filter { !Analyzer.isUngoverning($0) } : attributions
            if !UnsourcedClaimCheck.isGoverned(by: sourced, in: tokens[i]) && !unsourcedRules.isEmpty, let signal = unsourced.level(tokens[i], segment: seg),
               !unsourced.continuesSource(i, entries, tokens[i]) {
                for rule in unsourcedRules {
                    let severity = UnsourcedClaimCheck.severity(signal, rule: rule.severity, segment: seg)
                    claim.findings.append(finding(rule, severity: severity, range: seg.range, document))
                }
            }
            if !anonymousRules.isEmpty {
                for r in anonymous.undescribed(found[i], in: tokens[i]) {
                    let bytes = tokens[i].bytes(r)
                    for rule in anonymousRules { claim.findings.append(finding(rule, severity: rule.severity, range: bytes, document)) }
                }
            }
            claims.append(claim)
        }
        PronounResolver.resolve(&claims, view: document.view)
        return (claims, tokens)
    }

    /// Attributions that do not source a claim for `unsourced-claim`: the
    /// sourceless ones and "attitude-adjective" (no hashing: per claim).
    @inline(__always)
    static func isUngoverning(_ a: Attribution) -> Bool {
        AttributionScope.isSourceless(a) || a.rule == "attitude-adjective"
    }

    /// Quotations closed by a quotation mark. A quotation left open by a
    /// stray or mismatched mark (“…" or an odd straight quote) would
    /// otherwise swallow the sentences after it. A closed quotation may run
    /// over several paragraphs (each reopened with a mark, as news style
    /// does); it carries its speaker and its content across them.
    private func closedQuotations(_ quotations: [Quotation], _ document: Document) -> [Quotation] {
        let view = document.view
        return quotations.filter { quote in
            let r = quote.range
            guard r.count >= 2, r.upperBound <= view.count else { return false }
            let last = view[r.upperBound - 1]
            return last == 0x22 || (r.count >= 3 && last == 0x9D && view[r.upperBound - 2] == 0x80 && view[r.upperBound - 3] == 0xE2)
                || (last == 0xBB && view[r.upperBound - 2] == 0xC2)
                || (last == 0x27 && view[r.upperBound - 2] == 0x27 && r.count >= 4)
        }
    }

    /// The closed quotations that lie inside one block: those decide which
    /// tokens of a segment without marks of its own are quoted.
    private func withinOneBlock(_ quotations: [Quotation], _ document: Document) -> [Quotation] {
        var b = 0
        return quotations.filter { quote in
            let r = quote.range
            while b < document.blocks.count && document.blocks[b].range.upperBound <= r.lowerBound { b += 1 }
            guard b < document.blocks.count else { return false }
            let block = document.blocks[b].range
            return block.lowerBound <= r.lowerBound && r.upperBound <= block.upperBound + 3
        }
    }

    private func attribution(_ f: FoundAttribution, _ t: ClaimTokens, _ document: Document, quotes: [Quotation]) -> Attribution {
        func span(_ r: Range<Int>?) -> Span? {
            guard let r, !r.isEmpty else { return nil }
            let b = t.bytes(r)
            return Span(start: b.lowerBound, end: b.upperBound, text: document.text(b))
        }
        var f = f
        var phrase: Range<Int>? = nil
        // The whole identifying phrase ("said Okafor, a professor at
        // Ridgeford"); what it states then lies outside it. A participle or
        // second verb borrows its subject from afar, and a pattern rule's
        // capture says exactly what the source is: neither is widened.
        if let s = f.source, SourceFinder.widenedRules.contains(f.rule) {
            let wide = finder.sources.widened(s, cue: f.cue, in: t)
            if wide != s {
                phrase = wide
                f.content = finder.content(cue: f.cue, source: wide, in: t)
            }
        }
        if ContentSpan.rules.contains(f.rule) {
            f.content = ContentSpan.governed(cue: f.cue, source: phrase ?? f.source, rule: f.rule, in: t, sources: finder.sources)
        }
        var result = Attribution(kind: f.kind, cue: span(f.cue), source: span(f.source), rule: f.rule, sourcePhrase: span(phrase),
                                 mode: f.mode)
        if ContentSpan.rules.contains(f.rule), let (a, b) = ContentSpan.split(cue: f.cue, source: phrase ?? f.source, rule: f.rule, in: t) {
            let first = t.bytes(a), second = t.bytes(b)
            result.content = Span(start: first.lowerBound, end: first.upperBound, text: document.text(first))
            result.contentContinuation = Span(start: second.lowerBound, end: second.upperBound, text: document.text(second))
            return result
        }
        // A construction that splits its content itself ("*The plant* is
        // expected *to close*") gives both pieces.
        if let second = f.contentContinuation, !f.content.isEmpty, !second.isEmpty {
            let first = t.bytes(f.content), more = t.bytes(second)
            result.content = Span(start: first.lowerBound, end: first.upperBound, text: document.text(first))
            result.contentContinuation = Span(start: more.lowerBound, end: more.upperBound, text: document.text(more))
            return result
        }
        var continuation: Range<Int>? = nil
        if let c = contentBytes(f, t, document.view, quotes: quotes, phrase: phrase, continuation: &continuation) {
            result.content = Span(start: c.lowerBound, end: c.upperBound, text: document.text(c))
            if let more = continuation {
                result.contentContinuation = Span(start: more.lowerBound, end: more.upperBound, text: document.text(more))
            }
        }
        return result
    }

    /// The bytes of what an attribution states: its governed tokens without
    /// the punctuation at either end, widened to the whole quotation when
    /// the cue stands right beside one ("“A. B,” she said", "She said: “A.
    /// B.”"), so a multi-sentence quotation runs to its closing mark.
    ///
    /// When quotations stand on both sides of the cue ("“A,” she said, “B.”")
    /// the statement is split: the one before is the content and the one
    /// after is returned in `continuation`.
    func contentBytes(_ f: FoundAttribution, _ t: ClaimTokens, _ view: [UInt8], quotes: [Quotation], phrase: Range<Int>? = nil,
                      continuation: inout Range<Int>?) -> Range<Int>? {
        var lo = f.content.lowerBound
        var hi = f.content.upperBound
        while lo < hi && t.isPunct(lo) { lo += 1 }
        while hi > lo && t.isPunct(hi - 1) { hi -= 1 }
        guard !f.content.isEmpty else { return nil }
        var bytes: Range<Int>? = lo < hi ? t.bytes(lo..<hi) : nil
        // A borrowed subject (participle, second verb) is not beside the cue.
        let src = f.rule == "participle" || f.rule == "coordinated-verb" ? nil : phrase ?? f.source
        let anchorStart = t.tokens[min(f.cue.lowerBound, src?.lowerBound ?? f.cue.lowerBound)].start
        let anchorEnd = t.tokens[max(f.cue.upperBound, src?.upperBound ?? f.cue.upperBound) - 1].end
        // The quotation beside its cue is the statement, whole: on the side
        // the governed words lie first, else on the other ("“A,” said
        // Okafor, a professor at Ridgeford." governs the appositive's words
        // after the cue, but states the quotation before it).
        let trailing = f.content.upperBound <= f.cue.lowerBound
        var before: Range<Int>? = nil
        var after: Range<Int>? = nil
        for q in quotes where !q.content.isEmpty {
            if before == nil && q.range.upperBound <= anchorStart && Analyzer.onlySeparators(view, q.range.upperBound..<anchorStart) {
                let inner = Analyzer.trimmed(view, q.content)
                if !inner.isEmpty { before = inner }
            }
            if after == nil && q.range.lowerBound >= anchorEnd && Analyzer.onlySeparators(view, anchorEnd..<q.range.lowerBound) {
                let inner = Analyzer.trimmed(view, q.content)
                if !inner.isEmpty { after = inner }
            }
        }
        if let b = before, let a = after {
            continuation = a
            return b
        }
        if let q = trailing ? (before ?? after) : (after ?? before) {
            // A quotation that only starts or ends the statement joins the
            // governed words around it ("Ruiz “is tired of it,” she said";
            // "called it “a disgrace” and a waste").
            if let b = bytes {
                let side = q.lowerBound >= anchorEnd
                bytes = side ? q.lowerBound..<max(q.upperBound, b.lowerBound >= anchorEnd ? b.upperBound : q.upperBound)
                    : min(q.lowerBound, b.upperBound <= anchorStart ? b.lowerBound : q.lowerBound)..<q.upperBound
            } else {
                bytes = q
            }
        }
        return bytes
    }

    /// "“Why not?” Ruiz said.": the splitter ends a sentence after "?”" or
    /// "!”" before a capital, leaving "Ruiz said." with nothing to state.
    /// Its content is the quoted sentence just before it in the paragraph,
    /// which takes the speaker when it has none of its own.
    private func attachTrailingSpeakers(_ entries: inout [AttributionScope.Entry], _ tokens: [ClaimTokens], _ document: Document) {
        guard entries.count > 1 else { return }
        for i in 1..<entries.count {
            guard let a = entries[i].attributions.first, a.content == nil, a.cue != nil, !entries[i].hasQuote,
                  entries[i - 1].segment.blockIndex == entries[i].segment.blockIndex else { continue }
            let t = tokens[i - 1]
            var last = t.count - 1
            if last > 0 && t.isTerminal(last) { last -= 1 }
            guard last >= 0, t.marks[last] == .close else { continue }
            let inner = Analyzer.trimmed(document.view, entries[i - 1].segment.range)
            guard !inner.isEmpty else { continue }
            entries[i].attributions[0].content = Span(start: inner.lowerBound, end: inner.upperBound, text: document.text(inner))
            if entries[i - 1].attributions.isEmpty {
                entries[i - 1].attributions = [AttributionScope.inherited(entries[i].attributions[0], rule: "trailing-speaker")]
            }
        }
    }

    /// "“A,” she said. “B.”": a sentence that opens with a quotation right
    /// after a sentence whose own attribution states the quotation before
    /// its cue continues that statement. The quotation it opens becomes the
    /// speaker's `contentContinuation` (the sentence itself then inherits
    /// the speaker by AP carry-over). One pass, pointer walk over the closed
    /// quotations.
    private func attachContinuations(_ entries: inout [AttributionScope.Entry], _ closed: [Quotation], _ document: Document) {
        guard entries.count > 1 else { return }
        var q = 0
        for i in 1..<entries.count {
            let seg = entries[i].segment
            guard entries[i].opensWithQuote, entries[i].attributions.isEmpty,
                  entries[i - 1].segment.blockIndex == seg.blockIndex,
                  let a = entries[i - 1].attributions.first, !AttributionScope.isInherited(a),
                  a.contentContinuation == nil, let content = a.content, let cue = a.cue,
                  content.end <= cue.start else { continue }
            while q < closed.count && closed[q].range.lowerBound < seg.range.lowerBound { q += 1 }
            guard q < closed.count, closed[q].range.lowerBound < seg.range.upperBound,
                  Analyzer.onlySeparators(document.view, seg.range.lowerBound..<closed[q].range.lowerBound) else { continue }
            let inner = Analyzer.trimmed(document.view, closed[q].content)
            guard !inner.isEmpty else { continue }
            entries[i - 1].attributions[0].contentContinuation = Span(start: inner.lowerBound, end: inner.upperBound,
                                                                     text: document.text(inner))
        }
    }

    /// True when the bytes between a quotation and its cue are only blanks,
    /// commas, colons, dashes or closing marks (at most a few).
    static func onlySeparators(_ view: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 8 else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let b = view[i]
            if b == 0x20 || b == 0x2C || b == 0x3A || b == 0x0A || b == 0x2D || b == Document.ignorable { i += 1; continue }
            // — – (E2 80 93/94)
            if b == 0xE2 && i + 2 < view.count && view[i + 1] == 0x80 && (view[i + 2] == 0x93 || view[i + 2] == 0x94) { i += 3; continue }
            return false
        }
        return true
    }

    /// A byte range without blanks and quotation marks at either end.
    static func trimmed(_ view: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == Document.ignorable }
        while lo < hi {
            if blank(view[lo]) { lo += 1; continue }
            if view[lo] == 0xE2 && lo + 2 < hi && view[lo + 1] == 0x80 && (view[lo + 2] == 0x9C || view[lo + 2] == 0x9D) { lo += 3; continue }
            break
        }
        while hi > lo {
            let b = view[hi - 1]
            if blank(b) || b == 0x2C || b == 0x22 { hi -= 1; continue }
            if hi - 3 >= lo && view[hi - 3] == 0xE2 && view[hi - 2] == 0x80 && (b == 0x9C || b == 0x9D) { hi -= 3; continue }
            break
        }
        return lo..<hi
    }

    private func finding(_ rule: Rule, severity: Severity, range: Range<Int>, _ document: Document) -> Finding {
        let message = MessageTemplate.fill(rule.message, with: document.text(range))
        return Finding(rule: rule.id, category: rule.category, severity: severity, message: message,
                       start: range.lowerBound, end: range.upperBound, location: document.source.location(of: range.lowerBound))
    }

    /// Where the section label governing `seg` was written, if known.
    private func labelSpan(for seg: Segment, _ segmentation: Segmentation, _ document: Document) -> Span? {
        guard let section = seg.section,
              let occurrence = segmentation.labels.last(where: { $0.label == section && $0.range.lowerBound <= seg.range.lowerBound })
        else { return nil }
        return Span(start: occurrence.range.lowerBound, end: occurrence.range.upperBound, text: document.text(occurrence.range))
    }
}
