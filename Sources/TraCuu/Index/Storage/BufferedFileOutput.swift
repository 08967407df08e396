#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file being written by `FileDirectory`: bytes gather in a 64 KiB buffer and go to the
/// file with `write(2)` when it fills; `finish()` writes the rest, fsyncs and closes.
///
/// Not thread-safe: one writer uses one output. A failed call throws `IndexError.io` naming
/// the file and the `strerror` text; every later `write` or `finish()` throws the same error,
/// so a file with a gap is never reported as written. The descriptor closes on `finish()` or
/// at deinit; an abandoned file stays on disk until the index deletes it as garbage.
final class BufferedFileOutput: FileOutput {
    /// The buffer size: writes go to the kernel in chunks of this many bytes.
    static let capacity = 64 * 1024

    private let path: String
    private let file: String
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private var buffered = 0
    private var isFinished = false
    private var failure: IndexError?
    private(set) var count = 0

    /// Creates (or truncates) the file at `path`, named `file` in its directory.
    init(path: String, file: String) throws {
        self.path = path
        self.file = file
        descriptor = try SystemCall.openFile(path, O_WRONLY | O_CREAT | O_TRUNC,
                                             operation: "create", file: file)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 16)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    /// Appends bytes; they reach the file when the buffer fills or at `finish()`.
    /// Precondition: `finish()` was not called.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!isFinished, "write(_:) on \(file) after finish()")
        if let failure { throw failure }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if buffered + bytes.count > Self.capacity {
            try flush()
        }
        if bytes.count >= Self.capacity {
            try writeToFile(bytes)
        } else {
            (buffer + buffered).copyMemory(from: base, byteCount: bytes.count)
            buffered += bytes.count
        }
        count += bytes.count
    }

    /// Writes the buffered bytes, fsyncs and closes; after it returns the bytes are durable.
    /// Precondition: not called before.
    func finish() throws {
        precondition(!isFinished, "finish() on \(file) called twice")
        isFinished = true
        defer {
            close(descriptor)
            descriptor = -1
        }
        if let failure { throw failure }
        try flush()
        guard SystemCall.retrying({ fsync(descriptor) }) == 0 else {
            throw fail(SystemCall.error("fsync", path: path, file: file, errno: errno))
        }
    }

    private func flush() throws {
        guard buffered > 0 else { return }
        let pending = UnsafeRawBufferPointer(start: buffer, count: buffered)
        buffered = 0
        try writeToFile(pending)
    }

    private func writeToFile(_ bytes: UnsafeRawBufferPointer) throws {
        let code = SystemCall.writeAll(descriptor, bytes)
        guard code == 0 else {
            throw fail(SystemCall.error("write", path: path, file: file, errno: code))
        }
    }

    /// Remembers the first failure, so that later calls report it too.
    private func fail(_ error: IndexError) -> IndexError {
        failure = error
        return error
    }
}
