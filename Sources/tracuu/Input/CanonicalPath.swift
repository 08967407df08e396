import Foundation

/// One spelling per file, whatever way its path was typed: the folders resolved (links,
/// `.`, `..`, `//`) by `realpath`, the file's own name kept (a linked file keeps its link's
/// name and extension).
enum CanonicalPath {
    /// The canonical absolute path of `path`, or nil when its folder does not exist.
    static func of(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        if name == "." || name == ".." || name == "/" { return resolved(path) }
        guard let folder = resolved(url.deletingLastPathComponent().path) else { return nil }
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// `path` with every link, `.` and `..` resolved, or nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// A text file's document id: its canonical path relative to the current folder when it
    /// lies inside it, else the canonical absolute path.
    static func id(of canonical: String, currentFolder: String?) -> String {
        guard let currentFolder else { return canonical }
        let prefix = currentFolder == "/" ? "/" : currentFolder + "/"
        return canonical.hasPrefix(prefix) ? String(canonical.dropFirst(prefix.count))
            : canonical
    }

    /// Whether `path` is `root` or lies under it; both canonical.
    static func isUnder(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }
}
