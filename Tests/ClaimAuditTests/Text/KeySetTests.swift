import Testing
@testable import ClaimAudit

/// `KeySet` stands in for `Set<UInt64>` in the verification checks: it must
/// answer exactly as `Set` does, for word keys and for awkward keys (0,
/// keys that share their home slot, growth).
@Suite struct KeySetTests {
    @Test func answersAsSetForWordKeysAndAwkwardKeys() {
        var keys: [UInt64] = ["the", "said", "Ortiz", "ortiz", "café", "won't", "$", ""].map(VerificationWordTable.key(of:))
        keys += [0, 1, UInt64.max, 1 << 63, 42, 42]
        // Keys that differ only in their low bits, and only in their high bits.
        keys += (0..<300).map { UInt64($0) << 40 } + (0..<300).map { UInt64($0) }
        var set = KeySet()
        var reference = Set<UInt64>()
        for k in keys {
            #expect(set.insert(k) == reference.insert(k).inserted, "\(k)")
            #expect(set.count == reference.count)
        }
        for k in keys { #expect(set.contains(k)) }
        let absent: [UInt64] = ["sayd", "the ", "Ortis"].map(VerificationWordTable.key(of:)) + [2 << 50, 12345, UInt64.max - 1]
        for k in absent { #expect(set.contains(k) == reference.contains(k), "\(k)") }
    }

    @Test func emptySetHoldsNothing() {
        let set = KeySet()
        #expect(!set.contains(0))
        #expect(!set.contains(VerificationWordTable.key(of: "a")))
        #expect(set.count == 0)
        let built = KeySet([3, 3, 0])
        #expect(built.count == 2 && built.contains(0) && built.contains(3) && !built.contains(4))
    }
}
