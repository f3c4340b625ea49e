#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall and CPU clocks for the benchmark, in seconds.
///
/// On a shared machine wall time depends on who else is running; CPU time
/// (user + system) of this process or thread does not, so every figure is
/// reported both ways and the CPU figure is the one to compare.
enum Clock {
    static func wall() -> Double { read(CLOCK_MONOTONIC) }
    /// CPU time of the calling thread.
    static func threadCPU() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }
    /// CPU time of the whole process (every thread).
    static func processCPU() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    private static func read(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process so far, in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024 // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) // bytes on macOS
        #endif
    }
}

/// Wall and CPU seconds of one measured span.
struct Timing {
    var wall = 0.0
    var cpu = 0.0

    static func += (l: inout Timing, r: Timing) { l.wall += r.wall; l.cpu += r.cpu }

    /// Runs `body`, charging it with wall time and the calling thread's CPU time.
    @inline(__always)
    static func measure<T>(_ into: inout Timing, _ body: () throws -> T) rethrows -> T {
        let w0 = Clock.wall(), c0 = Clock.threadCPU()
        let result = try body()
        into.wall += Clock.wall() - w0
        into.cpu += Clock.threadCPU() - c0
        return result
    }
}
