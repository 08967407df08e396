import Foundation
import TraCuu
import TraCuuText

/// One `tracuu index` run: reads every input file, adds its documents, reports bad lines
/// and keeps the counts for the summary.
struct IndexRun {
    let writer: IndexWriter
    let files: [InputFile]
    let encoding: TextEncoding
    let lines: JSONLines
    private(set) var documents = 0
    private(set) var skipped = 0
    /// Documents indexed without the date their line gave, which could not be read.
    private(set) var undated = 0
    private(set) var textBytes = 0
    private let progress: Progress

    init(writer: IndexWriter, files: [InputFile], encoding: TextEncoding, lines: JSONLines) {
        self.writer = writer
        self.files = files
        self.encoding = encoding
        self.lines = lines
        progress = Progress(totalBytes: files.reduce(0) { $0 + $1.size })
    }

    mutating func indexAll() throws {
        defer { progress.finish() }
        let input = DecodedInput(files, encoding: encoding, lines: lines)
        defer { input.cancel() }
        while let chunk = try input.next() {
            for item in chunk {
                switch item.content {
                case .document(let document, let byteCount):
                    try add(document)
                    textBytes += byteCount
                case .skipped(let file, let line, let reason):
                    skipped += 1
                    Output.writeError("tracuu: \(file):\(line): skipped: \(reason)\n")
                case .undated(let file, let line, let reason):
                    undated += 1
                    Output.writeError("tracuu: \(file):\(line): \(reason)\n")
                case .replaced(let file, let count):
                    Output.writeError("tracuu: \(file): replaced "
                                      + counted(count, "invalid byte sequence")
                                      + " with U+FFFD\n")
                }
                progress.update(documents: documents, bytes: item.bytesRead)
            }
        }
    }

    private mutating func add(_ document: Document) throws {
        try writer.add(document)
        documents += 1
    }

    /// The closing line: what was indexed, how fast, and what the index holds now.
    func summary(statistics: IndexStatistics, path: String) -> String {
        let seconds = max(progress.elapsed, 0.001)
        let megabytes = Double(textBytes) / 1_000_000
        return "Indexed \(counted(documents, "document")) "
            + String(format: "(%.1f MB) in %.1f s: %.0f docs/s, %.1f MB/s; %d skipped. ",
                     megabytes, seconds, Double(documents) / seconds, megabytes / seconds,
                     skipped)
            + "Index \(path): \(counted(statistics.documents, "document")) in "
            + "\(counted(statistics.segments, "segment"))."
            + (undated > 0 ? " \(counted(undated, "document")) kept without the date "
               + "that could not be read." : "")
    }
}
