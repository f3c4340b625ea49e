/// A map from 64-bit word keys (`TokenKey`) to 64-bit masks in one
/// open-addressed array, like `KeySet`: a look-up is a multiply, a shift and
/// a compare or two, where `[UInt64: UInt64]` runs SipHash for every token.
/// Absent keys map to 0. Grows to stay at most half full; key 0 is kept
/// aside (it marks an empty slot).
struct KeyBits: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private var shift: UInt64
    private var zeroBits: UInt64 = 0
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The bits of `key`, 0 when it has none.
    @inline(__always)
    func bits(of key: UInt64) -> UInt64 {
        if key == 0 { return zeroBits }
        return keys.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = home(key)
            while true {
                let k = s[i]
                if k == key { return values[i] }
                if k == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds `bits` to those of `key`.
    mutating func insert(_ key: UInt64, bits: UInt64) {
        if key == 0 { zeroBits |= bits; return }
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = home(key)
        while true {
            let k = keys[i]
            if k == key { values[i] |= bits; return }
            if k == 0 {
                keys[i] = key
                values[i] = bits
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt64](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for i in oldKeys.indices where oldKeys[i] != 0 { insert(oldKeys[i], bits: oldValues[i]) }
    }
}
