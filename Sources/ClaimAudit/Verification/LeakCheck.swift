/// Confidential-source leak check: the copy must not print a confidential
/// source's real name (in full, or the surname alone when capitalised), nor
/// give in one paragraph its title, its organisation and one of its
/// distinctive details, which together identify it.
struct LeakCheck {
    let ledger: Ledger
    let rules: VerificationRules

    typealias Located = [(word: VerificationWord, range: Range<Int>)]

    func check(_ claims: inout [Claim], words: [Located], document: Document) {
        for source in ledger.sources where source.confidential {
            if let name = source.name { names(name, source, &claims, words, document) }
            if let title = source.title, let organisation = source.organisation, !source.details.isEmpty {
                description(title: title, organisation: organisation, source, &claims, words, document)
            }
        }
    }

    private func names(_ name: String, _ source: LedgerSource, _ claims: inout [Claim], _ words: [Located], _ document: Document) {
        let keys = VerificationText.keys(name)
        guard !keys.isEmpty else { return }
        let surname = keys.count >= 2 && keys[keys.count - 1].count >= 4 ? keys[keys.count - 1] : nil
        for i in claims.indices {
            let w = words[i]
            var k = 0
            while k < w.count {
                if k + keys.count <= w.count && (0..<keys.count).allSatisfy({ w[k + $0].word.key == keys[$0] }) {
                    report(VerificationChecks.confidentialSourceNamed, &claims, i, w[k].range.lowerBound..<w[k + keys.count - 1].range.upperBound, source, document)
                    k += keys.count
                    continue
                }
                if let surname, w[k].word.key == surname, w[k].word.display.unicodeScalars.first?.properties.isUppercase == true {
                    report(VerificationChecks.confidentialSourceNamed, &claims, i, w[k].range, source, document)
                }
                k += 1
            }
        }
    }

    private func description(title: String, organisation: String, _ source: LedgerSource, _ claims: inout [Claim],
                             _ words: [Located], _ document: Document) {
        let titleKeys = VerificationText.keys(title), orgKeys = VerificationText.keys(organisation)
        let details = source.details.map(VerificationText.keys).filter { !$0.isEmpty }
        var p = 0
        while p < claims.count {
            var q = p
            while q < claims.count && claims[q].paragraph == claims[p].paragraph { q += 1 }
            let all = (p..<q).flatMap { words[$0] }
            let keys = all.map(\.word.key)
            if VerificationText.contains(keys, titleKeys) && VerificationText.contains(keys, orgKeys) {
                for detail in details {
                    guard let at = VerificationText.find(detail, in: keys) else { continue }
                    let range = all[at].range.lowerBound..<all[at + detail.count - 1].range.upperBound
                    let claim = (p..<q).first { claims[$0].start <= range.lowerBound && range.lowerBound < claims[$0].end } ?? p
                    report(VerificationChecks.confidentialSourceIdentifiable, &claims, claim, range, source, document,
                           detail: "“\(title)”, “\(organisation)” and “\(document.text(range))”")
                    break
                }
            }
            p = q
        }
    }

    private func report(_ check: String, _ claims: inout [Claim], _ i: Int, _ range: Range<Int>, _ source: LedgerSource,
                        _ document: Document, detail: String = "") {
        claims[i].findings += rules.findings(check, range: range, document: document,
                                             fill: ["source": "\(source.id): \(source.label)", "detail": detail])
    }
}
