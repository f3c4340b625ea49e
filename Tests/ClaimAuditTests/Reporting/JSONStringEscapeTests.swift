import Testing
@testable import ClaimAudit

/// `JSONWriter` skips over plain bytes with a table; its escaping must stay
/// the one of the byte-by-byte writer (reference below).
@Suite struct JSONStringEscapeTests {
    static func reference(_ s: String) -> String {
        var out = "\""
        let b = Array(s.utf8)
        var bytes: [UInt8] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x22: bytes += Array("\\\"".utf8)
            case 0x5C: bytes += Array("\\\\".utf8)
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case 0x08: bytes += Array("\\b".utf8)
            case 0x0C: bytes += Array("\\f".utf8)
            case 0x00..<0x20:
                bytes += Array(String(format4: Int(c)).utf8)
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                bytes += Array(String(format4: b[i + 2] == 0xA8 ? 0x2028 : 0x2029).utf8)
                i += 2
            default: bytes.append(c)
            }
            i += 1
        }
        out += String(decoding: bytes, as: UTF8.self)
        return out + "\""
    }

    @Test func escapesAsTheByteByByteWriter() {
        let samples = [
            "plain", "", "quote \" and \\ back", "tab\tnew\nline\rcr\u{08}\u{0C}", "\u{00}\u{01}\u{1F}",
            "line\u{2028}para\u{2029}end", "“curly” — dash … ‘single’ €", "\u{2028}", "x\u{2029}",
            "E2 alone: \u{2020}\u{20AC}\u{2027}\u{202A}", "🙂 astral", "\\\"\u{2028}\"\\",
        ]
        for s in samples {
            var w = JSONWriter()
            w.string(s)
            let written = String(decoding: w.finish().dropLast(), as: UTF8.self)
            #expect(written == Self.reference(s), "\(s)")
        }
    }
}

private extension String {
    /// `\uXXXX` with lower-case hex digits.
    init(format4 code: Int) {
        let hex = Array("0123456789abcdef")
        self = "\\u" + String([hex[code >> 12 & 0xF], hex[code >> 8 & 0xF], hex[code >> 4 & 0xF], hex[code & 0xF]])
    }
}
