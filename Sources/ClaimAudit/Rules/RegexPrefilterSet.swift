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
    /// Literal indices by first byte (lower-cased when case-insensitive):
    /// `byFirst[firstStart[b]..<firstStart[b + 1]]`; from `b + 256`, only
    /// the literals without a word boundary before them.
    private let firstStart: [Int]
    private let byFirst: [Int]
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
        var buckets = [[Int]](repeating: [], count: 512)
        for l in flags.indices {
            buckets[Int(bytes[offsets[l]])].append(l)
            if flags[l] & 1 == 0 { buckets[256 + Int(bytes[offsets[l]])].append(l) }
        }
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
        found.withUnsafeMutableBufferPointer { fd in
            func scan(_ key: Int, _ i: Int) {
                var k = fs[key]
                let stop = fs[key + 1]
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
                if fs[key] != fs[key + 1] { scan(key, i) }
                if b >= 0x41 && b <= 0x5A {
                    let folded = base + Int(b | 0x20)
                    if fs[folded] != fs[folded + 1] { scan(folded, i) }
                }
                afterWord = RegexPrefilter.isASCIIWordByte(b)
                i += 1
            }
        }}}}}}
        return rules.map { rule in
            guard let rule else { return true }
            if folds && rule.caseInsensitive { return true }
            return rule.terms.contains { term in term.allSatisfy { set in set.contains { found[$0] } } }
        }
    }
}
