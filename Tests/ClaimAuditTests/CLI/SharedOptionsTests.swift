import Foundation
import Testing
@testable import ClaimAudit

/// The options `audit`, `report` and `lint` share are declared once
/// (`@OptionGroup` structs in `Sources/claimaudit`): each reads the same in
/// every command's help, is checked the same way, and does the same thing.
@Suite struct SharedOptionsTests {
    /// The help entry of `option` (its first line up to the next option) in
    /// `command --help`; nil when the command has no such option.
    static func helpEntry(_ command: String, _ option: String) throws -> String? {
        let r = try CLIRunner.run([command, "--help"])
        #expect(r.status == 0)
        var entry: [Substring] = []
        for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            let startsOption = line.hasPrefix("  -") && trimmed.hasPrefix("-")
            if !entry.isEmpty {
                if startsOption || line.isEmpty { break }
                entry.append(trimmed)
            } else if startsOption, trimmed.split(separator: " ").contains(where: { $0 == option || $0 == option + "," }) {
                entry.append(trimmed)
            }
        }
        // White space folded: the help's column padding depends on the name's length.
        return entry.isEmpty ? nil : entry.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    static let shared: [(option: String, commands: [String])] = [
        ("--input-format", ["audit", "report", "lint"]),
        ("--fail-on", ["audit", "report"]),
        ("--color", ["audit", "lint"]),
        ("--format", ["audit", "lint"]),
        ("--output", ["audit", "lint"]),
        ("--min-confidential-sources", ["audit", "report"]),
    ]

    @Test func sharedOptionsReadTheSameInEveryCommandsHelp() throws {
        for (option, commands) in Self.shared {
            let entries = try commands.map { try Self.helpEntry($0, option) }
            #expect(entries.allSatisfy { $0 != nil }, "\(option) missing from one of \(commands)")
            #expect(Set(entries).count == 1, "\(option): \(entries)")
        }
        // lint's --fail-on has its own default (the configuration's), in the same words otherwise.
        let lint = try #require(try Self.helpEntry("lint", "--fail-on"))
        #expect(lint.hasPrefix("--fail-on <fail-on> Exit 1 when a finding at or above this severity exists: error, warning, info or never (default: the config's fail-on, else error)."))
        let audit = try #require(try Self.helpEntry("audit", "--fail-on"))
        #expect(audit.contains("(values: error, warning, info, never; default: error)"))
    }

    @Test func sharedValidationRejectsTheSameValuesInEveryCommand() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("The mayor said the depot will close.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        func firstLine(_ arguments: [String]) throws -> (Int32, String) {
            let r = try CLIRunner.run(arguments, cwd: dir)
            return (r.status, String(r.stderr.prefix { $0 != "\n" }))
        }
        // `report` used to accept 0 (and then ask for no confidential source at all).
        for command in [["audit", "a.txt"], ["report", "a.txt", "-o", "out"]] {
            let (status, message) = try firstLine(command + ["--min-confidential-sources", "0"])
            #expect(status == 2)
            #expect(message == "Error: --min-confidential-sources must be at least 1.")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        for command in [["audit", "a.txt"], ["lint", "--no-config", "a.txt"]] {
            let (status, message) = try firstLine(command + ["--format", "yaml"])
            #expect(status == 2)
            #expect(message == "Error: Unknown format 'yaml'. Choose one of: \(Reporters.identifiers.joined(separator: ", ")).")
        }
        for command in [["audit", "a.txt"], ["report", "a.txt", "-o", "out"], ["lint", "--no-config", "a.txt"]] {
            let (status, message) = try firstLine(command + ["--input-format", "pdf"])
            #expect(status == 2)
            #expect(message.hasPrefix("Error: The value 'pdf' is invalid for '--input-format <input-format>'"), "\(message)")
        }
    }

    @Test func inputFormatOverridesTheExtensionInEveryCommand() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<p>Critics argue the plan will fail.</p>\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        for command in [["audit", "a.txt", "--format", "json"], ["lint", "--no-config", "a.txt", "--format", "json"]] {
            let plain = try CLIRunner.run(command, cwd: dir)
            let html = try CLIRunner.run(command + ["--input-format", "html"], cwd: dir)
            #expect(plain.stdout.contains("\"format\": \"text\""), "\(command)")
            #expect(html.stdout.contains("\"format\": \"html\""), "\(command)")
        }
        _ = try CLIRunner.run(["report", "a.txt", "-o", "plain"], cwd: dir)
        _ = try CLIRunner.run(["report", "a.txt", "-o", "html", "--input-format", "html"], cwd: dir)
        let plain = try String(contentsOf: dir.appendingPathComponent("plain/index.xml"), encoding: .utf8)
        let html = try String(contentsOf: dir.appendingPathComponent("html/index.xml"), encoding: .utf8)
        #expect(plain.contains("format=\"text\""))
        #expect(html.contains("format=\"html\""))
    }

    @Test func failOnDecidesTheExitStatusOfEveryCommand() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A weasel attribution: a warning, no error.
        try Data("Critics argue the plan will fail.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        let commands = [["audit", "a.txt"], ["report", "a.txt", "-o", "out"], ["lint", "--no-config", "a.txt"]]
        for command in commands {
            #expect(try CLIRunner.run(command + ["--fail-on", "warning"], cwd: dir).status == 1, "\(command)")
            #expect(try CLIRunner.run(command + ["--fail-on", "error"], cwd: dir).status == 0, "\(command)")
            #expect(try CLIRunner.run(command + ["--fail-on", "never"], cwd: dir).status == 0, "\(command)")
        }
        // Without the flag: error for audit and report, as for lint with no configuration.
        for command in commands {
            #expect(try CLIRunner.run(command, cwd: dir).status == 0, "\(command)")
        }
    }
}
