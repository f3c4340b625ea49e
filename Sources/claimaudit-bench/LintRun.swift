import ClaimAudit
import Foundation

/// `claimaudit lint --jobs N` as a separate process: the CLI's own file
/// discovery, parallel audit and report, start-up included.
enum LintRun {
    /// The `claimaudit` binary built next to this benchmark, if any.
    static func defaultBinary() -> String? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let sibling = me.deletingLastPathComponent().appendingPathComponent("claimaudit").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }

    /// Wall time and CPU time (user + system, every thread) of one run.
    static func time(_ binary: String, corpus: String, jobs: Int) throws -> Timing {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["lint", "--no-config", "--jobs", String(jobs), "--format", "json",
                             "--fail-on", "never", "--progress", "never", corpus]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let before = childCPU()
        let w0 = Clock.wall()
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let wall = Clock.wall() - w0
        guard process.terminationStatus == 0 else {
            throw BenchError("claimaudit lint exited \(process.terminationStatus): \(String(decoding: stderr.suffix(2000), as: UTF8.self))")
        }
        return Timing(wall: wall, cpu: childCPU() - before)
    }

    /// CPU seconds of every child process waited for so far.
    private static func childCPU() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
