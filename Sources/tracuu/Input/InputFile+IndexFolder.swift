import Foundation

extension InputFile {
    /// Refuses, before anything is written, input that is the index folder or lies inside it:
    /// indexing an index's own folder would read its files as documents while writing them.
    /// Paths are compared after resolving links, `.` and `..` (`realpath`).
    static func requireOutside(index: String, _ paths: [String]) throws {
        guard let folder = CanonicalPath.resolved(index) else { return }
        for path in paths {
            guard let input = CanonicalPath.resolved(path) else { continue }
            if input == folder || input.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
                throw ValidationErrorMessage(
                    "\(path) is the index folder \(index) or inside it; index files from "
                    + "elsewhere, or give another --index")
            }
        }
    }

}
