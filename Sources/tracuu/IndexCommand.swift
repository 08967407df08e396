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
        var run = IndexRun(writer: writer, files: files, encoding: textEncoding,
                           lines: JSONLines(fields: fields))
        try run.indexAll()
        try writer.commit()
        writer.close()
        let statistics = try index.searcher().statistics()
        Output.writeError(run.summary(statistics: statistics, path: location.path) + "\n")
    }
}
