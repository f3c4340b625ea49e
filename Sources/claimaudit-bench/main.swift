import ClaimAudit
import Foundation

// claimaudit-bench: throughput, per-stage cost, writer cost, threads,
// scaling and peak memory of claimaudit over a folder of articles.
// See `Options.usage` and the README's "Performance" section.

let options: Options
do {
    options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("claimaudit-bench: \(error)\n\n\(Options.usage)\n".utf8))
    exit(2)
}
if options.help {
    print(Options.usage)
    exit(0)
}

do {
    try Bench(options: options).run()
} catch {
    FileHandle.standardError.write(Data("claimaudit-bench: \(error)\n".utf8))
    exit(2)
}
