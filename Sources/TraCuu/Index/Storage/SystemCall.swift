#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// Helpers around the POSIX calls of `FileDirectory`, `BufferedFileOutput`, `MappedFile` and
/// `WriterLock`: retrying on `EINTR` and turning `errno` into an `IndexError`.
package enum SystemCall {
    /// The text of an `errno` value (`strerror`), such as "No space left on device".
    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// The reason inside an error Foundation threw, in words: the POSIX one when there is one
    /// among its underlying errors (`Not a directory`), else a short sentence for the common
    /// Cocoa file errors, else the error's code and domain; never Foundation's dump of fields.
    package static func describe(_ error: any Error) -> String {
        var current: NSError? = error as NSError
        while let next = current {
            if next.domain == NSPOSIXErrorDomain { return describe(Int32(next.code)) }
            current = (next.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        }
        let outer = error as NSError
        if outer.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: outer.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file"
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileReadCorruptFile: return "the file is damaged"
            case .fileWriteOutOfSpace: return "no space left on the device"
            default: break
            }
        }
        return "unexpected error \(outer.code) (\(outer.domain))"
    }

    /// An `IndexError` for a failed call on `path` (whose name in the index is `file`):
    /// `.notFound` for `ENOENT`, `.io` otherwise, with the `strerror` text.
    static func error(_ operation: String, path: String, file: String?, errno code: Int32)
        -> IndexError
    {
        let message = "cannot \(operation) \(path): \(describe(code))"
        return IndexError(code == ENOENT ? .notFound : .io, message, file: file)
    }

    /// Calls `body` until it does not fail with `EINTR`; returns its result.
    static func retrying<Result: BinaryInteger>(_ body: () -> Result) -> Result {
        while true {
            let result = body()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    /// Opens `path` with `flags` (always adding `O_CLOEXEC`, so that spawned processes do not
    /// inherit descriptors or locks). Throws naming `file` on failure.
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0o644, operation: String,
                     file: String?) throws -> Int32
    {
        let descriptor = retrying { open(path, flags | O_CLOEXEC, mode) }
        guard descriptor >= 0 else {
            throw error(operation, path: path, file: file, errno: errno)
        }
        return descriptor
    }

    /// `rename(2)`, under a name that does not hide the C function inside `Directory` types.
    static func move(_ source: String, _ destination: String) -> Int32 {
        rename(source, destination)
    }

    /// Writes all of `bytes` at the current offset, looping over short writes and `EINTR`.
    /// Returns 0 on success or the `errno` of the failed call.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard var next = bytes.baseAddress else { return 0 }
        var remaining = bytes.count
        while remaining > 0 {
            let written = retrying { write(descriptor, next, remaining) }
            if written < 0 { return errno }
            if written == 0 { return EIO }
            next += written
            remaining -= written
        }
        return 0
    }
}
