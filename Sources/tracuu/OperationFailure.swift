import Foundation
import TraCuu
import TraCuuText

/// A command that could not do its work (an input that cannot be read or is damaged, an
/// output that cannot be written), said in a sentence. `tracuu` exits with status 1 for it;
/// a command line that cannot run as written (`ValidationErrorMessage`) exits with 2.
struct OperationFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }

    /// `error`, met while reading the file at `path`, as a sentence that names the file.
    static func reading(_ path: String, _ error: any Error) -> OperationFailure {
        OperationFailure("cannot read \(path): \(reason(error))")
    }

    /// What went wrong, in words people read: the system's reason for a Foundation or POSIX
    /// error (never Foundation's raw dump of its fields), the codec's for a damaged stream.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as OperationFailure: return error.description
        case let error as ValidationErrorMessage: return error.description
        case let error as IndexError: return error.message
        case let error as QueryError: return error.description
        case let error as TextError: return error.message
        case let error as ZstdError: return "zstd data is damaged (\(error.message))"
        default: return SystemCall.describe(error)
        }
    }
}
