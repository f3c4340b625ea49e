/// Plain text: paragraphs are separated by blank lines; a short first line
/// followed by a blank line is a headline when it has no final punctuation,
/// or when it is in title case (wire copy and archives often end headlines
/// with a full stop).
public enum TextLoader {
    public static func load(_ source: SourceText) -> Document {
        let bytes = source.bytes
        var blocks: [Block] = []
        var lineStart = 0
        var paragraphStart: Int? = nil
        var paragraphEnd = 0
        let n = bytes.count

        func flush() {
            if let start = paragraphStart {
                let kind: Block.Kind = blocks.isEmpty && looksLikeHeadline(bytes, start..<paragraphEnd) ? .heading : .paragraph
                blocks.append(Block(kind: kind, range: start..<paragraphEnd, level: kind == .heading ? 1 : 0))
            }
            paragraphStart = nil
        }

        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd
            if next < n && bytes[next] == 0x0D { next += 1 }
            if next < n && bytes[next] == 0x0A && (next == lineEnd || bytes[next - 1] == 0x0D) { next += 1 }
            if next == lineEnd { next += 1 }
            // Trim the line.
            var a = lineStart, b = lineEnd
            while a < b && isBlank(bytes[a]) { a += 1 }
            while b > a && isBlank(bytes[b - 1]) { b -= 1 }
            if a == b {
                flush()
            } else {
                if paragraphStart == nil { paragraphStart = a }
                paragraphEnd = b
            }
            lineStart = next
        }
        flush()
        return Document(source: source, format: .text, view: bytes, blocks: blocks)
    }

    @inline(__always)
    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B }

    /// One line, under 150 bytes, not ending in sentence punctuation, or
    /// ending in a full stop (at most) and in title case.
    static func looksLikeHeadline(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count < 150, let last = bytes[range].last else { return false }
        if bytes[range].contains(0x0A) || bytes[range].contains(0x0D) { return false }
        if !(last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22 || last == 0x99 || last == 0x9D) {
            return true
        }
        return last == 0x2E && isTitleCase(bytes, range)
    }

    /// At least three words, and at least three in four words of four
    /// letters or more start with a capital ("Schools Chief Backs New
    /// Budget."); short words ("to", "of", "and") may stay lower case.
    /// ASCII letters decide; a word starting with another byte is skipped.
    static func isTitleCase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var words = 0, long = 0, capitalised = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            guard SegmentBytes.isASCIILetter(b) else { i += 1; continue }
            let start = i
            while i < range.upperBound && (SegmentBytes.isASCIILetter(bytes[i]) || bytes[i] == 0x27 || bytes[i] >= 0x80) { i += 1 }
            words += 1
            if i - start >= 4 {
                long += 1
                if b >= 0x41 && b <= 0x5A { capitalised += 1 }
            }
        }
        return words >= 3 && long > 0 && capitalised * 4 >= long * 3
    }

}
