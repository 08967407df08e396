#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Synchronization

/// An index directory in memory, for embedding and tests: files are byte arrays behind a
/// lock, with the same behaviour as `FileDirectory` where it can be observed.
///
/// Thread-safe. `read` copies the file, so the bytes stay valid after a delete or rename; an
/// output's bytes become visible only at `finish()`, all at once (there is no crash to
/// survive, so nothing is durable before or after). The writer lock excludes a second
/// `lock()` on this instance, naming this process's pid like a lock file would.
package final class MemoryDirectory: Directory {
    private struct State {
        var files: [String: [UInt8]] = [:]
        var isLocked = false
    }

    private let state = Mutex(State())

    /// An empty directory.
    package init() {}

    /// The names of all files, in no particular order.
    package func fileNames() throws -> [String] {
        state.withLock { Array($0.files.keys) }
    }

    /// The names of all files: memory has no subfolders, and its lock is no file.
    package func entryNames() throws -> [String] {
        try fileNames()
    }

    /// Whether a file exists.
    package func fileExists(_ name: String) -> Bool {
        state.withLock { $0.files[name] != nil }
    }

    /// A copy of the file (O(size)). Throws `.notFound` when it does not exist.
    package func read(_ name: String) throws -> FileBytes {
        let contents = state.withLock { $0.files[name] }
        guard let contents else { throw Self.missing(name) }
        return FileBytes(copying: contents)
    }

    /// An output gathering bytes in memory; `finish()` stores them under `name`, replacing
    /// any file of that name.
    package func createOutput(_ name: String) throws -> any FileOutput {
        MemoryFileOutput(name: name, directory: self)
    }

    /// Replaces `destination` with `source` in one step. Throws `.notFound` when `source`
    /// does not exist.
    package func rename(_ source: String, to destination: String) throws {
        let moved = state.withLock { state -> Bool in
            guard let contents = state.files.removeValue(forKey: source) else { return false }
            state.files[destination] = contents
            return true
        }
        guard moved else { throw Self.missing(source) }
    }

    /// Does nothing: memory has no directory entries to make durable.
    package func syncDirectory() throws {}

    /// Deletes a file; no error when it does not exist.
    package func delete(_ name: String) throws {
        _ = state.withLock { $0.files.removeValue(forKey: name) }
    }

    /// Takes the writer lock of this instance. Throws `.locked` naming this process's pid
    /// while another lock object holds it.
    package func lock() throws -> any DirectoryLock {
        let taken = state.withLock { state -> Bool in
            if state.isLocked { return false }
            state.isLocked = true
            return true
        }
        guard taken else {
            throw IndexError(.locked, "index in memory is locked by another writer "
                             + "(pid \(getpid()))", file: WriterLock.fileName)
        }
        return MemoryDirectoryLock(directory: self)
    }

    fileprivate func store(_ contents: [UInt8], as name: String) {
        state.withLock { $0.files[name] = contents }
    }

    fileprivate func unlock() {
        state.withLock { $0.isLocked = false }
    }

    private static func missing(_ name: String) -> IndexError {
        IndexError(.notFound, "no index file \(name) in memory", file: name)
    }
}

/// A file being written to a `MemoryDirectory`.
private final class MemoryFileOutput: FileOutput {
    private let name: String
    private let directory: MemoryDirectory
    private var contents: [UInt8] = []
    private var isFinished = false

    init(name: String, directory: MemoryDirectory) {
        self.name = name
        self.directory = directory
    }

    var count: Int { contents.count }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!isFinished, "write(_:) on \(name) after finish()")
        contents.append(contentsOf: bytes)
    }

    func finish() throws {
        precondition(!isFinished, "finish() on \(name) called twice")
        isFinished = true
        directory.store(contents, as: name)
    }
}

/// The writer lock of a `MemoryDirectory`; released once, by `release()` or at deinit.
private final class MemoryDirectoryLock: DirectoryLock {
    private let directory: Mutex<MemoryDirectory?>

    init(directory: MemoryDirectory) {
        self.directory = Mutex(directory)
    }

    deinit { release() }

    func release() {
        let held = directory.withLock { held -> MemoryDirectory? in
            defer { held = nil }
            return held
        }
        held?.unlock()
    }
}
