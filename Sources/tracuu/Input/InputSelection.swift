import Foundation

/// What `tracuu index` reads from the paths it was given: folders walked recursively
/// (sorted, hidden entries skipped, linked folders followed, each folder once, so a link
/// cycle ends), `.txt`, `.md`, `.jsonl`, `.jsonl.gz` and `.jsonl.zst` files kept, every file
/// once, and the files of other kinds counted by extension. A named file of another kind or
/// a missing path is an error.
struct InputSelection {
    private(set) var files: [InputFile] = []
    /// Files found in folders but not read, by extension (`.html`), or `(none)`.
    private(set) var skippedByExtension: [String: Int] = [:]
    /// The canonical paths of the folders and files named, for `--prune`.
    private(set) var roots: [String] = []
    private var seenFiles: Set<String> = []
    private var walkedFolders: Set<String> = []
    private let currentFolder = CanonicalPath.resolved(FileManager.default.currentDirectoryPath)

    /// The files of `paths`; a folder reached through a link that is `excluding` (the index
    /// folder, canonical) is passed over.
    init(_ paths: [String], excluding: String? = nil) throws {
        if let excluding { walkedFolders.insert(excluding) }
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                  let canonical = CanonicalPath.of(path) else {
                throw OperationFailure("no such file or folder: \(path)")
            }
            if isFolder.boolValue {
                let folder = CanonicalPath.resolved(canonical) ?? canonical
                roots.append(folder)
                try walk(folder)
                continue
            }
            guard let kind = InputFile.kind(of: canonical) else {
                throw ValidationErrorMessage(
                    "\(path): not a .txt, .md, .jsonl, .jsonl.gz or .jsonl.zst file")
            }
            roots.append(canonical)
            add(canonical, kind: kind)
        }
    }

    /// "Skipped 12 file(s) of kinds not read: .html 10, .csv 2.", most frequent first, or
    /// nil when no file was skipped.
    var skippedNote: String? {
        let total = skippedByExtension.values.reduce(0, +)
        guard total > 0 else { return nil }
        let counts = skippedByExtension.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) \($0.value)" }
        return "Skipped \(total) file(s) of kinds not read: " + counts.joined(separator: ", ")
            + "."
    }

    private mutating func walk(_ folder: String) throws {
        guard walkedFolders.insert(folder).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw OperationFailure("cannot read the folder \(folder): "
                                   + OperationFailure.reason(error))
        }
        let entries = names.filter { !$0.hasPrefix(".") }.sorted()
        for entry in entries {
            let full = folder == "/" ? "/" + entry : folder + "/" + entry
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else {
                skippedByExtension["(broken link)", default: 0] += 1
                continue
            }
            if isFolder.boolValue {
                try walk(CanonicalPath.resolved(full) ?? full)
            } else if let kind = InputFile.kind(of: entry) {
                add(full, kind: kind)
            } else {
                let suffix = URL(fileURLWithPath: entry).pathExtension.lowercased()
                skippedByExtension[suffix.isEmpty ? "(none)" : "." + suffix, default: 0] += 1
            }
        }
    }

    private mutating func add(_ canonical: String, kind: InputFile.Kind) {
        guard seenFiles.insert(canonical).inserted else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: canonical)[.size] as? Int)
        files.append(InputFile(path: canonical,
                               id: CanonicalPath.id(of: canonical, currentFolder: currentFolder),
                               kind: kind, size: size ?? 0))
    }
}
