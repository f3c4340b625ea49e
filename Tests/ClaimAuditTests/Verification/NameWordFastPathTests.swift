import Testing
@testable import ClaimAudit

/// The ASCII shortcuts in `NameConsistency` answer exactly as the Unicode
/// properties they stand for, so name checks give the same findings.
@Suite struct NameWordFastPathTests {
    @Test func asciiShortcutsAgreeWithUnicodeProperties() {
        for v in UInt32(0)..<0x250 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(NameConsistency.isUppercase(s) == s.properties.isUppercase, "U+\(String(v, radix: 16))")
            #expect(NameConsistency.isAlphabetic(s) == s.properties.isAlphabetic, "U+\(String(v, radix: 16))")
        }
    }
}
