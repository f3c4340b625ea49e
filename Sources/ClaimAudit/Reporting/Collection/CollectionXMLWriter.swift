/// `index.xml` of a collection report: the index's figures for other tools,
/// described by `reports/collection.xsd` (namespace
/// `https://claimaudit.dev/ns/collection/1`). Same conventions as the
/// canonical report: fixed element and attribute order, shares as decimals
/// 0…1 with four places, every severity listed.
public struct CollectionXMLWriter: Sendable {
    public static let namespace = "https://claimaudit.dev/ns/collection/1"
    public init() {}

    public func render(_ c: CollectionReport) throws -> [UInt8] {
        let w = try XMLWriter(label: "index.xml")
        let t = c.totals
        try w.startElement("collection")
        try w.attribute("xmlns", Self.namespace)
        try w.attribute("tool", c.tool)
        try w.attribute("articles", c.entries.count)
        try w.attribute("audited", t.articles)
        try w.attribute("failed", c.failures.count)
        try w.attribute("claims", t.claims)
        try w.attribute("unsourced", t.unsourcedClaims)
        try w.attribute("unsourced-share", XMLReporter.decimal(t.unsourcedShare))
        try w.attribute("over-limits", t.articlesOverLimits)

        try w.startElement("limits")
        let th = c.thresholds
        if let v = th.minNamedSources { try w.attribute("min-named-sources", v) }
        if let v = th.maxUnsourcedShare { try w.attribute("max-unsourced-share", XMLReporter.decimal(v)) }
        if let v = th.maxAnonymousShare { try w.attribute("max-anonymous-share", XMLReporter.decimal(v)) }
        if let v = th.maxHedgesPer100Words { try w.attribute("max-hedges-per-100-words", XMLReporter.decimal(v)) }
        try w.endElement()

        for entry in c.entries {
            guard let doc = entry.report else {
                try w.startElement("failed")
                try w.attribute("path", entry.path)
                try w.text(entry.error ?? "unknown error")
                try w.endElement()
                continue
            }
            let s = doc.summary
            let v = Verdict(summary: s, thresholds: th)
            try w.startElement("article")
            try w.attribute("path", entry.path)
            try w.attribute("page", entry.page)
            try w.attribute("format", doc.format.rawValue)
            try w.attribute("verdict", v.level.rawValue)
            try w.attribute("claims", s.claims)
            try w.attribute("unsourced", s.unsourcedClaims)
            try w.attribute("unsourced-share", XMLReporter.decimal(s.unsourcedShare))
            try w.attribute("anonymous-attributions", s.anonymousAttributions)
            try w.attribute("named-attributions", s.namedAttributions)
            try w.attribute("anonymous-share", XMLReporter.decimal(s.anonymousShare))
            try w.attribute("named-sources", s.namedSources)
            try w.attribute("words", s.words)
            try w.attribute("hedges", s.hedges)
            try w.attribute("hedges-per-100-words", XMLReporter.decimal(s.hedgesPer100Words))
            try XMLReporter.writeSeverityCounts(s, to: w)
            for violation in v.violations {
                try w.startElement("over-limit")
                try w.attribute("metric", violation.metric.rawValue)
                try w.attribute("value", XMLReporter.decimal(violation.value))
                try w.attribute("limit", XMLReporter.decimal(violation.limit))
                try w.text(violation.message)
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
        return try w.finish()
    }
}
