#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Synchronization

/// The exclusive writer lock of a `FileDirectory`: `flock(LOCK_EX | LOCK_NB)` on the file
/// `write.lock` in the index folder, which then holds the holder's pid in decimal.
///
/// `flock` locks belong to an open file description, so the lock excludes other processes
/// and also a second `FileDirectory` over the same folder in this process. The kernel drops
/// it when the holder dies, so a crashed writer leaves no stale lock; the file itself stays
/// (deleting it while held would let a second writer lock a new file of the same name).
/// The descriptor is `O_CLOEXEC`: spawned processes do not inherit the lock.
package final class WriterLock: DirectoryLock {
    /// The lock file's name inside the index folder.
    package static let fileName = "write.lock"

    /// The open lock file, or nil once released.
    private let descriptor: Mutex<Int32?>

    /// Takes the lock on the file at `path` (creating it), in the index folder `directory`.
    ///
    /// Throws `IndexError.locked` with "index <directory> is locked by another writer
    /// (pid N)" when another open file description holds it, and `.io` when the file cannot be
    /// opened, locked or written.
    package init(path: String, directory: String) throws {
        let file = Self.fileName
        let lockFile = try SystemCall.openFile(path, O_RDWR | O_CREAT, operation: "open",
                                               file: file)
        guard SystemCall.retrying({ flock(lockFile, LOCK_EX | LOCK_NB) }) == 0 else {
            let code = errno
            defer { close(lockFile) }
            guard code == EWOULDBLOCK else {
                throw SystemCall.error("lock", path: path, file: file, errno: code)
            }
            let holder = Self.holderPID(lockFile).map(String.init) ?? "unknown"
            throw IndexError(.locked,
                             "index \(directory) is locked by another writer (pid \(holder))",
                             file: file)
        }
        let pid = Array(String(getpid()).utf8)
        let written = pid.withUnsafeBytes { bytes in
            ftruncate(lockFile, 0) == 0 ? SystemCall.writeAll(lockFile, bytes) : errno
        }
        guard written == 0 else {
            close(lockFile)
            throw SystemCall.error("write", path: path, file: file, errno: written)
        }
        descriptor = Mutex(lockFile)
    }

    deinit { release() }

    /// Unlocks and closes the lock file (leaving it on disk). Calling it again does nothing.
    package func release() {
        let lockFile = descriptor.withLock { held -> Int32? in
            defer { held = nil }
            return held
        }
        guard let lockFile else { return }
        _ = flock(lockFile, LOCK_UN)
        close(lockFile)
    }

    /// The pid written in the lock file by its holder, or nil when unreadable. A holder that
    /// has just taken the lock may not have written its pid yet, so this waits a little
    /// (up to about 50 ms) for one to appear.
    static func holderPID(_ lockFile: Int32) -> Int32? {
        for attempt in 0..<10 {
            if attempt > 0 { usleep(5_000) }
            var bytes = [UInt8](repeating: 0, count: 32)
            let count = bytes.withUnsafeMutableBytes { buffer in
                SystemCall.retrying { pread(lockFile, buffer.baseAddress, buffer.count, 0) }
            }
            guard count > 0 else { continue }
            let text = String(decoding: bytes.prefix(count), as: UTF8.self)
            if let pid = Int32(text.filter { !$0.isWhitespace }) {
                return pid
            }
        }
        return nil
    }
}
