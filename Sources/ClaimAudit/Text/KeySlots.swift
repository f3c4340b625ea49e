/// The open-addressed key array behind `KeySet` and `KeyBits`: 64-bit word
/// keys (`TokenKey`, `VerificationWordTable` keys) are hashes already, so a
/// key's home slot is a multiply and a shift (Fibonacci hashing), and a
/// look-up is a compare or two, where `Set<UInt64>` or `[UInt64: UInt64]`
/// run SipHash for every word. Collisions probe the next slot (linear
/// probing); the owner grows the array to stay at most half full. Slot value
/// 0 marks an empty slot, so key 0 is never stored here: owners keep it aside.
struct KeySlots: Sendable {
    private(set) var keys: [UInt64]
    private var shift: UInt64
    /// Keys stored (never 0).
    private(set) var count = 0

    /// Room for `minimumCapacity` keys before the first growth (size a power of two, at least 8).
    init(minimumCapacity: Int) {
        var size = 8
        while size < minimumCapacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// True when one more key would make the array more than half full.
    var needsGrowth: Bool { (count + 1) * 2 > keys.count }

    /// The slot holding `key` (`found`), or the empty slot where it would go.
    /// `key` must not be 0.
    @inline(__always)
    func slot(of key: UInt64) -> (index: Int, found: Bool) {
        keys.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = s[i]
                if k == key { return (i, true) }
                if k == 0 { return (i, false) }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `key` in the empty slot `index` that `slot(of:)` gave.
    mutating func place(_ key: UInt64, at index: Int) {
        keys[index] = key
        count += 1
    }

    /// Twice the size, every key re-placed; `moved(old, new)` is called for
    /// each, so an owner can move a parallel array of values with it.
    mutating func grow(_ moved: (_ old: Int, _ new: Int) -> Void = { _, _ in }) {
        let old = keys
        keys = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        count = 0
        for i in old.indices where old[i] != 0 {
            let s = slot(of: old[i])
            place(old[i], at: s.index)
            moved(i, s.index)
        }
    }
}
