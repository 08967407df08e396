import ArgumentParser
import Foundation
import TraCuu

/// `tracuu check`: verifies every checksum and structure of an index.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every file's checksum and every posting; exit 1 on damage. "
            + "Also names index files that no commit references.")

    @OptionGroup var location: IndexLocation

    func run() throws {
        do {
            let index = try SearchIndex.open(at: location.path)
            let searcher = try index.searcher()
            try searcher.verify()
            let statistics = try searcher.statistics()
            Output.writeError("OK: \(counted(statistics.documents, "document")) in "
                              + "\(counted(statistics.segments, "segment")), every checksum "
                              + "and posting verified.\n")
            try reportLeftovers(index.unreferencedFiles())
        } catch let error as IndexError where error.code != .notFound {
            Output.writeError("DAMAGED: \(error.message)\n")
            throw ExitCode(1)
        }
    }

    /// Names the index files no commit references (left by a killed or running writer):
    /// they take room but do no harm, so they do not make the check fail.
    private func reportLeftovers(_ files: [String]) {
        guard !files.isEmpty else { return }
        let folder = URL(fileURLWithPath: location.path)
        let bytes = files.reduce(0) { total, name in
            let path = folder.appendingPathComponent(name).path
            let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            return total + (size ?? 0)
        }
        let shown = files.prefix(5).joined(separator: ", ")
            + (files.count > 5 ? " and \(files.count - 5) more" : "")
        Output.writeError(String(format: "Unreferenced: %d file(s), %.1f MB, that no commit "
                                 + "references (%@): left by a writer that was killed or is "
                                 + "running; the next tracuu index removes them.\n",
                                 files.count, Double(bytes) / 1_000_000, shown))
    }
}
