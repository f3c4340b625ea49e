/// The `<verification>` element of a document in the XML report, present
/// only when the article was audited with a ledger (`reports/report.xsd`,
/// `verificationType`).
enum XMLVerification {
    static func write(_ v: VerificationSection?, to w: XMLWriter) throws {
        guard let v else { return }
        try w.startElement("verification")
        try w.attribute("ledger", v.ledger)
        for s in v.sources {
            try w.startElement("ledger-source")
            try w.attribute("id", s.id)
            try w.attribute("label", s.label)
            try w.attribute("role", s.role)
            try w.attribute("record", s.record)
            for c in s.claims {
                try w.startElement("supports")
                try w.attribute("claim", c)
                try w.endElement()
            }
            try w.endElement()
        }
        for q in v.quotes {
            try w.startElement("quote")
            try w.attribute("claim", q.claim)
            try w.attribute("source", q.source)
            try w.attribute("status", q.status.rawValue)
            if let t = q.transcript { try w.attribute("transcript", t) }
            try w.attribute("start", q.start)
            try w.attribute("end", q.end)
            try w.element("text", text: q.text)
            if let d = q.detail { try w.element("detail", text: d) }
            try w.endElement()
        }
        for n in v.numbers {
            try w.startElement("number")
            try w.attribute("claim", n.claim)
            try w.attribute("document", n.document)
            try w.attribute("status", n.status.rawValue)
            try w.attribute("start", n.start)
            try w.attribute("end", n.end)
            try w.text(n.text)
            try w.endElement()
        }
        for g in v.gaps {
            try w.startElement("gap")
            if let c = g.claim { try w.attribute("claim", c) }
            try w.attribute("rule", g.rule)
            try w.text(g.message)
            try w.endElement()
        }
        try w.endElement()
    }
}
