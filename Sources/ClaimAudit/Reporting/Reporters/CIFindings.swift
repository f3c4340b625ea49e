/// The findings of one document as the CI formats list them: document-level
/// findings first (they belong to the whole article), then claim findings in
/// document order, each with the text of the claim that carries it.
enum CIFindings {
    struct Item {
        var finding: Finding
        /// The claim's text; empty for a document-level finding.
        var claim: String
        /// True for a finding on the whole document.
        var document: Bool = false
    }

    static func items(_ doc: DocumentReport) -> [Item] {
        var out = doc.documentFindings.map { Item(finding: $0, claim: "", document: true) }
        var claimItems: [Item] = []
        for claim in doc.claims {
            for f in claim.findings { claimItems.append(Item(finding: f, claim: claim.text)) }
        }
        // Stable by offset: a finding may point before its claim's start.
        out += claimItems.enumerated()
            .sorted { ($0.element.finding.start, $0.offset) < ($1.element.finding.start, $1.offset) }
            .map(\.element)
        return out
    }

    /// Findings by severity across the report, document findings included.
    static func counts(_ report: AuditReport) -> [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for doc in report.documents {
            for item in items(doc) { counts[item.finding.severity, default: 0] += 1 }
        }
        return counts
    }

    /// `2 errors, 5 warnings, 1 info`, zeros left out; `no findings`.
    static func describe(_ counts: [Severity: Int]) -> String {
        let parts = Severity.allCases.reversed().compactMap { s -> String? in
            guard let n = counts[s], n > 0 else { return nil }
            return "\(n) \(ReportText.severityWord(s, count: n))"
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    /// FNV-1a 64-bit hash as 16 hex digits: a fingerprint that survives line
    /// moves (rule + normalised claim text + occurrence).
    static func fingerprint(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for (i, part) in parts.enumerated() {
            if i > 0 { hash = (hash ^ 0x1F) &* 0x100000001b3 }
            for b in part.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One line: tabs and line breaks to spaces, other controls dropped.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0..<0x20, 0x7F...0x9F: continue
            default: out.append(u)
            }
        }
        return String(out)
    }
}
