#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a collection report into a folder: `articles/NAME.html` per
/// audited article, then `index.xml` and `index.html`. Every file is written
/// atomically (`AtomicFile`), and the index last, so an index never links to
/// a page that was not written. A page that cannot be rendered or written is
/// reported and leaves a row saying so; the other pages are still written.
public struct CollectionWriter {
    /// Folder of the article pages, relative to the output folder.
    public static let pagesFolder = "articles"

    public var outputDirectory: String
    /// Renders one article's page; by default the HTML report linking back
    /// to the index.
    public var renderPage: (DocumentReport) throws -> [UInt8]
    public var indexPage: CollectionIndexPage

    public init(outputDirectory: String, html: HTMLOptions = HTMLOptions()) {
        self.outputDirectory = outputDirectory
        var pageOptions = html
        pageOptions.indexLink = "../index.html"
        self.renderPage = { doc in
            try HTMLReporter(options: pageOptions).render(AuditReport(documents: [doc]))
        }
        self.indexPage = CollectionIndexPage(extraCSS: html.extraCSS)
    }

    /// Writes everything; returns the errors of pages that could not be
    /// written (their entries are marked failed in the index). Throws only
    /// when the folder or the index cannot be written.
    @discardableResult
    public func write(_ collection: CollectionReport) throws -> [ClaimAuditError] {
        try prepare()
        var written = collection
        var errors: [ClaimAuditError] = []
        for (i, entry) in collection.entries.enumerated() {
            let (indexed, error) = writePage(entry)
            written.entries[i] = indexed
            if let error { errors.append(error) }
        }
        try writeIndex(written)
        return errors
    }

    /// Creates the output folder and its pages folder.
    public func prepare() throws {
        try Self.makeDirectory(outputDirectory)
        try Self.makeDirectory(join(outputDirectory, Self.pagesFolder))
    }

    /// Writes one article's page as soon as it is audited (after `prepare`),
    /// so that a run over an archive need not keep every article's claims
    /// until the end. Returns the entry as the index needs it: the report
    /// cut down to its figures (`DocumentReport.indexFigures`), or, when the
    /// page could not be rendered or written, marked failed with the error.
    public func writePage(_ entry: CollectionEntry) -> (entry: CollectionEntry, error: ClaimAuditError?) {
        guard let doc = entry.report else { return (entry, nil) }
        var indexed = entry
        let path = join(outputDirectory, entry.page)
        do {
            try AtomicFile.write(try renderPage(doc), to: path)
            indexed.report = doc.indexFigures
            return (indexed, nil)
        } catch {
            let failure = error as? ClaimAuditError ?? .output(path: path, message: "\(error)")
            indexed.report = nil
            indexed.error = "its page could not be written: \(failure)"
            return (indexed, failure)
        }
    }

    /// Writes `index.xml` and `index.html`, last, so an index never links to
    /// a page that was not written.
    public func writeIndex(_ collection: CollectionReport) throws {
        try AtomicFile.write(try CollectionXMLWriter().render(collection), to: join(outputDirectory, indexPage.xmlName))
        try AtomicFile.write(try indexPage.render(collection), to: join(outputDirectory, "index.html"))
    }

    private func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// `mkdir -p`.
    static func makeDirectory(_ path: String) throws {
        if InputReader.isDirectory(path) { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if !InputReader.isDirectory(prefix), mkdir(prefix, 0o777) != 0, errno != EEXIST {
                throw ClaimAuditError.output(path: prefix, message: "cannot create the folder: \(String(cString: strerror(errno)))")
            }
            prefix += "/"
        }
    }
}

/// Page file names for a collection: the article's path relative to the
/// folder it was found in, with anything but letters, digits, `.`, `-` and
/// `_` turned into `-` and folders joined by `--`, plus `.html`; a clash
/// gets `-2`, `-3`. Names are therefore safe in a URL without escaping and
/// stay the same from run to run for the same files.
public struct PageNames {
    private var used = Set<String>()
    public init() {}

    public mutating func name(for relativePath: String) -> String {
        var parts: [String] = []
        for component in relativePath.split(separator: "/") where component != "." && component != ".." {
            var cleaned = ""
            for scalar in component.unicodeScalars {
                let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || scalar == "." || scalar == "-" || scalar == "_")
                cleaned.unicodeScalars.append(ok ? scalar : "-")
            }
            while cleaned.hasPrefix(".") { cleaned.removeFirst() }
            if !cleaned.isEmpty { parts.append(cleaned) }
        }
        let base = parts.isEmpty ? "article" : parts.joined(separator: "--")
        var candidate = base + ".html"
        var n = 2
        while !used.insert(candidate.lowercased()).inserted {
            candidate = "\(base)-\(n).html"
            n += 1
        }
        return CollectionWriter.pagesFolder + "/" + candidate
    }
}
