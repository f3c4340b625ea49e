/// Which finding speaks when two rules flag the same words, and how loud a
/// hedge or weasel word speaks when it is someone else's.
///
/// **Reported speech.** A hedge inside a direct quotation is the speaker's
/// and is reported one level lower (the rule's `quote-severity`); weasel and
/// peacock words inside one are not reported at all (`scope="prose"`). The
/// same words in indirect speech ("Sanders said the election will bring one
/// of the greatest upsets", "officials said the plan may be delayed") are
/// the speaker's too: the writer reports them, attributed. So a `hedging`
/// or `weasel` finding that lies inside an attribution's content, and not
/// inside a direct quotation, is lowered one level (warning → info; info
/// stays info) and its message names whose words they are. It is kept, not
/// dropped: the reader still sees the softening, and a paraphrase may be the
/// writer's own choice of words.
///
/// **Vague crowds.** A vague crowd as a source ("Critics argue", "Some
/// experts say") is caught by a weasel rule and by
/// `anonymous-without-description`, and its claim may also look unsourced.
/// The weasel finding says what is wrong ("say who, how many, and where"),
/// so it alone speaks: an `anonymous-without-description` finding
/// overlapping a weasel finding is dropped, and so is the claim's
/// `unsourced-claim` finding (the claim is attributed, if vaguely). Only
/// weasel findings at warning or above speak this way (after the lowering
/// above): an info-level vague quantity ("many voters") or a weasel word in
/// someone's reported speech says nothing about who the claim rests on.
enum FindingPrecedence {
    static let weaselCategory = "weasel"
    static let hedgingCategory = "hedging"

    static func resolve(_ claims: inout [Claim], quotations: [Quotation] = []) {
        for ci in claims.indices {
            lowerInReportedSpeech(&claims[ci], quotations: quotations)
            let weasels = claims[ci].findings.filter { $0.category == weaselCategory && $0.severity >= .warning }
            guard !weasels.isEmpty else { continue }
            claims[ci].findings.removeAll { f in
                switch f.rule {
                case "unsourced-claim":
                    return true
                case "anonymous-without-description":
                    return weasels.contains { $0.start < f.end && f.start < $0.end }
                default:
                    return false
                }
            }
        }
    }

    /// Lowers hedging and weasel findings that lie inside the content of one
    /// of the claim's attributions (indirect speech) but in no direct
    /// quotation (already handled by `quote-severity` and `scope`).
    static func lowerInReportedSpeech(_ claim: inout Claim, quotations: [Quotation]) {
        let reports = claim.attributions.filter { $0.kind != .analysis && $0.kind != .none && $0.cue != nil && $0.content != nil }
        guard !reports.isEmpty else { return }
        for fi in claim.findings.indices {
            let f = claim.findings[fi]
            guard f.category == hedgingCategory || f.category == weaselCategory else { continue }
            guard let a = reports.first(where: { $0.content!.start <= f.start && f.end <= $0.content!.end }) else { continue }
            if quotations.contains(where: { $0.content.lowerBound <= f.start && f.end <= $0.content.upperBound }) { continue }
            claim.findings[fi].severity = lowered(f.severity)
            claim.findings[fi].message = f.message + " " + reportedNote(a)
        }
    }

    /// One level lower, never below info.
    static func lowered(_ s: Severity) -> Severity {
        switch s {
        case .error: .warning
        case .warning, .info: .info
        }
    }

    /// "(Reported speech: the words are attributed to Sanders.)" — the
    /// source as written (a leading "The"/"A" lower-cased), or its resolved
    /// name for a pronoun ("he said").
    static func reportedNote(_ a: Attribution) -> String {
        guard var who = (a.resolvedSource ?? a.source)?.text, !who.isEmpty else {
            return "(Reported speech: the words are attributed to its source.)"
        }
        for article in ["The ", "A ", "An "] where who.hasPrefix(article) {
            who = article.lowercased() + who.dropFirst(article.count)
        }
        return "(Reported speech: the words are attributed to \(who).)"
    }
}
