import Testing
@testable import ClaimAudit

/// `Document.text` writes straight into the string's storage; it must give
/// what the byte-by-byte version gave (kept here as the reference).
@Suite struct DocumentTextReferenceTests {
    static func reference(_ view: [UInt8], _ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(view.count, range.upperBound)
        guard lo < hi else { return "" }
        var out: [UInt8] = []
        var pendingSpace = false
        for i in lo..<hi {
            let b = view[i]
            if b == Document.ignorable { continue }
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func textDropsIgnorableBytesAndFoldsWhiteSpaceAsBefore() {
        let ff = Document.ignorable
        let views: [[UInt8]] = [
            Array("  Trump’s \r\n\t plan\u{0B}  costs €5 ".utf8),
            [ff, ff, 0x20] + Array("A".utf8) + [ff, 0x20, ff, 0x0A] + Array("b  ".utf8) + [ff],
            [ff, ff, ff],
            Array("   \n\n".utf8),
            [0x41, 0xC3, 0x20, 0xE2, 0x80, 0x41, 0x80, 0x20, 0xF0, 0x9F], // invalid UTF-8: repaired alike
            Array("ü🙂 x".utf8),
        ]
        for view in views {
            // The source only needs the view's length here.
            let doc = Document(source: SourceText(path: "t.txt", bytes: [UInt8](repeating: 0x20, count: view.count)),
                               format: .text, view: view, blocks: [])
            for lo in 0...view.count {
                for hi in lo...view.count {
                    #expect(doc.text(lo..<hi) == Self.reference(view, lo..<hi), "\(view) \(lo)..<\(hi)")
                }
            }
            #expect(doc.text(-3..<(view.count + 4)) == Self.reference(view, 0..<view.count))
        }
    }
}
