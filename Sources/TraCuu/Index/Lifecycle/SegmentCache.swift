import Synchronization

/// The segments of one index open in this process, by name, so that every searcher and the
/// writer share one `SharedSegment` per segment: a searcher opened after a commit maps only
/// the new segments' files, and each file's checksum is verified once per process.
///
/// Holds segments weakly: a segment no searcher or writer uses any more is unmapped (its
/// files may have been merged away). Only committed segments enter it (`register(_:)` after
/// the commit that names them): a committed segment's name is never reused for other
/// contents, while the name of a segment that was written and rolled back may be.
/// Tombstone files are kept for the generation last opened, since most survive a commit.
final class SegmentCache: Sendable {
    private struct WeakSegment {
        weak var segment: SharedSegment?
    }

    private struct State {
        var segments: [String: WeakSegment] = [:]
        var tombstones: [String: Tombstones] = [:]
    }

    private let state = Mutex(State())

    /// The shared segment for a manifest entry: the one already open, or its files mapped
    /// now (O(1) per file).
    func segment(_ entry: Manifest.Segment, in directory: any Directory) throws
        -> SharedSegment
    {
        if let open = state.withLock({ $0.segments[entry.name]?.segment }),
           open.documentCount == entry.documentCount {
            return open
        }
        let opened = try SharedSegment(name: entry.name, documentCount: entry.documentCount,
                                       directory: directory)
        register(opened)
        return opened
    }

    /// Adds a segment a commit just named, so that searchers share it with the writer.
    func register(_ segment: SharedSegment) {
        state.withLock { state in
            state.segments = state.segments.filter { $0.value.segment != nil }
            state.segments[segment.name] = WeakSegment(segment: segment)
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
