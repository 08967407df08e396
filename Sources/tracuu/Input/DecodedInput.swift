import Foundation
import Synchronization
import TraCuu
import TraCuuText

/// The documents of `tracuu index`'s input files, read, decompressed, decoded and parsed on a
/// thread of their own a few thousand documents ahead of the caller, so that this work
/// overlaps indexing instead of leaving the indexing threads waiting (on the news corpus it
/// is about a seventh of the work of indexing).
///
/// Items come in the files' order, in chunks; an error of a file itself (it cannot be read,
/// its compressed stream is damaged) comes after the items read before it, as an
/// `OperationFailure` naming the file, and ends the input. Call `cancel()` when stopping
/// early, so that the reading thread ends.
final class DecodedInput: Sendable {
    /// A document, or what to tell the user, and the input read so far.
    struct Item: Sendable {
        enum Content: Sendable {
            /// A document, and the bytes of input it came from.
            case document(Document, byteCount: Int)
            /// A JSONL line that is skipped, and why.
            case skipped(file: String, line: Int, reason: String)
            /// A JSONL line whose date could not be read, and why; its document comes next.
            case undated(file: String, line: Int, reason: String)
            /// A text file that is skipped, and why.
            case skippedFile(file: String, reason: String)
            /// A text file, or a JSONL file's line, decoded with this many byte sequences
            /// replaced by U+FFFD.
            case replaced(file: String, line: Int?, count: Int)
        }

        let content: Content
        /// Input bytes read so far (compressed bytes for `.gz` and `.zst`), for progress.
        let bytesRead: Int
    }

    private struct State {
        var chunks: [[Item]] = []
        var failure: (any Error)?
        var isCancelled = false
    }

    private let state = Mutex(State())
    /// Signalled once per chunk added, and when the reading ends.
    private let available = DispatchSemaphore(value: 0)
    /// Counts the chunks the reader may still add before it waits.
    private let room: DispatchSemaphore

    /// Starts reading `files`: text files decoded from `encoding`, JSONL lines through
    /// `lines`. At most `chunksAhead` chunks of `chunkSize` items wait.
    init(_ files: [InputFile], encoding: TextEncoding, lines: JSONLines,
         chunkSize: Int = 1024, chunksAhead: Int = 4) {
        // Counted up from zero: libdispatch traps when a semaphore is freed holding less
        // than its initial value, as `room` does when the caller stops early.
        room = DispatchSemaphore(value: 0)
        for _ in 0..<max(1, chunksAhead) { room.signal() }
        let thread = Thread { [self] in
            var reader = Reader(output: self, chunkSize: chunkSize)
            do {
                try reader.read(files, encoding: encoding, lines: lines)
                finish(nil)
            } catch is CancellationError {
                return
            } catch {
                finish(error)
            }
        }
        thread.name = "tracuu-decode"
        thread.start()
    }

    /// The next chunk of items, or nil after the last; throws a file's error after the items
    /// read before it. While waiting, asks `isStopped` every 50 ms and returns nil when it
    /// says so (a large file being decoded does not delay Ctrl-C).
    func next(stoppingWhen isStopped: () -> Bool = { false }) throws -> [Item]? {
        while available.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if isStopped() { return nil }
        }
        let (chunk, failure): ([Item]?, (any Error)?) = state.withLock { state in
            if !state.chunks.isEmpty { return (state.chunks.removeFirst(), nil) }
            return (nil, state.failure)
        }
        guard let chunk else {
            available.signal()  // The end stays readable: a later call returns at once.
            if let failure { throw failure }
            return nil
        }
        room.signal()
        return chunk
    }

    /// Stops the reading thread at its next chunk.
    func cancel() {
        state.withLock { $0.isCancelled = true }
        room.signal()
    }

    /// Adds a chunk once there is room; throws `CancellationError` when cancelled.
    fileprivate func add(_ chunk: [Item]) throws {
        room.wait()
        let isCancelled = state.withLock { state in
            if !state.isCancelled { state.chunks.append(chunk) }
            return state.isCancelled
        }
        if isCancelled { throw CancellationError() }
        available.signal()
    }

    private func finish(_ failure: (any Error)?) {
        state.withLock { $0.failure = failure }
        available.signal()
    }
}

/// The reading thread's side: turns files into items and hands them over a chunk at a time.
private struct Reader {
    let output: DecodedInput
    let chunkSize: Int
    private var chunk: [DecodedInput.Item] = []
    /// Bytes of the files finished.
    private var finishedBytes = 0

    init(output: DecodedInput, chunkSize: Int) {
        self.output = output
        self.chunkSize = chunkSize
        chunk.reserveCapacity(chunkSize)
    }

    mutating func read(_ files: [InputFile], encoding: TextEncoding, lines: JSONLines) throws {
        for file in files {
            do {
                switch file.kind {
                case .text: try readText(file, encoding: encoding)
                case .jsonLines: try readLines(file, lines: lines)
                }
            } catch let error as CancellationError {
                throw error
            } catch let error as FieldMismatch {
                throw error
            } catch {
                throw OperationFailure.reading(file.path, error)
            }
            finishedBytes += file.size
        }
        if !chunk.isEmpty { try output.add(chunk) }
    }

    /// A text file is one document (`TextFileDocument`); one holding NUL bytes, most likely
    /// not text, is skipped.
    private mutating func readText(_ file: InputFile, encoding: TextEncoding) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        let decoded = TextDecoder.decode(bytes, as: encoding)
        let bytesRead = finishedBytes + file.size
        if decoded.text.utf8.contains(0) {
            try add(.skippedFile(file: file.path, reason: "it holds NUL bytes (not a text "
                                 + "file?)"), bytesRead)
            return
        }
        if decoded.replacementCount > 0 {
            try add(.replaced(file: file.path, line: nil, count: decoded.replacementCount),
                    bytesRead)
        }
        let document = TextFileDocument.document(id: file.id, text: decoded.text,
                                                 path: file.path)
        try add(.document(document, byteCount: bytes.count), bytesRead)
    }

    /// A JSONL file has a document a line; blank lines are passed over, bad ones reported,
    /// invalid UTF-8 replaced and reported. Throws `FieldMismatch` when the file's first
    /// objects all lack the id or body field.
    private mutating func readLines(_ file: InputFile, lines: JSONLines) throws {
        let reader = try LineReader(path: file.path)
        var number = 0
        var check = FieldCheck()
        while let raw = try reader.nextLine() {
            number += 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let bytesRead = finishedBytes + reader.bytesRead
            let (line, replacements) = UTF8Repair.repaired(raw)
            if replacements > 0 {
                try add(.replaced(file: file.path, line: number, count: replacements),
                        bytesRead)
            }
            switch lines.document(from: line) {
            case .success(let (parsed, badDate)):
                check.found()
                var document = parsed
                if let badDate {
                    try add(.undated(file: file.path, line: number, reason: badDate.message),
                            bytesRead)
                }
                if document.path == nil { document.path = file.path }
                try add(.document(document, byteCount: line.count), bytesRead)
            case .failure(let error):
                try check.missing(error, in: file.path)
                try add(.skipped(file: file.path, line: number, reason: error.message), bytesRead)
            }
        }
    }

    private mutating func add(_ content: DecodedInput.Item.Content, _ bytesRead: Int) throws {
        chunk.append(DecodedInput.Item(content: content, bytesRead: bytesRead))
        if chunk.count == chunkSize {
            try output.add(chunk)
            chunk.removeAll(keepingCapacity: true)
        }
    }
}
