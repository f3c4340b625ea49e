import Foundation
import Testing
@testable import ClaimAudit

@Suite struct TmpCountTests {
    @Test func countCalls() throws {
        let ruleSet = try RuleLoader.loadDefaults()
        let auditor = try Auditor(ruleSet: ruleSet)
        let engine = auditor.engine
        let dir = "/work/shared/corpora/polnear/train/text"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted().prefix(200)
        var passes = [Int](repeating: 0, count: engine.regexRules.count)
        var cands = passes, hits = passes, claimsN = 0
        for f in files {
            let doc = try Loader.load(InputReader.read(dir + "/" + f), format: .text)
            let seg = auditor.segmenter.segment(doc)
            let claims = auditor.analyzer.analyze(doc, seg)
            for c in claims {
                claimsN += 1
                let range = c.start..<c.end
                let p = doc.view.withUnsafeBufferPointer { engine.prefilters.mayMatch($0, range) }
                let text = ClaimText(view: doc.view, range: range)
                for (r, (_, regex)) in engine.regexRules.enumerated() where p[r] {
                    passes[r] += 1
                    cands[r] += regex.starts?.candidates(in: text)?.count ?? -1000
                    hits[r] += regex.matches(in: text).count
                }
            }
        }
        print("CLAIMS \(claimsN)")
        for (r, (rule, _)) in engine.regexRules.enumerated() { print("RULE \(rule.id) passes \(passes[r]) candidates \(cands[r]) matches \(hits[r])") }
    }
}
