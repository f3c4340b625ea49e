import ClaimAudit
import Foundation

/// The benchmark's input: every article under a folder, read into memory once
/// so that disk speed is not part of any figure except "read".
struct Corpus {
    struct Article {
        var source: SourceText
        var format: InputFormat
    }

    var articles: [Article] = []
    /// Total size of every article, in bytes.
    var bytes: Int { articles.reduce(0) { $0 + $1.source.bytes.count } }

    /// Extensions audited, as the CLI maps them to input formats.
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Paths of every article under `root` (recursive), sorted, so that runs compare.
    static func paths(under root: String) throws -> [String] {
        if !InputReader.isDirectory(root) { return [root] }
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw BenchError("cannot list \(root)")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            if extensions.contains(ext) { found.append(root + "/" + relative) }
        }
        return found.sorted()
    }

    static func read(_ paths: [String]) throws -> Corpus {
        var corpus = Corpus()
        corpus.articles.reserveCapacity(paths.count)
        for path in paths {
            let source = try InputReader.read(path)
            corpus.articles.append(Article(source: source, format: InputFormat.fromExtension(of: path) ?? .text))
        }
        return corpus
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
