/// Hyperlinks of a loaded Markdown document, read after the inline pass
/// from what it left: a link's `[` and its `](destination)` tail are
/// ignorable in the view while the source still has them, and an autolink
/// `<https://…>` is blanked to spaces. Reference links (`[text][ref]`,
/// `[text]`) take their destination from the definition lines. Kept out of
/// `MarkdownInline`'s scan so that hot loop stays as it is.
enum MarkdownLinks {
    static func links(source b: [UInt8], view: [UInt8], blocks: [Block]) -> [DocumentLink] {
        let definitions = referenceDefinitions(b, view)
        var out: [DocumentLink] = []
        for block in blocks {
            var i = block.range.lowerBound
            // A link's `[` may sit just before the trimmed block start.
            while i > 0 && view[i - 1] == Document.ignorable { i -= 1 }
            let end = block.range.upperBound
            while i < end {
                let c = b[i]
                if c == 0x5B && view[i] == Document.ignorable, let (link, next) = bracketLink(b, view, open: i, blockEnd: b.count, definitions) {
                    out.append(link)
                    i = next
                } else if c == 0x3C && view[i] == 0x20, let e = b.withUnsafeBufferPointer({ MarkdownInline.autolinkEnd($0, at: i, end: b.count) }) {
                    let href = String(decoding: b[(i + 1)..<(e - 1)], as: UTF8.self)
                    if href.contains(":") { out.append(DocumentLink(range: (i + 1)..<(e - 1), href: href)) }
                    i = e
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// `[text](dest)` or a reference link whose `[` is at `open`, and the
    /// offset just after the whole link.
    private static func bracketLink(_ b: [UInt8], _ view: [UInt8], open: Int, blockEnd: Int,
                                    _ definitions: [[UInt8]: String]) -> (DocumentLink, Int)? {
        var k = open + 1
        var depth = 0
        let limit = min(blockEnd, open + MarkdownInline.maxLinkLength)
        while k < limit {
            if b[k] == 0x5C { k += 2; continue }
            if b[k] == 0x5B && view[k] == Document.ignorable { depth += 1 }
            if b[k] == 0x5D && view[k] == Document.ignorable {
                if depth == 0 { break }
                depth -= 1
            }
            k += 1
        }
        guard k < limit else { return nil }
        let text = (open + 1)..<k
        if k + 1 < b.count && b[k + 1] == 0x28 {
            guard let tail = b.withUnsafeBufferPointer({ MarkdownInline.inlineTail($0, open: k + 1, end: b.count) }) else { return nil }
            return (DocumentLink(range: text, href: destination(b, (k + 2)..<(tail - 1))), tail)
        }
        var label = text
        var next = k + 1
        if k + 1 < b.count && b[k + 1] == 0x5B, let close = b[(k + 2)...].prefix(1000).firstIndex(of: 0x5D) {
            if close > k + 2 { label = (k + 2)..<close }
            next = close + 1
        }
        let key = b.withUnsafeBufferPointer { MarkdownInline.normalizeLabel($0, label) }
        guard let href = definitions[key] else { return nil }
        return (DocumentLink(range: text, href: href), next)
    }

    /// The destination inside `( … )`, without `<>` or a title.
    private static func destination(_ b: [UInt8], _ r: Range<Int>) -> String {
        var s = r.lowerBound
        while s < r.upperBound && (b[s] == 0x20 || b[s] == 0x0A || b[s] == 0x09) { s += 1 }
        guard s < r.upperBound else { return "" }
        if b[s] == 0x3C {
            var e = s + 1
            while e < r.upperBound && b[e] != 0x3E { e += 1 }
            return String(decoding: b[(s + 1)..<e], as: UTF8.self)
        }
        var e = s
        while e < r.upperBound && b[e] > 0x20 { e += 1 }
        return String(decoding: b[s..<e], as: UTF8.self)
    }

    /// `[label]: destination` lines, which the block parser blanks in the view.
    private static func referenceDefinitions(_ b: [UInt8], _ view: [UInt8]) -> [[UInt8]: String] {
        var out: [[UInt8]: String] = [:]
        var lineStart = 0
        while lineStart < b.count {
            var lineEnd = lineStart
            while lineEnd < b.count && b[lineEnd] != 0x0A { lineEnd += 1 }
            var k = lineStart
            while k < lineEnd && k - lineStart < 3 && b[k] == 0x20 { k += 1 }
            if k < lineEnd && b[k] == 0x5B && view[k] != 0x5B,
               let close = b[k..<lineEnd].firstIndex(of: 0x5D), close + 1 < lineEnd, b[close + 1] == 0x3A {
                let key = b.withUnsafeBufferPointer { MarkdownInline.normalizeLabel($0, (k + 1)..<close) }
                let href = destination(b, (close + 2)..<lineEnd)
                if !key.isEmpty && !href.isEmpty && out[key] == nil { out[key] = href }
            }
            lineStart = lineEnd + 1
        }
        return out
    }
}
