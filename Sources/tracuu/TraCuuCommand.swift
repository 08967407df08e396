import ArgumentParser
import TraCuu
import Foundation

/// `tracuu`: Vietnamese-first full-text search from the command line.
@main
struct TraCuuCommand: ParsableCommand {
    /// This release of `tracuu`; `--version` prints it with the index format it writes.
    static let release = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tracuu",
        abstract: "Vietnamese-first full-text search.",
        discussion: """
            Exit status: 0 on success; 2 for bad usage (an unknown option, a bad value) or a \
            malformed query; 1 when the work failed: an input that cannot be read or is \
            damaged, a damaged or locked index, an unknown document id.
            """,
        version: "tracuu \(release) (index format \(FileEnvelope.formatVersion))",
        subcommands: [SearchCommand.self, IndexCommand.self, ShowCommand.self,
                      DeleteCommand.self, MergeCommand.self, StatsCommand.self,
                      CheckCommand.self, EvalCommand.self, NormalizeCommand.self,
                      TokensCommand.self]
    )

    /// Runs the command. Usage errors (an unknown option, level or encoding) and malformed
    /// queries exit with 2, failed work with 1, each with one sentence on stderr.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                fail(fullMessage(for: error), status: 2)
            }
            switch error {
            case let error as ValidationErrorMessage: fail(error.description, status: 2)
            case let error as QueryError: fail(error.description, status: 2)
            case is ExitCode: exit(withError: error)
            case _ where code == .success: exit(withError: error)  // --help, --version
            default: fail(OperationFailure.reason(error), status: 1)
            }
        }
    }

    /// Writes `tracuu: message` to stderr and exits with `status`.
    private static func fail(_ message: String, status: Int32) -> Never {
        let prefix = message.hasPrefix("Error:") || message.hasPrefix("Usage:") ? "" : "tracuu: "
        Output.writeError(prefix + message + "\n")
        Foundation.exit(status)
    }
}
