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
    private var builder = SegmentBuilder()
    /// Committed segments and segments flushed since the last commit, with their readers.
    private var segments: [WriterSegment] = []
    private var isClosed = false
    /// Documents waiting to be analysed together on `options.threads` threads.
    private var pending: [Document] = []

    init(index: SearchIndex) throws {
        self.index = index
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
        if pending.count >= max(1, index.options.threads) * Self.batchPerThread {
            try addPending()
        }
    }

    /// Documents analysed per thread in one parallel batch.
    private static let batchPerThread = 16

    /// Analyses the pending documents (in parallel when `threads` > 1), then buffers them
    /// in order, each replacing any earlier document with its id.
    private func addPending() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let analyzer = Analyzer(mode: .document)
        let analyzed: [AnalyzedDocument]
        if index.options.threads > 1, batch.count > 1 {
            analyzed = ParallelMap.map(batch, threads: index.options.threads) {
                AnalyzedDocument($0, analyzer: analyzer)
            }
        } else {
            analyzed = batch.map { AnalyzedDocument($0, analyzer: analyzer) }
        }
        for document in analyzed {
            _ = try deleteBuffered(id: document.document.id)
            try builder.add(document)
            if builder.estimatedBytes >= index.options.bufferBytes { try flush() }
        }
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
        if let ordinal = builder.ordinal(of: id) {
            builder.markDeleted(ordinal)
            found = true
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
        try flush()
        try writeManifest()
        try mergeIfNeeded()
        try deleteUnreferencedFiles()
    }

    /// Drops everything since the last commit.
    public func rollback() throws {
        precondition(!isClosed, "rollback() after the writer was closed")
        pending.removeAll()
        builder = SegmentBuilder()
        segments = try manifest.segments.map { try WriterSegment(entry: $0, index.directory) }
        try deleteUnreferencedFiles()
    }

    /// Releases the lock; uncommitted changes are dropped.
    public func close() {
        isClosed = true
        lock?.release()
        lock = nil
    }

    /// Writes the buffer as a new (uncommitted) segment.
    private func flush() throws {
        guard builder.documentCount > 0 else { return }
        let name = "seg_\(manifest.nextSegment)"
        manifest.nextSegment += 1
        _ = try SegmentWriter.write(builder, as: name, to: index.directory)
        var tombstones = Tombstones(documentCount: builder.documentCount)
        for ordinal in builder.deleted { tombstones.insert(ordinal) }
        let reader = try SegmentReader(name: name, directory: index.directory)
        segments.append(WriterSegment(reader: reader, tombstones: tombstones,
                                      deletes: "", isDirty: tombstones.count > 0))
        builder = SegmentBuilder()
    }

    private func writeManifest() throws {
        var next = manifest
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

    /// Merges segments as `MergePolicy` says, committing after each merge.
    private func mergeIfNeeded() throws {
        let policy = MergePolicy(mergeFactor: index.options.mergeFactor)
        while let group = policy.nextMerge(manifest.segments) {
            let sources = segments.filter { group.contains($0.reader.name) }
            let merged = SegmentBuilder()
            for source in sources {
                for ordinal in 0..<source.reader.documentCount
                where !source.tombstones.contains(ordinal) {
                    try merged.add(try source.reader.document(ordinal))
                }
            }
            segments.removeAll { group.contains($0.reader.name) }
            builder = merged
            try flush()
            try writeManifest()
        }
    }

    /// Deletes files no commit refers to: leftovers of interrupted or rolled back writes.
    private func deleteUnreferencedFiles() throws {
        var keep = manifest.files
        keep.insert("write.lock")
        for segment in segments {
            for fileExtension in SegmentFormat.segmentExtensions {
                keep.insert(SegmentFormat.file(segment.reader.name, fileExtension))
            }
        }
        for file in try index.directory.fileNames() where !keep.contains(file) {
            try index.directory.delete(file)
        }
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
