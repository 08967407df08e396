#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// An index directory on disk: one folder of plain files, read through `mmap` and written
/// with `write(2)` and `fsync(2)`.
///
/// Every method is a system call or a few; none caches. Instances are immutable and may be
/// shared between threads; two instances over one folder see the same files and exclude
/// each other's writer lock. File names must be plain names (no `/`, not `.` or `..`):
/// passing another is a programmer error and traps, so the layers above check names read
/// from disk before they get here.
package final class FileDirectory: Directory {
    /// The folder, as given to `init`.
    package let path: String

    /// Opens the folder at `path`, creating it (and missing parents) when `creatingIfMissing`.
    ///
    /// Throws `IndexError.notFound` when the folder is missing and not to be created, and
    /// `.io` when `path` is not a folder or cannot be created.
    package init(path: String, creatingIfMissing: Bool) throws {
        self.path = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw IndexError(.io, "cannot open index directory \(path): not a directory")
            }
            return
        }
        guard creatingIfMissing else {
            throw IndexError(.notFound, "no index directory at \(path)")
        }
        do {
            try FileManager.default.createDirectory(atPath: path,
                                                    withIntermediateDirectories: true)
        } catch {
            throw IndexError(.io, "cannot create index directory \(path): "
                             + SystemCall.describe(error))
        }
    }

    /// The full path of a file in the folder. Precondition: `name` is a plain file name.
    package func path(of name: String) -> String {
        precondition(!name.isEmpty && name != "." && name != ".." && !name.contains("/"),
                     "index file names are plain names, not \"\(name)\"")
        return path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// The regular files in the folder (`opendir`/`readdir`), in no particular order; leaves
    /// out subfolders and the writer lock file, which belongs to `lock()`, not to the index.
    package func fileNames() throws -> [String] {
        try listEntries().compactMap { name, type in
            guard name != WriterLock.fileName else { return nil }
            let isFile = type == Int(DT_REG)
                || (type == Int(DT_UNKNOWN) && isRegularFile(path(of: name)))
            return isFile ? name : nil
        }
    }

    /// The folder's entries but `.` and `..`, with their `d_type`.
    private func listEntries() throws -> [(name: String, type: Int)] {
        guard let folder = opendir(path) else {
            throw SystemCall.error("list", path: path, file: nil, errno: errno)
        }
        defer { closedir(folder) }
        var entries: [(name: String, type: Int)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append((name, Int(entry.pointee.d_type)))
        }
        return entries
    }

    /// Every entry of the folder but `.` and `..` (`opendir`/`readdir`): files, subfolders,
    /// links, hidden ones and the lock file.
    package func entryNames() throws -> [String] {
        try listEntries().map(\.name)
    }

    /// Whether a regular file of that name exists (`stat`).
    package func fileExists(_ name: String) -> Bool {
        isRegularFile(path(of: name))
    }

    /// The whole file, mapped read-only (see `MappedFile`). Throws `.notFound` for a missing
    /// file and `.io` when it cannot be mapped.
    package func read(_ name: String) throws -> FileBytes {
        try MappedFile.map(path: path(of: name), file: name)
    }

    /// A buffered output that creates or truncates the file now; its bytes are durable once
    /// `finish()` returned. Allocates a 64 KiB buffer.
    package func createOutput(_ name: String) throws -> any FileOutput {
        try BufferedFileOutput(path: path(of: name), file: name)
    }

    /// Replaces `destination` with `source` atomically (`rename(2)`). Durable only after
    /// `syncDirectory()`. Throws `.notFound` when `source` is missing.
    package func rename(_ source: String, to destination: String) throws {
        let from = path(of: source)
        let to = path(of: destination)
        guard SystemCall.move(from, to) == 0 else {
            throw SystemCall.error("rename to \(destination)", path: from, file: source,
                                   errno: errno)
        }
    }

    /// Makes renames, creations and deletions durable: opens the folder
    /// `O_RDONLY | O_DIRECTORY` and fsyncs it.
    package func syncDirectory() throws {
        let descriptor = try SystemCall.openFile(path, O_RDONLY | O_DIRECTORY,
                                                 operation: "open", file: nil)
        defer { close(descriptor) }
        guard SystemCall.retrying({ fsync(descriptor) }) == 0 else {
            throw SystemCall.error("fsync", path: path, file: nil, errno: errno)
        }
    }

    /// Deletes a file (`unlink`); a missing file is not an error. Mappings of it stay valid.
    package func delete(_ name: String) throws {
        let target = path(of: name)
        guard unlink(target) == 0 || errno == ENOENT else {
            throw SystemCall.error("delete", path: target, file: name, errno: errno)
        }
    }

    /// Takes the writer lock: `flock` on the file `write.lock` in the folder (see
    /// `WriterLock`). Throws `.locked` naming the holder's pid when another writer, in this
    /// process or another, holds it.
    package func lock() throws -> any DirectoryLock {
        try WriterLock(path: path(of: WriterLock.fileName), directory: path)
    }

    private func isRegularFile(_ target: String) -> Bool {
        var status = stat()
        return stat(target, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
