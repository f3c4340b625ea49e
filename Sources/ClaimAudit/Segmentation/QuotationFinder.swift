/// Pairs quotation marks into `Quotation`s while the sentence splitter walks
/// the blocks in order; the splitter reports each mark it passes, so the
/// document is read once.
///
/// Conventions:
/// - `“…”` pair across sentences. A quotation still open at the end of a
///   block continues when the next non-heading block opens with `“` (the news
///   convention for a quote running over several paragraphs); the result is
///   one `Quotation` from the first `“` to the last `”`, whose `content`
///   includes the intermediate paragraphs' opening marks. Otherwise an open
///   `“` ends, unterminated, at the end of its block (`range` then has only
///   the opening mark), or just before a new `“` in the same block.
/// - Straight `"` toggle within a block (and continue across blocks the same
///   way). An unpaired `"` is dropped, and a `"` right after a digit outside a
///   quotation is an inch mark (`a 55" screen`).
/// - Two apostrophes `''` are a double quotation mark in some archives and
///   wire feeds (the New York Times writes ''…''), and toggle like `"`;
///   two backticks ``` `` ``` only open (the TeX and Penn Treebank form,
///   closed by `''`).
/// - `‘…’` count only outside double quotes, when `‘` follows a blank or
///   punctuation and precedes a letter (so `‘90s` is not one), and a matching
///   `’` follows a visible scalar and precedes no letter or digit (so `Trump’s`
///   is not one). A `’` after `s` and before a space may be a plural
///   possessive (`the students’ books`); it closes only when no better
///   candidate follows before the next opening mark. Straight `'` is never a
///   quotation mark: it is too often an apostrophe.
/// - A curly double mark the wrong way round (`“…“`, `”…”`) is read by its
///   position: touching the word before and followed by no word, it closes;
///   after a blank and followed by a word, it opens.
/// - Quotations are not nested: marks inside an open quotation other than
///   its closing mark are ignored.
struct QuotationFinder {
    private enum Mark {
        case curly, straight, doubled
    }

    private var openStart = -1
    private var openMark = Mark.curly
    /// Trimmed end of the last block the open quotation covers.
    private var lastEnd = 0
    /// Offset of an opening mark that continues the open quotation.
    private var continuationMark = -1
    private(set) var quotations: [Quotation] = []

    private var isOpen: Bool { openStart >= 0 }

    /// Call before the splitter reports marks of a block; `content` is the
    /// block's range trimmed of blanks.
    mutating func beginBlock(_ buf: UnsafeBufferPointer<UInt8>, content: Range<Int>, isHeading: Bool) {
        guard isOpen else { return }
        let first = content.lowerBound
        let opensWithSameMark: Bool
        switch openMark {
        case _ where first >= content.upperBound: opensWithSameMark = false
        case .curly: opensWithSameMark = SegmentBytes.isGeneralPunctuation(buf, first, content.upperBound, 0x9C)
        case .straight: opensWithSameMark = buf[first] == 0x22
        case .doubled: opensWithSameMark = Self.isDoubledMark(buf, first, content.upperBound) != nil
        }
        if !isHeading && opensWithSameMark {
            continuationMark = first
        } else {
            closeUnterminated()
        }
    }

    /// Call after the last mark of a block.
    mutating func endBlock(content: Range<Int>, isHeading: Bool) {
        lastEnd = content.upperBound
        if isHeading { closeUnterminated() }
    }

    /// Closes what is still open; call once after the last block.
    mutating func finish() {
        closeUnterminated()
    }

    /// `“` at `i`, in a block spanning `floor..<end`.
    mutating func curlyOpen(at i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int, end: Int) {
        if i == continuationMark { return }
        if isOpen {
            guard openMark == .curly else { return }
            if Self.inClosingPosition(i, buf, floor: floor, end: end) {
                curlyClose(at: i, buf, floor: floor, end: end)
                return
            }
            let end = SegmentBytes.trim(buf, floor..<i).upperBound
            appendQuotation(start: openStart, end: max(end, openStart + 3), markWidth: 3, closed: false)
        }
        openStart = i
        openMark = .curly
    }

    /// `”` at `i`, in a block spanning `floor..<end`.
    mutating func curlyClose(at i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int, end: Int) {
        if !isOpen && Self.inOpeningPosition(i, buf, floor: floor, end: end) {
            openStart = i
            openMark = .curly
            return
        }
        guard isOpen, openMark == .curly else { return }
        appendQuotation(start: openStart, end: i + 3, markWidth: 3, closed: true)
        openStart = -1
    }

    /// `"` at `i`; `floor` is the start of the block.
    mutating func straight(at i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int) {
        if i == continuationMark { return }
        if isOpen {
            guard openMark == .straight else { return }
            appendQuotation(start: openStart, end: i + 1, markWidth: 1, closed: true)
            openStart = -1
            return
        }
        if i > floor && SegmentBytes.isDigit(buf[i - 1]) { return }
        openStart = i
        openMark = .straight
    }

    /// A curly double mark written the wrong way round closes a quotation
    /// when it touches the word before it and no word follows
    /// (`an “expedited review“ of`).
    static func inClosingPosition(_ i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int, end: Int) -> Bool {
        i > floor && SegmentBytes.blankWidth(before: i, buf, from: floor) == 0
            && (i + 3 >= end || !SegmentBytes.startsWord(buf, i + 3, end))
    }

    /// ... and opens one after a blank (or at the block start) when a word
    /// follows it directly (`Doing so ”appeared to be`).
    static func inOpeningPosition(_ i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int, end: Int) -> Bool {
        (i == floor || SegmentBytes.blankWidth(before: i, buf, from: floor) > 0)
            && i + 3 < end && SegmentBytes.startsWord(buf, i + 3, end)
    }

    /// `''` (or ``` `` ```, opening only) at `i`.
    mutating func doubled(at i: Int, opening: Bool) {
        if i == continuationMark { return }
        if isOpen {
            guard openMark == .doubled, !opening else { return }
            appendQuotation(start: openStart, end: i + 2, markWidth: 2, closed: true)
            openStart = -1
            return
        }
        openStart = i
        openMark = .doubled
    }

    /// The byte of a two-byte mark `''` or ``` `` ``` at `i`, or nil.
    @inline(__always)
    static func isDoubledMark(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> UInt8? {
        let b = buf[i]
        guard (b == 0x27 || b == 0x60), i + 1 < end, buf[i + 1] == b else { return nil }
        return b
    }

    /// `‘` at `i`, in a block spanning `floor..<end`.
    mutating func singleOpen(at i: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int, end: Int) {
        guard !isOpen, i + 3 < end else { return }
        let afterBoundary = i == floor
            || SegmentBytes.blankWidth(before: i, buf, from: floor) > 0
            || (buf[i - 1] < 0x80 && !SegmentBytes.startsWord(buf, i - 1, end))
            || (i - 3 >= floor && buf[i - 3] == 0xE2 && buf[i - 2] == 0x80)
        guard afterBoundary, SegmentBytes.startsWord(buf, i + 3, end), !SegmentBytes.isDigit(buf[i + 3]) else { return }
        guard let close = Self.singleCloser(after: i, buf, end: end) else { return }
        quotations.append(Quotation(range: i..<(close + 3), content: (i + 3)..<close))
    }

    /// The `’` closing a `‘` at `open`, preferring a closer that cannot be a
    /// plural possessive; nil when another opening mark comes first.
    static func singleCloser(after open: Int, _ buf: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = open + 3
        var possessive: Int? = nil
        while j < end {
            guard buf[j] == 0xE2, j + 2 < end, buf[j + 1] == 0x80 else { j += 1; continue }
            let c = buf[j + 2]
            if c == 0x98 || c == 0x9C { break }
            if c == 0x99 && SegmentBytes.blankWidth(before: j, buf, from: open + 3) == 0 && j > open + 3 {
                var k = j + 3
                while k < end && buf[k] == Document.ignorable { k += 1 }
                if k >= end || !SegmentBytes.startsWord(buf, k, end) {
                    let p = buf[j - 1]
                    let maybePossessive = (p == 0x73 || p == 0x53) && k < end && SegmentBytes.blankWidth(buf, k, end) > 0
                    if !maybePossessive { return j }
                    if possessive == nil { possessive = j }
                }
            }
            j += 3
        }
        return possessive
    }

    private mutating func closeUnterminated() {
        if isOpen && openMark != .straight {
            let width = openMark == .curly ? 3 : 2
            appendQuotation(start: openStart, end: max(lastEnd, openStart + width), markWidth: width, closed: false)
        }
        openStart = -1
        continuationMark = -1
    }

    private mutating func appendQuotation(start: Int, end: Int, markWidth: Int, closed: Bool) {
        let contentEnd = closed ? end - markWidth : end
        quotations.append(Quotation(range: start..<end, content: (start + markWidth)..<max(start + markWidth, contentEnd)))
    }
}
