/// Claims by attribution kind as an inline SVG bar chart: one labelled row
/// per kind with its count and share written beside the bar, so it reads in
/// greyscale and print; colours come from the stylesheet (`.chart .b-KIND`),
/// and the bar of unsourced claims (`none`) is hatched.
struct HTMLBarChart {
    typealias Node = HTMLBuilder.Node
    let b: HTMLBuilder
    /// Makes the hatch pattern's id unique on a page with several documents.
    let idPrefix: String

    /// Layout in SVG user units (the SVG scales to its box).
    static let rowHeight = 22, labelWidth = 104, barWidth = 150, valueWidth = 70

    func render(kindsOf s: Summary, in parent: Node) throws {
        let kinds = AttributionKind.allCases
        let width = Self.labelWidth + Self.barWidth + Self.valueWidth
        let height = kinds.count * Self.rowHeight
        let description = kinds.map { "\($0.rawValue) \(s.claims($0))" }.joined(separator: ", ")
        let svg = try b.element("svg", in: parent, [
            "class": "bars", "viewBox": "0 0 \(width) \(height)", "width": String(width), "height": String(height),
            "role": "img", "aria-label": "Claims by kind: \(description)",
        ])
        let hatch = "\(idPrefix)hatch"
        let defs = try b.element("defs", in: svg)
        let pattern = try b.element("pattern", in: defs, [
            "id": hatch, "width": "5", "height": "5", "patternUnits": "userSpaceOnUse",
            "patternTransform": "rotate(45)",
        ])
        try b.element("rect", in: pattern, ["width": "5", "height": "5", "class": "hatch-paper"])
        try b.element("rect", in: pattern, ["width": "2", "height": "5", "class": "hatch-ink"])
        let largest = max(1, kinds.map { s.claims($0) }.max() ?? 1)
        for (row, kind) in kinds.enumerated() {
            let n = s.claims(kind)
            let share = s.claims == 0 ? 0 : Double(n) / Double(s.claims)
            let y = row * Self.rowHeight
            let g = try b.element("g", in: svg, ["class": "row", "data-kind": kind.rawValue])
            try b.element("text", in: g, text: kind.rawValue, [
                "x": "0", "y": String(y + 15), "class": "bar-label",
            ])
            let length = n == 0 ? 0 : max(2, Int((Double(n) / Double(largest) * Double(Self.barWidth)).rounded()))
            var attributes: KeyValuePairs<String, String> = [
                "x": String(Self.labelWidth), "y": String(y + 4), "width": String(length), "height": "14",
                "class": "bar b-\(kind.rawValue)",
            ]
            if kind == .none {
                attributes = [
                    "x": String(Self.labelWidth), "y": String(y + 4), "width": String(length), "height": "14",
                    "class": "bar b-none", "fill": "url(#\(hatch))",
                ]
            }
            try b.element("rect", in: g, attributes)
            try b.element("text", in: g, text: "\(n) · \(ReportText.percent(share))", [
                "x": String(Self.labelWidth + length + 6), "y": String(y + 15), "class": "bar-value",
            ])
        }
    }
}
