import ClaimAudit
import Foundation

/// Asks git which files changed, for `lint --changed-since REV`.
enum GitChanges {
    /// Files changed between `rev` and the working tree (added, copied,
    /// modified, renamed or type-changed; deletions are left out), plus
    /// untracked files git does not ignore. Paths are relative to the working
    /// directory, in git's order; only those under it are listed.
    static func files(since rev: String) throws -> [String] {
        if rev.hasPrefix("-") {
            throw ClaimAuditError.usage("--changed-since: '\(rev)' is not a revision")
        }
        let changed = try git(["diff", "--name-only", "-z", "--relative", "--diff-filter=ACMRT", rev, "--"])
        let untracked = try git(["ls-files", "-z", "--others", "--exclude-standard"])
        var seen = Set<String>()
        return (changed + untracked).filter { seen.insert($0).inserted }
    }

    private static func git(_ arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw ClaimAuditError.usage("--changed-since: cannot run git: \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ClaimAuditError.usage("--changed-since: git \(arguments[0]) failed: \(message)")
        }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}
