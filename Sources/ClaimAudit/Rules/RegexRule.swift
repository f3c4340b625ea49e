import Foundation

/// A `regex` rule compiled once.
///
/// Engine choice: `NSRegularExpression` (ICU) rather than Swift `Regex`.
/// Measured with `-O` on this 2-core VM, two case-insensitive patterns over
/// 5,000 one-sentence claims: Swift `Regex` 187 ms, `NSRegularExpression`
/// 17–19 ms, about ten times faster (Swift `Regex` on Linux walks
/// `Character`s through its interpreter). ICU syntax is also what most rule
/// writers know. Compiled expressions are immutable and thread-safe.
struct RegexRule: @unchecked Sendable {
    let expression: NSRegularExpression
    /// Claims without the pattern's leading word skip ICU entirely.
    let trigger: RegexTrigger?

    init(_ pattern: String, caseSensitive: Bool) throws(RegexCompileError) {
        expression = try RegexRule.compile(pattern, caseSensitive: caseSensitive)
        trigger = RegexTrigger(pattern: pattern, caseSensitive: caseSensitive)
    }

    /// False when the regex cannot match in `range` of `view`.
    func mayMatch(_ view: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        trigger?.mayMatch(view, range) ?? true
    }

    static func compile(_ pattern: String, caseSensitive: Bool) throws(RegexCompileError) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw RegexCompileError(message: "invalid regular expression /\(pattern)/")
        }
    }

    /// File byte ranges of every match in `text`.
    func matches(in text: ClaimText) -> [Range<Int>] {
        guard !text.string.isEmpty else { return [] }
        let whole = NSRange(location: 0, length: text.utf16Starts.count)
        return expression.matches(in: text.string, range: whole).compactMap { m in
            let r = m.range
            guard r.location != NSNotFound, r.length > 0, r.location + r.length <= text.utf16Starts.count else { return nil }
            return text.utf16Starts[r.location]..<text.utf16Ends[r.location + r.length - 1]
        }
    }
}

struct RegexCompileError: Error {
    var message: String
}

/// A claim's prose as one string for regexes, with a way back to the file:
/// ignorable bytes dropped, every run of white space folded to one space
/// (so a pattern's space matches a line break), invalid UTF-8 replaced by
/// `?`. `utf16Starts[i]`/`utf16Ends[i]` give the file byte range of the
/// scalar holding UTF-16 unit `i`.
struct ClaimText {
    var string: String
    var utf16Starts: [Int]
    var utf16Ends: [Int]

    init(view: [UInt8], range: Range<Int>) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []
        bytes.reserveCapacity(range.count)
        starts.reserveCapacity(range.count)
        ends.reserveCapacity(range.count)
        view.withUnsafeBufferPointer { v in
            var i = max(0, range.lowerBound)
            let end = min(range.upperBound, v.count)
            var lastWasSpace = true // also trims leading space
            while i < end {
                let b = v[i]
                if b == Document.ignorable { i += 1; continue }
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B {
                    if !lastWasSpace {
                        bytes.append(0x20); starts.append(i); ends.append(i + 1)
                        lastWasSpace = true
                    }
                    i += 1
                    continue
                }
                lastWasSpace = false
                let length = ClaimText.scalarLength(v, i, end)
                if length == 0 {
                    bytes.append(0x3F); starts.append(i); ends.append(i + 1)
                    i += 1
                    continue
                }
                for k in i..<i + length { bytes.append(v[k]) }
                // Scalars above U+FFFF take two UTF-16 units.
                starts.append(i); ends.append(i + length)
                if length == 4 { starts.append(i); ends.append(i + length) }
                i += length
            }
        }
        if bytes.last == 0x20 { bytes.removeLast(); starts.removeLast(); ends.removeLast() }
        string = String(decoding: bytes, as: UTF8.self)
        utf16Starts = starts
        utf16Ends = ends
    }

    /// Length of the valid UTF-8 scalar at `i`, or 0 when the bytes are invalid.
    static func scalarLength(_ v: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = v[i]
        let n: Int
        switch b {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard i + n <= end else { return 0 }
        for k in 1..<n where v[i + k] & 0xC0 != 0x80 { return 0 }
        // Overlong and surrogate forms that String(decoding:) would replace.
        if b == 0xE0 && v[i + 1] < 0xA0 { return 0 }
        if b == 0xED && v[i + 1] > 0x9F { return 0 }
        if b == 0xF0 && v[i + 1] < 0x90 { return 0 }
        if b == 0xF4 && v[i + 1] > 0x8F { return 0 }
        return n
    }
}

/// A cheap necessary condition for a regex to match, read off the pattern,
/// so that most claims never reach ICU (whose per-call cost, with the
/// claim's UTF-16 copy, was a tenth of an audit).
///
/// Understood prefixes: an optional `\b`, then a plain ASCII word or a
/// non-capturing group of plain words (`(?:it|this)`), optionally followed
/// by a literal space. Every match must then start with one of those words
/// (at a word boundary when `\b` was given, followed by white space when
/// the space was given). Anything else yields no trigger and the regex runs
/// on every claim. Case-insensitive patterns compare ASCII case-insensitively;
/// a claim holding a letter that ICU folds to ASCII letters (`ſ`, `K`, `ß`…)
/// always runs the regex (see `foldsToASCII`).
struct RegexTrigger: Sendable {
    /// The words, lower-cased when the pattern is case-insensitive.
    let words: [[UInt8]]
    let caseSensitive: Bool
    let boundaryBefore: Bool
    let spaceAfter: Bool

    init?(pattern: String, caseSensitive: Bool) {
        var p = Array(pattern.utf8)[...]
        let boundary = p.starts(with: Array(#"\b"#.utf8))
        if boundary { p = p.dropFirst(2) }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
        func isQuantifier(_ b: UInt8?) -> Bool { b == 0x3F || b == 0x2A || b == 0x2B || b == 0x7B }
        var words: [[UInt8]] = []
        if p.starts(with: Array("(?:".utf8)) {
            guard let close = p.firstIndex(of: 0x29) else { return nil }
            let inner = p[(p.startIndex + 3)..<close]
            for alternative in inner.split(separator: 0x7C, omittingEmptySubsequences: false) {
                guard !alternative.isEmpty, alternative.allSatisfy(isLetter) else { return nil }
                words.append(Array(alternative))
            }
            p = p[(close + 1)...]
            if isQuantifier(p.first) { return nil }
        } else {
            var word = Array(p.prefix(while: isLetter))
            p = p.dropFirst(word.count)
            if isQuantifier(p.first) {
                word.removeLast(min(1, word.count))
                p = p[p.endIndex...] // what follows the literal is no longer known
            }
            guard !word.isEmpty else { return nil }
            words.append(word)
        }
        self.words = caseSensitive ? words : words.map { $0.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        self.caseSensitive = caseSensitive
        self.boundaryBefore = boundary
        self.spaceAfter = p.first == 0x20 && !isQuantifier(p.dropFirst().first)
    }

    /// False only when no match of the regex can lie in `range` of `view`
    /// (read as `ClaimText` reads it: ignorable bytes skipped, any white
    /// space run equal to one space).
    func mayMatch(_ view: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = min(range.upperBound, view.count)
        var i = max(0, range.lowerBound)
        var previous: UInt8 = 0x20 // the claim's start is a word boundary
        while i < end {
            let b = view[i]
            if b == Document.ignorable { i += 1; continue }
            if !caseSensitive && b >= 0xC3 && Self.foldsToASCII(view, i, end) { return true }
            if !boundaryBefore || !Self.isASCIIWordByte(previous) {
                for word in words where matches(word, view, i, end) { return true }
            }
            previous = b
            i += 1
        }
        return false
    }

    /// Scalars whose case folding contains ASCII letters, which ICU's
    /// case-insensitive matching compares as those letters: ß, İ, ŉ, ſ, ǰ,
    /// ẖ–ẞ, K and the ﬀ–ﬆ ligatures.
    static func foldsToASCII(_ v: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let b = v[i], c = v[i + 1]
        switch b {
        case 0xC3: return c == 0x9F
        case 0xC4: return c == 0xB0
        case 0xC5: return c == 0x89 || c == 0xBF
        case 0xC7: return c == 0xB0
        case 0xE1: return i + 2 < end && c == 0xBA && (0x96...0x9E).contains(v[i + 2])
        case 0xE2: return i + 2 < end && c == 0x84 && v[i + 2] == 0xAA
        case 0xEF: return i + 2 < end && c == 0xAC && (0x80...0x86).contains(v[i + 2])
        default: return false
        }
    }

    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    @inline(__always)
    private func matches(_ word: [UInt8], _ view: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        for w in word {
            while i < end && view[i] == Document.ignorable { i += 1 }
            guard i < end else { return false }
            var b = view[i]
            if !caseSensitive && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != w { return false }
            i += 1
        }
        guard spaceAfter else { return true }
        while i < end && view[i] == Document.ignorable { i += 1 }
        guard i < end else { return false }
        let b = view[i]
        return b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B
    }
}
