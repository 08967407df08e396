import Foundation

/// A file to index: plain text (one document) or JSON lines (one document a line).
struct InputFile {
    enum Kind { case text, jsonLines }

    /// Where the file is read: its canonical absolute path (`CanonicalPath`), also stored
    /// as each of its documents' `path`.
    let path: String
    /// The document id of a text file: its canonical path relative to the current folder
    /// when it lies inside it, else absolute.
    let id: String
    let kind: Kind
    let size: Int

    /// The files under `paths` (`InputSelection`).
    static func expand(_ paths: [String]) throws -> [InputFile] {
        try InputSelection(paths).files
    }

    /// The kind of file `name` names, by its extension, or nil for a file not read.
    static func kind(of name: String) -> Kind? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".txt") || lowered.hasSuffix(".md") { return .text }
        if [".jsonl", ".jsonl.gz", ".jsonl.zst"].contains(where: lowered.hasSuffix) {
            return .jsonLines
        }
        return nil
    }
}
