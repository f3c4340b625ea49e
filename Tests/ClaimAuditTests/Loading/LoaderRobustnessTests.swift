import Testing
@testable import ClaimAudit

/// Random mixtures of markup fragments: the loaders must never trap, and
/// every document must keep the view/block invariants.
@Suite struct LoaderRobustnessTests {
    /// SplitMix64, so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let markdownPieces = [
        "# ", "## ", "####### ", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "    ", "  ", "\t", "\n", "\n\n", "\r\n", "\r",
        "```", "~~~", "`", "``", "---", "===", "***", "___", "**", "*", "_", "__", "~~", "~", "[", "]", "(", ")",
        "![", "](", "[x]: /u", "[x]", "<", ">", "<!--", "-->", "<div>", "</div>", "<b>", "<https://x.y>", "&amp;",
        "&#8217;", "&", "&#", ";", "\\", "|", "| a | b |", "|---|---|", "---\n", "+++\n", "word", "Word ", "é", "😀",
        "\"", "'", "<script>", "</script>", "<?x", "?>", "<!X", "<![CDATA[", "]]>", "\u{0}", "=",
    ]

    static let htmlPieces = [
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<main>", "<body>", "<li>", "<ul>", "</ul>",
        "<ol>", "<blockquote>", "</blockquote>", "<h2>", "</h2>", "<b>", "</b>", "<i>", "</i>", "<em>", "<a href='x'>",
        "</a>", "<br>", "<img src=x>", "<script>", "</script>", "<style>", "<!--", "-->", "<!DOCTYPE html>", "&amp;",
        "&rsquo;", "&#8217;", "&#x1F600;", "&", "<", ">", "<section>", "<table><tr><td>", "<header>", "<nav>",
        "<figcaption>", "<pre>", "<code>", "</code>", "<template>", "text ", "Word", " ", "\n", "\r\n", "é", "😀",
        "\u{0}", "<p class=\"a\">", "<?php", "<![CDATA[", "]]>", "</span>", "<x-custom>", "\"", "'", "=",
    ]

    static let iterations = 300

    static func check(_ d: Document) {
        #expect(d.view.count == d.source.bytes.count)
        var previousEnd = 0
        for b in d.blocks {
            #expect(b.range.lowerBound >= previousEnd)
            #expect(b.range.lowerBound < b.range.upperBound && b.range.upperBound <= d.view.count)
            previousEnd = b.range.upperBound
        }
        // A visible view byte is the file's byte, unless an entity was decoded there.
        for b in d.blocks {
            for i in b.range {
                let c = d.view[i]
                if c == 0x20 || c == 0xFF || c == 0x0A || c == 0x0D || c == 0x09 || c == d.source.bytes[i] { continue }
                let entityStart = d.source.bytes[max(0, i - 9)...i].lastIndex(of: UInt8(ascii: "&"))
                #expect(entityStart != nil, "view byte \(c) at \(i) is not the file's")
                if entityStart == nil { return }
            }
        }
        // Outside blocks the view holds only blanks and line breaks.
        var inside = [Bool](repeating: false, count: d.view.count)
        for b in d.blocks { for i in b.range { inside[i] = true } }
        for i in d.view.indices where !inside[i] {
            let c = d.view[i]
            #expect(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0xFF || c == 0x0C || c == 0x0B,
                    "prose byte outside blocks at \(i)")
            if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 && c != 0xFF && c != 0x0C && c != 0x0B { return }
        }
    }

    @Test func markdownLoaderSurvivesRandomMarkup() throws {
        var rng = Random(state: 42)
        for _ in 0..<Self.iterations {
            var text = ""
            for _ in 0..<Int(rng.next() % 60) { text += rng.pick(Self.markdownPieces) }
            let d = try MarkdownLoader.load(SourceText(path: "r.md", text: text))
            Self.check(d)
        }
    }

    @Test func htmlLoaderSurvivesRandomMarkup() throws {
        var rng = Random(state: 7)
        for _ in 0..<Self.iterations {
            var text = ""
            for _ in 0..<Int(rng.next() % 60) { text += rng.pick(Self.htmlPieces) }
            if text.utf8.first == 0xFF || text.utf8.first == 0xFE { continue }
            let d = try HTMLLoader.load(SourceText(path: "r.html", text: text))
            Self.check(d)
            if !text.isEmpty {
                let tree = try HTMLTree.parse(Array(text.utf8), path: "r.html")
                let problems = tree.positionMismatches(source: Array(text.utf8))
                #expect(problems.isEmpty, "\(text.debugDescription): \(problems)")
                if !problems.isEmpty { return }
            }
        }
    }

    @Test func loadersSurviveRandomBytes() throws {
        var rng = Random(state: 99)
        for _ in 0..<Self.iterations {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 200) { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
            Self.check(try MarkdownLoader.load(SourceText(path: "r.md", bytes: bytes)))
            if HTMLTree.wideEncoding(bytes) == nil {
                Self.check(try HTMLLoader.load(SourceText(path: "r.html", bytes: bytes)))
            }
        }
    }
}
