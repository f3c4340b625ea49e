import ArgumentParser
import ClaimAudit

/// `auto`, `always` or `never`: for `--color`, and for `lint --progress`.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--color`, shared by `audit` and `lint`.
struct ColorOption: ParsableArguments {
    @Option(help: "Colour terminal output: auto, always or never.")
    var color: ColorMode = .auto

    /// Whether to colour a report written to `output` (nil: standard
    /// output): `auto` colours only a terminal, never a file.
    func enabled(output: String?) -> Bool {
        color == .always || (color == .auto && output == nil && Console.stdoutIsTerminal)
    }
}
