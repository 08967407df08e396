import Foundation
import TraCuu

/// Reads a file line by line, decompressing `.gz` and `.zst` on the fly, so memory stays
/// flat for any file size. Reports how many input bytes it has consumed, for progress.
final class LineReader {
    private let handle: FileHandle
    private let decompressor: (any StreamDecompressor)?
    private var pending: [UInt8] = []
    private var cursor = 0
    private var isAtEnd = false
    /// Compressed (on-disk) bytes read so far.
    private(set) var bytesRead = 0

    init(path: String) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        if path.hasSuffix(".zst") {
            decompressor = ZstdStreamDecoder()
        } else if path.hasSuffix(".gz") {
            decompressor = try GzipStreamDecoder()
        } else {
            decompressor = nil
        }
    }

    deinit { try? handle.close() }

    /// The next line without its newline (a trailing `\r` dropped), or nil at the end.
    func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = pending[cursor...].firstIndex(of: 0x0A) {
                var end = newline
                if end > cursor, pending[end - 1] == 0x0D { end -= 1 }
                let line = Array(pending[cursor..<end])
                cursor = newline + 1
                return line
            }
            if isAtEnd {
                guard cursor < pending.count else { return nil }
                defer { cursor = pending.count }
                return Array(pending[cursor...])
            }
            pending.removeSubrange(0..<cursor)
            cursor = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            bytesRead += chunk.count
            if chunk.isEmpty {
                isAtEnd = true
                if let decompressor { pending.append(contentsOf: try decompressor.finish()) }
            } else if let decompressor {
                pending.append(contentsOf: try decompressor.decompress([UInt8](chunk)))
            } else {
                pending.append(contentsOf: chunk)
            }
        }
    }
}

/// A streaming decompressor for `.zst` and `.gz` input.
protocol StreamDecompressor: AnyObject {
    /// Decompresses the next chunk of input; returns what it yields.
    func decompress(_ input: [UInt8]) throws -> [UInt8]
    /// Checks that the stream ended cleanly; returns any last output.
    func finish() throws -> [UInt8]
}

/// A command line that cannot run as written (a file of a kind `tracuu` does not read),
/// said in a sentence; `tracuu` exits with status 2 for it.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
