import Foundation
import Testing
@testable import ClaimAudit

/// The copies compiled into the binary must match `rules/` and `reports/`.
@Suite struct EmbeddedResourcesTests {
    static let fix = "run `python3 scripts/embed-resources.py` to regenerate Sources/ClaimAudit/Resources/EmbeddedResources.swift"

    /// Every non-hidden file under the resource folders, by relative path.
    static func filesOnDisk() throws -> [String: String] {
        let root = TestPaths.packageRoot
        var out: [String: String] = [:]
        for folder in ["rules", "reports"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
                let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
                out[relative] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return out
    }

    @Test func embeddedCopiesMatchFilesOnDisk() throws {
        let disk = try Self.filesOnDisk()
        let embedded = EmbeddedResources.files
        let missing = Set(disk.keys).subtracting(embedded.keys).sorted()
        let extra = Set(embedded.keys).subtracting(disk.keys).sorted()
        let changed = disk.keys.filter { embedded[$0] != nil && embedded[$0] != disk[$0] }.sorted()
        #expect(missing.isEmpty, "not embedded: \(missing); \(Self.fix)")
        #expect(extra.isEmpty, "embedded but gone from disk: \(extra); \(Self.fix)")
        #expect(changed.isEmpty, "embedded copy is stale: \(changed); \(Self.fix)")
    }

    @Test func embeddedSchemaAndPacksAreListedByFolder() {
        #expect(EmbeddedResources.files["rules/rules.xsd"] != nil)
        let packs = ResourceLocator.embeddedFiles(in: "rules", withExtension: "xml").map(\.path)
        #expect(packs.contains("rules/hedging.xml"))
        #expect(packs == packs.sorted())
        #expect(!packs.contains("rules/rules.xsd"))
    }
}
