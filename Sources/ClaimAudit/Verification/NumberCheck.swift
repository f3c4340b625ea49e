/// Number check: numbers, amounts, percentages and dates in a claim
/// attributed to a ledger document must appear in that document, in any
/// equivalent form (`NumberForms`). Figures inside quotation marks are the
/// speaker's, not the document's, and are skipped.
struct NumberCheck {
    let rules: VerificationRules
    /// Quantities per document id, with the document's bytes for messages.
    let documentQuantities: [String: (bytes: [UInt8], quantities: [Quantity])]

    init(ledger: Ledger, rules: VerificationRules) {
        self.rules = rules
        var table: [String: (bytes: [UInt8], quantities: [Quantity])] = [:]
        for d in ledger.documents {
            let bytes = Array(d.text.utf8)
            table[d.id] = (bytes, NumberForms.quantities(in: bytes, 0..<bytes.count))
        }
        documentQuantities = table
    }

    func check(_ claims: inout [Claim], _ index: Int, documents: [LedgerDocument], quotations: [Quotation],
               document: Document, section: inout VerificationSection) {
        guard !documents.isEmpty else { return }
        let claim = claims[index]
        let inQuote = { (r: Range<Int>) in quotations.contains { $0.content.overlaps(r) } }
        for q in NumberForms.quantities(in: document.view, claim.start..<claim.end) where !inQuote(q.range) {
            let found = documents.first { d in documentQuantities[d.id]?.quantities.contains(where: q.matches) ?? false }
            let target = found ?? documents[0]
            section.numbers.append(VerificationSection.NumberResult(
                claim: claim.id, document: target.id, status: found == nil ? .notFound : .found,
                start: q.range.lowerBound, end: q.range.upperBound, text: document.text(q.range)))
            if found == nil {
                claims[index].findings += rules.findings(VerificationChecks.numberNotInDocument, range: q.range,
                    document: document, fill: ["document": "“\(target.title)”", "detail": nearest(q, in: documents)])
            }
        }
    }

    /// " (it has “$15 billion”)": the document figure of the same kind
    /// closest in value, to point the editor at the likely right one.
    private func nearest(_ q: Quantity, in documents: [LedgerDocument]) -> String {
        var best: (String, Double)? = nil
        for d in documents {
            guard let entry = documentQuantities[d.id] else { continue }
            for other in entry.quantities where Self.sameKind(q.kind, other.kind) {
                let distance = abs(other.value - q.value)
                if best == nil || distance < best!.1 {
                    best = (String(decoding: entry.bytes[other.range], as: UTF8.self), distance)
                }
            }
        }
        guard let best else { return "" }
        return " (it has “\(best.0)”)"
    }

    static func sameKind(_ a: Quantity.Kind, _ b: Quantity.Kind) -> Bool {
        switch (a, b) {
        case (.percent, .percent), (.year, .year), (.date, .date): return true
        case (.money, .money), (.money, .amount), (.amount, .money), (.amount, .amount): return true
        default: return false
        }
    }
}
