/// Command-line options of `claimaudit-bench` (hand-parsed: the harness
/// should not need more than the library).
struct Options {
    var corpus = ""
    /// Timed passes per measurement; the fastest (by CPU time) is reported.
    var runs = 3
    /// Thread counts for the parallel audit → JSON measurement.
    var threads = [1, 2]
    /// Corpus multiples for the scaling measurement (streamed, one article at a time).
    var scale: [Int] = [1, 10]
    var writers = true
    /// Corpus multiples for the per-format peak memory of `claimaudit audit`
    /// and of `claimaudit lint` (a child process per format and multiple);
    /// empty: skipped.
    var memoryScale: [Int] = [1]
    /// The `claimaudit` binary timed for `lint --jobs N` (default: the one
    /// built next to the benchmark).
    var cli: String?
    var help = false

    static let usage = """
    usage: claimaudit-bench CORPUS [--runs N] [--threads 1,2] [--scale 1,10,100] [--no-writers]
                            [--memory-scale 1,10] [--no-memory] [--cli PATH]

      CORPUS        a folder of articles (.txt, .md, .html; searched recursively) or one file
      --runs N      timed passes per measurement, fastest reported (default 3)
      --threads L   thread counts for parallel audit → JSON and for lint --jobs (default 1,2)
      --scale L     corpus multiples for the scaling test (default 1,10)
      --no-writers  skip the per-writer measurement
      --memory-scale L  corpus multiples for the peak memory of `claimaudit audit`
                    in each format and of `claimaudit lint` (json, html; each
                    --threads count), one child process each (default 1)
      --no-memory   skip the peak memory measurement
      --cli PATH    claimaudit binary for the lint and memory measurements
                    (default: next to this one)

    Figures: MB = 10^6 bytes of input; "cpu" is user+system CPU seconds of
    the measured thread(s), "wall" is elapsed time. On a shared machine
    compare cpu figures.
    """

    static func parse(_ args: [String]) throws -> Options {
        var o = Options()
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func list(_ s: String) throws -> [Int] {
            let values = s.split(separator: ",").compactMap { Int($0) }
            guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { throw BenchError("bad list '\(s)'") }
            return values
        }
        while i < args.count {
            switch args[i] {
            case "-h", "--help": o.help = true
            case "--runs":
                guard let n = Int(try value()), n > 0 else { throw BenchError("--runs needs a positive number") }
                o.runs = n
            case "--threads": o.threads = try list(try value())
            case "--scale": o.scale = try list(try value())
            case "--no-writers": o.writers = false
            case "--memory-scale": o.memoryScale = try list(try value())
            case "--no-memory": o.memoryScale = []
            case "--cli": o.cli = try value()
            case let a where a.hasPrefix("-"): throw BenchError("unknown option \(a)")
            case let a:
                guard o.corpus.isEmpty else { throw BenchError("give one corpus folder") }
                o.corpus = a
            }
            i += 1
        }
        if o.corpus.isEmpty && !o.help { throw BenchError("give a corpus folder") }
        return o
    }
}
