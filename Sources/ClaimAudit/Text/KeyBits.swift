/// A map from 64-bit word keys (`TokenKey`) to 64-bit masks: the keys in one
/// open-addressed array (`KeySlots`, as in `KeySet`), the masks in a parallel
/// one. A look-up is a multiply, a shift and a compare or two, where
/// `[UInt64: UInt64]` runs SipHash for every token. Absent keys map to 0;
/// key 0 is kept aside (it marks an empty slot).
struct KeyBits: Sendable {
    private var slots: KeySlots
    private var values: [UInt64]
    private var zeroBits: UInt64 = 0

    /// Keys stored, not counting key 0.
    var count: Int { slots.count }

    init(minimumCapacity: Int = 8) {
        slots = KeySlots(minimumCapacity: minimumCapacity)
        values = [UInt64](repeating: 0, count: slots.keys.count)
    }

    /// The bits of `key`, 0 when it has none.
    @inline(__always)
    func bits(of key: UInt64) -> UInt64 {
        if key == 0 { return zeroBits }
        let s = slots.slot(of: key)
        return s.found ? values[s.index] : 0
    }

    /// Adds `bits` to those of `key`.
    mutating func insert(_ key: UInt64, bits: UInt64) {
        if key == 0 { zeroBits |= bits; return }
        if slots.needsGrowth {
            let old = values
            var moved = [UInt64](repeating: 0, count: slots.keys.count * 2)
            slots.grow { moved[$1] = old[$0] }
            values = moved
        }
        let s = slots.slot(of: key)
        if s.found {
            values[s.index] |= bits
        } else {
            slots.place(key, at: s.index)
            values[s.index] = bits
        }
    }
}
