/// A small streaming JSON writer: keys appear in the order written, output is
/// pretty-printed with two-space indents, and `null` is written explicitly
/// (unlike `JSONEncoder`, which drops nil optionals).
///
/// Strings are escaped per RFC 8259 plus U+2028/U+2029, so the output is
/// also safe to paste into JavaScript source. Works on UTF-8 bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open container: true until its first member is written.
    private var empty: [Bool] = []
    /// True right after a key, when the value goes on the same line.
    private var afterKey = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The finished document with a final newline, moved out of the writer
    /// (no copy of a report that may be tens of megabytes).
    mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &bytes)
        out.append(0x0A)
        return out
    }

    /// The bytes written since the last `take`, moved out; the writer
    /// keeps its place (open containers, indentation), so a report can be
    /// written out piece by piece as it is produced.
    mutating func take() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &bytes)
        return out
    }

    mutating func beginObject() {
        prepareValue()
        bytes.append(UInt8(ascii: "{"))
        empty.append(true)
    }

    mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        prepareValue()
        bytes.append(UInt8(ascii: "["))
        empty.append(true)
    }

    mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Starts an object member; the next value written is its value.
    mutating func key(_ name: String) {
        prepareValue()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    mutating func string(_ value: String) {
        prepareValue()
        appendString(value)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Decimal digits written straight into the buffer (no `String` per number).
    mutating func int(_ value: Int) {
        prepareValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0) // 24 bytes: enough for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[23 - n] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                n += 1
            } while v > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(24 - n)...]))
        }
    }

    /// Shortest round-tripping form; `null` for NaN and infinities, which JSON lacks.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        prepareValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        prepareValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        prepareValue()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: - Layout

    private mutating func prepareValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !empty.isEmpty else { return }
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline()
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = empty.removeLast()
        if !wasEmpty { newline() }
        bytes.append(bracket)
    }

    /// A newline and the indent, copied from one buffer (appending a
    /// `repeatElement` went through the generic, element-by-element path).
    private static let indent: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 128)

    private mutating func newline() {
        let width = 2 * empty.count
        if width + 1 <= Self.indent.count {
            Self.indent.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0...width])) }
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: width))
        }
    }

    // MARK: - Strings

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Bytes copied as they are: everything but `"`, `\`, C0 controls and
    /// 0xE2 (the first byte of U+2028/U+2029, looked at on its own).
    private static let plain: [Bool] = (0..<256).map { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }

    /// Copies runs of safe bytes in one go and escapes `"`, `\`, C0 controls
    /// and U+2028/U+2029 (E2 80 A8 / E2 80 A9).
    private mutating func appendString(_ value: String) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { buf in
            Self.plain.withUnsafeBufferPointer { plain in
                var runStart = 0
                var i = 0
                let n = buf.count
                while i < n {
                    while i < n && plain[Int(buf[i])] { i += 1 }
                    guard i < n else { break }
                    let b = buf[i]
                    var width = 1
                    let escape: (UInt8, UInt8)?
                    var code: UInt16? = nil
                    switch b {
                    case 0x22: escape = (0x5C, 0x22)
                    case 0x5C: escape = (0x5C, 0x5C)
                    case 0x0A: escape = (0x5C, UInt8(ascii: "n"))
                    case 0x0D: escape = (0x5C, UInt8(ascii: "r"))
                    case 0x09: escape = (0x5C, UInt8(ascii: "t"))
                    case 0x08: escape = (0x5C, UInt8(ascii: "b"))
                    case 0x0C: escape = (0x5C, UInt8(ascii: "f"))
                    case 0x00..<0x20: escape = nil; code = UInt16(b)
                    case 0xE2 where i + 2 < n && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9):
                        escape = nil; code = buf[i + 2] == 0xA8 ? 0x2028 : 0x2029
                        width = 3
                    default:
                        // A 0xE2 that starts another character.
                        i += 1
                        continue
                    }
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                    if let escape {
                        bytes.append(escape.0)
                        bytes.append(escape.1)
                    } else if let code {
                        bytes.append(contentsOf: Self.unicodeEscape(code))
                    }
                    i += width
                    runStart = i
                }
                if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ code: UInt16) -> [UInt8] {
        [0x5C, UInt8(ascii: "u"),
         hex[Int(code >> 12) & 0xF], hex[Int(code >> 8) & 0xF],
         hex[Int(code >> 4) & 0xF], hex[Int(code) & 0xF]]
    }
}
