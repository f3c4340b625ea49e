/// Runs the examples a rule carries through the full pipeline, so a rule's
/// documentation is also its test. Used by `claimaudit rules validate` and by
/// the examples test.
///
/// Semantics (see the rule format notes): the example is audited as a plain
/// text article. `match`: a finding of the rule exists, and one overlaps each
/// `<mark>`. `none`: no finding of the rule. For `section-labels` rules a
/// "finding" is a claim whose section is one of the rule's labels; for
/// `pattern` rules that find attributions it is an attribution the rule made
/// (cue and source); a `pattern` rule with `emit="finding"` reports findings.
public enum RuleExamples {
    /// Why `example` does not behave as documented, or nil when it does.
    public static func failure(of example: RuleExample, in rule: Rule, auditor: Auditor) -> String? {
        let source = SourceText(path: "\(rule.origin.path):\(example.line)", text: example.text)
        let ledger = VerificationChecks.needsLedger(rule) ? ExampleLedger.ledger : nil
        let report = auditor.audit(TextLoader.load(source), ledger: ledger)
        let bytes = Array(example.text.utf8)
        func quoted(_ r: Range<Int>) -> String {
            let r = max(0, r.lowerBound)..<min(bytes.count, r.upperBound)
            return "“" + String(decoding: bytes[r], as: UTF8.self) + "”"
        }

        if case .sectionLabels(let labels) = rule.kind {
            let names = Set(labels.map(\.text))
            let sections = report.claims.compactMap(\.section)
            if example.expectsMatch {
                return sections.contains(where: names.contains) ? nil
                    : "example does not trigger \(rule.id) (no claim gets one of its sections)"
            }
            return sections.isEmpty ? nil
                : "example should not trigger \(rule.id) but a claim gets section “\(sections[0])”"
        }

        var findings = report.findings.filter { $0.rule == rule.id }
        if case .tokenPattern(let pattern) = rule.kind, pattern.output == .attribution {
            // For an attribution pattern, a "finding" is an attribution it made: its cue and source.
            findings = report.claims.flatMap { claim in
                claim.attributions.filter { $0.rule == rule.id }.compactMap { a -> Finding? in
                    guard let cue = a.cue else { return nil }
                    let lo = min(cue.start, a.source?.start ?? cue.start)
                    let hi = max(cue.end, a.source?.end ?? cue.end)
                    return Finding(rule: rule.id, category: rule.category, severity: rule.severity, message: rule.message,
                                   start: lo, end: hi, location: SourceLocation(line: 1, column: 1))
                }
            }
        }
        if example.expectsMatch {
            guard !findings.isEmpty else { return "example does not trigger \(rule.id)" }
            for mark in example.marks where !findings.contains(where: { overlaps($0, mark) }) {
                let got = findings.map { quoted($0.start..<$0.end) }.joined(separator: ", ")
                return "example triggers \(rule.id) at \(got) but not at the marked \(quoted(mark))"
            }
            return nil
        }
        guard let first = findings.first else { return nil }
        return "example should not trigger \(rule.id) but does at \(quoted(first.start..<first.end))"
    }

    /// Every failing example of the enabled `rules`, as `path:line:col: error: …`
    /// at the `<example>`.
    /// A disabled rule raises nothing, so its examples cannot be run.
    public static func failures(of rules: [Rule], auditor: Auditor) -> [XMLDiagnostic] {
        rules.filter(\.enabled).flatMap { rule in
            rule.examples.compactMap { example in
                failure(of: example, in: rule, auditor: auditor).map {
                    rule.origin.diagnostic($0, at: SourceLocation(line: example.line, column: example.column))
                }
            }
        }
    }

    /// A finding overlaps a mark; an empty mark counts when it touches.
    static func overlaps(_ finding: Finding, _ mark: Range<Int>) -> Bool {
        mark.isEmpty ? finding.start <= mark.lowerBound && mark.lowerBound <= finding.end
            : finding.start < mark.upperBound && mark.lowerBound < finding.end
    }
}
