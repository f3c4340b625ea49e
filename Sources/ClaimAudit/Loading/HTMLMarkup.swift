/// Byte-level recognisers for raw HTML markup: tags, comments and
/// declarations. Markdown uses them for inline HTML and HTML blocks; the HTML
/// loader uses them to blank stray markup inside a text run.
enum HTMLMarkup {
    /// A start or end tag: the byte after its `>`, and the range of its name.
    struct Tag {
        var end: Int
        var name: Range<Int>
        var closing: Bool
    }

    /// Longest tag looked at, in bytes, so a stray `<` costs a bounded scan.
    static let maxTagLength = 4096

    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
    }

    @inline(__always)
    static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// The tag starting at `i` (which holds `<`), following CommonMark's
    /// grammar: `<name attr="v" attr='v' attr=v attr>` or `</name>`.
    static func tag(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Tag? {
        let end = min(end, i + maxTagLength)
        var k = i + 1
        guard k < end else { return nil }
        var closing = false
        if b[k] == UInt8(ascii: "/") {
            closing = true
            k += 1
        }
        guard k < end, isLetter(b[k]) else { return nil }
        let nameStart = k
        while k < end, isLetter(b[k]) || isDigit(b[k]) || b[k] == UInt8(ascii: "-") { k += 1 }
        let name = nameStart..<k
        if closing {
            while k < end, isSpace(b[k]) { k += 1 }
            guard k < end, b[k] == UInt8(ascii: ">") else { return nil }
            return Tag(end: k + 1, name: name, closing: true)
        }
        while true {
            let before = k
            while k < end, isSpace(b[k]) { k += 1 }
            guard k < end else { return nil }
            if b[k] == UInt8(ascii: ">") { return Tag(end: k + 1, name: name, closing: false) }
            if b[k] == UInt8(ascii: "/") {
                guard k + 1 < end, b[k + 1] == UInt8(ascii: ">") else { return nil }
                return Tag(end: k + 2, name: name, closing: false)
            }
            // An attribute must be separated from what precedes it.
            guard k > before else { return nil }
            let c = b[k]
            guard isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") else { return nil }
            k += 1
            while k < end {
                let d = b[k]
                if isLetter(d) || isDigit(d) || d == 0x5F || d == 0x2E || d == 0x3A || d == 0x2D { k += 1 } else { break }
            }
            var v = k
            while v < end, isSpace(b[v]) { v += 1 }
            guard v < end else { return nil }
            if b[v] != UInt8(ascii: "=") { continue }
            v += 1
            while v < end, isSpace(b[v]) { v += 1 }
            guard v < end else { return nil }
            let q = b[v]
            if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                v += 1
                while v < end, b[v] != q { v += 1 }
                guard v < end else { return nil }
                k = v + 1
            } else {
                let valueStart = v
                while v < end {
                    let d = b[v]
                    if isSpace(d) || d == 0x22 || d == 0x27 || d == 0x3D || d == 0x3C || d == 0x3E || d == 0x60 { break }
                    v += 1
                }
                guard v > valueStart else { return nil }
                k = v
            }
        }
    }

    /// End of a comment `<!-- … -->` starting at `i`, or nil if there is no
    /// `-->` before `end`. `<!-->` and `<!--->` count as (empty) comments.
    static func commentEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        guard i + 3 < end, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D else { return nil }
        var k = i + 4
        if k < end && b[k] == 0x3E { return k + 1 }
        if k + 1 < end && b[k] == 0x2D && b[k + 1] == 0x3E { return k + 2 }
        while k + 2 < end {
            if b[k] == 0x2D && b[k + 1] == 0x2D && b[k + 2] == 0x3E { return k + 3 }
            k += 1
        }
        return nil
    }

    /// End of `<!DOCTYPE …>`, `<?…?>` or `<![CDATA[…]]>` starting at `i`.
    static func declarationEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        guard i + 2 < end else { return nil }
        let limit = min(end, i + maxTagLength)
        if b[i + 1] == UInt8(ascii: "?") {
            var k = i + 2
            while k + 1 < limit {
                if b[k] == 0x3F && b[k + 1] == 0x3E { return k + 2 }
                k += 1
            }
            return nil
        }
        guard b[i + 1] == UInt8(ascii: "!") else { return nil }
        if b[i + 2] == UInt8(ascii: "[") {
            var k = i + 3
            while k + 2 < end {
                if b[k] == 0x5D && b[k + 1] == 0x5D && b[k + 2] == 0x3E { return k + 3 }
                k += 1
            }
            return nil
        }
        guard isLetter(b[i + 2]) else { return nil }
        var k = i + 3
        while k < limit, b[k] != 0x3E { k += 1 }
        return k < limit ? k + 1 : nil
    }

    /// Any markup at `i`: a comment, declaration or tag. Returns its end and
    /// whether it separates words (comments, `<br>`, block-level tags) rather
    /// than vanishing inside one (`<em>`, `<a href>`).
    static func markup(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (end: Int, separates: Bool)? {
        guard i + 1 < end, b[i] == UInt8(ascii: "<") else { return nil }
        if let e = commentEnd(b, at: i, end: end) { return (e, true) }
        if let t = tag(b, at: i, end: end) { return (t.end, separatesWords(b, name: t.name)) }
        if let e = declarationEnd(b, at: i, end: end) { return (e, true) }
        return nil
    }

    /// True for tag names that break a line or a block when rendered.
    static func separatesWords(_ b: UnsafeBufferPointer<UInt8>, name: Range<Int>) -> Bool {
        guard name.count <= 10 else { return false }
        var lower: [UInt8] = []
        lower.reserveCapacity(name.count)
        for k in name { lower.append(b[k] | (isLetter(b[k]) ? 0x20 : 0)) }
        return separatingNames.contains(lower)
    }

    static let separatingNames: Set<[UInt8]> = Set([
        "br", "hr", "img", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption",
        "pre", "address", "details", "summary", "form", "fieldset", "legend", "hgroup", "center",
        "input", "button", "select", "textarea", "iframe", "video", "audio", "object", "embed",
        "canvas", "svg", "math", "body", "html", "head", "title", "script", "style", "noscript",
        "template", "menu", "dialog", "option",
    ].map { Array($0.utf8) })
}
