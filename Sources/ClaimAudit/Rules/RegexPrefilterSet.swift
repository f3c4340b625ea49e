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
    /// When every literal is ASCII word bytes (letters, digits, `_`) of a
    /// case-insensitive pattern (true of all the shipped regex rules), a
    /// literal can only be found inside one run of ASCII word bytes
    /// (ignorable bytes skipped), and where it is found follows from its
    /// bounds: with both, it is the whole run; with an end bound only, a
    /// suffix of the run; with a start bound only, a prefix; with none, any
    /// part of it. The scan then copies each run once (lower-cased) and
    /// looks its suffixes up by hash (`WordRuns`) instead of probing the
    /// literals at every word start. Nil otherwise.
    private let words: WordRuns?

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
        words = WordRuns(bytes: bytes, offsets: offsets, flags: flags)
    }

    /// True when the scan by word runs is in use (see `words`).
    var scansWords: Bool { words != nil }

    /// Per rule, in the order given to `init`: false only when that rule's
    /// regex cannot match in `range` of `view`.
    /// `byteScan: true` probes literals at every word start even when the
    /// word scan could be used (for tests comparing the two).
    func mayMatch(_ view: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, byteScan: Bool = false) -> [Bool] {
        var found = [Bool](repeating: false, count: flags.count)
        var folds = false
        let lower = max(0, range.lowerBound), end = min(range.upperBound, view.count)
        if let words, !byteScan {
            found.withUnsafeMutableBufferPointer { fd in
            words.masks.withUnsafeBufferPointer { masks in
                // Runs of ASCII word bytes; an ignorable byte neither ends nor joins one.
                var runStart = -1, runLength = 0
                var i = lower
                while i < end {
                    let b = view[i]
                    if RegexPrefilter.isASCIIWordByte(b) {
                        if runStart < 0 { runStart = i }
                        runLength += 1
                    } else if b != Document.ignorable {
                        if runStart >= 0 {
                            words.find(view, runStart, i, runLength, masks, fd)
                            runStart = -1
                            runLength = 0
                        }
                        if b >= 0x80 && !folds && RegexPrefilter.foldsToASCII(view, i, end) { folds = true }
                    }
                    i += 1
                }
                if runStart >= 0 { words.find(view, runStart, end, runLength, masks, fd) }
            }}
            return verdicts(found, folds: folds)
        }
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
        return verdicts(found, folds: folds)
    }

    /// Per rule: may it match, given the literals found.
    private func verdicts(_ found: [Bool], folds: Bool) -> [Bool] {
        rules.map { rule in
            guard let rule else { return true }
            if folds && rule.caseInsensitive { return true }
            return rule.terms.contains { term in term.allSatisfy { set in set.contains { found[$0] } } }
        }
    }
}

/// The literals of a `RegexPrefilterSet` looked up per run of ASCII word
/// bytes, by a hash taken from the run's end (`reverseHash`): one backward
/// pass over the last `maxLength` bytes of a run finds every suffix literal
/// and, at the run's full length, every whole-run literal. A look-up is
/// made only at the lengths where some literal has the run's last byte and
/// the suffix's first byte (`masks`). The few literals with no end bound (a
/// prefix or any part of a run) are compared directly.
struct WordRuns: Sendable {
    /// Reverse hash of a literal's bytes → its group + 1 (0: no literal).
    let groupOfHash: KeyBits
    /// Per group (one per distinct lower-cased literal): the literal indices
    /// to mark when it is a suffix of the run, and when it is the whole run.
    let groups: [(suffix: [Int], whole: [Int])]
    /// Per (last byte & 31, first byte & 31): bit k when a literal of length
    /// k has them (bits 0–31), bit 32 + k for a whole-run literal.
    let masks: [UInt64]
    /// Literals without an end bound: (index, lower-cased bytes, start bound).
    let loose: [(index: Int, bytes: [UInt8], startBounded: Bool)]
    let maxLength: Int

    /// Nil when a literal holds a byte that is not an ASCII word byte, is
    /// longer than 31 bytes, its pattern is case-sensitive, or two literals
    /// share a hash.
    init?(bytes: [UInt8], offsets: [Int], flags: [UInt8]) {
        var groupOf: [[UInt8]: Int] = [:]
        var groups: [(suffix: [Int], whole: [Int])] = []
        var hashes: [UInt64] = []
        var masks = [UInt64](repeating: 0, count: 32 * 32)
        var loose: [(index: Int, bytes: [UInt8], startBounded: Bool)] = []
        var maxLength = 0
        for l in flags.indices {
            let literal = Array(bytes[offsets[l]..<offsets[l + 1]])
            guard !literal.isEmpty, literal.count <= 31, flags[l] & 4 != 0,
                  literal.allSatisfy(RegexPrefilter.isASCIIWordByte) else { return nil }
            let lower = literal.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if flags[l] & 2 == 0 {
                loose.append((l, lower, flags[l] & 1 != 0))
                continue
            }
            let isWhole = flags[l] & 1 != 0
            let g: Int
            if let known = groupOf[lower] {
                g = known
            } else {
                g = groups.count
                groupOf[lower] = g
                groups.append(([], []))
                hashes.append(Self.reverseHash(lower[...]))
            }
            if isWhole { groups[g].whole.append(l) } else { groups[g].suffix.append(l) }
            masks[Int(lower.last! & 31) << 5 | Int(lower.first! & 31)] |= 1 << UInt64(lower.count + (isWhole ? 32 : 0))
            maxLength = max(maxLength, lower.count)
        }
        // Distinct literals with one hash would be confused: keep the byte scan.
        guard Set(hashes).count == hashes.count else { return nil }
        var groupOfHash = KeyBits(minimumCapacity: hashes.count)
        for (g, h) in hashes.enumerated() { groupOfHash.insert(h, bits: UInt64(g + 1)) }
        self.groups = groups
        self.groupOfHash = groupOfHash
        self.masks = masks
        self.loose = loose
        self.maxLength = maxLength
    }

    /// FNV-1a over the bytes from last to first.
    static func reverseHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = TokenKey.offset
        for b in bytes.reversed() { h = (h ^ UInt64(b)) &* TokenKey.prime }
        return h
    }

    /// Marks in `found` every literal that the run `view[start..<end]`
    /// (`length` word bytes, ignorable bytes skipped) holds where its bounds allow.
    @inline(__always)
    func find(_ view: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ length: Int, _ masks: UnsafeBufferPointer<UInt64>,
              _ found: UnsafeMutableBufferPointer<Bool>) {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        var k = end - 1
        while view[k] == Document.ignorable { k -= 1 }
        let lastRow = Int(lower(view[k]) & 31) << 5
        var h = TokenKey.offset
        var taken = 0
        let limit = min(length, maxLength)
        while taken < limit {
            let b = lower(view[k])
            h = (h ^ UInt64(b)) &* TokenKey.prime
            taken += 1
            let m = masks[lastRow | Int(b & 31)]
            if m & (1 << UInt64(taken)) != 0 || (taken == length && m & (1 << UInt64(taken + 32)) != 0) {
                let v = groupOfHash.bits(of: h)
                if v != 0 {
                    let g = groups[Int(v) - 1]
                    for l in g.suffix { found[l] = true }
                    if taken == length { for l in g.whole { found[l] = true } }
                }
            }
            k -= 1
            while k >= start && view[k] == Document.ignorable { k -= 1 }
        }
        for literal in loose where literal.bytes.count <= length && !found[literal.index] {
            if Self.contains(view, start, end, literal.bytes, prefixOnly: literal.startBounded) { found[literal.index] = true }
        }
    }

    /// Whether the run holds `literal` (lower-cased) as a prefix, or anywhere,
    /// ignorable bytes skipped.
    static func contains(_ view: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ literal: [UInt8], prefixOnly: Bool) -> Bool {
        var p = start
        while p < end {
            if view[p] != Document.ignorable {
                var j = p, m = 0
                while m < literal.count && j < end {
                    let b = view[j]
                    if b == Document.ignorable { j += 1; continue }
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != literal[m] { break }
                    m += 1
                    j += 1
                }
                if m == literal.count { return true }
                if prefixOnly { return false }
            }
            p += 1
        }
        return false
    }
}
