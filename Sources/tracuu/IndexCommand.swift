import ArgumentParser
import Foundation
import TraCuu
import TraCuuText

/// `tracuu index`: adds files to an index, replacing documents with the same id.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index .txt/.md files (one document each) and .jsonl[.gz|.zst] files.",
        discussion: "Folders are read recursively. A text file's id is its path relative to "
            + "the folder named, its title its first line. A JSONL line holds one object "
            + "with id, title, body and optional date and source. Re-indexing a file "
            + "replaces its documents."
    )

    @OptionGroup var location: IndexLocation

    @Option(help: "Encoding of text files: \(TextEncoding.validNames). Default: auto.")
    var encoding: String?

    @OptionGroup var fields: DocumentFields

    @Option(help: "Memory for buffered documents before a segment is written, in MB.")
    var bufferMb = 256

    @Option(help: "Threads that analyse documents (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Commit after this many MiB of text, so that an interrupted "
                               + "run keeps what came before."))
    var commitEvery = 64

    @Argument(help: "Files or folders to index.")
    var paths: [String]

    func validate() throws {
        if let encoding { _ = try TextDecoder.encoding(named: encoding) }
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
    }

    func run() throws {
        try InputFile.requireOutside(index: location.path, paths)
        let files = try InputFile.expand(paths)
        let options = IndexOptions(bufferBytes: max(1, bufferMb) << 20, threads: max(1, threads))
        let index = try SearchIndex.open(at: location.path, creatingIfMissing: true,
                                         options: options)
        let writer = try index.writer()
        let textEncoding = try TextDecoder.encoding(named: encoding ?? "auto")
        let interruption = Interruption()
        defer { interruption.stop() }
        writer.cancellation = { interruption.isRequested }
        var run = IndexRun(writer: writer, files: files, encoding: textEncoding,
                           lines: JSONLines(fields: fields),
                           commitEvery: max(1, commitEvery) << 20, interruption: interruption)
        do {
            try run.indexAll()
        } catch {
            try? writer.rollback()
            writer.close()
            guard let mismatch = error as? FieldMismatch else { throw error }
            Output.writeError("tracuu: \(mismatch)\n" + kept(run, index))
            throw ExitCode(1)
        }
        if run.wasInterrupted {
            try writer.rollback()
            writer.close()
            Output.writeError("tracuu: interrupted. " + kept(run, index))
            throw ExitCode(130)
        }
        try writer.commit()
        writer.close()
        let statistics = try index.searcher().statistics()
        Output.writeError(run.summary(statistics: statistics, path: location.path) + "\n")
        if run.documents == 0 && run.skipped > 0 { throw ExitCode(1) }
    }

    /// What a run stopped early kept: the documents of its commits, and the index's total.
    private func kept(_ run: IndexRun, _ index: SearchIndex) -> String {
        let total = (try? index.searcher().documentCount).map(String.init) ?? "?"
        let kept = run.committedDocuments == 0 ? "Nothing from this run was kept"
            : "Kept the \(run.committedDocuments) documents committed before; nothing after "
                + "them was kept"
        return kept + ". Index \(location.path): \(total) documents.\n"
    }
}
