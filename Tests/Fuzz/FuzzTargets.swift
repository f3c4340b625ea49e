// libFuzzer entry point for claimaudit, built by scripts/fuzz.sh together
// with the library sources (one module, so internal API is reachable).
// Not part of the SwiftPM package: `swift build` never sees this folder.
//
// FUZZ_TARGET picks what one run exercises:
//   splitter  — TextLoader + Segmenter (sentence splitter, quotations, labels)
//   markdown  — MarkdownLoader + Segmenter, view/block invariants
//   html      — HTMLLoader (libxml2) + Segmenter, view/block invariants
//   rules     — RuleLoader on the input as a rule pack (XML + schema)
//   audit     — decode + every loader + the full audit of the input
// Any invariant broken calls fatalError, which libFuzzer records as a crash.

#if canImport(Glibc)
import Glibc
#endif

enum FuzzTarget: String {
    case splitter, markdown, html, rules, audit
}

let fuzzTarget: FuzzTarget = {
    guard let raw = getenv("FUZZ_TARGET"), let t = FuzzTarget(rawValue: String(cString: raw)) else {
        fatalError("set FUZZ_TARGET to splitter, markdown, html, rules or audit")
    }
    return t
}()

let fuzzAuditor: Auditor = {
    do { return try Auditor(ruleSet: RuleLoader.loadDefaults()) } catch { fatalError("default rules: \(error)") }
}()

let fuzzSegmenter = Segmenter(labels: [])

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

func checkDocument(_ d: Document) {
    check(d.view.count == d.source.bytes.count, "view length")
    var previousEnd = 0
    for b in d.blocks {
        check(b.range.lowerBound >= previousEnd, "blocks out of order")
        check(b.range.lowerBound < b.range.upperBound && b.range.upperBound <= d.view.count, "block range")
        previousEnd = b.range.upperBound
    }
    let seg = fuzzSegmenter.segment(d)
    var lastEnd = 0
    for s in seg.segments {
        check(s.range.lowerBound >= lastEnd && s.range.upperBound <= d.view.count, "segment range \(s.range)")
        check(s.range.lowerBound < s.range.upperBound, "empty segment")
        lastEnd = s.range.upperBound
        _ = d.source.location(of: s.range.lowerBound)
    }
    for q in seg.quotations {
        check(q.range.lowerBound >= 0 && q.range.upperBound <= d.view.count, "quotation range")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    switch fuzzTarget {
    case .splitter:
        checkDocument(TextLoader.load(SourceText(path: "f.txt", bytes: bytes)))
    case .markdown:
        do { checkDocument(try MarkdownLoader.load(SourceText(path: "f.md", bytes: bytes))) }
        catch { fatalError("Markdown loader threw: \(error)") }
    case .html:
        // The HTML loader may refuse a document (an error, not a crash).
        if let d = try? HTMLLoader.load(SourceText(path: "f.html", bytes: bytes)) { checkDocument(d) }
    case .rules:
        _ = try? RuleLoader.load(sources: [("f.xml", bytes)])
    case .audit:
        let source = SourceText(path: "f", bytes: bytes)
        for format in InputFormat.allCases {
            if let report = try? fuzzAuditor.audit(source, format: format) {
                for f in report.findings {
                    check(f.start >= 0 && f.start <= f.end && f.end <= source.bytes.count, "finding span")
                }
            }
        }
    }
    return 0
}
