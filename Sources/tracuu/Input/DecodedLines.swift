import Foundation
import Synchronization
import TraCuu

/// A JSONL file's documents, read, decompressed and parsed on a thread of their own a few
/// thousand lines ahead of the caller, so that decoding overlaps indexing instead of
/// leaving the indexing threads waiting (on the news corpus, decoding is about a seventh of
/// the work of indexing).
///
/// Lines come in order, in chunks; an error of the file itself (it cannot be opened, its
/// compressed stream is damaged) comes after the lines read before it. Call `cancel()` when
/// stopping early, so that the reading thread ends.
final class DecodedLines: Sendable {
    /// One line that is not blank.
    struct Line: Sendable {
        let number: Int
        /// The line's document, or why it is skipped.
        let document: Result<Document, LineError>
        /// The line's length in bytes.
        let byteCount: Int
        /// The file's bytes read up to this line, for progress.
        let bytesRead: Int
    }

    private struct State {
        var chunks: [[Line]] = []
        var failure: (any Error)?
        var isCancelled = false
    }

    private let state = Mutex(State())
    /// Signalled once per chunk added, and when the reading ends.
    private let available = DispatchSemaphore(value: 0)
    /// Counts the chunks the reader may still add before it waits.
    private let room: DispatchSemaphore

    /// Starts reading `path`. At most `chunksAhead` chunks of `chunkLines` lines wait.
    init(path: String, lines: JSONLines, chunkLines: Int = 1024, chunksAhead: Int = 4) {
        room = DispatchSemaphore(value: chunksAhead)
        let thread = Thread { [self] in read(path, lines, chunkLines: chunkLines) }
        thread.name = "tracuu-decode"
        thread.start()
    }

    /// The next chunk of lines, or nil after the last; throws the file's error after the
    /// lines read before it.
    func next() throws -> [Line]? {
        available.wait()
        let (chunk, failure): ([Line]?, (any Error)?) = state.withLock { state in
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

    private func read(_ path: String, _ lines: JSONLines, chunkLines: Int) {
        do {
            let reader = try LineReader(path: path)
            var number = 0
            var chunk: [Line] = []
            chunk.reserveCapacity(chunkLines)
            while let line = try reader.nextLine() {
                number += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                chunk.append(Line(number: number, document: lines.document(from: line),
                                  byteCount: line.count, bytesRead: reader.bytesRead))
                if chunk.count == chunkLines {
                    guard add(chunk) else { return }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { guard add(chunk) else { return } }
            finish(nil)
        } catch {
            finish(error)
        }
    }

    /// Adds a chunk once there is room; false when cancelled.
    private func add(_ chunk: [Line]) -> Bool {
        room.wait()
        let isCancelled = state.withLock { state in
            if !state.isCancelled { state.chunks.append(chunk) }
            return state.isCancelled
        }
        if !isCancelled { available.signal() }
        return !isCancelled
    }

    private func finish(_ failure: (any Error)?) {
        state.withLock { $0.failure = failure }
        available.signal()
    }
}
