import Testing
@testable import ClaimAudit

@Suite struct MarkdownLoaderTests {
    typealias F = LoadingFixture

    @Test func markdownHeadingsCarryTheirLevel() throws {
        let d = try F.markdown("""
        # Council votes on budget #

        ### Third level ###

        Setext title
        ============

        Second level title
        ------------------

        A paragraph of prose that
        wraps onto a second line.

        ####### seven hashes is prose
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Council votes on budget", "Third level", "Setext title", "Second level title",
                               "A paragraph of prose that wraps onto a second line.", "####### seven hashes is prose"])
        #expect(d.blocks.map(\.kind) == [.heading, .heading, .heading, .heading, .paragraph, .paragraph])
        #expect(d.blocks.map(\.level) == [1, 3, 1, 2, 0, 0])
        #expect(F.sourcePrefix(d, d.blocks[0], 7) == "Council")
        #expect(d.source.string(d.blocks[0].range) == "Council votes on budget")
    }

    @Test func markdownNestedListsCarryTheirDepth() throws {
        let d = try F.markdown("""
        - First point
        - Second point runs
          over two lines
        and a lazy line
          - Nested under second
            1. Ordered, third level
            2) Not the same list marker
        * Star item

          Second paragraph of the star item
        + Plus item

        10. Ten
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == [
            "First point", "Second point runs over two lines and a lazy line", "Nested under second",
            "Ordered, third level", "Not the same list marker", "Star item",
            "Second paragraph of the star item", "Plus item", "Ten",
        ])
        #expect(d.blocks.allSatisfy { $0.kind == .listItem })
        #expect(d.blocks.map(\.level) == [1, 1, 2, 3, 3, 1, 1, 1, 1])
        // Markers are blanked in the view, not the source.
        #expect(d.view[0] == 0x20 && d.source.bytes[0] == UInt8(ascii: "-"))
    }

    @Test func markdownBlockQuotesMarkTheirBlocksQuoted() throws {
        let d = try F.markdown("""
        Before the quote.

        > The mayor said the plan
        would work, lazily continued.
        >
        > > A nested quote.
        >
        > - A quoted list item

        After the quote.
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Before the quote.", "The mayor said the plan would work, lazily continued.",
                               "A nested quote.", "A quoted list item", "After the quote."])
        #expect(d.blocks.map(\.quoted) == [false, true, true, true, false])
        #expect(d.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .listItem, .paragraph])
        #expect(F.sourcePrefix(d, d.blocks[1], 9) == "The mayor")
    }

    @Test func markdownEmphasisVanishesWithoutSplittingWords() throws {
        let d = try F.markdown("""
        The **U.S.** *officials* said __strongly__ _that_ the ~~old~~ plan, in snake_case_name \
        and 2 * 3 * 4, was **un**usual and \\*not\\* emphasised.
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["The U.S. officials said strongly that the old plan, in snake_case_name "
                               + "and 2 * 3 * 4, was unusual and *not* emphasised."])
        let tokens = Tokenizer.tokens(in: d.view, range: d.blocks[0].range)
        let words = tokens.map { d.text($0.range) }
        #expect(words.contains("U.S."))
        #expect(words.contains("unusual"))
        #expect(words.contains("snake_case_name") || words.contains("snake"))
        #expect(tokens.contains { $0.key == TokenKey.of("unusual") })
    }

    @Test func markdownLinksReadAsTheirText() throws {
        let d = try F.markdown("""
        Read [the report](https://example.org/r "The report") and [the filing][f], or just [F].
        See <https://example.org/raw> and ![a chart of spending](chart.png) too; [not a link] stays.

        [f]: https://example.org/filing "Filing"
        [F2]: <https://example.org/f2>

        Shortcut [f2] works.
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == [
            "Read the report and the filing, or just F. See and too; [not a link] stays.",
            "Shortcut f2 works.",
        ])
        // The reference definitions are blank in the view and make no block.
        let definition = Array("[f]: https".utf8)
        #expect(!d.view.starts(with: definition))
        #expect(d.blocks.count == 2)
    }

    @Test func markdownCodeSpansAndBracketsPairLikeCommonMark() throws {
        let d = try F.markdown("[x] `a` and ``b`` and [outer [inner] text](u) and [open only `[` end")
        #expect(F.texts(d) == ["[x] a and b and outer [inner] text and [open only [ end"])
        // A lone backtick runs to the next single one, past double runs.
        let span = try F.markdown("a ` b ``c`` d ` e")
        #expect(F.texts(span) == ["a b ``c`` d e"])
        // Many stray brackets and backticks stay cheap.
        let stray = try F.markdown(String(repeating: "[`", count: 20_001) + " tail")
        #expect(F.texts(stray).first?.hasSuffix("[` tail") == true)
    }

    @Test func markdownFrontMatterIsSkippedAndOffsetsStayTrue() throws {
        let yaml = "---\ntitle: \"Budget vote\"\nauthor: Staff\n---\n# Budget vote\n\nThe council voted.\n"
        let d = try F.markdown(yaml)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Budget vote", "The council voted."])
        #expect(d.source.location(of: d.blocks[0].range.lowerBound) == ClaimAudit.SourceLocation(line: 5, column: 3))
        #expect(d.source.location(of: d.blocks[1].range.lowerBound) == ClaimAudit.SourceLocation(line: 7, column: 1))
        #expect(d.source.string(d.blocks[1].range) == "The council voted.")

        let toml = try F.markdown("+++\ntitle = \"x\"\n+++\nBody text.\n")
        #expect(F.texts(toml) == ["Body text."])
        #expect(toml.source.string(toml.blocks[0].range) == "Body text.")

        // A lone --- at the top with no closing fence is a thematic break.
        let noClose = try F.markdown("---\nJust prose.\n")
        #expect(F.texts(noClose) == ["Just prose."])
    }

    @Test func markdownCodeBlocksNeverReachTheView() throws {
        let d = try F.markdown("""
        Before code with `inline code` kept.

        ```swift
        let hidden = "fenced"
        ```

        ~~~~
        tilde fenced
        ```
        still inside
        ~~~~

            indented code line

        After code.
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Before code with inline code kept.", "After code."])
        let view = String(decoding: d.view.filter { $0 != Document.ignorable }, as: UTF8.self)
        for hidden in ["hidden", "tilde", "still inside", "indented code"] {
            #expect(!view.contains(hidden))
        }
    }

    @Test func markdownCommentsAndHTMLAreBlankedOnlyInTheView() throws {
        let text = """
        <!-- claimaudit-disable unsourced-claim
        reason: wire copy -->
        Prose with <em>inline</em> tags and <!-- a note --> a comment.

        <div class="ad">
        Advertisement text
        </div>

        Closing line.
        """
        let d = try F.markdown(text)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Prose with inline tags and a comment.", "Closing line."])
        #expect(d.source.string(0..<d.source.bytes.count).contains("claimaudit-disable"))
        let view = String(decoding: d.view, as: UTF8.self)
        #expect(!view.contains("claimaudit-disable"))
        #expect(!view.contains("Advertisement"))
        // Line breaks survive blanking, so line numbers read from the view agree.
        #expect(d.view.filter { $0 == 0x0A }.count == d.source.bytes.filter { $0 == 0x0A }.count)
    }

    @Test func markdownEntitiesDecodeInPlace() throws {
        let d = try F.markdown("AT&amp;T and Trump&rsquo;s aide&#8217;s x&nbsp;y &#x41; &bogus; done.")
        F.checkInvariants(d)
        #expect(F.texts(d) == ["AT&T and Trump’s aide’s x y A &bogus; done."])
        // `&amp;` → `&` plus four ignorable bytes, at the same offset.
        #expect(Array(d.view[2..<7]) == [UInt8(ascii: "&"), 0xFF, 0xFF, 0xFF, 0xFF])
        // `&rsquo;` → the three bytes of `’`, then four ignorable bytes.
        let rsquo = Array("AT&amp;T and Trump".utf8).count
        #expect(Array(d.view[rsquo..<(rsquo + 7)]) == [0xE2, 0x80, 0x99, 0xFF, 0xFF, 0xFF, 0xFF])
        let tokens = Tokenizer.tokens(in: d.view, range: d.blocks[0].range)
        // The apostrophe joins the word even though ignorable bytes follow it.
        #expect(tokens.contains { $0.key == TokenKey.of("trump's") })
    }

    @Test func markdownTablesGiveOneBlockPerRow() throws {
        let d = try F.markdown("""
        | Party | Seats |
        |:------|------:|
        | Greens | 12 |
        | Left \\| Centre | 7 |

        After the table.
        """)
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Party Seats", "Greens 12", "Left | Centre 7", "After the table."])
        #expect(d.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .paragraph])
    }

    @Test func markdownHardBreaksAndCRLFKeepOffsets() throws {
        let d = try F.markdown("# Title\r\n\r\nLine one  \r\nline two\\\r\nline three.\r\n")
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Title", "Line one line two line three."])
        #expect(d.source.location(of: d.blocks[1].range.lowerBound) == ClaimAudit.SourceLocation(line: 3, column: 1))
        #expect(d.source.string(d.blocks[1].range).hasSuffix("line three."))
    }

    @Test func markdownThematicBreaksAndEmptyInputs() throws {
        #expect(try F.markdown("").blocks.isEmpty)
        #expect(try F.markdown("\n\n   \n").blocks.isEmpty)
        let d = try F.markdown("One.\n\n***\n\n- - -\n\n___\nTwo.")
        #expect(F.texts(d) == ["One.", "Two."])
    }

    @Test func markdownMultibyteTextKeepsByteOffsets() throws {
        let d = try F.markdown("## Zürich — 東京\n\nLa ministre a déclaré « non » 😀.\n")
        F.checkInvariants(d)
        #expect(F.texts(d) == ["Zürich — 東京", "La ministre a déclaré « non » 😀."])
        #expect(d.source.string(d.blocks[1].range) == "La ministre a déclaré « non » 😀.")
        #expect(d.blocks[1].range.lowerBound == Array("## Zürich — 東京\n\n".utf8).count)
    }
}

@Suite struct MarkdownByteOrderMarkTests {
    /// The decoder turns a UTF-8 BOM into three spaces so offsets stay file
    /// offsets; those must not make the first line an indented code block.
    @Test func byteOrderMarkIsNotIndentationOfTheFirstLine() throws {
        for spaces in 0...3 {
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(repeating: 0x20, count: spaces)
                + Array("The mayor said the bridge will close.\n".utf8)
            let d = try MarkdownLoader.load(SourceText(path: "bom.md", bytes: bytes))
            LoadingFixture.checkInvariants(d)
            #expect(LoadingFixture.texts(d) == ["The mayor said the bridge will close."], "with \(spaces) spaces")
            #expect(d.blocks.first?.range.lowerBound == 3 + spaces)
        }
    }

    /// Four spaces after the mark are still an indented code block, as
    /// without it.
    @Test func fourSpacesAfterTheByteOrderMarkStayCode() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("    let x = 1\n".utf8)
        let d = try MarkdownLoader.load(SourceText(path: "bom.md", bytes: bytes))
        #expect(d.blocks.isEmpty)
    }
}
