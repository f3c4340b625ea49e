import ArgumentParser
import ClaimAudit

/// The severity at or above which a finding makes the exit status 1.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    /// `--fail-on`'s help; `lint` adds where its default comes from.
    static func help(default source: String? = nil) -> ArgumentHelp {
        let values = allCases.map(\.rawValue)
        let list = values.dropLast().joined(separator: ", ") + " or " + values.last!
        let note = source.map { " (default: \($0))" } ?? ""
        return ArgumentHelp("Exit 1 when a finding at or above this severity exists: \(list)\(note).")
    }

    /// Throws exit status 1 when `worst` reaches this level.
    func check(worst: Severity?) throws {
        if let threshold = severity, let worst, worst >= threshold { throw ExitCode(1) }
    }
}

/// `--fail-on` with the default `error`, shared by `audit` and `report`
/// (`lint` declares its own: its default comes from the configuration).
struct FailOnOption: ParsableArguments {
    @Option(help: FailLevel.help())
    var failOn: FailLevel = .error
}

extension FailOnOption {
    /// Throws exit status 1 when `worst` reaches `--fail-on`.
    func check(worst: Severity?) throws { try failOn.check(worst: worst) }
}

/// The most severe finding seen so far, summed one document at a time by
/// the commands that stream (no report of the whole run is kept).
struct WorstSeverity {
    private(set) var value: Severity?

    mutating func add(_ document: DocumentReport) {
        if let worst = document.worstSeverity, value.map({ worst > $0 }) ?? true { value = worst }
    }
}
