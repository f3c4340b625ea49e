/// `html`: one self-contained page for editors.
///
/// Built as a libxml2 tree (`HTMLBuilder`) so every piece of article text is
/// escaped by construction, and serialised with `htmlDocDumpMemoryFormat`.
/// The stylesheet is shipped text compiled in (`HTMLStyle.css`); there is no
/// JavaScript and no external URL, and a Content-Security-Policy forbids
/// scripts and network loads as a second line of defence. One `<section>` per
/// document: the article with claims highlighted by kind, the findings beside
/// it grouped by severity, then a summary.
public struct HTMLReporter: StreamingReporter {
    public static let identifier = "html"
    public static let summary = "One self-contained HTML page for editors (no scripts, no network)."
    public var options: HTMLOptions
    public init(options: HTMLOptions = HTMLOptions()) {
        self.options = options
    }

    public func makeStream() -> any ReportStream {
        HTMLReportStream(reporter: self)
    }

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let b = try HTMLBuilder(lang: "en")
        var outline = HTMLPageOutline(tool: report.tool)
        for doc in report.documents { outline.add(doc, thresholds: options.thresholds) }
        let body = try opening(outline, in: b)
        for (i, doc) in report.documents.enumerated() {
            try section(doc, number: i + 1, several: outline.several, b: b).render(in: body)
        }
        try closing(outline, in: body, of: b)
        return try b.serialize()
    }

    /// One document's part of the page; `number` counts from 1.
    func section(_ doc: DocumentReport, number: Int, several: Bool, b: HTMLBuilder) -> HTMLDocumentSection {
        HTMLDocumentSection(b: b, doc: doc, anchor: "d\(number)", idPrefix: several ? "d\(number)-" : "",
                            thresholds: options.thresholds)
    }

    /// The page up to the first document's section: head, header with the
    /// counts and legend, and the list of documents when there are several.
    /// Returns the `<body>` the sections go into.
    /// With `rowsMarker`, the list of documents holds that comment (and the
    /// line break after it) instead of its rows, which a stream writes from
    /// small trees of their own (`documentRows`).
    func opening(_ outline: HTMLPageOutline, in b: HTMLBuilder,
                 rowsMarker: StaticString? = nil) throws -> HTMLBuilder.Node {
        let head = try b.element("head", in: b.root)
        try b.element("meta", in: head, ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        try b.element("meta", in: head, [
            "http-equiv": "Content-Security-Policy",
            "content": "default-src 'none'; style-src 'unsafe-inline'",
        ])
        try b.element("meta", in: head, ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try b.element("meta", in: head, ["name": "generator", "content": "claimaudit \(outline.tool)"])
        let title = outline.several ? "\(outline.rows.count) documents"
            : outline.rows.first?.path ?? "no documents"
        try b.element("title", in: head, text: "Sourcing audit: \(title)")
        try b.styleSheet(HTMLStyle.css, in: head)
        if let css = options.extraCSS {
            try b.styleSheet(try HTMLStyle.checkedOverride(css), in: head)
        }

        let body = try b.element("body", in: b.root)
        let header = try b.element("header", in: body, ["class": "report-header"])
        if let index = options.indexLink {
            let nav = try b.element("p", in: header, ["class": "back"])
            try b.element("a", in: nav, text: "← All articles", ["href": index])
        }
        try b.element("h1", in: header, text: "Sourcing audit")
        try b.element("p", in: header, text: "claimaudit \(outline.tool) · "
            + "\(ReportText.count(outline.rows.count, "document")) · \(ReportText.count(outline.claims, "claim")) · "
            + ReportText.count(outline.findings, "finding"), ["class": "meta"])
        if outline.claims > 0 { try Self.legend(b, in: header) }

        if outline.several {
            let nav = try b.element("nav", in: body, ["class": "contents", "aria-label": "Documents"])
            try b.element("h2", in: nav, text: "Documents")
            let list = try b.element("ol", in: nav)
            if let rowsMarker {
                try b.comment(rowsMarker, in: list)
                try b.text("\n", in: list)
            } else {
                try Self.documentRows(outline.rows[...], from: 0, in: list, of: b)
            }
        }
        if outline.rows.isEmpty {
            try b.element("p", in: body, text: "No documents were audited.", ["class": "nothing"])
        }
        return body
    }

    /// One `<li>` per document in the list of documents; `first` is the
    /// number of documents before `rows` (for the `#dN` links).
    static func documentRows(_ rows: ArraySlice<HTMLPageOutline.Row>, from first: Int,
                             in list: HTMLBuilder.Node, of b: HTMLBuilder) throws {
        for (i, row) in zip(first..., rows) {
            let item = try b.element("li", in: list)
            try b.element("a", in: item, text: row.path, ["href": "#d\(i + 1)"])
            try b.text(" — \(row.verdict)", in: item)
        }
    }

    /// The page after the last document's section.
    func closing(_ outline: HTMLPageOutline, in body: HTMLBuilder.Node, of b: HTMLBuilder) throws {
        try b.element("footer", in: body, text: "Generated by claimaudit \(outline.tool). "
            + "Positions are line:column (columns count characters); offsets in the JSON and XML "
            + "reports are UTF-8 bytes.", ["class": "report-footer"])
    }

    /// What the highlight of each kind, and cue, source and hedge marks, look
    /// like: each swatch is styled exactly like a claim of that kind.
    static func legend(_ b: HTMLBuilder, in parent: HTMLBuilder.Node) throws {
        let list = try b.element("ul", in: parent, ["class": "legend", "aria-label": "Legend"])
        for kind in AttributionKind.allCases {
            let item = try b.element("li", in: list)
            try b.element("span", in: item, text: ReportText.meaning(of: kind),
                          ["class": "swatch k-\(kind.rawValue)", "data-kind": kind.rawValue])
        }
        for (tag, cls, meaning) in [("span", "cue", "attributing words"), ("span", "source", "who says so"),
                                    ("mark", "hedge", "hedging word")] {
            let item = try b.element("li", in: list)
            try b.element(tag, in: item, text: cls, ["class": cls])
            try b.text(" " + meaning, in: item)
        }
    }
}

/// Choices for the HTML report beyond the report model.
public struct HTMLOptions: Sendable {
    /// The house limits the verdict and the summary figures are judged by.
    public var thresholds: MetricThresholds
    /// A newsroom's own CSS, placed after the default stylesheet so its rules
    /// win (`--stylesheet house.css`). Checked by `HTMLStyle.checkedOverride`.
    public var extraCSS: String?
    /// A relative link back to the collection index, for pages written by
    /// `claimaudit report`.
    public var indexLink: String?

    public init(thresholds: MetricThresholds = MetricThresholds(), extraCSS: String? = nil, indexLink: String? = nil) {
        self.thresholds = thresholds
        self.extraCSS = extraCSS
        self.indexLink = indexLink
    }
}

extension HTMLOptions {
    /// Checks a newsroom stylesheet before use: it must not contain `<`.
    /// Throws `path:line:col: error: …`.
    public static func checkStylesheet(_ css: String, path: String) throws {
        _ = try HTMLStyle.checkedOverride(css, path: path)
    }
}
