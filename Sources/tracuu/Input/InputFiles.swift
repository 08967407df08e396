import Foundation

/// A file to index: plain text (one document) or JSON lines (one document a line).
struct InputFile {
    enum Kind { case text, jsonLines }

    let path: String
    /// The document id of a text file: its path relative to the folder that was named.
    let id: String
    let kind: Kind
    let size: Int

    /// The files under `paths`: folders recursively (sorted, hidden entries skipped),
    /// keeping `.txt`, `.md`, `.jsonl`, `.jsonl.gz`, `.jsonl.zst`. A named file of another
    /// kind is a usage error, a missing path a failed operation.
    static func expand(_ paths: [String]) throws -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw OperationFailure("no such file or folder: \(path)")
            }
            if !isFolder.boolValue {
                guard let kind = kind(of: path) else {
                    throw ValidationErrorMessage(
                        "\(path): not a .txt, .md, .jsonl, .jsonl.gz or .jsonl.zst file")
                }
                files.append(InputFile(path: path, id: path, kind: kind, size: size(of: path)))
                continue
            }
            let entries = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted()
            for entry in entries {
                let full = (path as NSString).appendingPathComponent(entry)
                guard let kind = kind(of: entry) else { continue }
                files.append(InputFile(path: full, id: entry, kind: kind, size: size(of: full)))
            }
        }
        return files
    }

    private static func kind(of path: String) -> Kind? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".txt") || lowered.hasSuffix(".md") { return .text }
        if [".jsonl", ".jsonl.gz", ".jsonl.zst"].contains(where: lowered.hasSuffix) {
            return .jsonLines
        }
        return nil
    }

    private static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
