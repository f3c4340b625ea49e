import Testing
@testable import ClaimAudit

@Suite struct HTMLLoaderTests {
    typealias F = LoadingFixture

    @Test func htmlReadsTheFirstArticleThenMainThenBody() throws {
        let withArticle = try F.html("""
        <html><body><p>Site blurb.</p><main><p>Main text.</p>
        <article><h1>Headline</h1><p>Article text.</p></article>
        <article><p>Second article.</p></article></main></body></html>
        """)
        F.checkInvariants(withArticle)
        #expect(F.texts(withArticle) == ["Headline", "Article text."])

        let withMain = try F.html("<body><p>Site blurb.</p><main><p>Main text.</p></main><p>After.</p></body>")
        #expect(F.texts(withMain) == ["Main text."])

        let bodyOnly = try F.html("<body><p>One.</p><div>Two <b>bold</b> words.</div></body>")
        #expect(F.texts(bodyOnly) == ["One.", "Two bold words."])

        // No <html> or <body> at all: libxml2 implies them.
        let fragment = try F.html("Bare text &amp; a <b>tag</b>")
        #expect(F.texts(fragment) == ["Bare text & a tag"])
    }

    @Test func htmlSkipsNavigationScriptsCaptionsAndCode() throws {
        let d = try F.html("""
        <body>
        <header><a href="/">Site name</a></header>
        <nav><ul><li>Home</li><li>World</li></ul></nav>
        <article>
        <header><h1>Storm hits coast</h1><p class="byline">By A. Writer</p></header>
        <p>Winds reached <button>Share</button>90 mph.</p>
        <figure><img src="x.jpg" alt="Alt text"><figcaption>Caption text</figcaption></figure>
        <aside>Related stories</aside>
        <pre>preformatted block</pre>
        <div><code>code block</code></div>
        <p>Run <code>make</code> twice.</p>
        <form><label>Email</label><input name="e"></form>
        <noscript>Enable scripts</noscript>
        <template><p>Template text</p></template>
        <svg><text>Vector text</text></svg>
        <iframe src="x">Frame text</iframe>
        <style>p { color: red }</style>
        </article>
        <footer>Copyright</footer>
        </body>
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Storm hits coast", "Winds reached 90 mph.", "Run make twice."])
        #expect(d.blocks[0].kind == .heading && d.blocks[0].level == 1)
        let view = String(decoding: d.view, as: UTF8.self)
        for hidden in ["Site name", "Home", "By A. Writer", "Share", "Caption", "Related", "preformatted",
                       "code block", "Email", "Enable", "Template", "Vector", "Frame", "color", "Copyright"] {
            #expect(!view.contains(hidden), "\(hidden) reached the view")
        }
    }

    @Test func htmlScriptInsideTheArticleNeverReachesTheView() throws {
        let d = try F.html("""
        <article><p>Officials said <script>document.write("</p><p>injected");</script>the vote passed.</p>
        <script type="application/ld+json">{"headline": "Hidden JSON"}</script></article>
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Officials said the vote passed."])
        let view = String(decoding: d.view, as: UTF8.self)
        #expect(!view.contains("injected") && !view.contains("document") && !view.contains("Hidden JSON"))
    }

    @Test func htmlRecoversFromBrokenMarkup() throws {
        let d = try F.html("""
        <article>
        <p>First unclosed paragraph
        <p>Second with <b>bold <i>mis</b>nested</i> tags</p></span></div>
        <p>Outer text<section><p>Inner paragraph</p></section>outer tail</p>
        <p>Ends without closing <em>anything
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["First unclosed paragraph", "Second with bold misnested tags", "Outer text",
                               "Inner paragraph", "outer tail", "Ends without closing anything"])
        // No text is read twice despite libxml2 nesting the paragraphs.
        #expect(F.texts(d).filter { $0.contains("Inner") }.count == 1)
        #expect(d.blocks.count == Set(d.blocks.map(\.range)).count)
    }

    @Test func htmlEntitiesDecodeInPlace() throws {
        let d = try F.html("<p>AT&amp;T&rsquo;s chief &#8220;agreed&#8221; &#146;98 x&nbsp;y &lt;b&gt; &bogus; 5 < 6</p>")
        F.checkInvariants(d)
        #expect(F.texts(d) == ["AT&T’s chief “agreed” ’98 x y <b> &bogus; 5 < 6"])
        let amp = Array("<p>AT".utf8).count
        #expect(Array(d.view[amp..<(amp + 5)]) == [UInt8(ascii: "&"), 0xFF, 0xFF, 0xFF, 0xFF])
        #expect(d.source.string(d.blocks[0].range).hasPrefix("AT&amp;T"))
    }

    @Test func htmlOffsetsAreExactWithMultibyteTextAndCRLF() throws {
        let text = "<!DOCTYPE html>\r\n<html><head><meta charset=\"iso-8859-1\"><title>T</title></head>\r\n"
            + "<body><article>\r\n<h2>Zürich — 東京</h2>\r\n<p>La ministre a <em>déclaré</em> « non » 😀.</p>\r\n"
            + "<p>Second\r\nline</p></article></body></html>\r\n"
        let d = try F.html(text)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Zürich — 東京", "La ministre a déclaré « non » 😀.", "Second line"])
        #expect(d.source.string(d.blocks[0].range) == "Zürich — 東京")
        #expect(d.source.string(d.blocks[1].range) == "La ministre a <em>déclaré</em> « non » 😀.")
        #expect(d.source.location(of: d.blocks[1].range.lowerBound) == ClaimAudit.SourceLocation(line: 5, column: 4))
        #expect(d.source.location(of: d.blocks[2].range.upperBound) == ClaimAudit.SourceLocation(line: 7, column: 5))
        // Every token found in the view reads the same in the file.
        for b in d.blocks {
            for t in Tokenizer.tokens(in: d.view, range: b.range) where d.view[t.range].allSatisfy({ $0 != 0xFF }) {
                #expect(d.source.string(t.range) == d.text(t.range))
            }
        }
    }

    @Test func htmlInvalidUTF8AndNULsKeepOffsets() throws {
        var bytes = Array("<p>caf".utf8) + [0xE9] + Array(" ok</p><p>nul".utf8) + [0] + Array("byte</p><p>Last.</p>".utf8)
        let d = try HTMLLoader.load(SourceText(path: "x.html", bytes: bytes))
        F.checkInvariants(d)
        #expect(d.blocks.count == 3)
        #expect(d.source.string(d.blocks[2].range) == "Last.")
        bytes = Array("<p>ok</p>".utf8)
        #expect(try HTMLLoader.load(SourceText(path: "x.html", bytes: bytes)).blocks.count == 1)
    }

    @Test func htmlListsQuotesDefinitionsAndTables() throws {
        let d = try F.html("""
        <article>
        <ul><li>Top one</li><li>Top two<ol><li>Nested <p>para in nested</p></li></ol>top tail</li></ul>
        <blockquote>Bare quoted words <p>A quoted paragraph.</p></blockquote>
        <blockquote><ul><li>Quoted item</li></ul></blockquote>
        <dl><dt>Term</dt><dd>Definition text</dd></dl>
        <table><tr><th>Party</th><td>Seats <br>won</td></tr></table>
        <h3>Sub <span>head</span></h3>
        </article>
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Top one", "Top two", "Nested", "para in nested", "top tail", "Bare quoted words",
                               "A quoted paragraph.", "Quoted item", "Term", "Definition text", "Party", "Seats won",
                               "Sub head"])
        #expect(d.blocks.map(\.kind) == [.listItem, .listItem, .listItem, .listItem, .listItem, .paragraph,
                                         .paragraph, .listItem, .paragraph, .paragraph, .paragraph, .paragraph,
                                         .heading])
        #expect(d.blocks.map(\.level) == [1, 1, 2, 2, 1, 0, 0, 1, 0, 0, 0, 0, 3])
        #expect(d.blocks.map(\.quoted) == [false, false, false, false, false, true, true, true, false, false,
                                          false, false, false])
    }

    @Test func htmlDoubleLineBreaksSeparateParagraphs() throws {
        let d = try F.html("<body><div>First paragraph,<br>same one.<br>\n <br>Second paragraph.<br><br><br>Third.</div></body>")
        F.checkInvariants(d)
        #expect(F.texts(d) == ["First paragraph, same one.", "Second paragraph.", "Third."])
    }

    @Test func htmlInlineTagsVanishInsideWords() throws {
        let d = try F.html("<p>un<b>believ</b>able <a href=\"/x\">link</a>ed and a<br>b</p>")
        let tokens = Tokenizer.tokens(in: d.view, range: d.blocks[0].range).map { d.text($0.range) }
        #expect(tokens == ["unbelievable", "linked", "and", "a", "b"])
    }

    @Test func htmlInWideEncodingsIsTranscodedNotRefused() throws {
        // UTF-16 with a byte order mark is read through its UTF-8
        // transcoding (SourceDecoder); offsets then refer to that.
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<\0p\0>\0h\0i\0".utf8)
        let d = try HTMLLoader.load(SourceText(path: "wide.html", bytes: utf16))
        #expect(F.texts(d) == ["hi"])
        #expect(d.source.encoding == .utf16LE)
        // Empty and blank files are simply empty documents.
        #expect(try F.html("").blocks.isEmpty)
        #expect(try F.html(" \n\t\n").blocks.isEmpty)
        #expect(try F.html("<!-- only a comment -->").blocks.isEmpty)
    }
}
