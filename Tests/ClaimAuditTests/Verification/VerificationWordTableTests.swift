import Testing
@testable import ClaimAudit

/// The byte-key word table the consistency checks read must hold exactly
/// the words `VerificationText.located` gives (the `String` words the checks
/// used before), and its per-word flags must answer as the `String`
/// functions did.
@Suite struct VerificationWordTableTests {
    static let texts = [
        "Won’t STOP the long‐term $1,200.50 plan, 3.5%!",
        "ÉLAN Ørsted café İstanbul ẞtraße Ǆemal ǅ",
        "The ﬁrst ﬂag: ﬀ ligatures, 𝒜lpha 𝟙𝟚 beta ½ and Ⅻ",
        "O'Neil’s ‘quote’ — dash–dash x‑y ʼokina′s",
        "€5 £3 ¥9 $ % 50% US$4",
        "KELVIN \u{212A}elvin Kelvin, ÅNGSTRÖM Ångström",
        "Mr. DeSantis met McCONNELL and de la Cruz; NASA's ISIS-K",
        "e\u{301}tude E\u{301}TUDE Zoë ZOË naïve",
        "Trump’s trump's TRUMP’S 1,2,3 4.5.6 .5 5. -x x- 'a a'",
        "", "a", "A", "Ab", "$", "Ä",
    ]

    static func view(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func tableWordsAreTheLocatedWords() {
        for t in Self.texts {
            let view = Self.view(t)
            let table = VerificationWordTable(view, ranges: [0..<view.count])
            let located = VerificationText.located(view, 0..<view.count)
            let mine = table.located(0)
            #expect(mine.map(\.word) == located.map(\.word), "\(t)")
            #expect(mine.map(\.range) == located.map(\.range), "\(t)")
            for k in table.spans[0] {
                #expect(table[k].key == VerificationWordTable.key(of: table.keyString(k)), "\(t)")
            }
        }
    }

    @Test func ignorableBytesAreSkippedInsideWords() {
        // "Trump&rsquo;s" as the HTML loader leaves it: ’ then four ignorable bytes.
        var view = Array("Trump".utf8) + Array("’".utf8) + [UInt8](repeating: Document.ignorable, count: 4) + Array("s said".utf8)
        view += [Document.ignorable] + Array("Caf".utf8) + [Document.ignorable, Document.ignorable] + Array("é".utf8)
        let table = VerificationWordTable(view, ranges: [0..<view.count])
        let located = VerificationText.located(view, 0..<view.count)
        #expect(table.located(0).map(\.word) == located.map(\.word))
        #expect(table.located(0).map(\.range) == located.map(\.range))
        #expect(table.keyString(0) == "trump's")
    }

    @Test func spansFollowTheRangesInOrder() {
        let text = "Dana Ortiz said. The CEO, Ortis, disagreed. $5 rise"
        let view = Self.view(text)
        let ranges = [0..<16, 17..<43, 44..<view.count, 3..<3, 5..<14]
        let table = VerificationWordTable(view, ranges: ranges)
        #expect(table.spans.count == ranges.count)
        for (n, r) in ranges.enumerated() {
            #expect(table.located(n).map(\.word) == VerificationText.located(view, r).map(\.word))
            #expect(table.located(n).map(\.range) == VerificationText.located(view, r).map(\.range))
        }
        #expect(table.spans[3].isEmpty)
    }

    @Test func flagsAnswerAsTheStringFunctions() {
        for t in Self.texts {
            let view = Self.view(t)
            let table = VerificationWordTable(view, ranges: [0..<view.count])
            for k in table.spans[0] {
                let w = table.word(k), row = table[k]
                #expect(Int(row.characters) == w.key.count, "\(w.key)")
                #expect(NameConsistency.isNameWord(row) == NameConsistency.isNameWord(w), "\(w.display)")
                #expect(row.flags.contains(.allCapitals) == NameConsistency.isAllCapitals(w.display), "\(w.display)")
                let first = w.display.unicodeScalars.first!
                #expect(row.flags.contains(.firstLower) == (first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A)
                                                            : first.properties.isLowercase), "\(w.display)")
                #expect(row.flags.contains(.alphabetic) == w.key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic },
                        "\(w.key)")
                #expect(row.flags.contains(.ascii) == w.display.utf8.allSatisfy { $0 < 0x80 }, "\(w.display)")
            }
        }
    }

    @Test func monthsAndFunctionWordsAreNotNames() {
        let view = Self.view("May June Sept The However Ortiz Al-Sadr O'Neil 3M Xi")
        let table = VerificationWordTable(view, ranges: [0..<view.count])
        let names = table.spans[0].filter { NameConsistency.isNameWord(table[$0]) }.map(table.display)
        #expect(names == ["Ortiz", "Al-Sadr", "O'Neil", "Xi"])
    }

    @Test func quotationWordsFromTheViewMatchWordsOfItsText() {
        // QuoteConsistency reads a quotation's words from the view, where it
        // once read them from `Document.text` of the range.
        var view = Array("“We will  not\n\r\tback down,” she said; ‘it’s".utf8) + [Document.ignorable]
        view += Array(" the  long‐term plan’s 3.5% — ".utf8)
        let doc = Document(source: SourceText(path: "q.txt", bytes: [UInt8](repeating: 0x20, count: view.count)),
                           format: .text, view: view, blocks: [])
        for r in [0..<view.count, 3..<20, 1..<1] {
            let table = VerificationWordTable(view, ranges: [r])
            #expect(table.located(0).map(\.word) == VerificationText.words(doc.text(r)))
        }
    }
}
