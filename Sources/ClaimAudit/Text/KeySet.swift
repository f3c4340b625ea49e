/// A set of 64-bit word keys (`TokenKey`, `VerificationWordTable` keys) in
/// one open-addressed array: the keys are hashes already, so a look-up is a
/// multiply, a shift and a compare or two, where `Set<UInt64>` runs SipHash
/// for every word. Grows to stay at most half full. Key 0 is kept aside (it
/// marks an empty slot).
struct KeySet: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private var hasZero = false
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(minimumCapacity: keys.underestimatedCount)
        for k in keys { insert(k) }
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = home(key)
            while true {
                let k = s[i]
                if k == key { return true }
                if k == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds `key`; true when it was not there yet.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        if key == 0 {
            if hasZero { return false }
            hasZero = true
            count += 1
            return true
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let k = slots[i]
            if k == key { return false }
            if k == 0 {
                slots[i] = key
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let zero = hasZero
        count = 0
        hasZero = false
        for k in old where k != 0 { insert(k) }
        if zero { hasZero = true; count += 1 }
    }
}
