import Foundation
import Testing
@testable import ClaimAudit

/// `eval --sentences`: the CSV reader, PTB de-tokenisation and scoring.
@Suite struct SentenceEvaluationTests {
    @Test func csvReadsQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let csv = "text,label\n\"The dam, it is said, was \"\"unsafe\"\".\n\",1\nThe dam opened in 1931.,0\n"
        let rows = try SentenceCSV.parse(Array(csv.utf8), path: "t.csv")
        #expect(rows.count == 2)
        #expect(rows[0].text == "The dam, it is said, was \"unsafe\".\n")
        #expect(rows[0].uncertain && rows[0].line == 2)
        #expect(!rows[1].uncertain && rows[1].line == 4)
    }

    @Test func csvRejectsABadLabelWithItsLine() {
        let csv = "text,label\nThe dam opened.,0\nThe dam closed.,maybe\n"
        do {
            _ = try SentenceCSV.parse(Array(csv.utf8), path: "t.csv")
            Issue.record("a bad label was accepted")
        } catch {
            #expect("\(error)".contains("t.csv:3:1"))
            #expect("\(error)".contains("found 'maybe'"))
        }
    }

    @Test func csvRejectsAnUnclosedQuote() {
        #expect(throws: ClaimAuditError.self) { try SentenceCSV.parse(Array("\"open,1\n".utf8), path: "t.csv") }
    }

    @Test func ptbTokensAreUndone() {
        #expect(PTBText.detokenize("The dam -LRB- built in 1931 -RRB- is `` unsafe '' , critics say .")
                == "The dam (built in 1931) is “unsafe”, critics say.")
        #expect(PTBText.detokenize("It does n't cost $ 5 ; it 's free .") == "It doesn't cost $5; it's free.")
    }

    @Test func scoresTheUncertainClass() {
        let rows = [
            LabelledSentence(text: "Critics argue the dam is unsafe .", uncertain: true, line: 2),
            LabelledSentence(text: "The dam opened in 1931 .", uncertain: false, line: 3),
            LabelledSentence(text: "The dam probably opened in 1931 .", uncertain: false, line: 4),
            LabelledSentence(text: "The dam is the tallest in the state .", uncertain: true, line: 5),
        ]
        let r = SentenceEvaluation(auditor: ShippedRules.auditor).evaluate(rows)
        #expect(r.truePositives == 1 && r.falsePositives == 1 && r.falseNegatives == 1 && r.trueNegatives == 1)
        #expect(r.precision == 0.5 && r.recall == 0.5 && r.f1 == 0.5)
        #expect(r.perRule["hedging"]?.flagged == 1 && r.perRule["hedging"]?.uncertain == 0)
    }

    @Test func minimumSeverityDropsInfoFindings() {
        let rows = [LabelledSentence(text: "The dam is opposed by many residents .", uncertain: true, line: 2)]
        #expect(SentenceEvaluation(auditor: ShippedRules.auditor).evaluate(rows).truePositives == 1)
        #expect(SentenceEvaluation(auditor: ShippedRules.auditor, minimumSeverity: .warning).evaluate(rows).truePositives == 0)
    }
}

/// `claimaudit eval --sentences` on the command line.
@Suite struct SentenceEvalCommandTests {
    @Test func printsScoresAndHonoursTheUncertainFloor() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let csv = dir.appendingPathComponent("s.csv")
        try "text,label\n\"Critics argue the dam is unsafe .\",1\nThe dam opened in 1931 .,0\n".write(to: csv, atomically: true, encoding: .utf8)
        let ok = try CLIRunner.run(["eval", "--sentences", csv.path, "--floor", "uncertain=0.9"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("uncertain-class P 1.000 R 1.000 F1 1.000"))
        let bad = try CLIRunner.run(["eval", "--sentences", csv.path, "--min-severity", "error", "--floor", "uncertain=0.5"])
        #expect(bad.status == 1)
        let usage = try CLIRunner.run(["eval", "--sentences", csv.path, "--floor", "cue-partial=0.5"])
        #expect(usage.status == 2)
    }
}
