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
        finder = CueFinder(lexicons: lexicons)
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
        let segments = segmentation.segments
        var tokens: [ClaimTokens] = []
        var found: [[FoundAttribution]] = []
        var entries: [AttributionScope.Entry] = []
        tokens.reserveCapacity(segments.count)
        var q = 0
        let quotations = trustedQuotations(segmentation.quotations, document)
        for seg in segments {
            while q < quotations.count && quotations[q].range.upperBound <= seg.range.lowerBound { q += 1 }
            var near: [Quotation] = []
            var k = q
            while k < quotations.count && quotations[k].range.lowerBound < seg.range.upperBound {
                near.append(quotations[k])
                k += 1
            }
            let t = ClaimTokens(view: document.view, range: seg.range, quotations: near)
            let f = AttributionScope.ordered(finder.find(in: t))
            let attributions = f.map { attribution($0, t, document) }
            entries.append(AttributionScope.Entry(
                segment: seg, attributions: attributions,
                opensWithQuote: t.count > 0 && t.marks[0] == .open,
                hasQuote: t.marks.contains { $0 != .none }))
            tokens.append(t)
            found.append(f)
        }
        AttributionScope.inherit(&entries, quotations: quotations)

        let anonymous = AnonymousDescriptionCheck(classifier: finder.classifier)
        var claims: [Claim] = []
        claims.reserveCapacity(segments.count)
        for (i, entry) in entries.enumerated() {
            let seg = entry.segment
            var attributions = entry.attributions
            if attributions.isEmpty, let section = seg.section, section.role == .analysis {
                attributions = [Attribution(kind: .analysis, cue: labelSpan(for: seg, segmentation, document), source: nil,
                                            rule: "analysis-section")]
            }
            var claim = Claim(id: "c\(i + 1)", start: seg.range.lowerBound, end: seg.range.upperBound,
                              location: document.source.location(of: seg.range.lowerBound),
                              text: document.text(seg.range), section: seg.section?.text, block: seg.blockKind,
                              paragraph: seg.blockIndex + 1, attributions: attributions)
            if attributions.isEmpty && !unsourcedRules.isEmpty, let signal = unsourced.level(tokens[i], segment: seg),
               !UnsourcedClaimCheck.continuesDocument(i, entries) {
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
        return claims
    }

    /// Quotations closed by a quotation mark inside one block. A quotation
    /// left open by a stray or mismatched mark (“…" or an odd straight quote)
    /// would otherwise swallow the sentences after it.
    private func trustedQuotations(_ quotations: [Quotation], _ document: Document) -> [Quotation] {
        let view = document.view
        var b = 0
        return quotations.filter { quote in
            let r = quote.range
            guard r.count >= 2, r.upperBound <= view.count else { return false }
            let last = view[r.upperBound - 1]
            let closed = last == 0x22 || (r.count >= 3 && last == 0x9D && view[r.upperBound - 2] == 0x80 && view[r.upperBound - 3] == 0xE2)
                || (last == 0xBB && view[r.upperBound - 2] == 0xC2)
            guard closed else { return false }
            while b < document.blocks.count && document.blocks[b].range.upperBound <= r.lowerBound { b += 1 }
            guard b < document.blocks.count else { return false }
            let block = document.blocks[b].range
            return block.lowerBound <= r.lowerBound && r.upperBound <= block.upperBound + 3
        }
    }

    private func attribution(_ f: FoundAttribution, _ t: ClaimTokens, _ document: Document) -> Attribution {
        func span(_ r: Range<Int>?) -> Span? {
            guard let r, !r.isEmpty else { return nil }
            let b = t.bytes(r)
            return Span(start: b.lowerBound, end: b.upperBound, text: document.text(b))
        }
        return Attribution(kind: f.kind, cue: span(f.cue), source: span(f.source), rule: f.rule)
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
