/// A BRAT-standoff corpus laid out like PolNeAR: `text/NAME.txt` and
/// `attributions/NAME_ANNOTATOR.ann` (one file per annotator).
public struct BratCorpus: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The text's name without `.txt`.
        public var name: String
        public var textPath: String
        /// The annotator id (the part of the `.ann` name after `NAME_`).
        public var annotator: String
        public var annotationPath: String
    }

    public let directory: String
    /// One entry per (text, annotator) pair evaluated, sorted by name then annotator.
    public let entries: [Entry]
    /// Texts that have no annotation file (not evaluated).
    public let unannotated: [String]

    /// Lists the corpus. With `allAnnotators` false, each text is paired
    /// with its first annotator by name; otherwise with every annotator.
    public init(directory: String, allAnnotators: Bool = false) throws {
        self.directory = directory
        let textDir = BratCorpus.join(directory, "text")
        let annDir = BratCorpus.join(directory, "attributions")
        guard InputReader.isDirectory(directory) else {
            throw ClaimAuditError.input(path: directory, line: 0, column: 0, message: "corpus folder not found")
        }
        for dir in [textDir, annDir] where !InputReader.isDirectory(dir) {
            throw ClaimAuditError.input(path: directory, line: 0, column: 0,
                                        message: "not a BRAT corpus: expected folders text/ and attributions/ (missing \(dir))")
        }
        let texts = InputReader.files(in: textDir, withExtension: "txt")
        var byName: [String: String] = [:]
        for path in texts { byName[BratCorpus.stem(path, ".txt")] = path }
        var annotations: [String: [(String, String)]] = [:]
        for path in InputReader.files(in: annDir, withExtension: "ann") {
            let stem = BratCorpus.stem(path, ".ann")
            guard let cut = stem.lastIndex(of: "_") else { continue }
            let name = String(stem[..<cut])
            guard byName[name] != nil else { continue }
            annotations[name, default: []].append((String(stem[stem.index(after: cut)...]), path))
        }
        var entries: [Entry] = []
        var unannotated: [String] = []
        for name in byName.keys.sorted() {
            let anns = (annotations[name] ?? []).sorted { $0.0 < $1.0 }
            if anns.isEmpty { unannotated.append(name); continue }
            for (annotator, path) in allAnnotators ? anns : [anns[0]] {
                entries.append(Entry(name: name, textPath: byName[name]!, annotator: annotator, annotationPath: path))
            }
        }
        guard !entries.isEmpty else {
            throw ClaimAuditError.input(path: directory, line: 0, column: 0,
                                        message: "no annotated texts: text/NAME.txt needs attributions/NAME_ANNOTATOR.ann")
        }
        self.entries = entries
        self.unannotated = unannotated
    }

    static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }

    static func stem(_ path: String, _ ext: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return String(file.dropLast(ext.count))
    }
}
