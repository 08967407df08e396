/// A segment as the writer tracks it (`SegmentUpdater`): the shared segment, its deletions
/// including those not committed yet, and those of the last commit.
struct WriterSegment {
    let segment: SharedSegment
    /// Deleted documents, including deletions not committed yet.
    var tombstones: Tombstones
    /// Deleted documents as of the last commit (in `deletes`); a subset of `tombstones`.
    private(set) var committedTombstones: Tombstones
    /// The committed tombstone file, or "" when none.
    var deletes: String
    /// Whether the last commit names this segment (false for one flushed since).
    private(set) var isCommitted: Bool

    var name: String { segment.name }

    /// Whether deletions were made since the last commit.
    var isDirty: Bool { tombstones.count != committedTombstones.count }

    var isFullyDeleted: Bool { tombstones.count == segment.documentCount }

    /// The manifest entry for this segment, as the next commit writes it (after writing its
    /// tombstones to `deletes`).
    var entry: Manifest.Segment {
        Manifest.Segment(name: name, documentCount: segment.documentCount,
                         deletedCount: tombstones.count, deletes: deletes)
    }

    /// The manifest entry for this segment as last committed (a merge's commit, which
    /// commits none of the writer's own changes).
    var committedEntry: Manifest.Segment {
        Manifest.Segment(name: name, documentCount: segment.documentCount,
                         deletedCount: committedTombstones.count, deletes: deletes)
    }

    /// A committed segment with its committed tombstones (nil when none are deleted).
    init(committed segment: SharedSegment, tombstones: Tombstones?, deletes: String) {
        self.segment = segment
        let deleted = tombstones ?? Tombstones(documentCount: segment.documentCount)
        self.tombstones = deleted
        committedTombstones = deleted
        self.deletes = deletes
        isCommitted = true
    }

    /// A segment just flushed, not committed, with the documents deleted while it was
    /// buffered.
    init(flushed segment: SharedSegment, tombstones: Tombstones) {
        self.segment = segment
        self.tombstones = tombstones
        committedTombstones = Tombstones(documentCount: segment.documentCount)
        deletes = ""
        isCommitted = false
    }

    /// This segment once a commit wrote it as it is.
    func committing() -> WriterSegment {
        var committed = self
        committed.committedTombstones = tombstones
        committed.isCommitted = true
        return committed
    }

    /// This segment as the last commit left it.
    func rolledBack() -> WriterSegment {
        var restored = self
        restored.tombstones = committedTombstones
        return restored
    }

    /// The segment a merge wrote from `sources`, which had `startTombstones` when it began
    /// (documents it left out): the documents deleted since then are deleted in it too,
    /// committed or not as they are in the sources. `documentMaps[i][ordinal]` is the merged
    /// ordinal of source `i`'s live document.
    static func merged(_ segment: SharedSegment, from sources: [WriterSegment],
                       startTombstones: [Tombstones], documentMaps: [[UInt32]])
        -> WriterSegment
    {
        var committed = Tombstones(documentCount: segment.documentCount)
        var working = committed
        for (index, source) in sources.enumerated() {
            let start = startTombstones[index], map = documentMaps[index]
            if source.tombstones.count == start.count { continue }
            for ordinal in 0..<source.segment.documentCount where !start.contains(ordinal) {
                if source.committedTombstones.contains(ordinal) {
                    committed.insert(Int(map[ordinal]))
                }
                if source.tombstones.contains(ordinal) { working.insert(Int(map[ordinal])) }
            }
        }
        var merged = WriterSegment(committed: segment, tombstones: committed, deletes: "")
        merged.tombstones = working
        return merged
    }
}
