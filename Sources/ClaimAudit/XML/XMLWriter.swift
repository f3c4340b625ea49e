internal import CLibXML2

/// Streams XML into memory through libxml2's `xmlTextWriter`.
///
/// Owns the writer and its buffer and frees both in `deinit`. Every libxml2
/// return value is checked (−1 means failure) and turned into a thrown
/// `ClaimAuditError.output`. Text and attribute values are passed through
/// `XMLCharacters.cleaned` first, because the writer escapes `& < > "` but
/// copies control characters through raw, which makes the output unparseable.
/// Call `finish()` once to get the bytes: the buffer is complete only after
/// the writer has been freed.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private let buffer: xmlBufferPtr
    /// Names the output in error messages.
    private let label: String

    /// - Parameters:
    ///   - indent: two-space indentation, one element per line.
    ///   - label: what to call the output in errors (a path or "report").
    init(indent: Bool = true, label: String = "report") throws {
        LibXML.ensureInitialized()
        self.label = label
        guard let buffer = xmlBufferCreate() else {
            throw ClaimAuditError.output(path: label, message: "could not allocate an XML buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw ClaimAuditError.output(path: label, message: "could not create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
            try check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    func startElement(_ name: String) throws {
        let w = try live()
        try check(xmlTextWriterStartElement(w, name), "start <\(name)>")
    }

    func endElement() throws {
        let w = try live()
        try check(xmlTextWriterEndElement(w), "end an element")
    }

    /// Writes an attribute of the element just started; `value` is escaped.
    func attribute(_ name: String, _ value: String) throws {
        let w = try live()
        let rc = XMLCharacters.withCleanedCString(value) { xmlTextWriterWriteAttribute(w, name, $0) }
        try check(rc, "write attribute \(name)")
    }

    func attribute(_ name: String, _ value: Int) throws {
        try attribute(name, String(value))
    }

    /// Writes escaped character data into the open element.
    func text(_ value: String) throws {
        let w = try live()
        let rc = XMLCharacters.withCleanedCString(value) { xmlTextWriterWriteString(w, $0) }
        try check(rc, "write text")
    }

    /// `<name>value</name>` on one line.
    func element(_ name: String, text value: String) throws {
        try startElement(name)
        try text(value)
        try endElement()
    }

    /// The bytes written so far, moved out of the buffer. The writer keeps
    /// its state (open elements, a start tag not yet closed), so output can
    /// be handed on piece by piece; the pieces and what `finish` returns
    /// put together are exactly the whole document.
    func take() throws -> [UInt8] {
        let w = try live()
        try check(xmlTextWriterFlush(w), "flush the writer")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        let out = Array(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
        return out
    }

    /// Closes every open element, frees the writer (which flushes it) and
    /// returns the document's UTF-8 bytes, ending with a newline.
    func finish() throws -> [UInt8] {
        let w = try live()
        try check(xmlTextWriterEndDocument(w), "end the document")
        xmlFreeTextWriter(w)
        writer = nil
        guard let content = xmlBufferContent(buffer) else {
            throw ClaimAuditError.output(path: label, message: "XML buffer is empty")
        }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func live() throws -> xmlTextWriterPtr {
        guard let writer else {
            throw ClaimAuditError.output(path: label, message: "XML writer used after finish()")
        }
        return writer
    }

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 {
            throw ClaimAuditError.output(path: label, message: "libxml2 could not \(what)")
        }
    }
}

/// Characters XML 1.0 allows: `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
///
/// Swift strings never hold surrogates, so the only characters to drop are
/// C0 controls other than tab, LF and CR (including NUL), and U+FFFE/U+FFFF.
enum XMLCharacters {
    /// True when every character of `s` may appear in an XML 1.0 document.
    static func isClean(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { firstDisallowed(in: $0) == nil }
    }

    /// `s` with every character XML 1.0 disallows removed.
    static func cleaned(_ s: String) -> String {
        var s = s
        return s.withUTF8 { buf -> String? in
            guard var i = firstDisallowed(in: buf) else { return nil }
            var out = [UInt8](buf[..<i])
            out.reserveCapacity(buf.count)
            while i < buf.count {
                let len = disallowedLength(buf, i)
                if len > 0 { i += len; continue }
                out.append(buf[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// Calls `body` with a NUL-terminated, cleaned copy of `s` as `xmlChar*`.
    static func withCleanedCString<R>(_ s: String, _ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        // After cleaning there is no NUL inside, so the C string is the whole text.
        try cleaned(s).withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
    }

    /// Index of the first disallowed byte sequence, if any.
    private static func firstDisallowed(in buf: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = buf.count
        while i < n {
            let b = buf[i]
            if b < 0x20 || b == 0xEF {
                if disallowedLength(buf, i) > 0 { return i }
            }
            i += 1
        }
        return nil
    }

    /// Byte length of a disallowed character starting at `i`, else 0.
    private static func disallowedLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = buf[i]
        if b < 0x20 { return (b == 0x09 || b == 0x0A || b == 0x0D) ? 0 : 1 }
        // U+FFFE = EF BF BE, U+FFFF = EF BF BF.
        if b == 0xEF, i + 2 < buf.count, buf[i + 1] == 0xBF, buf[i + 2] == 0xBE || buf[i + 2] == 0xBF {
            return 3
        }
        return 0
    }
}
