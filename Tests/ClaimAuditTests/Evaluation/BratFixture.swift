import Foundation

/// Writes small BRAT corpora (text/ + attributions/) into a temporary folder.
struct BratFixture {
    let root: URL

    init() throws {
        root = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("text"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("attributions"), withIntermediateDirectories: true)
    }

    var path: String { root.path }

    func addText(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent("text/\(name).txt"))
    }

    /// Adds an annotation file; each span is (label, the n-th occurrence of a phrase in `text`).
    func addAnnotation(_ name: String, annotator: String, text: String, spans: [(String, String)]) throws {
        var lines: [String] = []
        for (n, (label, phrase)) in spans.enumerated() {
            let r = BratFixture.codePoints(of: phrase, in: text)!
            lines.append("T\(n + 1)\t\(label) \(r.lowerBound) \(r.upperBound)\t\(phrase)")
        }
        try addRawAnnotation(name, annotator: annotator, lines.joined(separator: "\n") + "\n")
    }

    func addRawAnnotation(_ name: String, annotator: String, _ content: String) throws {
        try Data(content.utf8).write(to: root.appendingPathComponent("attributions/\(name)_\(annotator).ann"))
    }

    /// Code point range of the first occurrence of `phrase` in `text`.
    static func codePoints(of phrase: String, in text: String) -> Range<Int>? {
        guard let r = text.range(of: phrase) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return start..<(start + phrase.unicodeScalars.count)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
