import Foundation
import TraCuu
import TraCuuText

/// One `tracuu index` run: reads every input file, adds its documents, commits every
/// `commitEvery` bytes of text, stops early on Ctrl-C, reports bad lines (the first few) and
/// keeps the counts for the summary.
struct IndexRun {
    let writer: IndexWriter
    let files: [InputFile]
    let encoding: TextEncoding
    let lines: JSONLines
    /// Bytes of text added between two commits.
    let commitEvery: Int
    let interruption: Interruption?
    private(set) var documents = 0
    private(set) var skipped = 0
    /// Documents indexed without the date their line gave, which could not be read.
    private(set) var undated = 0
    private(set) var textBytes = 0
    /// Documents added up to the last commit of this run.
    private(set) var committedDocuments = 0
    /// Whether Ctrl-C stopped the run before the end of its input.
    private(set) var wasInterrupted = false
    /// Whether `addedIDs` is kept (it costs memory per document).
    let keepsIDs: Bool
    /// The ids of the documents added when `keepsIDs`, for `--prune`.
    private(set) var addedIDs: Set<String> = []
    private var uncommittedBytes = 0
    private var messages = MessageLimit()
    private let progress: Progress

    init(writer: IndexWriter, files: [InputFile], encoding: TextEncoding, lines: JSONLines,
         commitEvery: Int = .max, interruption: Interruption? = nil, keepsIDs: Bool = false) {
        self.writer = writer
        self.files = files
        self.encoding = encoding
        self.lines = lines
        self.commitEvery = commitEvery
        self.interruption = interruption
        self.keepsIDs = keepsIDs
        progress = Progress(totalBytes: files.reduce(0) { $0 + $1.size })
    }

    /// Adds every document of the input, or stops at the first item after Ctrl-C. The last
    /// documents are left uncommitted: the caller commits or rolls back.
    mutating func indexAll() throws {
        defer { progress.finish() }
        defer { messages.finish() }
        let input = DecodedInput(files, encoding: encoding, lines: lines)
        defer { input.cancel() }
        let interruption = interruption
        let isStopped = { interruption?.isRequested == true }
        while let chunk = try input.next(stoppingWhen: isStopped) {
            for item in chunk {
                if isStopped() {
                    wasInterrupted = true
                    return
                }
                do {
                    try handle(item.content)
                } catch IndexError.Code.cancelled {
                    wasInterrupted = true
                    return
                }
                progress.update(documents: documents, bytes: item.bytesRead)
            }
        }
        wasInterrupted = isStopped()
    }

    private mutating func handle(_ content: DecodedInput.Item.Content) throws {
        switch content {
        case .document(let document, let byteCount):
            try add(document, byteCount: byteCount)
        case .skipped(let file, let line, let reason):
            skipped += 1
            messages.write("tracuu: \(file):\(line): skipped: \(reason)\n")
        case .skippedFile(let file, let reason):
            skipped += 1
            messages.write("tracuu: \(file): skipped: \(reason)\n")
        case .undated(let file, let line, let reason):
            undated += 1
            messages.write("tracuu: \(file):\(line): \(reason)\n")
        case .replaced(let file, let line, let count):
            let place = line.map { "\(file):\($0)" } ?? file
            messages.write("tracuu: \(place): replaced "
                           + counted(count, "invalid byte sequence") + " with U+FFFD\n")
        }
    }

    private mutating func add(_ document: Document, byteCount: Int) throws {
        try writer.add(document)
        if keepsIDs { addedIDs.insert(document.id) }
        documents += 1
        textBytes += byteCount
        uncommittedBytes += byteCount
        if uncommittedBytes >= commitEvery {
            try writer.commit()
            committedDocuments = documents
            uncommittedBytes = 0
        }
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
