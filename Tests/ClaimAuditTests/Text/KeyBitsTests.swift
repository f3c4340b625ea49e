import Testing
@testable import ClaimAudit

/// `KeyBits` stands in for `[UInt64: UInt64]` (token key → requirement bits)
/// in `TokenPatternFindings`: it must answer as the dictionary does, with
/// absent keys giving 0, for word keys and awkward keys (0, keys sharing a
/// home slot, growth), and `insert` must add bits, not replace them.
@Suite struct KeyBitsTests {
    @Test func answersAsADictionaryOfOredBits() {
        var keys: [UInt64] = ["is", "was", "said", "Said", "café", "won't", ","].map(TokenKey.of)
        keys += [0, 1, UInt64.max, 1 << 63, 42]
        keys += (0..<300).map { UInt64($0) << 40 } + (0..<300).map { UInt64($0) }
        var map = KeyBits()
        var reference: [UInt64: UInt64] = [:]
        for (n, k) in keys.enumerated() {
            let bits: UInt64 = 1 << UInt64(n % 64)
            map.insert(k, bits: bits)
            reference[k, default: 0] |= bits
            // Again, with another bit: both must stay.
            map.insert(k, bits: bits << 1 | 1)
            reference[k, default: 0] |= bits << 1 | 1
        }
        for k in keys { #expect(map.bits(of: k) == reference[k], "\(k)") }
        let absent: [UInt64] = ["iss", "wass", "sayd"].map(TokenKey.of) + [2 << 50, 12345, UInt64.max - 1]
        for k in absent { #expect(map.bits(of: k) == reference[k] ?? 0, "\(k)") }
    }

    @Test func emptyMapGivesZero() {
        let map = KeyBits()
        #expect(map.bits(of: 0) == 0 && map.bits(of: TokenKey.of("is")) == 0 && map.count == 0)
    }
}
