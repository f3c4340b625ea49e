import Foundation
import Testing
@testable import ClaimAudit
#if canImport(Glibc)
import Glibc
#endif

/// Every XML input (rule packs, the schema, and whatever later reads XML
/// through `XMLDocument`) and every HTML article goes through libxml2 with
/// no network, no external entities, no DTD loading and no entity expansion.
/// These payloads must be refused or inert: no file read, no connection, no
/// blow-up.
@Suite struct XMLSafetyTests {
    /// A file whose contents must never show up anywhere.
    static func secretFile() throws -> (path: String, marker: String) {
        let marker = "SECRET-\(UUID().uuidString)"
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("secret.txt").path
        try Data(marker.utf8).write(to: URL(fileURLWithPath: path))
        return (path, marker)
    }

    /// A TCP listener on 127.0.0.1 that records whether anything connected.
    final class Listener {
        let fd: Int32
        let port: UInt16

        init() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.fd = fd
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = 0
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) }
            }
            guard bound == 0, listen(fd, 16) == 0 else {
                close(fd)
                throw CocoaError(.fileWriteUnknown)
            }
            _ = withUnsafeMutablePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
            }
            self.port = UInt16(bigEndian: addr.sin_port)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }

        deinit { close(fd) }

        /// True when a connection is waiting (the kernel completes the
        /// handshake even though nobody called accept).
        var wasContacted: Bool {
            let c = accept(fd, nil, nil)
            if c >= 0 { close(c); return true }
            return false
        }
    }

    /// The network check above can fail: a real connection is noticed.
    @Test func listenerNoticesAConnection() throws {
        let listener = try Listener()
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(connected == 0)
        #expect(listener.wasContacted)
    }

    static func billionLaughs(root: String) -> String {
        var s = "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [\n<!ENTITY lol \"lol\">\n"
        s += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 {
            s += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n"
        }
        return s + "]>\n<\(root)>&lol9;</\(root)>\n"
    }

    static func failure(_ body: () throws(XMLParseFailure) -> XMLDocument) -> [XMLDiagnostic]? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.diagnostics
        }
    }

    // MARK: - XML

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        let started = ContinuousClock.now
        let diagnostics = Self.failure { () throws(XMLParseFailure) in
            try XMLDocument.parse(Array(Self.billionLaughs(root: "pack").utf8), path: "bomb.xml")
        }
        #expect(diagnostics?.first?.description == "bomb.xml:2: error: <!DOCTYPE> is not allowed here (no DTDs or entities in this file)")
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func billionLaughsStaysInertEvenWhereADoctypeIsAllowed() {
        // Defence in depth: without entity substitution the bomb is never
        // expanded (libxml2 either keeps the reference or stops at the loop).
        let started = ContinuousClock.now
        let doc = try? XMLDocument.parse(Array(Self.billionLaughs(root: "r").utf8), path: "bomb.xml", forbidDoctype: false)
        if let doc {
            #expect(doc.root?.text.count ?? 0 < 1000)
        }
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func externalFileEntityIsRefusedAndNeverRead() throws {
        let (path, marker) = try Self.secretFile()
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(path)\">]>\n<r>&x;</r>\n"
        let diagnostics = Self.failure { () throws(XMLParseFailure) in
            try XMLDocument.parse(Array(xml.utf8), path: "xxe.xml")
        }
        #expect(diagnostics?.first?.message.contains("<!DOCTYPE> is not allowed") == true)
        // Allowed DOCTYPE: the entity is still not substituted.
        if let doc = try? XMLDocument.parse(Array(xml.utf8), path: "xxe.xml", forbidDoctype: false) {
            #expect(!(doc.root?.text.contains(marker) ?? false))
        }
        // Nor by a parameter entity or an external DTD subset.
        for payload in [
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file://\(path)\"> %p;]><r/>",
            "<!DOCTYPE r SYSTEM \"file://\(path)\"><r/>",
        ] {
            let doc = try? XMLDocument.parse(Array(payload.utf8), path: "xxe.xml", forbidDoctype: false)
            #expect(!(doc?.root?.text.contains(marker) ?? false))
        }
    }

    @Test func networkEntitiesAndDTDsAreNeverFetched() throws {
        let listener = try Listener()
        let url = "http://127.0.0.1:\(listener.port)/x"
        for payload in [
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url)\">]><r>&x;</r>",
            "<!DOCTYPE r SYSTEM \"\(url)\"><r/>",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(url)\"> %p;]><r/>",
            "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(url)\"/></r>",
        ] {
            _ = try? XMLDocument.parse(Array(payload.utf8), path: "net.xml")
            _ = try? XMLDocument.parse(Array(payload.utf8), path: "net.xml", forbidDoctype: false)
        }
        #expect(!listener.wasContacted)
    }

    @Test func xincludeIsNotProcessed() throws {
        let (path, marker) = try Self.secretFile()
        let xml = "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file://\(path)\" parse=\"text\"/></r>"
        let doc = try XMLDocument.parse(Array(xml.utf8), path: "xi.xml")
        #expect(!(doc.root?.text.contains(marker) ?? true))
        #expect(doc.root?.children.first?.name == "include")
    }

    @Test func rulePacksWithEntitiesAreRejectedWithAClearMessage() throws {
        let (path, marker) = try Self.secretFile()
        let payloads = [
            Self.billionLaughs(root: "pack"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE pack [<!ENTITY x SYSTEM \"file://\(path)\">]>\n"
                + RuleFixtures.pack(RuleFixtures.phrasesRule(phrases: ["&x;"])),
        ]
        for payload in payloads {
            do {
                _ = try RuleLoader.load(sources: [("house/evil.xml", Array(payload.utf8))])
                Issue.record("an entity-bearing pack loaded")
            } catch let error as ClaimAuditError {
                #expect(error.description.hasPrefix("house/evil.xml:2: error: <!DOCTYPE> is not allowed here"))
                #expect(!error.description.contains(marker))
            }
        }
    }

    @Test func configAndLedgerFilesWithEntitiesAreRejected() throws {
        let (secret, marker) = try Self.secretFile()
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, root) in [("claimaudit.xml", "config"), ("story.ledger.xml", "ledger")] {
            for payload in [Self.billionLaughs(root: root),
                            "<!DOCTYPE \(root) [<!ENTITY x SYSTEM \"file://\(secret)\">]>\n<\(root)>&x;</\(root)>\n"] {
                let path = dir.appendingPathComponent(name).path
                try Data(payload.utf8).write(to: URL(fileURLWithPath: path))
                do {
                    if root == "config" { _ = try ConfigLoader.load(path: path) } else { _ = try LedgerLoader.load(path: path) }
                    Issue.record("\(name) with a DOCTYPE loaded")
                } catch {
                    let message = "\(error)"
                    #expect(message.contains("<!DOCTYPE> is not allowed here"), "\(name): \(message)")
                    #expect(!message.contains(marker))
                }
            }
        }
    }

    @Test func cliRefusesAnEntityBombRulePackWithExit2() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let pack = dir.appendingPathComponent("bomb.xml")
        try Data(Self.billionLaughs(root: "pack").utf8).write(to: pack)
        let result = try CLIRunner.run(["rules", "validate", pack.path])
        #expect(result.status == 2)
        #expect(result.stderr == "\(pack.path):2: error: <!DOCTYPE> is not allowed here (no DTDs or entities in this file)\n")
    }

    // MARK: - HTML

    @Test func htmlEntityDeclarationsAndExternalReferencesAreInert() throws {
        let (path, marker) = try Self.secretFile()
        let listener = try Listener()
        let url = "http://127.0.0.1:\(listener.port)/x"
        let html = """
        <!DOCTYPE html SYSTEM "\(url)" [<!ENTITY x SYSTEM "file://\(path)"><!ENTITY y SYSTEM "\(url)">]>
        <?xml-stylesheet href="\(url)"?>
        <html><head><link rel="stylesheet" href="\(url)"><script src="\(url)"></script></head>
        <body><p>Before &x; and &y; after, officials said.</p>
        <iframe src="file://\(path)"></iframe><img src="\(url)"><object data="file://\(path)"></object>
        </body></html>
        """
        let doc = try HTMLLoader.load(SourceText(path: "evil.html", text: html))
        let text = doc.blocks.map { doc.text($0.range) }.joined(separator: "\n")
        #expect(!text.contains(marker))
        #expect(!String(decoding: doc.view, as: UTF8.self).contains(marker))
        #expect(text.contains("officials said."))
        #expect(!listener.wasContacted)
    }

    @Test func htmlBillionLaughsIsInert() throws {
        let started = ContinuousClock.now
        let html = Self.billionLaughs(root: "html").replacingOccurrences(of: "<?xml version=\"1.0\"?>\n", with: "")
        let doc = try HTMLLoader.load(SourceText(path: "bomb.html", text: html))
        #expect(doc.blocks.allSatisfy { $0.range.count < 1000 })
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    // MARK: - No other way in

    /// Only the two safe wrappers may call libxml2's parsers, so a new XML
    /// input (config, ledger, …) cannot bypass the safe options.
    @Test func onlyTheSafeWrappersCallLibxml2Parsers() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        let allowed: Set<String> = ["XMLDocument.swift", "HTMLTree.swift"]
        let entryPoints = ["xmlReadMemory", "xmlReadFile", "xmlReadDoc", "xmlCtxtReadMemory", "xmlCtxtReadFile",
                           "xmlParseMemory", "xmlParseFile", "xmlParseDoc", "xmlSAXParse", "xmlCreateMemoryParserCtxt",
                           "htmlReadMemory", "htmlReadFile", "htmlReadDoc", "htmlParseDoc", "htmlParseFile",
                           "htmlCtxtReadMemory", "xmlReaderForMemory", "xmlReaderForFile", "XML_PARSE_NOENT",
                           "XML_PARSE_DTDLOAD", "XML_PARSE_DTDVALID", "XML_PARSE_XINCLUDE", "XML_PARSE_HUGE",
                           "xmlXIncludeProcess", "xmlSubstituteEntitiesDefault", "xmlLoadExtDtdDefaultValue",
                           "XMLParser("]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 10)
        for file in files where !allowed.contains(file.lastPathComponent) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for name in entryPoints {
                #expect(!text.contains(name), "\(file.lastPathComponent) calls \(name)")
            }
        }
        // And the wrappers themselves never ask for the dangerous options.
        for name in allowed {
            let text = try String(contentsOf: sources.appendingPathComponent("ClaimAudit/XML/\(name)"), encoding: .utf8)
            for option in ["XML_PARSE_NOENT", "XML_PARSE_DTDLOAD", "XML_PARSE_DTDVALID", "XML_PARSE_XINCLUDE", "XML_PARSE_HUGE"] {
                #expect(!text.contains(option + "."), "\(name) uses \(option)")
            }
        }
    }
}
