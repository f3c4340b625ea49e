import Testing
@testable import ClaimAudit

/// How file bytes become the UTF-8 text claimaudit analyses, and what it
/// says about them.
@Suite struct SourceDecoderTests {
    static func tokens(_ s: SourceText) -> [String] {
        let doc = TextLoader.load(s)
        return Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count).map { doc.text($0.range) }
    }

    @Test func plainUTF8IsKeptByteForByte() {
        let raw = Array("Café “owner” said so.\r\nNext line.".utf8)
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.bytes == raw)
        #expect(s.encoding == .utf8)
        #expect(s.notes.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsBlankedAndColumnsCountFromAfterIt() {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Sources said.\nok".utf8)
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.bytes.count == raw.count)
        #expect(Array(s.bytes[0..<3]) == [0x20, 0x20, 0x20])
        #expect(s.byteOrderMark == 3)
        #expect(s.notes.isEmpty)
        // "Sources" starts at file offset 3, which an editor calls column 1.
        #expect(s.location(of: 3) == SourceLocation(line: 1, column: 1))
        #expect(s.location(of: 11) == SourceLocation(line: 1, column: 9))
        #expect(s.location(of: 17) == SourceLocation(line: 2, column: 1))
        #expect(Self.tokens(s).first == "Sources")
    }

    @Test func invalidUTF8IsReportedWithItsOffsetAndReplacedInPlace() {
        // "café" is valid UTF-8, the lone 0xE9 after "bad " is not.
        let raw = Array("The café shut. A bad ".utf8) + [0xE9] + Array(" byte.".utf8)
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.encoding == .utf8)
        #expect(s.bytes.count == raw.count)
        let at = Array("The café shut. A bad ".utf8).count
        #expect(s.bytes[at] == Document.ignorable)
        #expect(s.notes.count == 1)
        let note = s.notes[0]
        #expect(note.code == "invalid-utf8")
        #expect(note.severity == .warning)
        #expect(note.start == at && note.end == at + 1)
        #expect(note.message == "invalid UTF-8 at offset \(at) (byte 0xE9) replaced by U+FFFD")
        #expect(s.string(at..<(at + 1)) == "\u{FFFD}")
        // Everything else is the file's own bytes.
        for i in raw.indices where i != at { #expect(s.bytes[i] == raw[i]) }
    }

    @Test func overlongSurrogateAndTruncatedSequencesAreInvalid() {
        let cases: [[UInt8]] = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                [0xE2, 0x82], [0x80], [0xFE]]
        for bad in cases {
            let raw = Array("One café two ".utf8) + bad + Array(" three é four.".utf8)
            let s = SourceText(path: "a.txt", bytes: raw)
            #expect(s.encoding == .utf8, "\(bad)")
            #expect(s.bytes.count == raw.count)
            #expect(s.notes.map(\.code) == ["invalid-utf8"], "\(bad)")
            #expect(String(decoding: s.bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count == bad.count)
        }
    }

    @Test func manyInvalidRunsAreListedUpToALimitThenCounted() {
        var raw: [UInt8] = Array("é ".utf8)
        for _ in 0..<30 { raw += Array("é ".utf8); raw += Array("x ".utf8) }
        for _ in 0..<25 { raw += [0xFF, 0x20] }
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.encoding == .utf8)
        #expect(s.notes.count == SourceDecoder.maxNotesPerKind + 1)
        #expect(s.notes.last?.message == "15 more invalid UTF-8 sequences replaced by U+FFFD")
    }

    @Test func nulBytesBecomeSpacesWithAWarning() {
        let raw = Array("Sources say".utf8) + [0, 0] + Array(" it failed.".utf8)
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(!s.bytes.contains(0))
        #expect(s.bytes.count == raw.count)
        #expect(s.notes.map(\.message) == ["2 NUL bytes at offset 11, read as spaces"])
        #expect(Self.tokens(s) == ["Sources", "say", "it", "failed", "."])
    }

    @Test func mostlyNonUTF8TextIsReadAsWindows1252WithAWarning() {
        // Windows-1252: é = 0xE9, curly quotes 0x93/0x94, euro 0x80.
        let raw = Array("Le caf".utf8) + [0xE9] + Array(" a dit ".utf8) + [0x93] + Array("non".utf8) + [0x94]
            + Array(" pour 5 ".utf8) + [0x80] + Array(".".utf8)
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.encoding == .windows1252)
        #expect(String(decoding: s.bytes, as: UTF8.self) == "Le café a dit “non” pour 5 €.")
        #expect(s.notes.count == 1)
        #expect(s.notes[0].code == "encoding-fallback")
        #expect(s.notes[0].severity == .warning)
        #expect(s.notes[0].start == 6)
        #expect(s.notes[0].message.hasPrefix("not valid UTF-8 (4 bytes above 0x7F are not UTF-8 sequences); read as Windows-1252."))
        #expect(s.notes[0].message.contains("offsets in this report refer to the UTF-8 transcoding"))
        #expect(!s.encoding.offsetsAreFileOffsets)
    }

    @Test func aUTF8ByteOrderMarkKeepsBrokenTextUTF8() {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Caf".utf8) + [0xE9] + Array(" ferm".utf8) + [0xE9]
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.encoding == .utf8)
        #expect(s.notes.map(\.code) == ["invalid-utf8", "invalid-utf8"])
        #expect(s.notes.first?.start == 6)
    }

    @Test func utf16WithByteOrderMarkIsTranscoded() {
        let text = "Sources say the café 😀 will close.\r\nSecond line."
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (raw, encoding) in [(le, SourceEncoding.utf16LE), (be, .utf16BE)] {
            let s = SourceText(path: "a.txt", bytes: raw)
            #expect(s.encoding == encoding)
            #expect(s.bytes == Array(text.utf8))
            #expect(s.notes.map(\.code) == ["transcoded"])
            #expect(s.notes[0].severity == .info)
            #expect(s.notes[0].message.contains("offsets in this report refer to its UTF-8 transcoding"))
            #expect(s.location(of: Array("Sources say the café 😀 will close.\r\n".utf8).count)
                    == SourceLocation(line: 2, column: 1))
        }
    }

    @Test func brokenUTF16IsReplacedNotFatal() {
        // A lone high surrogate, then an odd trailing byte.
        let raw: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(String(decoding: s.bytes, as: UTF8.self) == "A\u{FFFD}B\u{FFFD}")
        #expect(s.notes.map(\.code) == ["transcoded", "invalid-utf16", "invalid-utf16"])
    }

    @Test func utf32WithByteOrderMarkIsTranscoded() {
        let text = "Officials said é."
        let raw: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            return [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), 0]
        }
        let s = SourceText(path: "a.txt", bytes: raw)
        #expect(s.encoding == .utf32LE)
        #expect(s.bytes == Array(text.utf8))
    }

    @Test func binaryFilesAreRecognised() {
        #expect(SourceDecoder.binaryKind([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]) == "a PNG image")
        #expect(SourceDecoder.binaryKind(Array("%PDF-1.7\n".utf8)) == "a PDF document")
        #expect(SourceDecoder.binaryKind([0x50, 0x4B, 0x03, 0x04, 0x14]) == "a ZIP archive (or a .docx/.odt document)")
        #expect(SourceDecoder.binaryKind([0x01, 0x02, 0x03, 0x00, 0x41]) == "80% of the first 5 bytes are control characters")
        let utf16NoBOM = Array("Hello there, world".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(SourceDecoder.binaryKind(utf16NoBOM) == "UTF-16 text without a byte order mark (save it as UTF-8)")
        // Text, even with a stray NUL or an escape sequence, is not binary.
        #expect(SourceDecoder.binaryKind(Array("A sentence.\u{0}\u{1B}[0m More text here, and more.".utf8)) == nil)
        #expect(SourceDecoder.binaryKind([]) == nil)
        #expect(SourceDecoder.binaryKind([0xFF, 0xFE, 0x41, 0x00]) == nil)
    }

    @Test func lineEndingsKeepLinesAndColumnsRight() {
        // LF, CRLF, lone CR, CR at the very end.
        let s = SourceText(path: "a.txt", text: "a\nbé\r\nc\rdd\r")
        #expect(s.lineStarts == [0, 2, 7, 9, 12])
        #expect(s.location(of: 3) == SourceLocation(line: 2, column: 2))
        #expect(s.location(of: 5) == SourceLocation(line: 2, column: 3))   // the CR of CRLF
        #expect(s.location(of: 7) == SourceLocation(line: 3, column: 1))
        #expect(s.location(of: 10) == SourceLocation(line: 4, column: 2))
        #expect(s.location(of: 12) == SourceLocation(line: 5, column: 1))
    }

    @Test func columnsOnVeryLongLinesMatchACountFromTheLineStart() {
        let piece = "Café 😀 naïve — said. "
        let text = "short\n" + String(repeating: piece, count: 2_000) + "\r\n" + String(repeating: piece, count: 700) + "\nend"
        let s = SourceText(path: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(!s.columnMarks.isEmpty)
        func naive(_ offset: Int) -> ClaimAudit.SourceLocation {
            var line = s.lineStarts.lastIndex { $0 <= offset }!
            var column = 1
            var i = s.lineStarts[line]
            if line == 0 { i = max(i, 3) }
            while i < offset { if s.bytes[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
            line += 1
            return ClaimAudit.SourceLocation(line: line, column: column)
        }
        for offset in stride(from: 3, to: s.bytes.count, by: 997) + [4096, 4097, 8192 + 9, s.bytes.count] {
            #expect(s.location(of: offset) == naive(offset), "offset \(offset)")
        }
    }

    @Test func loadersAgreeOnPositionsWhateverTheLineEndings() throws {
        for eol in ["\n", "\r\n", "\r"] {
            let text = ["Headline here", "", "The mayor resigned, aides said.", "", "Sources say more."].joined(separator: eol)
            for format in InputFormat.allCases where format != .html {
                let doc = try Loader.load(SourceText(path: "a", text: text), format: format)
                let last = try #require(doc.blocks.last)
                #expect(doc.text(last.range) == "Sources say more.", "\(format) \(eol.debugDescription)")
                #expect(doc.source.location(of: last.range.lowerBound) == SourceLocation(line: 5, column: 1))
            }
            let html = ["<p>One.</p>", "<p>Two", "  words.</p>"].joined(separator: eol)
            let doc = try HTMLLoader.load(SourceText(path: "a.html", text: html))
            #expect(doc.blocks.count == 2)
            let words = try #require(html.utf8.firstRange(of: "words".utf8))
            let offset = html.utf8.distance(from: html.utf8.startIndex, to: words.lowerBound)
            #expect(doc.source.location(of: offset) == SourceLocation(line: 3, column: 3), "\(eol.debugDescription)")
        }
    }

    @Test func loadersReadTheDecodedText() throws {
        let raw = Array("<p>Caf".utf8) + [0xE9] + Array(" owner said <b>no</b>.</p>".utf8)
        let html = try HTMLLoader.load(SourceText(path: "a.html", bytes: raw))
        #expect(html.blocks.count == 1)
        #expect(html.text(html.blocks[0].range) == "Café owner said no.")
        let md = try MarkdownLoader.load(SourceText(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# Title\n\nBody *text*.".utf8)))
        #expect(md.blocks.map { md.text($0.range) } == ["Title", "Body text."])
        #expect(md.blocks[0].kind == .heading)
    }
}
