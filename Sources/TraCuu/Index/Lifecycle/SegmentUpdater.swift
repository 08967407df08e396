import Synchronization

/// The writer's segments and every change to them, from the thread that adds documents and
/// from the merge thread at once (as tantivy's `SegmentUpdater`): segments flushed, documents
/// deleted, commits, and merges started and finished.
///
/// It keeps two views. The committed one is the last manifest written, with each segment's
/// tombstones as that commit wrote them; the working one adds the segments flushed and the
/// deletions made since. A user's commit makes the working view the committed one. A merge
/// reads committed segments only, and its commit replaces them in both views without
/// committing anything of the working view: documents deleted while it ran are deleted in
/// the merged segment too (mapped through the merge's document maps), in the view they were
/// deleted in. Every manifest write and file deletion happens under one lock, in order.
final class SegmentUpdater: Sendable {
    /// A merge under way: the segment it writes and its sources, with the tombstones they
    /// had when it started (the documents it leaves out).
    struct Merge: Sendable {
        let name: String
        let sources: [SharedSegment]
        let tombstones: [Tombstones]

        /// The names of the segments it replaces.
        var group: Set<String> { Set(sources.map(\.name)) }
    }

    private struct State {
        var committed: Manifest
        var segments: [WriterSegment]
        var nextSegment: UInt64
        /// Names of segments being written (flushes and merges), whose files must stay.
        var inProgress: Set<String> = []
        /// Segments that a merge under way replaces.
        var merging: Set<String> = []
        /// The files of a manifest whose commit failed, perhaps after its rename: kept until
        /// a later commit succeeds, since the folder may hold that manifest.
        var attempted: Set<String> = []
    }

    let directory: any Directory
    private let cache: SegmentCache
    private let state: Mutex<State>

    /// The segments of the last commit in `directory`, shared through `cache`.
    init(directory: any Directory, cache: SegmentCache) throws {
        self.directory = directory
        self.cache = cache
        let manifest = try Manifest(reading: directory)
        let tombstones = try cache.tombstones(of: manifest, in: directory)
        let shared = try cache.segments(of: manifest, in: directory)
        let segments = zip(manifest.segments, zip(shared, tombstones)).map { entry, part in
            WriterSegment(committed: part.0, tombstones: part.1, deletes: entry.deletes)
        }
        state = Mutex(State(committed: manifest, segments: segments,
                            nextSegment: manifest.nextSegment))
    }

    /// A new segment's name, reserved until `add(_:documentCount:deleted:)` or
    /// `release(_:)`. Throws `.corrupted` when the manifest's counter has no number left,
    /// which only a damaged manifest reaches.
    func reserveName() throws -> String {
        try state.withLock { state in try Self.reserveName(&state) }
    }

    /// Gives up a reserved name whose segment was not written; its files go at the next
    /// deletion of unreferenced files.
    func release(_ name: String) {
        state.withLock { _ = $0.inProgress.remove(name) }
    }

    /// Adds a segment just written under a reserved name (uncommitted), with the documents
    /// deleted while it was buffered.
    func add(_ name: String, documentCount: Int, deleted: Set<Int>) throws {
        let segment = try SharedSegment(name: name, documentCount: documentCount,
                                        directory: directory)
        var tombstones = Tombstones(documentCount: documentCount)
        for ordinal in deleted { tombstones.insert(ordinal) }
        state.withLock { state in
            state.inProgress.remove(name)
            state.segments.append(WriterSegment(flushed: segment, tombstones: tombstones))
        }
    }

    /// Marks deleted every document with one of these ids in the writer's segments; returns
    /// how many were found. Reads each segment's document table (verified on first use).
    func delete(ids: some Sequence<String>) throws -> Int {
        try state.withLock { state in
            var found = 0
            for position in state.segments.indices {
                let documents = try state.segments[position].segment.documents()
                for id in ids {
                    for ordinal in documents.ordinals(of: id)
                    where state.segments[position].tombstones.insert(ordinal) {
                        found += 1
                    }
                }
            }
            return found
        }
    }

    /// Commits the working view: writes the changed tombstones, then the manifest by atomic
    /// rename. On error the previous commit and the working view stay as they were.
    func commit() throws {
        try state.withLock { state in
            var next = try Self.nextManifest(after: state.committed)
            next.nextSegment = state.nextSegment
            var kept: [WriterSegment] = []
            for var segment in state.segments {
                if segment.isFullyDeleted && !state.merging.contains(segment.name) { continue }
                if segment.isDirty {
                    segment.deletes = try writeTombstones(segment.tombstones, of: segment.name,
                                                          generation: next.generation)
                }
                next.segments.append(segment.entry)
                kept.append(segment)
            }
            try commitManifest(next, &state)
            state.committed = next
            state.segments = kept.map { $0.committing() }
            cache.remember(committed: state.segments.map(\.segment))
            try deleteUnreferenced(state)
        }
    }

    /// Drops the segments flushed and the deletions made since the last commit.
    func rollback() throws {
        try state.withLock { state in
            state.segments = state.segments.filter(\.isCommitted).map { $0.rolledBack() }
            try deleteUnreferenced(state)
        }
    }

    /// Deletes the index files nothing needs (`IndexFileDeleter`).
    func deleteUnreferencedFiles() throws {
        try state.withLock { state in try deleteUnreferenced(state) }
    }

    /// Starts the merge `choose` picks among the committed segments that no merge is
    /// replacing (nil for none): reserves the merged segment's name and takes the sources'
    /// committed tombstones. Choosing and starting are one step, so two threads never start
    /// merges of the same segment.
    func startMerge(choosing choose: ([Manifest.Segment]) -> Set<String>?) throws -> Merge? {
        try state.withLock { state in
            let candidates = state.committed.segments.filter {
                !state.merging.contains($0.name)
            }
            guard let group = choose(candidates), !group.isEmpty else { return nil }
            let sources = state.segments.filter { group.contains($0.name) && $0.isCommitted }
            precondition(sources.count == group.count,
                         "a merge of segments that are not committed or already merging")
            let name = try Self.reserveName(&state)
            state.merging.formUnion(group)
            return Merge(name: name, sources: sources.map(\.segment),
                         tombstones: sources.map(\.committedTombstones))
        }
    }

    /// Commits a finished merge: the merged segment (`documentCount` documents, nil when
    /// every source document was deleted) replaces its sources where the first of them
    /// stood. `documentMaps[i][ordinal]` is the merged ordinal of source `i`'s document.
    func finishMerge(_ merge: Merge, documentCount: Int?, documentMaps: [[UInt32]]) throws {
        let merged = try documentCount.map {
            try SharedSegment(name: merge.name, documentCount: $0, directory: directory)
        }
        try state.withLock { state in
            defer {
                state.merging.subtract(merge.group)
                state.inProgress.remove(merge.name)
            }
            let group = merge.group
            // In the merge's order: segments keep their places until a merge replaces them.
            let current = state.segments.filter { group.contains($0.name) }
            guard current.map(\.name) == merge.sources.map(\.name),
                  let first = state.committed.segments.firstIndex(where: {
                      group.contains($0.name) }),
                  let position = state.segments.firstIndex(where: { group.contains($0.name) })
            else {
                preconditionFailure("a merge's sources left the index while it ran")
            }
            var replacement: WriterSegment?
            if let merged {
                replacement = WriterSegment.merged(merged, from: current,
                                                   startTombstones: merge.tombstones,
                                                   documentMaps: documentMaps)
            }
            var next = try Self.nextManifest(after: state.committed)
            next.nextSegment = state.nextSegment
            if var segment = replacement, segment.committedTombstones.count > 0 {
                segment.deletes = try writeTombstones(segment.committedTombstones,
                                                      of: segment.name,
                                                      generation: next.generation)
                replacement = segment
            }
            next.segments = state.committed.segments.filter { !group.contains($0.name) }
            if let replacement {
                next.segments.insert(replacement.committedEntry, at: first)
            }
            try commitManifest(next, &state)
            state.committed = next
            state.segments.removeAll { group.contains($0.name) }
            if let replacement { state.segments.insert(replacement, at: position) }
            cache.remember(committed: state.segments.filter(\.isCommitted).map(\.segment))
            try deleteUnreferenced(state)
        }
    }

    /// Gives up a merge that failed: its sources stay, its files go.
    func abandonMerge(_ merge: Merge) throws {
        try state.withLock { state in
            state.merging.subtract(merge.group)
            state.inProgress.remove(merge.name)
            try deleteUnreferenced(state)
        }
    }

    /// Writes `next` as the manifest (`Manifest.commit(to:)`). When that throws, the rename
    /// may have happened all the same (a failed directory sync): the files `next` names stay
    /// until a later commit succeeds, and its generation is not used again, so no later
    /// commit rewrites a tombstone file it names.
    private func commitManifest(_ next: Manifest, _ state: inout State) throws {
        do {
            try next.commit(to: directory)
        } catch {
            state.attempted.formUnion(next.files)
            state.committed.generation = next.generation
            throw error
        }
        state.attempted = []
    }

    private func deleteUnreferenced(_ state: State) throws {
        var keep = IndexFileDeleter.needed(committed: state.committed,
                                           segments: state.segments.map(\.name),
                                           inProgress: state.inProgress)
        keep.formUnion(state.attempted)
        try IndexFileDeleter(directory: directory).deleteUnreferenced(keeping: keep)
    }

    /// Writes tombstones as a new file of this generation; returns its name.
    private func writeTombstones(_ tombstones: Tombstones, of segment: String,
                                 generation: UInt64) throws -> String {
        let name = "\(segment)_\(generation).del"
        let output = try directory.createOutput(name)
        try FileEnvelope.write(tombstones.encoded(), magic: SegmentFormat.tombstonesMagic,
                               to: output)
        try output.finish()
        return name
    }

    /// The next generation's manifest, without segments yet.
    private static func nextManifest(after manifest: Manifest) throws -> Manifest {
        guard manifest.generation < .max else {
            throw IndexError.corrupted(SegmentFormat.manifestName, "no generation number left")
        }
        var next = manifest
        next.generation += 1
        next.segments = []
        return next
    }

    private static func reserveName(_ state: inout State) throws -> String {
        let number = state.nextSegment
        guard number < .max else {
            throw IndexError.corrupted(SegmentFormat.manifestName, "no segment number left")
        }
        state.nextSegment = number + 1
        let name = "seg_\(number)"
        state.inProgress.insert(name)
        return name
    }
}
