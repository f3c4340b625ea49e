/// The prefilters (`RegexPrefilter`) of all of an engine's regex rules,
/// checked in ONE pass over a claim's bytes: every rule's literals sit in
/// one flat table indexed by first byte, so the cost no longer grows with
/// the number of regex rules, and the scan does no retain/release (checking
/// each rule's prefilter on its own, through nested arrays, was a tenth of
/// an audit). Gives exactly `RegexPrefilter.mayMatch` for every rule.
struct RegexPrefilterSet: Sendable {
    /// All literals' bytes, back to back; literal `i` is
    /// `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Per literal: 1 start bounded, 2 end bounded, 4 case-insensitive.
    private let flags: [UInt8]
    /// Literal indices by first and second byte (lower-cased when
    /// case-insensitive), hashed into `slotCount` slots (a shared slot only
    /// costs a comparison, each literal is checked in full):
    /// `byFirst[firstStart[s]..<firstStart[s + 1]]` for slot
    /// `slot(key, second)`. A first-byte key `b` holds every literal, `b +
    /// 256` only those without a word boundary before them; one-byte
    /// literals sit under second byte 256. Looking at the first two bytes
    /// instead of the first alone makes a word start cost one or two
    /// comparisons instead of one per literal sharing its letter.
    private let firstStart: [Int]
    private let byFirst: [Int]
    /// Whether any literal has this first-byte key (0–511).
    private let hasFirst: [Bool]
    static let slotCount = 8192

    @inline(__always)
    static func slot(_ key: Int, _ second: Int) -> Int { (key &* 263 &+ second) & (slotCount - 1) }
    /// Per rule: nil = no prefilter (always runs); else the rule's terms
    /// over global literal indices, and whether it is case-insensitive.
    private let rules: [(terms: [[[Int]]], caseInsensitive: Bool)?]

    init(_ prefilters: [RegexPrefilter?]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        var flags: [UInt8] = []
        var index: [[UInt8]: Int] = [:] // flags byte + literal → global index
        var rules: [(terms: [[[Int]]], caseInsensitive: Bool)?] = []
        for prefilter in prefilters {
            guard let p = prefilter else { rules.append(nil); continue }
            var local: [Int] = []
            for (l, literal) in p.literals.enumerated() {
                let f: UInt8 = (p.boundedStart[l] ? 1 : 0) | (p.boundedEnd[l] ? 2 : 0) | (p.caseSensitive ? 0 : 4)
                let key = [f] + literal
                if let g = index[key] { local.append(g); continue }
                index[key] = flags.count
                local.append(flags.count)
                flags.append(f)
                bytes += literal
                offsets.append(bytes.count)
            }
            rules.append((p.terms.map { $0.map { $0.map { local[$0] } } }, !p.caseSensitive))
        }
        // Keys 0–255: every literal by first byte; 256–511: only those
        // that need no word boundary before them.
        var buckets = [[Int]](repeating: [], count: Self.slotCount)
        var hasFirst = [Bool](repeating: false, count: 512)
        for l in flags.indices {
            let first = Int(bytes[offsets[l]])
            let second = offsets[l + 1] - offsets[l] >= 2 ? Int(bytes[offsets[l] + 1]) : 256
            for key in flags[l] & 1 == 0 ? [first, 256 + first] : [first] {
                buckets[Self.slot(key, second)].append(l)
                hasFirst[key] = true
            }
        }
        self.hasFirst = hasFirst
        var firstStart = [0]
        var byFirst: [Int] = []
        for bucket in buckets { byFirst += bucket; firstStart.append(byFirst.count) }
        self.bytes = bytes
        self.offsets = offsets
        self.flags = flags
        self.firstStart = firstStart
        self.byFirst = byFirst
        self.rules = rules
    }

    /// Per rule, in the order given to `init`: false only when that rule's
    /// regex cannot match in `range` of `view`.
    func mayMatch(_ view: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Bool] {
        var found = [Bool](repeating: false, count: flags.count)
        var folds = false
        let lower = max(0, range.lowerBound), end = min(range.upperBound, view.count)
        bytes.withUnsafeBufferPointer { lit in
        offsets.withUnsafeBufferPointer { off in
        flags.withUnsafeBufferPointer { fl in
        firstStart.withUnsafeBufferPointer { fs in
        byFirst.withUnsafeBufferPointer { bf in
        hasFirst.withUnsafeBufferPointer { hf in
        found.withUnsafeMutableBufferPointer { fd in
            func scanSlot(_ slot: Int, _ i: Int) {
                var k = fs[slot]
                let stop = fs[slot + 1]
                if k == stop { return }
                while k < stop {
                    let l = bf[k]
                    k += 1
                    if fd[l] { continue }
                    let f = fl[l]
                    let fold = f & 4 != 0
                    var j = i
                    var ok = true
                    for p in off[l]..<off[l + 1] {
                        while j < end && view[j] == Document.ignorable { j += 1 }
                        guard j < end else { ok = false; break }
                        var b = view[j]
                        if fold && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                        if b != lit[p] { ok = false; break }
                        j += 1
                    }
                    guard ok else { continue }
                    if f & 1 != 0 {
                        var q = i - 1
                        while q >= lower && view[q] == Document.ignorable { q -= 1 }
                        if q >= lower && RegexPrefilter.isASCIIWordByte(view[q]) { continue }
                    }
                    if f & 2 != 0 {
                        while j < end && view[j] == Document.ignorable { j += 1 }
                        if j < end && RegexPrefilter.isASCIIWordByte(view[j]) { continue }
                    }
                    fd[l] = true
                }
            }
            // After an ASCII word byte no start-bounded literal can match:
            // those positions look only at the unbounded ones (keys + 256).
            var i = lower
            var afterWord = false
            while i < end {
                let b = view[i]
                if b >= 0x80 {
                    if b == Document.ignorable { i += 1; continue }
                    if !folds && RegexPrefilter.foldsToASCII(view, i, end) { folds = true }
                    afterWord = false
                    i += 1
                    continue
                }
                let base = afterWord ? 256 : 0
                let key = base + Int(b)
                let folded = b >= 0x41 && b <= 0x5A ? base + Int(b | 0x20) : -1
                if hf[key] || (folded >= 0 && hf[folded]) {
                    var j = i + 1
                    while j < end && view[j] == Document.ignorable { j += 1 }
                    let second = j < end ? Int(view[j]) : -1
                    let secondFolded = second >= 0x41 && second <= 0x5A ? second | 0x20 : -1
                    func probe(_ k: Int) {
                        scanSlot(Self.slot(k, 256), i)
                        if second >= 0 {
                            scanSlot(Self.slot(k, second), i)
                            if secondFolded >= 0 && Self.slot(k, secondFolded) != Self.slot(k, second) {
                                scanSlot(Self.slot(k, secondFolded), i)
                            }
                        }
                    }
                    if hf[key] { probe(key) }
                    if folded >= 0 && hf[folded] { probe(folded) }
                }
                afterWord = RegexPrefilter.isASCIIWordByte(b)
                i += 1
            }
        }}}}}}}
        return rules.map { rule in
            guard let rule else { return true }
            if folds && rule.caseInsensitive { return true }
            return rule.terms.contains { term in term.allSatisfy { set in set.contains { found[$0] } } }
        }
    }
}
