/// One output format. Each reporter is one type in `Reporters/`.
public protocol Reporter: Sendable {
    /// The `--format` value.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// Renders the whole report to bytes (UTF-8 text or XML).
    func render(_ report: AuditReport) throws -> [UInt8]
}

/// A reporter that can write its report as the documents are audited, so
/// that a run over a whole archive holds one document's report at a time
/// instead of all of them (peak memory stays flat however many articles).
public protocol StreamingReporter: Reporter {
    /// A fresh stream; `begin`, then `add` for each document in order, then
    /// `end` give exactly the bytes `render` gives for those documents.
    func makeStream() -> any ReportStream
}

extension StreamingReporter {
    /// Writes an already-built `report` through a fresh stream, handing the
    /// bytes to `sink` in pieces: the bytes of `render(report)`, without the
    /// rendered whole held in memory at once (for html, one libxml2 tree of
    /// the archive).
    public func render(_ report: AuditReport, inPiecesTo sink: ([UInt8]) throws -> Void) throws {
        var stream = makeStream()
        try sink(stream.begin(tool: report.tool))
        for doc in report.documents { try sink(stream.add(doc)) }
        try stream.end(writingTo: sink)
    }
}

/// The state of one streamed report.
public protocol ReportStream {
    /// Bytes before the first document.
    mutating func begin(tool: String) throws -> [UInt8]
    /// Bytes for one more document.
    mutating func add(_ document: DocumentReport) throws -> [UInt8]
    /// Bytes after the last document.
    mutating func end() throws -> [UInt8]
    /// The bytes after the last document handed to `write` in pieces, for a
    /// stream whose tail is large (the HTML report's document sections, held
    /// on disk until the index before them is known). The pieces joined are
    /// `end()`. By default, `end()` in one piece.
    mutating func end(writingTo write: ([UInt8]) throws -> Void) throws
}

extension ReportStream {
    public mutating func end(writingTo write: ([UInt8]) throws -> Void) throws {
        try write(end())
    }
}

/// A stream whose tail is written in pieces (`end(writingTo:)`, usually a
/// head followed by a `SpillFile`'s bytes); `end()` joins the pieces.
protocol PiecewiseReportStream: ReportStream {}

extension PiecewiseReportStream {
    mutating func end() throws -> [UInt8] {
        var out: [UInt8] = []
        try end { out += $0 }
        return out
    }
}

/// Options every reporter may read.
public struct ReportOptions: Sendable {
    /// Use ANSI colour (terminal only).
    public var color: Bool
    public init(color: Bool = false) {
        self.color = color
    }
}
