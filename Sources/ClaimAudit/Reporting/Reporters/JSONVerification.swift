/// The `verification` object of a document in the JSON report (null when
/// the article was audited without a ledger). Key order is fixed; offsets
/// are UTF-8 bytes, end exclusive.
enum JSONVerification {
    static func write(_ v: VerificationSection?, to w: inout JSONWriter) {
        guard let v else { return w.null() }
        w.beginObject()
        w.key("ledger"); w.string(v.ledger)
        w.key("sources"); w.beginArray()
        for s in v.sources {
            w.beginObject()
            w.key("id"); w.string(s.id)
            w.key("label"); w.string(s.label)
            w.key("role"); w.string(s.role)
            w.key("record"); w.string(s.record)
            w.key("claims"); w.beginArray()
            for c in s.claims { w.string(c) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in v.quotes {
            w.beginObject()
            w.key("claim"); w.string(q.claim)
            w.key("source"); w.string(q.source)
            w.key("status"); w.string(q.status.rawValue)
            w.key("transcript"); w.string(q.transcript)
            w.key("start"); w.int(q.start)
            w.key("end"); w.int(q.end)
            w.key("text"); w.string(q.text)
            w.key("detail"); w.string(q.detail)
            w.endObject()
        }
        w.endArray()
        w.key("numbers"); w.beginArray()
        for n in v.numbers {
            w.beginObject()
            w.key("claim"); w.string(n.claim)
            w.key("document"); w.string(n.document)
            w.key("status"); w.string(n.status.rawValue)
            w.key("start"); w.int(n.start)
            w.key("end"); w.int(n.end)
            w.key("text"); w.string(n.text)
            w.endObject()
        }
        w.endArray()
        w.key("gaps"); w.beginArray()
        for g in v.gaps {
            w.beginObject()
            w.key("claim"); w.string(g.claim)
            w.key("rule"); w.string(g.rule)
            w.key("message"); w.string(g.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
