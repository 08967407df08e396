#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Maps index files read-only into memory, so that segments are read in place.
///
/// The mapping is private and read-only (`mmap` with `MAP_PRIVATE`, `PROT_READ`); the file
/// descriptor is closed right after mapping. The bytes stay valid while the returned
/// `FileBytes` lives, even if the file is deleted or renamed over meanwhile: the kernel keeps
/// the old inode until the mapping goes (`munmap`, when `FileBytes` is released).
package enum MappedFile {
    /// Maps the whole file at `path`, named `file` in its index directory.
    ///
    /// An empty file gives empty bytes without a mapping (`mmap` refuses zero lengths).
    /// Throws `IndexError.notFound` when the file does not exist and `.io` when it cannot be
    /// opened, measured or mapped; messages carry the path and the `strerror` text.
    package static func map(path: String, file: String) throws -> FileBytes {
        let descriptor = try SystemCall.openFile(path, O_RDONLY, operation: "open", file: file)
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw SystemCall.error("measure", path: path, file: file, errno: errno)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw IndexError(.io, "cannot map \(path): not a regular file", file: file)
        }
        let size = Int(status.st_size)
        if size == 0 { return FileBytes(copying: []) }
        let failed = UnsafeMutableRawPointer(bitPattern: -1)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != failed
        else {
            throw SystemCall.error("map", path: path, file: file, errno: errno)
        }
        return FileBytes(bytes: UnsafeRawBufferPointer(start: address, count: size),
                         release: { _ = munmap(address, size) },
                         dropResidentPages: { _ = madvise(address, size, MADV_DONTNEED) })
    }
}
