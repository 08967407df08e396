import ArgumentParser
import Foundation
import TraCuu

/// `tracuu merge`: merges the index into one segment.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge all segments into one, leaving out deleted documents.",
        discussion: "For an index built once and searched many times: one segment is smaller "
            + "and answers faster.")

    @OptionGroup var location: IndexLocation

    func run() throws {
        let index = try SearchIndex.open(at: location.path)
        let before = try index.searcher().statistics()
        guard before.segments > 1 || before.deleted > 0 else {
            Output.writeError("Nothing to merge: \(counted(before.documents, "document")) in "
                              + "\(counted(before.segments, "segment")), none deleted.\n")
            return
        }
        let start = Date()
        let writer = try index.writer()
        try writer.mergeAll()
        try writer.close()
        let after = try index.searcher().statistics()
        let megabytes = { (statistics: IndexStatistics) in
            String(format: "%.1f MB", Double(statistics.bytes.values.reduce(0, +)) / 1e6)
        }
        Output.writeError("Merged \(counted(before.segments, "segment")) into \(after.segments) in "
                          + String(format: "%.1f s", Date().timeIntervalSince(start))
                          + ": \(counted(after.documents, "document")), \(megabytes(before)) → "
                          + "\(megabytes(after)).\n")
    }
}
