import TraCuuText

/// Adds, replaces and deletes documents, and commits them atomically.
///
/// Documents buffer in memory and flush to immutable segments when the buffer reaches
/// `IndexOptions.bufferBytes`; nothing is visible to searchers, or survives a crash, before
/// `commit()`. One writer per index: it holds the index's lock until `close()` or deinit.
/// Not thread-safe: use one writer from one thread at a time.
public final class IndexWriter {
    private let index: SearchIndex
    private var lock: (any DirectoryLock)?
    private var manifest: Manifest
    /// One segment under construction per thread.
    private var lanes: [IndexingLane]
    /// Committed segments and segments flushed since the last commit, with their readers.
    private var segments: [WriterSegment] = []
    private var isClosed = false
    /// Documents waiting to be indexed together on `options.threads` threads, and the UTF-8
    /// bytes of their titles and bodies.
    private var pending: [Document] = []
    private var pendingBytes = 0

    /// Asked before each document is analysed: when it returns true, `add(_:)` or `commit()`
    /// stops within one document per thread and throws `IndexError.cancelled`, leaving the
    /// uncommitted documents half-built; call `rollback()` (or `close()`) then. A commit
    /// already writing its files finishes first. Set it to stop a long run from another
    /// thread (a Ctrl-C handler); it is called from the indexing threads.
    public var cancellation: (@Sendable () -> Bool)?

    init(index: SearchIndex) throws {
        self.index = index
        lanes = (0..<max(1, index.options.threads)).map { _ in IndexingLane() }
        lock = try index.directory.lock()
        manifest = try Manifest(reading: index.directory)
        segments = try manifest.segments.map { try WriterSegment(entry: $0, index.directory) }
        try deleteUnreferencedFiles()
    }

    deinit { lock?.release() }

    /// Adds a document; one with the same id, committed or buffered, is replaced.
    /// Throws `IndexError.invalidDocument` for an empty id.
    public func add(_ document: Document) throws {
        precondition(!isClosed, "add(_:) after the writer was closed")
        guard !document.id.isEmpty else {
            throw IndexError(.invalidDocument, "a document needs a non-empty id")
        }
        pending.append(document)
        pendingBytes += document.title.utf8.count + document.body.utf8.count
        if pending.count >= max(1, index.options.threads) * Self.batchPerThread
            || pendingBytes >= index.options.bufferBytes / 8 {
            try addPending()
        }
    }

    /// Documents per thread in one batch. The threads wait for each other at the end of each
    /// batch, and shares of even size take uneven time: on the news corpus two threads ran
    /// 1.65–1.81× one thread with 256 documents a thread, 1.68–2.03× with 2,048. A batch of
    /// large documents starts sooner: their text, held besides the buffer, stays under an
    /// eighth of it.
    private static let batchPerThread = 2048

    /// Buffers the pending documents, each replacing any earlier document with its id. With
    /// several threads, each builds its own segment from a share of the batch: analysis,
    /// postings, bigrams and stored fields all run in parallel.
    private func addPending() throws {
        guard !pending.isEmpty else { return }
        let batch = Self.lastOfEachID(pending)
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        for document in batch { _ = try deleteBuffered(id: document.id) }
        let shares = Self.shares(of: batch, count: lanes.count)
        let limit = max(1, index.options.bufferBytes / lanes.count)
        let lanes = lanes
        let cancellation = cancellation
        try ParallelWork.forEach(lanes.count) { lane in
            try lanes[lane].add(batch[shares[lane]], bufferLimit: limit,
                                cancellation: cancellation)
        }
        try write(lanes.flatMap(\.filled))
        for lane in lanes { lane.filled = [] }
    }

    /// The batch without documents that a later one with the same id replaces.
    private static func lastOfEachID(_ batch: [Document]) -> [Document] {
        var ids = Set<String>()
        let kept = batch.reversed().filter { ids.insert($0.id).inserted }
        return kept.count == batch.count ? batch : kept.reversed()
    }

    /// `count` consecutive ranges of the batch holding about equal amounts of text.
    private static func shares(of batch: [Document], count: Int) -> [Range<Int>] {
        let sizes = batch.map { $0.title.utf8.count + $0.body.utf8.count + 1 }
        let total = sizes.reduce(0, +)
        var ranges: [Range<Int>] = []
        var start = 0, sum = 0
        for lane in 1...count {
            var end = start
            while end < batch.count, lane == count || sum < total * lane / count {
                sum += sizes[end]
                end += 1
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// Replaces the document with the same id (the same as `add(_:)`).
    public func update(_ document: Document) throws {
        try add(document)
    }

    /// Deletes the document with this id; returns whether one was found.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        precondition(!isClosed, "delete(id:) after the writer was closed")
        try addPending()
        return try deleteBuffered(id: id)
    }

    private func deleteBuffered(id: String) throws -> Bool {
        var found = false
        for lane in lanes {
            if let ordinal = lane.builder.ordinal(of: id) {
                lane.builder.markDeleted(ordinal)
                found = true
            }
        }
        for position in segments.indices {
            for ordinal in segments[position].reader.documents.ordinals(of: id)
            where segments[position].tombstones.insert(ordinal) {
                segments[position].isDirty = true
                found = true
            }
        }
        return found
    }

    /// Makes everything added and deleted since the last commit durable and visible, all
    /// at once: segment files, then tombstones, each fsynced, then the manifest by atomic
    /// rename. On error the previous commit stays intact.
    public func commit() throws {
        precondition(!isClosed, "commit() after the writer was closed")
        try addPending()
        try write(lanes.map(\.builder))
        for lane in lanes { lane.builder = SegmentBuilder() }
        try writeManifest()
        try mergeIfNeeded()
        try deleteUnreferencedFiles()
    }

    /// Drops everything since the last commit.
    public func rollback() throws {
        precondition(!isClosed, "rollback() after the writer was closed")
        pending.removeAll()
        pendingBytes = 0
        lanes = lanes.map { _ in IndexingLane() }
        segments = try manifest.segments.map { try WriterSegment(entry: $0, index.directory) }
        try deleteUnreferencedFiles()
    }

    /// Releases the lock; uncommitted changes are dropped.
    public func close() {
        isClosed = true
        lock?.release()
        lock = nil
    }

    /// Writes these builders' documents as new (uncommitted) segments, in parallel. On error
    /// no segment is added, so the builders can be written again.
    private func write(_ builders: [SegmentBuilder]) throws {
        let builders = builders.filter { $0.documentCount > 0 }
        let names = try builders.map { _ in try nextSegmentName() }
        try ParallelWork.forEach(builders.count) { share in
            try SegmentWriter.write(builders[share], as: names[share], to: index.directory)
        }
        segments += try zip(builders, names).map { builder, name in
            try segment(name, documentCount: builder.documentCount, deleted: builder.deleted)
        }
    }

    /// A new segment's name. Throws `.corrupted` when the manifest's counter has no number
    /// left, which only a damaged manifest reaches.
    private func nextSegmentName() throws -> String {
        let number = manifest.nextSegment
        guard number < .max else {
            throw IndexError.corrupted(SegmentFormat.manifestName, "no segment number left")
        }
        manifest.nextSegment = number + 1
        return "seg_\(number)"
    }

    /// A segment just written, with the documents deleted while it was buffered.
    private func segment(_ name: String, documentCount: Int, deleted: Set<Int> = []) throws
        -> WriterSegment
    {
        var tombstones = Tombstones(documentCount: documentCount)
        for ordinal in deleted { tombstones.insert(ordinal) }
        let reader = try SegmentReader(name: name, directory: index.directory)
        return WriterSegment(reader: reader, tombstones: tombstones, deletes: "",
                             isDirty: tombstones.count > 0)
    }

    private func writeManifest() throws {
        var next = manifest
        guard next.generation < .max else {
            throw IndexError.corrupted(SegmentFormat.manifestName, "no generation number left")
        }
        next.generation += 1
        next.segments = []
        for position in segments.indices {
            let segment = segments[position]
            if segment.tombstones.count == segment.reader.documentCount { continue }
            var deletes = segment.deletes
            if segment.isDirty {
                deletes = "\(segment.reader.name)_\(next.generation).del"
                let output = try index.directory.createOutput(deletes)
                try FileEnvelope.write(segment.tombstones.encoded(),
                                       magic: SegmentFormat.tombstonesMagic, to: output)
                try output.finish()
            }
            next.segments.append(Manifest.Segment(
                name: segment.reader.name, documentCount: segment.reader.documentCount,
                deletedCount: segment.tombstones.count, deletes: deletes))
        }
        try next.commit(to: index.directory)
        manifest = next
        let live = Set(next.segments.map(\.name))
        segments = segments.filter { live.contains($0.reader.name) }
        for position in segments.indices {
            segments[position].deletes = next.segments[position].deletes
            segments[position].isDirty = false
        }
    }

    /// Commits, then merges every segment into one without the deleted documents. An index
    /// built once and searched many times is smaller and answers faster in one segment.
    public func mergeAll() throws {
        try commit()
        guard segments.count > 1 || segments.contains(where: { $0.tombstones.count > 0 })
        else { return }
        try merge(Set(segments.map(\.reader.name)))
        try deleteUnreferencedFiles()
    }

    /// Merges segments as `MergePolicy` says, committing after each merge.
    private func mergeIfNeeded() throws {
        let policy = MergePolicy(mergeFactor: index.options.mergeFactor)
        while let group = policy.nextMerge(manifest.segments) { try merge(group) }
    }

    /// Replaces the segments named in `group` with one segment of their live documents, and
    /// commits that.
    private func merge(_ group: Set<String>) throws {
        let sources = segments.filter { group.contains($0.reader.name) }.map {
            SegmentMerger.Source(reader: $0.reader, tombstones: $0.tombstones)
        }
        var replacement: [WriterSegment] = []
        if sources.contains(where: { $0.tombstones.count < $0.reader.documentCount }) {
            let name = try nextSegmentName()
            let count = try SegmentMerger.write(sources, as: name, to: index.directory)
            replacement.append(try segment(name, documentCount: count))
        }
        segments.removeAll { group.contains($0.reader.name) }
        segments += replacement
        try writeManifest()
    }

    /// Deletes index files no commit refers to: leftovers of interrupted or rolled back
    /// writes. Files the index did not write are never touched (`IndexFiles`).
    private func deleteUnreferencedFiles() throws {
        var keep = manifest.files
        for segment in segments {
            for fileExtension in SegmentFormat.segmentExtensions {
                keep.insert(SegmentFormat.file(segment.reader.name, fileExtension))
            }
        }
        try IndexFiles.deleteUnreferenced(in: index.directory, keeping: keep)
    }
}

/// A segment as the writer tracks it: its reader, working tombstones, and whether they
/// changed since the last commit.
struct WriterSegment {
    let reader: SegmentReader
    var tombstones: Tombstones
    var deletes: String
    var isDirty: Bool

    init(reader: SegmentReader, tombstones: Tombstones, deletes: String, isDirty: Bool) {
        self.reader = reader
        self.tombstones = tombstones
        self.deletes = deletes
        self.isDirty = isDirty
    }

    init(entry: Manifest.Segment, _ directory: any Directory) throws {
        let loaded = try LoadedSegment(entry: entry, directory: directory)
        self.init(reader: loaded.reader,
                  tombstones: loaded.tombstones ?? Tombstones(documentCount: entry.documentCount),
                  deletes: entry.deletes, isDirty: false)
    }
}

/// One thread's share of indexing: the segment it is building, and the segments it filled to
/// the buffer limit during the current batch, which the writer then writes.
private final class IndexingLane {
    var builder = SegmentBuilder()
    var filled: [SegmentBuilder] = []

    /// Adds documents, setting the builder aside whenever it holds `bufferLimit` bytes;
    /// throws `IndexError.cancelled` as soon as `cancellation` returns true.
    func add(_ documents: ArraySlice<Document>, bufferLimit: Int,
             cancellation: (@Sendable () -> Bool)?) throws {
        for document in documents {
            if let cancellation, cancellation() {
                throw IndexError(.cancelled, "indexing was cancelled")
            }
            try builder.add(document)
            if builder.estimatedBytes >= bufferLimit {
                filled.append(builder)
                builder = SegmentBuilder()
            }
        }
    }
}
