import ArgumentParser
import ClaimAudit

extension InputFormat: ExpressibleByArgument {}

/// `--input-format`, shared by `audit`, `report` and `lint`.
struct InputFormatOption: ParsableArguments {
    @Option(help: "Read every input as this format instead of guessing from the extension.")
    var inputFormat: InputFormat?

    /// The format `path` is read as: the flag, else its extension, else text.
    func format(of path: String) -> InputFormat {
        inputFormat ?? InputFormat.fromExtension(of: path) ?? .text
    }
}
