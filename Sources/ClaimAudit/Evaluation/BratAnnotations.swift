/// One text-bound annotation (`T` line) of a BRAT standoff file.
public struct BratSpan: Sendable, Hashable {
    /// The annotation id (`T12`).
    public var id: String
    /// The label (`Cue`, `Source`, `Content`, …).
    public var label: String
    /// The pieces of the span in Unicode code point offsets into the text
    /// (end exclusive), as BRAT writes them; `a b;c d` gives two pieces.
    public var pieces: [Range<Int>]

    public init(id: String, label: String, pieces: [Range<Int>]) {
        self.id = id
        self.label = label
        self.pieces = pieces
    }
}

/// Reads the text-bound lines of a BRAT `.ann` file. Event (`E`), attribute
/// (`A`), relation (`R`) and note (`#`) lines are skipped: the evaluation
/// scores spans by label. So is a line that does not start with `T` and a
/// digit: BRAT copies a span's text after the offsets, and a span across a
/// line break continues on the next line.
public enum BratReader {
    public static func read(_ path: String) throws -> [BratSpan] {
        let source = try InputReader.read(path)
        return try parse(source.bytes, path: path)
    }

    /// Parses `T<id>\t<label> <start> <end>[;<start> <end>…]\t<text>` lines.
    /// A malformed `T` line is an error at its line and column.
    public static func parse(_ bytes: [UInt8], path: String) throws -> [BratSpan] {
        var spans: [BratSpan] = []
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        while start < n {
            lineNumber += 1
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            // A text-bound line is `T` + digits; other lines (events, notes,
            // and the continuation of a span text that held a newline) are skipped.
            if bytes[start] == 0x54, start + 1 < lineEnd, bytes[start + 1] >= 0x30, bytes[start + 1] <= 0x39 {
                spans.append(try parseLine(bytes[start..<lineEnd], path: path, line: lineNumber))
            }
            start = end + 1
        }
        return spans
    }

    private static func parseLine(_ line: ArraySlice<UInt8>, path: String, line number: Int) throws -> BratSpan {
        func fail(_ at: Int, _ message: String) -> ClaimAuditError {
            ClaimAuditError.input(path: path, line: number, column: at - line.startIndex + 1, message: message)
        }
        guard let tab = line.firstIndex(of: 0x09) else { throw fail(line.startIndex, "text-bound annotation without a tab after its id") }
        let id = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
        let fieldEnd = line[(tab + 1)...].firstIndex(of: 0x09) ?? line.endIndex
        let field = line[(tab + 1)..<fieldEnd]
        guard let space = field.firstIndex(of: 0x20) else { throw fail(tab + 1, "annotation \(id) has a label but no offsets") }
        let label = String(decoding: field[field.startIndex..<space], as: UTF8.self)
        var pieces: [Range<Int>] = []
        var k = space + 1
        while k < fieldEnd {
            let pieceStart = k
            guard let a = readNumber(field, &k), k < fieldEnd, field[k] == 0x20 else {
                throw fail(pieceStart, "annotation \(id): expected 'start end' offsets")
            }
            k += 1
            guard let b = readNumber(field, &k) else { throw fail(pieceStart, "annotation \(id): expected an end offset") }
            guard a <= b else { throw fail(pieceStart, "annotation \(id): start \(a) is after end \(b)") }
            pieces.append(a..<b)
            if k < fieldEnd {
                guard field[k] == 0x3B else { throw fail(k, "annotation \(id): expected ';' between pieces") }
                k += 1
            }
        }
        guard !pieces.isEmpty else { throw fail(space + 1, "annotation \(id) has no offsets") }
        return BratSpan(id: id, label: label, pieces: pieces)
    }

    /// A non-negative decimal number at `k` (advanced past it).
    private static func readNumber(_ s: ArraySlice<UInt8>, _ k: inout Int) -> Int? {
        var v = 0
        let begin = k
        while k < s.endIndex, s[k] >= 0x30, s[k] <= 0x39 {
            v = v * 10 + Int(s[k] - 0x30)
            if v > 1 << 40 { return nil }
            k += 1
        }
        return k > begin ? v : nil
    }
}
