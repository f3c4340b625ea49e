/// Splits one block's range of the view into sentence ranges in a single
/// forward pass over bytes, reporting quotation marks to a `QuotationFinder`
/// on the way.
///
/// A sentence ends at a run of `.`, `?`, `!`, `…` (ignorable bytes inside the
/// run are skipped), extended over closing marks (`” ’ " ' ) ]`), when:
/// 1. white space follows (so `3.14`, `$1.5`, `example.com`, `v2.0.1`,
///    `Well...maybe` and `“Why?”,` never split), and a visible scalar follows
///    that is not another `.`/`…` (a spaced ellipsis `. . .`);
/// 2. the next word (after opening marks such as `“` or `(`) is not lower
///    case (so `Well... maybe`, `“Why?” she asked` and unknown abbreviations
///    before a lower-case word stay whole);
/// 3. the sentence so far has a letter or digit (a lone `…` opening a
///    quotation is no sentence);
/// 4. for a single period, the word before it is not an abbreviation that
///    blocks the split (see `Abbreviations`).
/// `?`, `!` and ellipses (`...`, `…`) end a sentence whenever 1–3 hold; in
/// particular an ellipsis followed by a capitalised word ends one. Commas,
/// colons and dashes (`—`, `--`) never do, so `“We won,” she said.` is one
/// sentence.
struct SentenceSplitter {
    /// Sentence ranges of `range`, trimmed, in order. With `whole` (headings)
    /// the trimmed range is the only sentence. Marks are reported to `quotes`
    /// either way. Pieces without a letter or digit are merged into the
    /// sentence before them, or dropped when there is none.
    static func split(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, whole: Bool,
                      quotes: inout QuotationFinder) -> [Range<Int>] {
        let end = range.upperBound
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var hasWord = false
        var resumeAt = range.lowerBound
        var i = range.lowerBound
        while i < end {
            let b = buf[i]
            var width = 1
            var terminator = false
            if b < 0x80 {
                if SegmentBytes.isASCIILetter(b) || SegmentBytes.isDigit(b) {
                    hasWord = true
                } else if b == 0x22 {
                    quotes.straight(at: i, buf, floor: range.lowerBound)
                } else if (b == 0x27 || b == 0x60), let mark = QuotationFinder.isDoubledMark(buf, i, end) {
                    quotes.doubled(at: i, opening: mark == 0x60)
                    width = 2
                } else {
                    terminator = b == 0x2E || b == 0x3F || b == 0x21
                }
            } else if b == 0xE2, i + 2 < end, buf[i + 1] == 0x80 {
                width = 3
                switch buf[i + 2] {
                case 0x9C: quotes.curlyOpen(at: i, buf, floor: range.lowerBound, end: end)
                case 0x9D: quotes.curlyClose(at: i, buf, floor: range.lowerBound, end: end)
                case 0x98: quotes.singleOpen(at: i, buf, floor: range.lowerBound, end: end)
                case 0xA6: terminator = true
                default: break
                }
            } else if b != Document.ignorable && SegmentBytes.startsWord(buf, i, end) {
                hasWord = true
            }
            if terminator && !whole && hasWord && i >= resumeAt {
                if let cut = boundary(at: i, buf, range: range, sentenceStart: start) {
                    sentences.append(cut.sentence)
                    start = cut.next
                    hasWord = false
                }
                resumeAt = runEnd(from: i, buf, end: end)
            }
            i += width
        }
        let last = SegmentBytes.trim(buf, start..<end)
        if hasWord && !last.isEmpty {
            sentences.append(last)
        } else if !last.isEmpty, let previous = sentences.popLast() {
            sentences.append(previous.lowerBound..<last.upperBound)
        }
        return sentences
    }

    /// End of the run of terminators (`.` `?` `!` `…` and ignorable bytes) starting at `i`.
    @inline(__always)
    static func runEnd(from i: Int, _ buf: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var j = i
        while j < end {
            let c = buf[j]
            if c == 0x2E || c == 0x3F || c == 0x21 || c == Document.ignorable {
                j += 1
            } else if SegmentBytes.isGeneralPunctuation(buf, j, end, 0xA6) {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    /// Where the sentence ends if the terminator run at `i` ends it: the
    /// trimmed sentence and the offset the next one starts at.
    static func boundary(at i: Int, _ buf: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                         sentenceStart: Int) -> (sentence: Range<Int>, next: Int)? {
        let end = range.upperBound
        let run = scanRun(at: i, buf, end: end)
        // 1. White space, then something visible that is not another terminator.
        guard run.end < end, SegmentBytes.blankWidth(buf, run.end, end) > 0 else { return nil }
        var k = run.end
        while k < end {
            let w = SegmentBytes.blankWidth(buf, k, end)
            if w == 0 { break }
            k += w
        }
        guard k < end, buf[k] != 0x2E, !SegmentBytes.isGeneralPunctuation(buf, k, end, 0xA6) else { return nil }
        // 2. The next word, after opening marks, is not lower case.
        var w = k
        while w < end {
            let width = buf[w] == Document.ignorable ? 1 : SegmentBytes.openerWidth(buf, w, end)
            if width == 0 { break }
            w += width
        }
        guard w < end else { return nil }
        let next = SegmentBytes.initial(buf, w, end)
        if next == .lower { return nil }
        // 4. A single period after an abbreviation.
        if run.isSinglePeriod && !abbreviationAllowsSplit(at: i, buf, sentenceStart: sentenceStart,
                                                          closed: run.closed, nextWord: w, end: end) {
            return nil
        }
        return (SegmentBytes.trim(buf, sentenceStart..<run.end), k)
    }

    /// The terminator run at `i` and the closing marks after it.
    static func scanRun(at i: Int, _ buf: UnsafeBufferPointer<UInt8>,
                        end: Int) -> (end: Int, isSinglePeriod: Bool, closed: Bool) {
        var j = i
        var periods = 0
        var other = false
        while j < end {
            let c = buf[j]
            if c == 0x2E { periods += 1; j += 1 }
            else if c == 0x3F || c == 0x21 { other = true; j += 1 }
            else if c == Document.ignorable { j += 1 }
            else if SegmentBytes.isGeneralPunctuation(buf, j, end, 0xA6) { other = true; j += 3 }
            else { break }
        }
        // Closing quotes and brackets stay with the sentence.
        var closed = false
        while j < end {
            if buf[j] == Document.ignorable { j += 1; continue }
            let w = SegmentBytes.closerWidth(buf, j, end)
            if w == 0 { break }
            j += w
            closed = true
        }
        return (j, periods == 1 && !other, closed)
    }

    /// Whether the word ending with the period at `dot` lets the sentence end
    /// there, given the next word at `nextWord` (known not to be lower case)
    /// and whether a closing mark followed the period.
    static func abbreviationAllowsSplit(at dot: Int, _ buf: UnsafeBufferPointer<UInt8>, sentenceStart: Int,
                                        closed: Bool, nextWord: Int, end: Int) -> Bool {
        guard let word = Abbreviations.word(endingAt: dot, buf, floor: sentenceStart) else { return true }
        switch Abbreviations.classify(buf, word) {
        case .ordinary: return true
        case .neverEnds: return false
        case .beforeNumber: return !SegmentBytes.isDigit(buf[nextWord])
        case .mayEnd:
            return closed || (SegmentBytes.initial(buf, nextWord, end) == .upper && startsSentence(buf, nextWord, end))
        }
    }

    /// True when the word at `w` is a common sentence starter (`The`, `He`, `But`…).
    static func startsSentence(_ buf: UnsafeBufferPointer<UInt8>, _ w: Int, _ end: Int) -> Bool {
        var e = w
        while e < end {
            let c = buf[e]
            if SegmentBytes.isASCIILetter(c) || c == 0x27 || c == Document.ignorable {
                e += 1
            } else if SegmentBytes.isGeneralPunctuation(buf, e, end, 0x99) {
                e += 3
            } else {
                break
            }
        }
        return Abbreviations.sentenceStarters.contains(TokenKey.of(bytes: buf, in: w..<e))
    }
}
