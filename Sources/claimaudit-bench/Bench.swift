import ClaimAudit
import Foundation

/// The measurements, printed as they finish.
struct Bench {
    let options: Options

    func run() throws {
        print("claimaudit-bench \(ClaimAuditVersion.string): \(options.corpus)")
        #if DEBUG
        print("warning: debug build; measure with `swift run -c release claimaudit-bench …`")
        #endif

        let paths = try Corpus.paths(under: options.corpus)
        // First, while this process is small: a child's peak RSS counts the
        // parent's peak at the time it was started (Linux folds the old
        // address space's high-water mark in at exec).
        try memory(paths)

        // Setup: rule loading and compilation happen once per process.
        var setup = Timing()
        let auditor = try Timing.measure(&setup) { try Auditor(ruleSet: try RuleLoader.loadDefaults()) }
        print(String(format: "setup      rules loaded and compiled in %.3f s cpu (%.3f s wall)", setup.cpu, setup.wall))

        var reading = Timing()
        let corpus = try Timing.measure(&reading) { try Corpus.read(paths) }
        guard !corpus.articles.isEmpty else { throw BenchError("no articles under \(options.corpus)") }
        let mb = Double(corpus.bytes) / 1e6
        print(String(format: "corpus     %d articles, %.2f MB, read in %.3f s cpu (%.3f s wall)",
                     corpus.articles.count, mb, reading.cpu, reading.wall))
        print("           peak RSS of the benchmark so far \(Self.megabytes(Clock.peakRSS()))")
        print("")

        try stages(auditor, corpus)
        let report = try auditToJSON(auditor, corpus)
        if options.writers { try writers(report, corpus) }
        try threads(auditor, corpus)
        try lint()
        try scaling(auditor, corpus)
        print("")
        print("peak RSS   \(Self.megabytes(Clock.peakRSS())) of this benchmark process (corpus, reports and "
            + "whole-corpus renders held for the timing figures; claimaudit's own memory is under \"memory\")")
    }

    // MARK: - Per-stage cost

    /// Load, then each `AuditStage` of `Auditor.audit`, timed apart on one
    /// thread (the auditor reports the end of each stage, so the pipeline
    /// timed is the real one).
    private func stages(_ auditor: Auditor, _ corpus: Corpus) throws {
        let names = ["load"] + AuditStage.allCases.map(\.rawValue)
        var best: [Timing] = []
        var staged: [DocumentReport] = []
        for _ in 0..<options.runs {
            var t = [Timing](repeating: Timing(), count: names.count)
            var reports: [DocumentReport] = []
            reports.reserveCapacity(corpus.articles.count)
            for article in corpus.articles {
                let document = try Timing.measure(&t[0]) { try Loader.load(article.source, format: article.format) }
                var wall = Clock.wall(), cpu = Clock.threadCPU()
                let report = auditor.audit(document, after: { stage in
                    let w = Clock.wall(), c = Clock.threadCPU()
                    let i = 1 + AuditStage.allCases.firstIndex(of: stage)!
                    t[i].wall += w - wall
                    t[i].cpu += c - cpu
                    wall = w
                    cpu = c
                })
                reports.append(report)
            }
            if best.isEmpty || total(t) < total(best) { best = t }
            staged = reports
        }
        let mb = Double(corpus.bytes) / 1e6
        let sum = total(best)
        print("stages     (one thread, best of \(options.runs); cpu s, share, MB/s by cpu)")
        for (name, t) in zip(names, best) {
            print(String(format: "  %@ %7.3f s  %5.1f%%  %8.1f MB/s   (wall %.3f s)",
                         Self.pad(name), t.cpu, 100 * t.cpu / sum, mb / t.cpu, t.wall))
        }
        let claims = staged.reduce(0) { $0 + $1.claims.count }
        print(String(format: "  %@ %7.3f s  100.0%%  %8.1f MB/s   %.0f articles/s, %.0f claims/s",
                     Self.pad("total"), sum, mb / sum, Double(corpus.articles.count) / sum, Double(claims) / sum))
        print("")
    }

    private func total(_ t: [Timing]) -> Double { t.reduce(0) { $0 + $1.cpu } }

    // MARK: - The target figure

    /// Load + audit every article, then render one JSON report, on one thread:
    /// what `claimaudit audit --format json` does after process start.
    private func auditToJSON(_ auditor: Auditor, _ corpus: Corpus) throws -> AuditReport {
        var best: Timing?
        var report = AuditReport(documents: [])
        var outputBytes = 0
        for _ in 0..<options.runs {
            var t = Timing()
            try Timing.measure(&t) {
                let docs = try corpus.articles.map { try auditor.audit($0.source, format: $0.format) }
                report = AuditReport(documents: docs)
                outputBytes = try JSONReporter().render(report).count
            }
            if best == nil || t.cpu < best!.cpu { best = t }
        }
        let t = best!
        let mb = Double(corpus.bytes) / 1e6
        print(String(format: "audit→json one thread: %.3f s cpu, %.1f MB/s, %.0f articles/s (wall %.3f s, %.1f MB/s); %.1f MB of JSON",
                     t.cpu, mb / t.cpu, Double(corpus.articles.count) / t.cpu, t.wall, mb / t.wall,
                     Double(outputBytes) / 1e6))
        print("")
        return report
    }

    // MARK: - Writers

    private func writers(_ report: AuditReport, _ corpus: Corpus) throws {
        let mb = Double(corpus.bytes) / 1e6
        print("writers    (whole-corpus report, best of \(options.runs); MB/s of input audited)")
        for id in Reporters.identifiers {
            guard let reporter = Reporters.make(id) else { continue }
            var best: Timing?
            var size = 0
            for _ in 0..<options.runs {
                var t = Timing()
                size = try Timing.measure(&t) { try reporter.render(report).count }
                if best == nil || t.cpu < best!.cpu { best = t }
            }
            let t = best!
            print(String(format: "  %@ %7.3f s cpu  %8.1f MB/s   output %6.1f MB   (wall %.3f s)",
                         Self.pad(id), t.cpu, mb / t.cpu, Double(size) / 1e6, t.wall))
        }
        print("           peak RSS of the benchmark so far \(Self.megabytes(Clock.peakRSS())) (whole-corpus renders in memory)")
        print("")
    }

    // MARK: - Memory

    /// Peak RSS of `claimaudit audit --format F` over the corpus (given k
    /// times over for each multiple), each format in its own process with
    /// standard output to /dev/null: the memory a user of the tool sees.
    private func memory(_ paths: [String]) throws {
        guard !options.memoryScale.isEmpty else { return }
        guard let binary = options.cli ?? LintRun.defaultBinary() else {
            print("memory     skipped: no claimaudit binary next to this one (build it, or pass --cli PATH)")
            print("")
            return
        }
        print("memory     (peak RSS of one `claimaudit audit --format F --fail-on never` process, or of one")
        print("           `claimaudit lint --no-config --jobs N --format F` over k folders of links; output to /dev/null;")
        print("           a floor of \(Self.megabytes(Clock.peakRSS())), this benchmark's peak when it starts them)")
        for k in options.memoryScale {
            for id in Reporters.identifiers {
                let r = try MemoryRun.audit(binary, format: id, paths: paths, copies: k)
                print(String(format: "  %4d× %5d files  %@ peak RSS %7.1f MB   %8.3f s cpu   (wall %.3f s)",
                             k, paths.count * k, id + String(repeating: " ", count: max(0, 13 - id.count)),
                             Double(r.peakRSS) / 1e6, r.cpu, r.wall))
            }
            // lint audits on several threads and writes in input order
            // through the same streams: two formats, each thread count.
            for id in ["json", "html"] {
                for jobs in options.threads {
                    let r = try MemoryRun.lint(binary, format: id, jobs: jobs, paths: paths, copies: k)
                    let label = "lint \(id) -j\(jobs)"
                    print(String(format: "  %4d× %5d files  %@ peak RSS %7.1f MB   %8.3f s cpu   (wall %.3f s)",
                                 k, paths.count * k, label + String(repeating: " ", count: max(0, 13 - label.count)),
                                 Double(r.peakRSS) / 1e6, r.cpu, r.wall))
                }
            }
        }
        print("")
    }

    // MARK: - Threads

    /// Audit → JSON per article on N threads taking articles from a shared
    /// counter. Process CPU time covers every thread; wall time shows the
    /// speed-up only when the machine is otherwise idle.
    private func threads(_ auditor: Auditor, _ corpus: Corpus) throws {
        let mb = Double(corpus.bytes) / 1e6
        print("threads    (audit + JSON per article; best of \(options.runs))")
        for n in options.threads {
            var best: Timing?
            for _ in 0..<options.runs {
                let w0 = Clock.wall(), c0 = Clock.processCPU()
                try Parallel.run(count: corpus.articles.count, threads: n) { i in
                    let article = corpus.articles[i]
                    let doc = try auditor.audit(article.source, format: article.format)
                    _ = try JSONReporter().render(AuditReport(documents: [doc]))
                }
                let t = Timing(wall: Clock.wall() - w0, cpu: Clock.processCPU() - c0)
                if best == nil || t.wall < best!.wall { best = t }
            }
            let t = best!
            print(String(format: "  %d thread%@ %7.3f s wall  %8.1f MB/s wall   %7.3f s cpu  %8.1f MB/s per cpu-second",
                         n, n == 1 ? " " : "s", t.wall, mb / t.wall, t.cpu, mb / t.cpu))
        }
        print("")
    }

    // MARK: - The lint command

    /// `claimaudit lint --jobs 1` and `--jobs 2` on the corpus folder, as
    /// processes (start-up, discovery and report included).
    private func lint() throws {
        guard let binary = options.cli ?? LintRun.defaultBinary() else {
            print("lint       skipped: no claimaudit binary next to this one (build it, or pass --cli PATH)")
            print("")
            return
        }
        let mb = Double(try Corpus.read(Corpus.paths(under: options.corpus)).bytes) / 1e6
        print("lint       (\(binary) lint --jobs N --format json; whole process; best of \(options.runs) by wall)")
        for jobs in options.threads {
            var best: Timing?
            for _ in 0..<options.runs {
                let t = try LintRun.time(binary, corpus: options.corpus, jobs: jobs)
                if best == nil || t.wall < best!.wall { best = t }
            }
            let t = best!
            print(String(format: "  --jobs %d %7.3f s wall  %8.1f MB/s wall   %7.3f s cpu  %8.1f MB/s per cpu-second",
                         jobs, t.wall, mb / t.wall, t.cpu, mb / t.cpu))
        }
        print("")
    }

    // MARK: - Scaling

    /// The corpus audited k times over, one article at a time (audit, render
    /// its JSON, drop it), so time should grow linearly and memory not at all.
    private func scaling(_ auditor: Auditor, _ corpus: Corpus) throws {
        let mb = Double(corpus.bytes) / 1e6
        print("scaling    (audit + JSON per article, streamed, one thread)")
        var base: Double?
        for k in options.scale {
            var t = Timing()
            try Timing.measure(&t) {
                for _ in 0..<k {
                    for article in corpus.articles {
                        let doc = try auditor.audit(article.source, format: article.format)
                        _ = try JSONReporter().render(AuditReport(documents: [doc]))
                    }
                }
            }
            let perMB = t.cpu / (mb * Double(k))
            if base == nil { base = perMB }
            // No RSS here: this process already holds the corpus and the
            // writers' whole-corpus renders; see "memory" for the tool's.
            print(String(format: "  %4d×  %8.1f MB  %8.3f s cpu  %8.1f MB/s  %.2f× the 1× cost per MB   (wall %.3f s)",
                         k, mb * Double(k), t.cpu, mb * Double(k) / t.cpu, perMB / base!, t.wall))
        }
    }

    static func pad(_ s: String) -> String {
        s.count >= 9 ? s : s + String(repeating: " ", count: 9 - s.count)
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}

/// A fixed number of threads sharing one work counter.
enum Parallel {
    final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        var error: (any Error)?
    }

    static func run(count: Int, threads: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
        let shared = Shared()
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                while true {
                    shared.lock.lock()
                    let i = shared.next
                    shared.next += 1
                    let failed = shared.error != nil
                    shared.lock.unlock()
                    if i >= count || failed { return }
                    do { try body(i) } catch {
                        shared.lock.lock(); shared.error = error; shared.lock.unlock()
                    }
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        if let error = shared.error { throw error }
    }
}
