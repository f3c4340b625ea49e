internal import CLibXML2

/// One-time, thread-safe set-up of libxml2.
///
/// Swift runs a global `let` initialiser once, under a lock. Initialising the
/// schema type tables here keeps their lazy, non-thread-safe set-up off the
/// worker threads, and the process-wide entity loader refuses every external
/// load (entities, DTDs, XInclude) as defence in depth on top of safe options.
enum LibXML {
    private static let initialized: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        _ = xmlRelaxNGInitTypes()
        cxml_install_safe_loader()
    }()

    static func ensureInitialized() { _ = initialized }

    /// Options for every XML parse: no network, no entity substitution, no DTD
    /// loading or validation, no XInclude; big line numbers kept.
    static var safeXMLOptions: Int32 {
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
    }

    /// Options for HTML: recover from broken markup, stay quiet, no network.
    static var safeHTMLOptions: Int32 {
        Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
              | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
    }
}

/// A problem reported by libxml2, copied out of C memory.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable { case warning, error, fatal }
    public var file: String
    /// 1-based; 0 when libxml2 gave none.
    public var line: Int
    /// 1-based; 0 when libxml2 gave none.
    public var column: Int
    public var level: Level
    public var message: String

    public var description: String {
        var where_ = file
        if line > 0 { where_ += ":\(line)" }
        if column > 0 { where_ += ":\(column)" }
        return "\(where_): \(level == .warning ? "warning" : "error"): \(message)"
    }
}

/// Collects structured errors from one parse or validation.
///
/// libxml2 calls back through a C function pointer, so the collector is passed
/// as an unretained pointer; callers keep it alive with `withExtendedLifetime`.
final class XMLErrorCollector {
    var diagnostics: [XMLDiagnostic] = []
    /// Per diagnostic: the node libxml2 says it is about, when it says (a
    /// schema error names the element or attribute; a parse error none).
    var places: [XMLNodePlace?] = []
    let fallbackFile: String

    init(file: String) { self.fallbackFile = file }

    func add(_ error: UnsafePointer<xmlError>) {
        let e = error.pointee
        var message = e.message.map { String(cString: $0) } ?? "unknown error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        let level: XMLDiagnostic.Level
        switch e.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        var line = Int(e.line)
        if line == 0, let node = e.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        let d = XMLDiagnostic(file: fallbackFile, line: max(0, line), column: max(0, Int(e.int2)),
                              level: level, message: message)
        // Entity sub-parsers repeat the same error; keep one.
        if !diagnostics.contains(d) {
            diagnostics.append(d)
            places.append(e.node.flatMap { XMLNodePlace($0.assumingMemoryBound(to: xmlNode.self)) })
        }
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ raw: UnsafeMutableRawPointer?) -> XMLErrorCollector? {
        guard let raw else { return nil }
        return Unmanaged<XMLErrorCollector>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// The element (by `XMLElement.nodeID`) and, for an error about one of its
/// attributes, the attribute's name: where a schema error is, since libxml2
/// gives validity errors a line (the line where the start tag ends) but no
/// column.
struct XMLNodePlace: Sendable, Hashable {
    var element: Int
    var attribute: String?

    init?(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            element = Int(bitPattern: node)
            attribute = nil
        case XML_ATTRIBUTE_NODE:
            guard let parent = node.pointee.parent else { return nil }
            element = Int(bitPattern: parent)
            attribute = node.pointee.name.map { String(cString: $0) }
        default:
            return nil
        }
    }
}
