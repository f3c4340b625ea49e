/// Finds a quotation in a transcript, word by word, and explains a near miss.
///
/// The quotation is read as words plus editorial gaps: an ellipsis (`…`,
/// `...`, `. . .`, `[…]`) may stand for any number of transcript words; a
/// bracketed insertion (`[the mayor]`) replaces up to `insertionSpan`
/// transcript words; `[sic]` is dropped (the word before it must match as
/// written); brackets inside a word (`[T]he`) only change case, so they
/// are read as the letters inside. The alignment is a semi-global edit
/// distance: the quotation must be used whole, the transcript may start and
/// end anywhere. Cost is one per word substituted, added or left out.
struct QuoteAlignment {
    enum Item: Equatable {
        case word(VerificationWord)
        /// Skips up to `max` transcript words (nil: any number) at no cost.
        case gap(max: Int?)
    }

    /// How many transcript words one bracketed insertion may stand for.
    static let insertionSpan = 6

    /// One difference between the copy and the transcript.
    struct Hunk: Equatable {
        var copy: [String]
        var transcript: [String]
    }

    struct Result {
        /// Words substituted, added or left out.
        var cost: Int
        /// Quotation words matched exactly.
        var matched: Int
        var hunks: [Hunk]
        /// Number of quotation words (gaps excluded).
        var words: Int

        var isExact: Bool { cost == 0 }
        /// Close enough to be the same quotation, misquoted: at most 40% of
        /// its words (at least 2) differ and at least half match.
        var isNearMiss: Bool {
            cost > 0 && cost <= max(2, (words * 2 + 4) / 5) && matched >= max(2, words / 2)
        }

        /// "transcript says ‘will not’ where the copy says ‘won't’; …"
        var diffMessage: String { diff(reference: "transcript", copy: "the copy") }

        /// The hunks in words: `reference` names what the quotation is
        /// compared with, `copy` the quotation itself.
        func diff(reference: String, copy: String) -> String {
            hunks.map { h in
                let c = h.copy.joined(separator: " "), t = h.transcript.joined(separator: " ")
                if h.copy.isEmpty { return "\(copy) leaves out ‘\(t)’" }
                if h.transcript.isEmpty { return "\(copy) adds ‘\(c)’" }
                return "\(reference) says ‘\(t)’ where \(copy) says ‘\(c)’"
            }.joined(separator: "; ")
        }
    }

    /// The quotation's words and gaps.
    static func items(_ quote: String) -> [Item] {
        var items: [Item] = []
        var pending = ""
        func flushText() {
            for w in VerificationText.words(pending) { items.append(.word(w)) }
            pending = ""
        }
        func gap(_ max: Int?) {
            flushText()
            if case .gap(let previous)? = items.last {
                items[items.count - 1] = .gap(max: previous == nil || max == nil ? nil : previous! + max!)
            } else {
                items.append(.gap(max: max))
            }
        }
        let s = Array(quote.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\u{2026}" { gap(nil); i += 1; continue }
            if c == "." && i + 2 < s.count && s[i + 1] == "." && s[i + 2] == "." {
                gap(nil); i += 3
                while i < s.count && s[i] == "." { i += 1 }
                continue
            }
            if c == "." && i + 4 < s.count && s[i + 1] == " " && s[i + 2] == "." && s[i + 3] == " " && s[i + 4] == "." {
                gap(nil); i += 5
                continue
            }
            if c == "[", let close = s[(i + 1)...].firstIndex(of: "]") {
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                let trimmed = inner.trimmingSpaces.lowercased()
                let attached = (i > 0 && VerificationText.isWordScalar(s[i - 1]))
                    || (close + 1 < s.count && VerificationText.isWordScalar(s[close + 1]))
                if trimmed == "sic" || trimmed == "sic!" {
                    // the word before stays as written
                } else if trimmed == "..." || trimmed == "\u{2026}" || trimmed == ". . ." {
                    gap(nil)
                } else if attached {
                    pending += inner
                } else {
                    gap(insertionSpan)
                }
                i = close + 1
                continue
            }
            pending.unicodeScalars.append(c)
            i += 1
        }
        flushText()
        return items
    }

    /// Aligns a quotation with one transcript.
    static func align(_ quote: [Item], _ transcript: [VerificationWord]) -> Result {
        let words = quote.reduce(0) { if case .word = $1 { return $0 + 1 } else { return $0 } }
        let n = transcript.count
        let m = quote.count
        guard m > 0 else { return Result(cost: 0, matched: 0, hunks: [], words: 0) }
        // ops: 0 match, 1 substitute, 2 quote word absent from the transcript, 3 transcript word left out.
        var ops: [[UInt8]] = []
        var back: [[Int32]] = []
        // Cost, and as a tie-break the most exact matches: "won't" for
        // "will not" is then one hunk after a matched "we", not two.
        var prev = [Int](repeating: 0, count: n + 1), prevM = [Int](repeating: 0, count: n + 1)
        var cur = [Int](repeating: 0, count: n + 1), curM = [Int](repeating: 0, count: n + 1)
        func better(_ c: Int, _ m: Int, than bc: Int, _ bm: Int) -> Bool { c < bc || (c == bc && m > bm) }
        for i in 1...m {
            switch quote[i - 1] {
            case .word(let w):
                var rowOps = [UInt8](repeating: 2, count: n + 1)
                cur[0] = prev[0] + 1
                curM[0] = prevM[0]
                var j = 1
                while j <= n {
                    let same = transcript[j - 1].key == w.key
                    var best = prev[j - 1] + (same ? 0 : 1), bestM = prevM[j - 1] + (same ? 1 : 0)
                    var op: UInt8 = same ? 0 : 1
                    if better(prev[j] + 1, prevM[j], than: best, bestM) { best = prev[j] + 1; bestM = prevM[j]; op = 2 }
                    if better(cur[j - 1] + 1, curM[j - 1], than: best, bestM) { best = cur[j - 1] + 1; bestM = curM[j - 1]; op = 3 }
                    cur[j] = best
                    curM[j] = bestM
                    rowOps[j] = op
                    j += 1
                }
                ops.append(rowOps)
                back.append([])
            case .gap(let limit):
                var rowBack = [Int32](repeating: 0, count: n + 1)
                var best = Int.max, bestM = 0, from = 0
                for j in 0...n {
                    if let limit {
                        best = prev[j]; bestM = prevM[j]; from = j
                        var k = j - 1
                        while k >= max(0, j - limit) {
                            if better(prev[k], prevM[k], than: best, bestM) { best = prev[k]; bestM = prevM[k]; from = k }
                            k -= 1
                        }
                    } else if better(prev[j], prevM[j], than: best, bestM) {
                        best = prev[j]; bestM = prevM[j]; from = j
                    }
                    cur[j] = best
                    curM[j] = bestM
                    rowBack[j] = Int32(from)
                }
                ops.append([])
                back.append(rowBack)
            }
            swap(&prev, &cur)
            swap(&prevM, &curM)
        }
        var endJ = 0
        for j in 0...n where !better(prev[endJ], prevM[endJ], than: prev[j], prevM[j]) { endJ = j }
        let cost = prev[endJ]

        // Trace back into hunks, last first.
        var hunks: [Hunk] = []
        var open = Hunk(copy: [], transcript: [])
        var matched = 0
        func close() {
            if !open.copy.isEmpty || !open.transcript.isEmpty {
                hunks.append(Hunk(copy: open.copy.reversed(), transcript: open.transcript.reversed()))
                open = Hunk(copy: [], transcript: [])
            }
        }
        var i = m, j = endJ
        while i > 0 {
            switch quote[i - 1] {
            case .gap:
                close()
                j = Int(back[i - 1][j])
                i -= 1
            case .word(let w):
                let op = j == 0 ? 2 : ops[i - 1][j]
                switch op {
                case 0:
                    close(); matched += 1; i -= 1; j -= 1
                case 1:
                    open.copy.append(w.display); open.transcript.append(transcript[j - 1].display); i -= 1; j -= 1
                case 2:
                    open.copy.append(w.display); i -= 1
                default:
                    open.transcript.append(transcript[j - 1].display); j -= 1
                }
            }
        }
        close()
        return Result(cost: cost, matched: matched, hunks: hunks.reversed(), words: words)
    }
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
