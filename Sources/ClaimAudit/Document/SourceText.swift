/// The text of one input as UTF-8, with a line index.
///
/// Every offset in claimaudit is a UTF-8 byte offset into `bytes` (end
/// exclusive). Lines are 1-based; LF, CRLF and a lone CR each end one line.
/// Columns are 1-based and count Unicode scalars from the start of the line
/// (on line 1, from after a byte order mark), so a column means the same
/// thing to an editor whatever the script of the text.
///
/// For a UTF-8 file (the usual case) `bytes` has the file's length and
/// offsets are file offsets: see `SourceDecoder` for the same-length
/// placeholders that stand in for a byte order mark, NULs and invalid bytes.
/// For UTF-16, UTF-32 and Windows-1252 files `bytes` is the UTF-8
/// transcoding, offsets refer to it, and `notes` says so.
public struct SourceText: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The input as UTF-8 (see above); never contains NUL or invalid UTF-8
    /// other than 0xFF placeholders.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// How the file's bytes were read.
    public let encoding: SourceEncoding
    /// Length of the UTF-8 byte order mark at the start (0 or 3); those bytes
    /// are spaces in `bytes` and do not count as columns.
    public let byteOrderMark: Int
    /// What reading the input found worth reporting (encoding guessed,
    /// invalid bytes replaced, NULs), offsets into `bytes`.
    public let notes: [SourceNote]

    /// Decodes `bytes` as read from a file (see `SourceDecoder`); valid UTF-8
    /// without a byte order mark or NULs is kept as it is.
    public init(path: String, bytes: [UInt8]) {
        let decoded = SourceDecoder.decode(bytes)
        self.init(path: path, decoded: decoded)
    }

    init(path: String, decoded: SourceDecoder.Decoded) {
        self.path = path
        self.encoding = decoded.encoding
        self.byteOrderMark = decoded.byteOrderMark
        self.notes = decoded.notes
        let bytes = decoded.bytes
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c == 0x0A {
                    starts.append(i + 1)
                } else if c == 0x0D {
                    // A lone CR ends a line too; CRLF counts once.
                    if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        self.lineStarts = starts
        self.columnMarks = Self.columnMarks(bytes, lineStarts: starts, byteOrderMark: decoded.byteOrderMark)
    }

    /// Every `columnStride` bytes into a long line, the byte offset and the
    /// column there, sorted by offset: `location(of:)` counts scalars from the
    /// nearest mark instead of from the line start, so locating every claim
    /// of a 10 MB one-line file stays linear overall.
    let columnMarks: [(offset: Int, column: Int)]
    static let columnStride = 4096

    static func columnMarks(_ bytes: [UInt8], lineStarts: [Int], byteOrderMark: Int) -> [(offset: Int, column: Int)] {
        var marks: [(offset: Int, column: Int)] = []
        bytes.withUnsafeBufferPointer { b in
            for (k, start) in lineStarts.enumerated() {
                let end = k + 1 < lineStarts.count ? lineStarts[k + 1] : b.count
                guard end - start > columnStride else { continue }
                var column = 1
                var i = k == 0 ? max(start, byteOrderMark) : start
                var next = start + columnStride
                while i < end {
                    if i == next {
                        marks.append((i, column))
                        next += columnStride
                    }
                    if b[i] & 0xC0 != 0x80 { column += 1 }
                    i += 1
                }
            }
        }
        return marks
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset (clamped into the file).
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        // Binary search for the last line start <= offset.
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        if lo == 0 && offset >= byteOrderMark { i = byteOrderMark }
        if offset - i > Self.columnStride, let mark = nearestMark(atOrBefore: offset), mark.offset > i {
            i = mark.offset
            column = mark.column
        }
        bytes.withUnsafeBufferPointer { b in
            while i < offset {
                // Count scalar starts; UTF-8 continuation bytes are 10xxxxxx.
                if b[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        return SourceLocation(line: lo + 1, column: column)
    }

    private func nearestMark(atOrBefore offset: Int) -> (offset: Int, column: Int)? {
        var lo = 0
        var hi = columnMarks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if columnMarks[mid].offset <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? columnMarks[lo - 1] : nil
    }

    /// The original bytes of a range, decoded leniently.
    public func string(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(bytes.count, range.upperBound)
        guard r.lowerBound < r.upperBound else { return "" }
        return String(decoding: bytes[r], as: UTF8.self)
    }
}

/// A 1-based line and column (column counts Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
