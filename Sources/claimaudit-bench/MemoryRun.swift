#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `claimaudit audit --format FMT FILES…` or `claimaudit lint` as a child
/// process, for the peak memory a user sees: the benchmark's own process
/// holds the corpus and whole-corpus reports for its timing figures, so
/// its RSS says nothing
/// about the tool. The child is spawned and waited for with `wait4`, whose
/// `rusage` is that child's alone (`RUSAGE_CHILDREN` would be the largest
/// of all children so far).
enum MemoryRun {
    struct Result {
        /// Peak resident set size of the child, in bytes.
        var peakRSS: Int
        /// User + system CPU seconds of the child.
        var cpu: Double
        var wall: Double
    }

    /// Runs `binary audit --format format --fail-on never --color never`
    /// over `paths` given `copies` times in a row, standard output to
    /// `/dev/null`. Throws with the child's standard error if it fails.
    static func audit(_ binary: String, format: String, paths: [String], copies: Int = 1) throws -> Result {
        var arguments = [binary, "audit", "--format", format, "--fail-on", "never", "--color", "never"]
        for _ in 0..<copies { arguments += paths }
        return try spawn(binary, arguments, what: "claimaudit audit --format \(format)")
    }

    /// Runs `binary lint --no-config --jobs jobs --format format` over a
    /// temporary folder holding `copies` folders of symbolic links to
    /// `paths` (lint lists a file named twice once, so the copies are
    /// links under other names), standard output to `/dev/null`.
    static func lint(_ binary: String, format: String, jobs: Int, paths: [String], copies: Int = 1) throws -> Result {
        var template = Array("\(NSTemporaryDirectory())/claimaudit-bench-lint-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw BenchError("cannot create a temporary folder for the lint copies")
        }
        let root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cwd = FileManager.default.currentDirectoryPath
        for c in 0..<copies {
            let folder = "\(root)/copy\(c)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            for (i, path) in paths.enumerated() {
                let target = path.hasPrefix("/") ? path : cwd + "/" + path
                let name = String(format: "%06d-", i) + (path.split(separator: "/").last.map(String.init) ?? "article.txt")
                guard symlink(target, "\(folder)/\(name)") == 0 else {
                    throw BenchError("cannot link \(target): \(String(cString: strerror(errno)))")
                }
            }
        }
        let arguments = [binary, "lint", "--no-config", "--jobs", String(jobs), "--format", format,
                         "--fail-on", "never", "--progress", "never", "--color", "never", root]
        return try spawn(binary, arguments, what: "claimaudit lint --format \(format)")
    }

    /// Spawns `arguments` (argv, program first) and waits for it.
    private static func spawn(_ binary: String, _ arguments: [String], what: String) throws -> Result {

        var template = Array("\(NSTemporaryDirectory())/claimaudit-bench-stderr-XXXXXX".utf8CString)
        let errFD = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard errFD >= 0 else { throw BenchError("cannot create a temporary file for the child's errors") }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        defer { close(errFD) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errFD, 2)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let w0 = Clock.wall()
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(binary): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let wall = Clock.wall() - w0
        // WIFEXITED and WEXITSTATUS, which Swift does not import as macros.
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited && code == 0 else {
            throw BenchError("\(what) failed (status \(status)): \(tail(of: errFD))")
        }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        #if os(Linux)
        let peak = Int(usage.ru_maxrss) * 1024 // kilobytes on Linux
        #else
        let peak = Int(usage.ru_maxrss)
        #endif
        return Result(peakRSS: peak, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), wall: wall)
    }

    /// The last 2,000 bytes of what the child wrote to `fd`.
    private static func tail(of fd: Int32) -> String {
        let size = lseek(fd, 0, SEEK_END)
        let start = max(0, size - 2000)
        var buffer = [UInt8](repeating: 0, count: Int(size - start))
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, start) }
        return String(decoding: buffer.prefix(max(0, n)), as: UTF8.self)
    }
}
