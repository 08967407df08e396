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
    private(set) var textBytes = 0
    private var finishedBytes = 0
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
        for file in files {
            switch file.kind {
            case .text: try indexText(file)
            case .jsonLines: try indexLines(file)
            }
            finishedBytes += file.size
        }
    }

    private mutating func indexText(_ file: InputFile) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        let decoded = TextDecoder.decode(bytes, as: encoding)
        if decoded.replacementCount > 0 {
            Output.writeError("tracuu: \(file.path): replaced \(decoded.replacementCount) "
                              + "invalid byte sequence(s) with U+FFFD\n")
        }
        let text = decoded.text
        let firstLineEnd = text.firstIndex(of: "\n") ?? text.endIndex
        let title = text[..<firstLineEnd].trimmingCharacters(in: .whitespaces)
        let body = firstLineEnd < text.endIndex ? String(text[text.index(after: firstLineEnd)...])
            : ""
        try add(Document(id: file.id, title: title, body: body, path: file.path))
        textBytes += bytes.count
        progress.update(documents: documents, bytes: finishedBytes + file.size)
    }

    private mutating func indexLines(_ file: InputFile) throws {
        let decoded = DecodedLines(path: file.path, lines: lines)
        defer { decoded.cancel() }
        while let chunk = try decoded.next() {
            for line in chunk {
                switch line.document {
                case .success(var document):
                    if document.path == nil { document.path = file.path }
                    try add(document)
                    textBytes += line.byteCount
                case .failure(let error):
                    skipped += 1
                    Output.writeError("tracuu: \(file.path):\(line.number): skipped: "
                                      + "\(error.message)\n")
                }
                progress.update(documents: documents, bytes: finishedBytes + line.bytesRead)
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
        return String(format: "Indexed %d documents (%.1f MB) in %.1f s: %.0f docs/s, "
                      + "%.1f MB/s; %d skipped. Index %@: %d documents in %d segment(s).",
                      documents, megabytes, seconds, Double(documents) / seconds,
                      megabytes / seconds, skipped, path, statistics.documents,
                      statistics.segments)
    }
}
