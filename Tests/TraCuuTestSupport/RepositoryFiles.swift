import Foundation

/// Files the tests read from the checkout: the package root (found from this source file's
/// path, so it works from any working directory) and its `seeds/`.
public enum RepositoryFiles {
    /// The package root: this file is `<root>/Tests/TraCuuTestSupport/RepositoryFiles.swift`.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seed article, which is ours to use in tests.
    public static let seedArticle: URL = packageRoot
        .appendingPathComponent("seeds/000_e3ece47872f8ab9d.txt")

    /// The seed article's text. Traps when it is missing: it is part of the repository.
    public static func seedArticleText() -> String {
        guard let data = FileManager.default.contents(atPath: seedArticle.path) else {
            preconditionFailure("missing \(seedArticle.path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The project's shared corpus and test vectors (`<package root>/../shared`), present on the
/// developers' machines but not in a fresh clone: tests that read it are
/// `.enabled(if: SharedCorpus.exists)` and show as skipped elsewhere.
public enum SharedCorpus {
    /// `<package root>/../shared`.
    public static let url: URL = RepositoryFiles.packageRoot
        .deletingLastPathComponent()
        .appendingPathComponent("shared")

    /// Whether the shared folder is there (its `corpus/` at least).
    public static var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(
            atPath: url.appendingPathComponent("corpus").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// A file under the shared folder, such as `corpus/testvectors/vi_VN.dic`.
    public static func file(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// The lines of a UTF-8 file under the shared folder, without their line ends; nil when
    /// the file is missing.
    public static func lines(_ relativePath: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: file(relativePath).path) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    }
}
