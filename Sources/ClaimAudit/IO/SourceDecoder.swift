/// How a file's bytes were read as text.
public enum SourceEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8 (with or without a byte order mark). Offsets are file offsets.
    case utf8 = "UTF-8"
    /// UTF-16 with a byte order mark, transcoded to UTF-8.
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    /// UTF-32 with a byte order mark, transcoded to UTF-8.
    case utf32LE = "UTF-32LE"
    case utf32BE = "UTF-32BE"
    /// Not valid UTF-8: read as Windows-1252 (a superset of Latin-1 for
    /// printable text), transcoded to UTF-8.
    case windows1252 = "Windows-1252"

    /// True when `SourceText.bytes` has exactly the file's length, so every
    /// offset in a report is a byte offset into the file itself. For the
    /// transcoded encodings offsets refer to the UTF-8 transcoding instead
    /// (lines and columns are the same either way: columns count scalars).
    public var offsetsAreFileOffsets: Bool { self == .utf8 }
}

/// Something worth telling the writer about how an input was read: the
/// encoding that was guessed, invalid bytes that were replaced, NUL bytes.
public struct SourceNote: Sendable, Hashable {
    /// A stable id for the kind of note (`invalid-utf8`, `nul-byte`,
    /// `encoding-fallback`, `transcoded`), used as the finding's rule id.
    public var code: String
    public var severity: Severity
    /// UTF-8 byte offsets into `SourceText.bytes` (end exclusive).
    public var start: Int
    public var end: Int
    public var message: String

    public init(code: String, severity: Severity, start: Int, end: Int, message: String) {
        self.code = code
        self.severity = severity
        self.start = start
        self.end = end
        self.message = message
    }
}

/// Turns the bytes of a file into the UTF-8 text claimaudit analyses.
///
/// UTF-8 input keeps its length, so offsets stay file offsets: a byte order
/// mark becomes three spaces (columns on line 1 still count from after it),
/// a NUL becomes a space, and each byte of an invalid UTF-8 sequence becomes
/// 0xFF (`Document.ignorable`: analysis skips it; readers of the text see
/// U+FFFD). Input with a UTF-16 or UTF-32 byte order mark is transcoded, as
/// is input that is mostly not UTF-8 (read as Windows-1252, with a warning);
/// for those, offsets refer to the UTF-8 transcoding and a note says so.
public enum SourceDecoder {
    public struct Decoded: Sendable {
        public var bytes: [UInt8]
        public var encoding: SourceEncoding
        /// Bytes of a UTF-8 byte order mark at the start of `bytes` (0 or 3).
        public var byteOrderMark: Int
        public var notes: [SourceNote]
    }

    /// At most this many notes of each kind are listed one by one; the rest
    /// are counted in a final note.
    static let maxNotesPerKind = 10

    public static func decode(_ raw: [UInt8]) -> Decoded {
        if let wide = wideEncoding(raw) {
            return transcodeWide(raw, wide)
        }
        let scan = scanUTF8(raw)
        // A UTF-8 byte order mark settles the question: stay UTF-8.
        if scan.invalidBytes > 0 && scan.invalidRuns > scan.validMultibyte && !scan.hasBOM {
            return transcodeWindows1252(raw)
        }
        return cleanUTF8(raw, scan: scan)
    }

    // MARK: - Binary files

    /// A short description of why the bytes look like a binary file (an
    /// image, an archive, mostly control bytes), or nil for text. Looks at the
    /// first 64 KiB only. Files with a UTF-16/32 byte order mark are text.
    public static func binaryKind(_ raw: [UInt8]) -> String? {
        if wideEncoding(raw) != nil { return nil }
        func starts(_ magic: [UInt8]) -> Bool { raw.count >= magic.count && Array(raw[0..<magic.count]) == magic }
        let signatures: [([UInt8], String)] = [
            (Array("%PDF-".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx/.odt document)"),
            ([0x1F, 0x8B], "gzip-compressed data"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
            (Array("{\\rtf".utf8), "an RTF document"),
        ]
        for (magic, name) in signatures where starts(magic) { return name }
        let sample = min(raw.count, 1 << 16)
        guard sample > 0 else { return nil }
        var controls = 0
        var nulsEven = 0, nulsOdd = 0
        for i in 0..<sample {
            let b = raw[i]
            if b == 0 { if i & 1 == 0 { nulsEven += 1 } else { nulsOdd += 1 } }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x0B && b != 0x1B {
                controls += 1
            }
        }
        // Text in UTF-16 without a BOM has a NUL in every other byte.
        if sample >= 8, max(nulsEven, nulsOdd) * 10 >= sample * 4, min(nulsEven, nulsOdd) * 20 < max(nulsEven, nulsOdd) {
            return "UTF-16 text without a byte order mark (save it as UTF-8)"
        }
        if controls * 10 > sample {
            return "\(controls * 100 / sample)% of the first \(sample) bytes are control characters"
        }
        return nil
    }

    // MARK: - UTF-8

    struct UTF8Scan {
        var invalidBytes = 0
        var invalidRuns = 0
        var validMultibyte = 0
        var nuls = 0
        var hasBOM = false
    }

    /// The length of a valid UTF-8 sequence starting at `i`, or 0 when the
    /// byte there does not start one. Surrogates, overlong forms and values
    /// above U+10FFFF are invalid.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        let n = b.count
        let length: Int
        if c >= 0xC2 && c <= 0xDF { length = 2 }
        else if c >= 0xE0 && c <= 0xEF { length = 3 }
        else if c >= 0xF0 && c <= 0xF4 { length = 4 }
        else { return 0 }
        guard i + length <= n else { return 0 }
        for k in 1..<length where b[i + k] & 0xC0 != 0x80 { return 0 }
        let d = b[i + 1]
        if c == 0xE0 && d < 0xA0 { return 0 }   // overlong
        if c == 0xED && d >= 0xA0 { return 0 }  // surrogate
        if c == 0xF0 && d < 0x90 { return 0 }   // overlong
        if c == 0xF4 && d >= 0x90 { return 0 }  // above U+10FFFF
        return length
    }

    static func scanUTF8(_ raw: [UInt8]) -> UTF8Scan {
        var scan = UTF8Scan()
        raw.withUnsafeBufferPointer { b in
            let n = b.count
            scan.hasBOM = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
            var i = 0
            var inInvalidRun = false
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c == 0 { scan.nuls += 1 }
                    inInvalidRun = false
                    i += 1
                    continue
                }
                let length = sequenceLength(b, i)
                if length == 0 {
                    scan.invalidBytes += 1
                    if !inInvalidRun { scan.invalidRuns += 1 }
                    inInvalidRun = true
                    i += 1
                } else {
                    scan.validMultibyte += 1
                    inInvalidRun = false
                    i += length
                }
            }
        }
        if scan.hasBOM { scan.validMultibyte -= 1 }
        return scan
    }

    /// Same-length clean-up of (mostly) UTF-8 input.
    static func cleanUTF8(_ raw: [UInt8], scan: UTF8Scan) -> Decoded {
        guard scan.hasBOM || scan.nuls > 0 || scan.invalidBytes > 0 else {
            return Decoded(bytes: raw, encoding: .utf8, byteOrderMark: 0, notes: [])
        }
        var out = raw
        var invalid = NoteList(code: "invalid-utf8", severity: .warning)
        var nuls = NoteList(code: "nul-byte", severity: .warning)
        out.withUnsafeMutableBufferPointer { o in
            let b = UnsafeBufferPointer(o)
            let n = o.count
            var i = 0
            if scan.hasBOM {
                o[0] = 0x20; o[1] = 0x20; o[2] = 0x20
                i = 3
            }
            while i < n {
                let c = b[i]
                if c >= 0x01 && c < 0x80 { i += 1; continue }
                if c == 0 {
                    var j = i
                    while j < n && b[j] == 0 { o[j] = 0x20; j += 1 }
                    nuls.add(i..<j) { r in
                        r.count == 1 ? "NUL byte at offset \(r.lowerBound), read as a space"
                            : "\(r.count) NUL bytes at offset \(r.lowerBound), read as spaces"
                    }
                    i = j
                    continue
                }
                let length = sequenceLength(b, i)
                if length > 0 { i += length; continue }
                var j = i
                var shown: [String] = []
                while j < n && b[j] >= 0x80 && sequenceLength(b, j) == 0 {
                    if shown.count < 8 { shown.append(hex(b[j])) }
                    o[j] = Document.ignorable
                    j += 1
                }
                let bytes = shown.joined(separator: " ") + (j - i > shown.count ? " …" : "")
                invalid.add(i..<j) { r in
                    "invalid UTF-8 at offset \(r.lowerBound) (\(r.count == 1 ? "byte" : "bytes") \(bytes)) replaced by U+FFFD"
                }
                i = j
            }
        }
        var notes = invalid.notes(summary: { "\($0) more invalid UTF-8 sequences replaced by U+FFFD" })
        notes += nuls.notes(summary: { "\($0) more runs of NUL bytes read as spaces" })
        notes.sort { $0.start < $1.start }
        return Decoded(bytes: out, encoding: .utf8, byteOrderMark: scan.hasBOM ? 3 : 0, notes: notes)
    }

    // MARK: - Windows-1252

    /// Code points of Windows-1252 bytes 0x80–0x9F (0 where the code page
    /// leaves a byte undefined; those become U+FFFD).
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func transcodeWindows1252(_ raw: [UInt8]) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 8)
        var nuls = NoteList(code: "nul-byte", severity: .warning)
        var firstHigh: Int? = nil
        var highCount = 0
        for b in raw {
            if b < 0x80 {
                if b == 0 {
                    nuls.add(out.count..<(out.count + 1)) { r in "NUL byte at offset \(r.lowerBound), read as a space" }
                    out.append(0x20)
                } else {
                    out.append(b)
                }
                continue
            }
            if firstHigh == nil { firstHigh = out.count }
            highCount += 1
            var scalar = UInt32(b)
            if b < 0xA0 {
                scalar = windows1252High[Int(b - 0x80)]
                if scalar == 0 { scalar = 0xFFFD }
            }
            appendUTF8(scalar, to: &out)
        }
        let at = firstHigh ?? 0
        var notes = [SourceNote(
            code: "encoding-fallback", severity: .warning, start: at, end: at,
            message: "not valid UTF-8 (\(highCount) bytes above 0x7F are not UTF-8 sequences); read as Windows-1252. "
                + "Save the file as UTF-8: offsets in this report refer to the UTF-8 transcoding, not the file's bytes")]
        notes += nuls.notes(summary: { "\($0) more NUL bytes read as spaces" })
        return Decoded(bytes: out, encoding: .windows1252, byteOrderMark: 0, notes: notes)
    }

    // MARK: - UTF-16 / UTF-32

    static func wideEncoding(_ b: [UInt8]) -> SourceEncoding? {
        if b.count >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF { return .utf32BE }
        if b.count >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 { return .utf32LE }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return .utf16BE }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return .utf16LE }
        return nil
    }

    static func transcodeWide(_ raw: [UInt8], _ encoding: SourceEncoding) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var invalid = NoteList(code: "invalid-\(encoding == .utf16LE || encoding == .utf16BE ? "utf16" : "utf32")",
                               severity: .warning)
        var nuls = NoteList(code: "nul-byte", severity: .warning)
        let wide32 = encoding == .utf32LE || encoding == .utf32BE
        let unit = wide32 ? 4 : 2
        let big = encoding == .utf16BE || encoding == .utf32BE
        func read(_ i: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<unit {
                let byte = UInt32(raw[i + (big ? k : unit - 1 - k)])
                v = (v << 8) | byte
            }
            return v
        }
        func bad(_ fileOffset: Int, _ what: String) {
            invalid.add(out.count..<(out.count + 3)) { r in "\(what) at file offset \(fileOffset) replaced by U+FFFD" }
            appendUTF8(0xFFFD, to: &out)
        }
        var i = unit
        let n = raw.count
        while i + unit <= n {
            var scalar = read(i)
            let at = i
            i += unit
            if !wide32 && scalar >= 0xD800 && scalar <= 0xDBFF {
                if i + 2 <= n, case let low = read(i), low >= 0xDC00 && low <= 0xDFFF {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 2
                } else {
                    bad(at, "unpaired UTF-16 surrogate")
                    continue
                }
            } else if (scalar >= 0xD800 && scalar <= 0xDFFF) || scalar > 0x10FFFF {
                bad(at, "invalid \(encoding.rawValue) code unit")
                continue
            }
            if scalar == 0 {
                nuls.add(out.count..<(out.count + 1)) { r in "NUL character at offset \(r.lowerBound), read as a space" }
                out.append(0x20)
                continue
            }
            appendUTF8(scalar, to: &out)
        }
        if i < n { bad(i, "\(n - i) trailing byte(s) that do not make a whole \(encoding.rawValue) code unit") }
        var notes = [SourceNote(
            code: "transcoded", severity: .info, start: 0, end: 0,
            message: "\(encoding.rawValue) file (it starts with a byte order mark); offsets in this report refer to "
                + "its UTF-8 transcoding, not the file's bytes (lines and columns are unaffected)")]
        notes += invalid.notes(summary: { "\($0) more invalid code units replaced by U+FFFD" })
        notes += nuls.notes(summary: { "\($0) more NUL characters read as spaces" })
        return Decoded(bytes: out, encoding: encoding, byteOrderMark: 0, notes: notes)
    }

    // MARK: - Helpers

    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
    }

    /// Notes of one kind: the first few listed, the rest counted.
    struct NoteList {
        let code: String
        let severity: Severity
        var listed: [SourceNote] = []
        var more = 0

        init(code: String, severity: Severity) {
            self.code = code
            self.severity = severity
        }

        mutating func add(_ range: Range<Int>, _ message: (Range<Int>) -> String) {
            if listed.count < SourceDecoder.maxNotesPerKind {
                listed.append(SourceNote(code: code, severity: severity, start: range.lowerBound,
                                         end: range.upperBound, message: message(range)))
            } else {
                more += 1
            }
        }

        func notes(summary: (Int) -> String) -> [SourceNote] {
            guard more > 0, let last = listed.last else { return listed }
            return listed + [SourceNote(code: code, severity: severity, start: last.start, end: last.end,
                                        message: summary(more))]
        }
    }
}
