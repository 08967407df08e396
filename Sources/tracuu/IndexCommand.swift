import ArgumentParser
import Foundation
import TraCuu
import TraCuuText

/// `tracuu index`: adds files to an index, replacing documents with the same id.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index .txt/.md files (one document each) and .jsonl[.gz|.zst] files.",
        discussion: "Folders are read recursively, linked folders once; files of other "
            + "kinds are counted. A text file's id is its path (links, . and .. resolved) "
            + "relative to the current folder when inside it, else absolute: txtdocs and "
            + "./txtdocs/a/x.txt give txtdocs/a/x.txt. Its title is its first line, or for a "
            + "one-line file its first sentence (at most 200 characters); files with NUL "
            + "bytes are skipped. A JSONL line holds one object with id, title, body and "
            + "optional date and source. Invalid UTF-8 is replaced with U+FFFD and counted. "
            + "Re-indexing a file replaces its documents; --prune deletes the documents of "
            + "the paths named that the run did not add. The run commits every "
            + "--commit-every MiB; Ctrl-C keeps what was committed and exits 130. Exit 1 "
            + "when a JSONL file's first objects lack the id or body field, or when every "
            + "document was skipped."
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

    @Flag(help: ArgumentHelp("Delete the documents read before from the folders and files "
                             + "named that this run did not add: files gone, lines gone from "
                             + "a JSONL file, files now skipped."))
    var prune = false

    @Argument(help: "Files or folders to index.")
    var paths: [String]

    func validate() throws {
        if let encoding { _ = try TextDecoder.encoding(named: encoding) }
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
    }

    func run() throws {
        try InputFile.requireOutside(index: location.path, paths)
        let selection = try InputSelection(paths,
                                           excluding: CanonicalPath.resolved(location.path))
        let options = IndexOptions(bufferBytes: max(1, bufferMb) << 20, threads: max(1, threads))
        let index = try SearchIndex.open(at: location.path, creatingIfMissing: true,
                                         options: options)
        let writer = try index.writer()
        let textEncoding = try TextDecoder.encoding(named: encoding ?? "auto")
        let interruption = Interruption()
        defer { interruption.stop() }
        writer.cancellation = { interruption.isRequested }
        writer.onMergeFailure = { failure in
            Output.writeError("tracuu: a merge failed, the segments stay as they are (the "
                              + "documents are committed; a later run merges them): "
                              + "\(failure.message)\n")
        }
        var run = IndexRun(writer: writer, files: selection.files, encoding: textEncoding,
                           lines: JSONLines(fields: fields),
                           commitEvery: max(1, commitEvery) << 20, interruption: interruption,
                           keepsIDs: prune)
        var pruned = 0
        do {
            try run.indexAll()
            if !run.wasInterrupted {
                if prune {
                    pruned = try Self.prune(writer, index, roots: selection.roots,
                                            keeping: run.addedIDs)
                }
                try writer.commit()
            }
        } catch IndexError.Code.cancelled {
            // Ctrl-C during the pruning or the last commit: stop as during the input.
            try stopInterrupted(writer, run, index)
        } catch {
            try? writer.rollback()
            try? writer.close()
            guard let mismatch = error as? FieldMismatch else { throw error }
            Output.writeError("tracuu: \(mismatch)\n" + kept(run, index))
            throw ExitCode(1)
        }
        if run.wasInterrupted { try stopInterrupted(writer, run, index) }
        try writer.close()
        let statistics = try index.searcher().statistics()
        let skippedFiles = selection.skippedNote.map { " " + $0 } ?? ""
        let prunedNote = prune ? " Pruned \(pruned) document(s) no longer in the input." : ""
        Output.writeError(run.summary(statistics: statistics, path: location.path)
                          + skippedFiles + prunedNote + "\n")
        if run.documents == 0 && run.skipped > 0 { throw ExitCode(1) }
    }

    /// Deletes the documents stored from a file at or under `roots` whose id is not in
    /// `keeping`; returns how many.
    private static func prune(_ writer: IndexWriter, _ index: SearchIndex, roots: [String],
                              keeping: Set<String>) throws -> Int {
        var deleted = 0
        for (id, path) in try index.searcher().documentPaths() where !keeping.contains(id)
            && roots.contains(where: { CanonicalPath.isUnder(path, root: $0) }) {
            if try writer.delete(id: id) { deleted += 1 }
        }
        return deleted
    }

    /// Drops what was not committed, says what was kept, and exits 130 (128 + SIGINT).
    private func stopInterrupted(_ writer: IndexWriter, _ run: IndexRun, _ index: SearchIndex)
        throws -> Never
    {
        try writer.rollback()
        try writer.close()
        Output.writeError("tracuu: interrupted. " + kept(run, index))
        throw ExitCode(130)
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
