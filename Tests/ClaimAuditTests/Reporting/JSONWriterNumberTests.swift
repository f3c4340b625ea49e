import Testing
@testable import ClaimAudit

@Suite struct JSONWriterNumberTests {
    @Test func integersAreWrittenAsSwiftPrintsThem() {
        let values = [0, 7, 10, -1, -10, 1_234_567, Int.max, Int.min]
        var w = JSONWriter()
        w.beginArray()
        for v in values { w.int(v) }
        w.endArray()
        let expected = "[\n" + values.map { "  \($0)" }.joined(separator: ",\n") + "\n]"
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }
}
