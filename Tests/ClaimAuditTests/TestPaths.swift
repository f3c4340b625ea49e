import Foundation

/// Where the package's own files are, for tests that read `rules/`,
/// `reports/`, `examples/` or the README.
enum TestPaths {
    /// The package root, found from this file's path (Tests/ClaimAuditTests/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
