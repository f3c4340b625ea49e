/// The bytes of one input exactly as read, with a line index.
///
/// Every offset in claimaudit is a UTF-8 byte offset into `bytes` (end
/// exclusive). Lines are 1-based. Columns are 1-based and count Unicode
/// scalars from the start of the line, so a column means the same thing to an
/// editor whatever the script of the text.
public struct SourceText: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The file's bytes, unmodified.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                // A lone CR ends a line too; CRLF counts once.
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
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
        while i < offset {
            // Count scalar starts; UTF-8 continuation bytes are 10xxxxxx.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column)
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
