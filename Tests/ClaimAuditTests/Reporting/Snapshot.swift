import Foundation
import Testing

/// Golden files in `Tests/ClaimAuditTests/Snapshots/`, found from this
/// file's `#filePath` so tests work from any working directory.
///
/// A mismatch (or a missing file) is a test failure. Run with
/// `RECORD_SNAPSHOTS=1` to rewrite the golden file as well; the run still
/// fails, so a recording is never mistaken for a pass. Review the diff.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Reporting
        .deletingLastPathComponent()   // ClaimAuditTests
        .appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func expect(_ actual: [UInt8], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let expected = (try? Data(contentsOf: url)).map { [UInt8]($0) }
        if expected == actual { return }
        var message: String
        if let expected {
            message = "\(name) differs from the golden file: \(firstDifference(expected, actual))"
        } else {
            message = "\(name): no golden file at \(url.path)"
        }
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual).write(to: url, options: .atomic)
                message += " (rewritten because RECORD_SNAPSHOTS=1; review the diff)"
            } catch {
                message += " (could not rewrite: \(error))"
            }
        } else {
            message += " (run with RECORD_SNAPSHOTS=1 to rewrite it)"
        }
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// `line N: expected "…" but got "…"`.
    static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end of file>"
            let al = i < a.count ? String(a[i]) : "<end of file>"
            if el != al { return "line \(i + 1): expected \(el.debugDescription) but got \(al.debugDescription)" }
        }
        return "bytes differ"
    }
}
