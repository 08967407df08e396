import Dispatch

/// Adds, replaces and deletes documents, and commits them atomically.
///
/// Documents buffer in memory and flush to immutable segments when the buffer reaches
/// `IndexOptions.bufferBytes`; nothing is visible to searchers, or survives a crash, before
/// `commit()`. One writer per index: it holds the index's lock until `close()` or deinit.
///
/// Thread model: call a writer from one thread at a time (or one task at a time: the `async`
/// variants run the blocking work off Swift's cooperative threads). Merges run on a thread
/// of the writer's own (`IndexOptions.mergeScheduling`): a commit returns once durable, and a
/// merge commits on its own when it is done. Calls after `close()` throw
/// `IndexError.writerClosed`.
public final class IndexWriter: @unchecked Sendable {
    private let index: SearchIndex
    private var lock: (any DirectoryLock)?
    private let batcher: DocumentBatcher
    private let updater: SegmentUpdater
    private let scheduler: MergeScheduler

    /// Asked before each document is analysed: when it returns true, `add(_:)` or `commit()`
    /// stops within one document per thread and throws `IndexError.cancelled`, leaving the
    /// uncommitted documents half-built; call `rollback()` (or `close()`) then. A commit
    /// already writing its files finishes first. Set it to stop a long run from another
    /// thread (a Ctrl-C handler); it is called from the indexing threads.
    public var cancellation: (@Sendable () -> Bool)?

    /// Called on the merge thread with each failure of a background merge (the merge is
    /// given up, its segments stay as they were and are merged again after a later
    /// commit). When nil, failures are kept and thrown by `waitForMerges()` or `close()`.
    public var onMergeFailure: (@Sendable (IndexError) -> Void)? {
        get { scheduler.onFailure }
        set { scheduler.onFailure = newValue }
    }

    /// Opens the writer: takes the lock, then O(segments) (segments are shared with the
    /// index's searchers), and deletes the files no commit uses.
    init(index: SearchIndex) throws {
        self.index = index
        batcher = DocumentBatcher(threads: index.options.threads,
                                  bufferBytes: index.options.bufferBytes)
        let lock = try index.directory.lock()
        self.lock = lock
        updater = try SegmentUpdater(directory: index.directory, cache: index.segments)
        scheduler = MergeScheduler(updater: updater,
                                   policy: MergePolicy(mergeFactor: index.options.mergeFactor),
                                   scheduling: index.options.mergeScheduling)
        try updater.deleteUnreferencedFiles()
    }

    /// Waits for a merge under way, then releases the lock.
    deinit {
        scheduler.waitUntilIdle()
        lock?.release()
    }

    /// Adds a document; one with the same id, committed or buffered, is replaced.
    /// Throws `IndexError.invalidDocument` for an empty id.
    public func add(_ document: Document) throws {
        try requireOpen("add(_:)")
        guard !document.id.isEmpty else {
            throw IndexError(.invalidDocument, "a document needs a non-empty id")
        }
        if batcher.append(document) { try addPending() }
    }

    /// Replaces the document with the same id (the same as `add(_:)`).
    public func update(_ document: Document) throws {
        try add(document)
    }

    /// Deletes the document with this id; returns whether one was found.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        try requireOpen("delete(id:)")
        try addPending()
        let buffered = batcher.deleteBuffered(id: id)
        return try updater.delete(ids: [id]) > 0 || buffered
    }

    /// Makes everything added and deleted since the last commit durable and visible, all
    /// at once: segment files, then tombstones, each fsynced, then the manifest by atomic
    /// rename. Returns once that is durable; merges it calls for run afterwards, in the
    /// background. On error the previous commit stays intact.
    public func commit() throws {
        try requireOpen("commit()")
        try addPending()
        try write(batcher.builders)
        batcher.resetBuilders()
        try updater.commit()
        scheduler.commitDidHappen()
    }

    /// `commit()` on a thread outside Swift's cooperative pool, so that a server's tasks
    /// never wait on its disk writes and fsyncs.
    public func commit() async throws {
        try await Self.offCooperativePool { try self.commit() }
    }

    /// Drops everything since the last commit. Merges under way go on: they commit only what
    /// was committed.
    public func rollback() throws {
        try requireOpen("rollback()")
        batcher.reset()
        try updater.rollback()
    }

    /// Waits until no merge runs or waits to run, then throws the first failure of a
    /// background merge not reported yet (through `onMergeFailure`, this or `close()`).
    public func waitForMerges() throws {
        try requireOpen("waitForMerges()")
        scheduler.waitUntilIdle()
        try throwKeptFailure()
    }

    /// `waitForMerges()` without blocking a thread.
    public func waitForMerges() async throws {
        try requireOpen("waitForMerges()")
        await withCheckedContinuation { continuation in
            scheduler.whenIdle { continuation.resume() }
        }
        try throwKeptFailure()
    }

    /// Runs the merges the merge policy asks for on the calling thread, each committed on its
    /// own; throws the first failure. For `MergeScheduling.manual`.
    public func runMerges() throws {
        try requireOpen("runMerges()")
        try scheduler.runMerges()
    }

    /// Commits, then merges every segment into one without the deleted documents. An index
    /// built once and searched many times is smaller and answers faster in one segment.
    public func mergeAll() throws {
        try commit()
        try scheduler.mergeAll()
    }

    /// Waits for merges under way, then releases the lock; uncommitted changes are dropped.
    /// Throws the first failure of a background merge not reported yet. Closing again does
    /// nothing.
    public func close() throws {
        guard let lock else { return }
        scheduler.waitUntilIdle()
        lock.release()
        self.lock = nil
        batcher.reset()
        try throwKeptFailure()
    }

    /// Buffers the waiting documents, each replacing any earlier document with its id.
    private func addPending() throws {
        let batch = batcher.takeBatch()
        guard !batch.isEmpty else { return }
        for document in batch { _ = batcher.deleteBuffered(id: document.id) }
        _ = try updater.delete(ids: batch.map(\.id))
        try batcher.index(batch, cancellation: cancellation)
        try write(batcher.filled)
        batcher.clearFilled()
    }

    /// Writes these builders' documents as new (uncommitted) segments, in parallel. On error
    /// no segment is added, so the builders can be written again.
    private func write(_ builders: [SegmentBuilder]) throws {
        let builders = builders.filter { $0.documentCount > 0 }
        var names: [String] = []
        do {
            for _ in builders { names.append(try updater.reserveName()) }
            let directory = index.directory
            try ParallelWork.forEach(builders.count) { share in
                try SegmentWriter.write(builders[share], as: names[share], to: directory)
            }
        } catch {
            for name in names { updater.release(name) }
            throw error
        }
        for (position, builder) in builders.enumerated() {
            do {
                try updater.add(names[position], documentCount: builder.documentCount,
                                deleted: builder.deleted)
            } catch {
                for name in names[position...] { updater.release(name) }
                throw error
            }
        }
    }

    private func requireOpen(_ call: String) throws {
        guard lock != nil else {
            throw IndexError(.writerClosed, "\(call) after the writer was closed")
        }
    }

    private func throwKeptFailure() throws {
        if let failure = scheduler.takeFailures().first { throw failure }
    }

    /// Runs `work` on a global dispatch queue and waits for it without blocking.
    private static func offCooperativePool(_ work: @escaping @Sendable () throws -> Void)
        async throws
    {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
