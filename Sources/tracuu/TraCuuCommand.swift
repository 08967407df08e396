import ArgumentParser
import TraCuu
import Foundation

/// `tracuu`: Vietnamese-first full-text search from the command line.
@main
struct TraCuuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracuu",
        abstract: "Vietnamese-first full-text search.",
        subcommands: [SearchCommand.self, IndexCommand.self, DeleteCommand.self,
                      MergeCommand.self, StatsCommand.self, CheckCommand.self, EvalCommand.self,
                      NormalizeCommand.self, TokensCommand.self]
    )

    /// Runs the command; usage errors (an unknown option, level or encoding) exit with 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Output.writeError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            if let error = error as? IndexError {
                Output.writeError("tracuu: \(error.message)\n")
                Foundation.exit(1)
            }
            if let error = error as? ValidationErrorMessage {
                Output.writeError("tracuu: \(error.description)\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
