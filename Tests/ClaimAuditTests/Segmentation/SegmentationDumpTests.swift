import Testing
@testable import ClaimAudit

@Suite struct SegmentationDumpTests {
    @Test func dumpRendersPositionsSectionsAndText() {
        let text = """
        Council backs “green” plan

        The U.S. Senate voted 52–48 on Sept. 3. Dr. Ames disagreed.

        Why it matters: Café rents in Zürich rose… Owners said “enough.”

        Prices rose anyway.
        """
        let labels = [SectionLabel(text: "Why it matters", role: .analysis)]
        let doc = TextLoader.load(SourceText(path: "dump.txt", text: text))
        let seg = Segmenter(labels: labels).segment(doc)
        #expect(seg.dump(doc) == """
        @1:1-1:27 [-] # Council backs “green” plan
        @3:1-3:40 [-] The U.S. Senate voted 52–48 on Sept. 3.
        @3:41-3:60 [-] Dr. Ames disagreed.
        @5:17-5:43 [Why it matters] Café rents in Zürich rose…
        @5:44-5:65 [Why it matters] Owners said “enough.”
        @7:1-7:20 [Why it matters] Prices rose anyway.
        """)
        #expect(seg.quotations.map { doc.text($0.content) } == ["green", "enough."])
    }
}
