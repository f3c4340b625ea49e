extension Segmentation {
    /// A golden-file rendering, one line per segment:
    /// `@line:col-line:col [section] text`, where the end position is the
    /// exclusive end (1-based lines, columns counting Unicode scalars),
    /// `[-]` means no section, list items are prefixed `- ` and headings `# `,
    /// and the text is `Document.text(_:)` of the segment.
    public func dump(_ document: Document) -> String {
        var lines: [String] = []
        lines.reserveCapacity(segments.count)
        for segment in segments {
            let from = document.source.location(of: segment.range.lowerBound)
            let to = document.source.location(of: segment.range.upperBound)
            let marker: String
            switch segment.blockKind {
            case .heading: marker = "# "
            case .listItem: marker = "- "
            case .paragraph: marker = ""
            }
            let section = segment.section?.text ?? "-"
            lines.append("@\(from)-\(to) [\(section)] \(marker)\(document.text(segment.range))")
        }
        return lines.joined(separator: "\n")
    }
}
