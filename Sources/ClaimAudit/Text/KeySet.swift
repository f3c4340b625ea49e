/// A set of 64-bit word keys (`TokenKey`, `VerificationWordTable` keys) in
/// one open-addressed array (`KeySlots`): a look-up is a multiply, a shift
/// and a compare or two, where `Set<UInt64>` runs SipHash for every word.
/// Key 0 is kept aside (it marks an empty slot).
struct KeySet: Sendable {
    private var slots: KeySlots
    private var hasZero = false

    /// Keys in the set, 0 included.
    var count: Int { slots.count + (hasZero ? 1 : 0) }

    init(minimumCapacity: Int = 8) {
        slots = KeySlots(minimumCapacity: minimumCapacity)
    }

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(minimumCapacity: keys.underestimatedCount)
        for k in keys { insert(k) }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.slot(of: key).found
    }

    /// Adds `key`; true when it was not there yet.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        if key == 0 {
            if hasZero { return false }
            hasZero = true
            return true
        }
        if slots.needsGrowth { slots.grow() }
        let s = slots.slot(of: key)
        if s.found { return false }
        slots.place(key, at: s.index)
        return true
    }
}
