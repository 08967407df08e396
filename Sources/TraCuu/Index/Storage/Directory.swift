/// Where an index keeps its files. All index I/O goes through it (`FileDirectory` on disk,
/// `MemoryDirectory` in memory), so that tests can fail any write and check that the
/// previous commit still opens. Names are plain file names, no subfolders.
package protocol Directory: Sendable {
    /// The names of all files, in no particular order.
    func fileNames() throws -> [String]

    /// Every name in the folder: files, subfolders, links, hidden ones and the lock file.
    func entryNames() throws -> [String]

    /// Whether a file exists.
    func fileExists(_ name: String) -> Bool

    /// The whole file, read-only. `FileDirectory` maps it (mmap); the bytes stay valid as
    /// long as the returned object lives, even if the file is deleted meanwhile.
    func read(_ name: String) throws -> FileBytes

    /// A new file to write (replacing any file of that name). Nothing is durable until
    /// `FileOutput.finish()` returned.
    func createOutput(_ name: String) throws -> any FileOutput

    /// Atomically replaces `destination` with `source` (rename(2)).
    func rename(_ source: String, to destination: String) throws

    /// Makes renames and deletions durable (fsync of the directory).
    func syncDirectory() throws

    /// Deletes a file; no error when it does not exist.
    func delete(_ name: String) throws

    /// Takes the exclusive writer lock (a lock file holding the holder's pid). Throws
    /// `IndexError.locked` naming the holder's pid when another writer holds it. The lock
    /// is released when the returned object is released or `release()` is called.
    func lock() throws -> any DirectoryLock
}

/// A file being written.
package protocol FileOutput: AnyObject {
    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Flushes, fsyncs and closes. After it returns, the bytes are durable.
    func finish() throws
    /// Bytes written so far.
    var count: Int { get }
}

extension FileOutput {
    /// Appends an array of bytes.
    package func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A held writer lock.
package protocol DirectoryLock: AnyObject, Sendable {
    func release()
}

/// Read-only bytes of a file, mapped or in memory; immutable, so `Sendable`.
package final class FileBytes: @unchecked Sendable {
    /// The bytes; valid while this object lives.
    package let bytes: UnsafeRawBufferPointer
    private let release: () -> Void
    private let dropResidentPages: (() -> Void)?

    /// Wraps memory that `release` frees (munmap, or dropping an array); for a file mapping,
    /// `dropResidentPages` lets the system take back the pages read (`releaseResidentPages`).
    package init(bytes: UnsafeRawBufferPointer, release: @escaping () -> Void,
                 dropResidentPages: (() -> Void)? = nil) {
        self.bytes = bytes
        self.release = release
        self.dropResidentPages = dropResidentPages
    }

    /// Copies an array into memory owned by this object.
    package convenience init(copying array: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(array.count, 1),
                                                            alignment: 16)
        array.withUnsafeBytes { source in
            if let base = source.baseAddress, let target = buffer.baseAddress {
                target.copyMemory(from: base, byteCount: source.count)
            }
        }
        self.init(bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<array.count]),
                  release: { buffer.deallocate() })
    }

    deinit { release() }

    package var count: Int { bytes.count }

    /// Takes the pages read so far out of this process's resident memory: a mapped file's
    /// pages stay in the system's page cache and come back on the next read, so a segment
    /// read through once to verify it does not stay resident. Nothing for bytes in memory.
    package func releaseResidentPages() {
        dropResidentPages?()
    }
}
