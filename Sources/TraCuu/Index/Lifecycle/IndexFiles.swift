/// The files an index writes, and the rule that keeps everything else in its folder safe:
/// the index deletes only files whose names follow its own patterns, and only in a folder
/// that holds its manifest. A user's `notes.txt`, `.hidden` or `seg_0.pst.bak` beside the
/// index survives every operation.
package enum IndexFiles {
    /// Whether TraCuu writes files of this name: `manifest`, `manifest.tmp`, `write.lock`,
    /// a segment's `seg_N.dic` (`pst`, `pos`, `doc`, `bgr`, `fdt`) or its tombstones
    /// `seg_N_G.del`, with N and G decimal numbers.
    package static func isIndexFile(_ name: String) -> Bool {
        if name == SegmentFormat.manifestName || name == SegmentFormat.manifestName + ".tmp"
            || name == WriterLock.fileName {
            return true
        }
        guard name.hasPrefix("seg_") else { return false }
        let parts = name.dropFirst(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let numbers = parts[0].split(separator: "_", omittingEmptySubsequences: false)
        guard numbers.allSatisfy(isNumber) else { return false }
        if parts[1] == "del" { return numbers.count == 2 }
        return numbers.count == 1 && SegmentFormat.segmentExtensions.contains(String(parts[1]))
    }

    /// Deletes the index files that `keep` does not name: leftovers of interrupted or rolled
    /// back writes and of merged segments. Does nothing in a folder without a manifest, and
    /// never touches a file whose name is not an index file's.
    static func deleteUnreferenced(in directory: any Directory, keeping keep: Set<String>)
        throws
    {
        guard directory.fileExists(SegmentFormat.manifestName) else { return }
        for file in try directory.fileNames()
        where isIndexFile(file) && file != WriterLock.fileName && !keep.contains(file) {
            try directory.delete(file)
        }
    }

    /// The entries of a folder that an index did not write (files, subfolders, hidden ones):
    /// a folder with any of them and no manifest is not an index, and is left alone.
    static func foreignEntries(in directory: any Directory) throws -> [String] {
        try directory.entryNames().filter { !isIndexFile($0) }.sorted()
    }

    private static func isNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
