@testable import ClaimAudit

/// One fixed, hand-built report that every reporter's golden file is
/// rendered from: a claim of each kind, findings of each severity,
/// multi-byte text, a claim holding `<script>`, `&` and `"`, a claim whose
/// text is not a byte-exact slice of its source, three documents (one of
/// them empty). Offsets are computed from the fixture text, so they are real.
enum ReportFixture {
    /// Stands in for the version so version bumps don't touch golden files.
    static let tool = "TEST-VERSION"

    static let article = """
    # Council approves €2.4m café budget

    The council approved the budget on Tuesday, Mayor Ana Lísa Ortiz said. Officials familiar with the talks said the vote could slip again.

    Why it matters: The budget may reshape the town’s 🚲 lanes.

    - Filings show the contractor billed 東京 Ltd. twice.
    - The Ledger reported that staff typed <script>alert(1)</script> & "quotes" into the form.

    The Herald has  learned the audit is delayed.
    Nobody checked the figures.

    """

    static let notes = "Meta said the feature ships in May.\n"

    static func report() -> AuditReport {
        AuditReport(tool: tool, documents: [articleReport(), notesReport(), emptyReport()])
    }

    static func articleReport() -> DocumentReport {
        let b = FixtureBuilder(path: "news/article.md", text: article)
        let c1 = b.claim("c1", "Council approves €2.4m café budget", block: .heading, paragraph: 1)
        let c2 = b.claim("c2", "The council approved the budget on Tuesday, Mayor Ana Lísa Ortiz said.", paragraph: 2,
                         attributions: [("named", "said", "Mayor Ana Lísa Ortiz", "cue-said")])
        var c3 = b.claim("c3", "Officials familiar with the talks said the vote could slip again.", paragraph: 2,
                         attributions: [("anonymous", "said", "Officials familiar with the talks", "cue-said")])
        c3.findings = [
            b.finding(in: c3, "Officials familiar with the talks", rule: "anonymous-without-reason", category: "sourcing",
                      severity: .error, message: "Anonymous source: say why they were not named"),
            b.finding(in: c3, "could", rule: "hedging", category: "hedging",
                      severity: .info, message: "Hedge “could”: is the uncertainty real?"),
        ]
        var c4 = b.claim("c4", "The budget may reshape the town’s 🚲 lanes.", section: "Why it matters", paragraph: 3,
                         attributions: [("analysis", nil, nil, "section-label")])
        c4.findings = [
            b.finding(in: c4, "may", rule: "hedging", category: "hedging",
                      severity: .info, message: "Hedge “may”: is the uncertainty real?"),
        ]
        let c5 = b.claim("c5", "Filings show the contractor billed 東京 Ltd. twice.", block: .listItem, paragraph: 4,
                         attributions: [("document", "show", "Filings", "cue-show")])
        var c6 = b.claim("c6", #"The Ledger reported that staff typed <script>alert(1)</script> & "quotes" into the form."#,
                         block: .listItem, paragraph: 5,
                         attributions: [("outlet", "reported", "The Ledger", "cue-reported"),
                                        ("named", nil, "staff", "inner-subject")])
        c6.findings = [
            b.finding(in: c6, "typed", rule: "house-typed", category: "style", severity: .warning,
                      message: #"Avoid "typed" next to <script> & friends"#),
        ]
        // The source has two spaces in "has  learned"; the claim text is folded,
        // so it is not a byte-exact slice and spans are placed by their text.
        let c7 = b.claim("c7", "The Herald has  learned the audit is delayed.",
                         text: "The Herald has learned the audit is delayed.", paragraph: 6,
                         attributions: [("own-reporting", "has  learned", "The Herald", "cue-has-learned")])
        var c8 = b.claim("c8", "Nobody checked the figures.", paragraph: 6)
        c8.findings = [
            b.finding(in: c8, "Nobody checked the figures.", rule: "unsourced-claim", category: "sourcing",
                      severity: .warning, message: "No attribution for this claim"),
        ]
        return DocumentReport(path: "news/article.md", format: .markdown, claims: [c1, c2, c3, c4, c5, c6, c7, c8])
    }

    static func notesReport() -> DocumentReport {
        let b = FixtureBuilder(path: "notes.txt", text: notes)
        let c1 = b.claim("c1", "Meta said the feature ships in May.",
                         attributions: [("named", "said", "Meta", "cue-said")])
        return DocumentReport(path: "notes.txt", format: .text, claims: [c1])
    }

    static func emptyReport() -> DocumentReport {
        DocumentReport(path: "empty page.html", format: .html, claims: [])
    }
}

/// Builds claims, spans and findings with offsets found in a source text.
struct FixtureBuilder {
    let source: SourceText

    init(path: String, text: String) {
        source = SourceText(path: path, text: text)
    }

    /// The byte range of the first occurrence of `needle` at or after `from`.
    func range(of needle: String, from: Int = 0) -> Range<Int> {
        let n = Array(needle.utf8)
        let bytes = source.bytes
        var i = from
        while i + n.count <= bytes.count {
            if bytes[i..<(i + n.count)].elementsEqual(n) { return i..<(i + n.count) }
            i += 1
        }
        fatalError("fixture text \(needle) not found")
    }

    /// A span over `needle` inside `claim`, its text white-space folded.
    func span(_ needle: String, in claim: Range<Int>) -> Span {
        let r = range(of: needle, from: claim.lowerBound)
        precondition(r.upperBound <= claim.upperBound, "\(needle) is outside the claim")
        return Span(start: r.lowerBound, end: r.upperBound, text: Self.fold(needle))
    }

    func claim(_ id: String, _ sourceText: String, text: String? = nil, section: String? = nil,
               block: Block.Kind = .paragraph, paragraph: Int = 1,
               attributions: [(kind: String, cue: String?, source: String?, rule: String)] = []) -> Claim {
        let r = range(of: sourceText)
        let attributions = attributions.map { a in
            Attribution(kind: AttributionKind(rawValue: a.kind)!,
                        cue: a.cue.map { span($0, in: r) },
                        source: a.source.map { span($0, in: r) },
                        rule: a.rule)
        }
        return Claim(id: id, start: r.lowerBound, end: r.upperBound, location: source.location(of: r.lowerBound),
                     text: text ?? Self.fold(sourceText), section: section, block: block,
                     paragraph: paragraph, attributions: attributions)
    }

    func finding(in claim: Claim, _ needle: String, rule: String, category: String,
                 severity: Severity, message: String) -> Finding {
        let r = range(of: needle, from: claim.start)
        return Finding(rule: rule, category: category, severity: severity, message: message,
                       start: r.lowerBound, end: r.upperBound, location: source.location(of: r.lowerBound))
    }

    static func fold(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
