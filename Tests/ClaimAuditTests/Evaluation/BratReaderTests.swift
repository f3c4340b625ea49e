import Testing
@testable import ClaimAudit

@Suite struct BratReaderTests {
    @Test func readsTextBoundLinesAndSkipsEvents() throws {
        let ann = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nE1\tAttribution:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n"
        let spans = try BratReader.parse(Array(ann.utf8), path: "x.ann")
        #expect(spans.map(\.label) == ["Source", "Cue"])
        #expect(spans[0].pieces == [0..<9])
        #expect(spans[1].id == "T2")
    }

    @Test func discontinuousSpanHasSeveralPieces() throws {
        let spans = try BratReader.parse(Array("T4\tCue 5 9;20 25\tsaid added\r\n".utf8), path: "x.ann")
        #expect(spans.first?.pieces == [5..<9, 20..<25])
    }

    @Test func malformedOffsetsNameTheLine() throws {
        let ann = "T1\tCue 3 7\tsaid\nT2\tSource x 4\tbad\n"
        do {
            _ = try BratReader.parse(Array(ann.utf8), path: "doc_a.ann")
            Issue.record("expected an error")
        } catch let error as ClaimAuditError {
            #expect(error.description.hasPrefix("doc_a.ann:2:"))
            #expect(error.description.contains("T2"))
        }
    }

    @Test func startAfterEndIsAnError() {
        #expect(throws: ClaimAuditError.self) { try BratReader.parse(Array("T1\tCue 9 3\tx\n".utf8), path: "a.ann") }
    }
}

@Suite struct BratReaderContinuationTests {
    @Test func spanTextWithANewlineContinuesOnTheNextLine() throws {
        let ann = "T1\tContent 0 4;6 20\tA.\n\nThe rest of it\nT2\tCue 21 25\tsaid\n"
        let spans = try BratReader.parse(Array(ann.utf8), path: "x.ann")
        #expect(spans.map(\.id) == ["T1", "T2"])
    }
}
