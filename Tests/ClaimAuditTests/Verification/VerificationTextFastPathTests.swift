import Testing
@testable import ClaimAudit

/// The ASCII fast path must split and fold exactly as the Unicode path does.
@Suite struct VerificationTextFastPathTests {
    @Test func asciiWordsFoldCaseAndJoinApostrophesHyphensAndDecimals() {
        #expect(VerificationText.keys("Won't STOP the long-term $1,200.50 plan, 3.5%!") ==
                ["won't", "stop", "the", "long-term", "$", "1200.50", "plan", "3.5", "%"])
    }

    @Test func asciiAndUnicodeClassificationAgreeForEveryASCIIScalar() {
        for v in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(v)!
            #expect(VerificationText.isWordScalar(s) == (s.properties.isAlphabetic || s.properties.numericType != nil), "\(v)")
            #expect(VerificationText.isNumericScalar(s) == (s.properties.numericType != nil), "\(v)")
        }
    }

    @Test func nonASCIILettersStillFoldThroughUnicode() {
        #expect(VerificationText.keys("ÉLAN Ørsted café") == ["élan", "ørsted", "café"])
    }
}
