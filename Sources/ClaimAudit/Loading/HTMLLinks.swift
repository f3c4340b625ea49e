internal import CLibXML2

/// Hyperlinks of a loaded HTML document: each `<a href>` under the article
/// root whose text was painted into the view as prose. The anchor range
/// runs from its first painted text byte to its last. Read after the walk,
/// from the same tree, so `HTMLBlockWalker` stays as it is.
enum HTMLLinks {
    static func links(tree: HTMLTree, root: xmlNodePtr, view: [UInt8]) -> [DocumentLink] {
        var out: [DocumentLink] = []
        var node: xmlNodePtr? = root
        while let n = node {
            var descend = true
            if n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name, HTMLBlockWalker.isName(name, "a"),
               let value = xmlGetNoNsProp(n, "href") {
                let href = String(cString: value)
                cxml_free(value)
                if let range = paintedRange(tree, n, view) { out.append(DocumentLink(range: range, href: href)) }
                descend = false
            }
            if descend, n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children {
                node = child
                continue
            }
            var up: xmlNodePtr? = n
            node = nil
            while let u = up, u != root {
                if let next = u.pointee.next { node = next; break }
                up = u.pointee.parent
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// First to last painted byte of the text below `a`, or nil when none of
    /// it is prose (a link in a skipped `nav`, say).
    private static func paintedRange(_ tree: HTMLTree, _ a: xmlNodePtr, _ view: [UInt8]) -> Range<Int>? {
        var lo = Int.max, hi = Int.min
        var stack: [xmlNodePtr] = []
        var child = a.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        while let n = stack.popLast() {
            if n.pointee.type == XML_TEXT_NODE {
                for r in tree.ranges(of: n) {
                    for i in r where i < view.count && view[i] != 0x20 && view[i] != 0x0A && view[i] != 0x0D && view[i] != Document.ignorable {
                        lo = min(lo, i)
                        hi = max(hi, i + 1)
                    }
                }
            }
            var c = n.pointee.children
            while let k = c { stack.append(k); c = k.pointee.next }
        }
        return lo < hi ? lo..<hi : nil
    }
}
