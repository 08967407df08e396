/// Decides which of the index's files a writer may delete, and deletes them: every index
/// file (`IndexFiles`) that neither the last commit, nor a segment the writer holds
/// uncommitted, nor a segment being written (a flush or a merge under way) needs. Files the
/// index did not write are never touched.
struct IndexFileDeleter {
    let directory: any Directory

    /// The files to keep: those of `committed`, of the writer's `segments` (committed or
    /// flushed since) and of the `inProgress` segment names, whose files may be half
    /// written.
    static func needed(committed: Manifest, segments: some Sequence<String>,
                       inProgress: some Sequence<String>) -> Set<String> {
        var keep = committed.files
        for name in [segments.map { $0 }, inProgress.map { $0 }].joined() {
            for fileExtension in SegmentFormat.segmentExtensions {
                keep.insert(SegmentFormat.file(name, fileExtension))
            }
        }
        return keep
    }

    /// Deletes the index files `keep` does not name: leftovers of interrupted or rolled back
    /// writes, of failed merges and of merged segments.
    func deleteUnreferenced(keeping keep: Set<String>) throws {
        try IndexFiles.deleteUnreferenced(in: directory, keeping: keep)
    }
}
