import ArgumentParser
import TraCuu

/// `tracuu check`: verifies every checksum and structure of an index.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every file's checksum and every posting; exit 1 on damage.")

    @OptionGroup var location: IndexLocation

    func run() throws {
        do {
            let searcher = try SearchIndex.open(at: location.path).searcher()
            try searcher.verify()
            let statistics = try searcher.statistics()
            Output.writeError("OK: \(counted(statistics.documents, "document")) in "
                              + "\(counted(statistics.segments, "segment")), every checksum "
                              + "and posting verified.\n")
        } catch let error as IndexError where error.code != .notFound {
            Output.writeError("DAMAGED: \(error.message)\n")
            throw ExitCode(1)
        }
    }
}
