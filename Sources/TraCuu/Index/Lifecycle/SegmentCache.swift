import Synchronization

/// The segments of one index open in this process, by name, so that every searcher and the
/// writer share one `SharedSegment` per segment: a searcher opened after a commit maps only
/// the new segments' files, and each file's checksum is verified once per process.
///
/// Holds the segments of the last manifest opened or committed; a newer one lets go of the
/// segments it no longer names (merged away), which are unmapped once no older searcher
/// uses them. Only committed segments enter it (`remember(committed:)` after the commit that
/// names them): a committed segment's name is never reused for other contents, while the
/// name of a segment written and rolled back may be.
/// Tombstone files are kept the same way, since most survive a commit.
final class SegmentCache: Sendable {
    private struct State {
        var segments: [String: SharedSegment] = [:]
        var tombstones: [String: Tombstones] = [:]
    }

    private let state = Mutex(State())

    /// The shared segments of `manifest`'s entries: those open already, the others' files
    /// mapped now (O(1) per file). Forgets the segments `manifest` does not name.
    func segments(of manifest: Manifest, in directory: any Directory) throws
        -> [SharedSegment]
    {
        let known = state.withLock { $0.segments }
        var current: [String: SharedSegment] = [:]
        let segments = try manifest.segments.map { entry -> SharedSegment in
            let segment = try known[entry.name].flatMap {
                $0.documentCount == entry.documentCount ? $0 : nil
            } ?? SharedSegment(name: entry.name, documentCount: entry.documentCount,
                               directory: directory)
            current[entry.name] = segment
            return segment
        }
        state.withLock { $0.segments = current }
        return segments
    }

    /// Takes the segments a commit just wrote the manifest of (all of them), so that
    /// searchers share them with the writer; forgets the others.
    func remember(committed segments: [SharedSegment]) {
        state.withLock { state in
            state.segments = Dictionary(segments.map { ($0.name, $0) },
                                        uniquingKeysWith: { first, _ in first })
        }
    }

    /// The tombstones of every entry of `manifest` (nil for a segment without deletions),
    /// reading only the files not read for the previous manifest. Throws `.corrupted`
    /// naming a damaged tombstone file.
    func tombstones(of manifest: Manifest, in directory: any Directory) throws
        -> [Tombstones?]
    {
        let known = state.withLock { $0.tombstones }
        var current: [String: Tombstones] = [:]
        let result = try manifest.segments.map { entry -> Tombstones? in
            guard !entry.deletes.isEmpty else { return nil }
            let tombstones = try known[entry.deletes]
                ?? Tombstones(directory.read(entry.deletes), name: entry.deletes,
                              documentCount: entry.documentCount)
            current[entry.deletes] = tombstones
            return tombstones
        }
        state.withLock { $0.tombstones = current }
        return result
    }
}
