/// How an index is written. Defaults suit most archives.
public struct IndexOptions: Sendable, Hashable {
    /// Memory for buffered documents before they are flushed to a segment, shared equally
    /// by the threads. The writer's memory stays bounded however large the input: in
    /// practice up to about twice this, with what segment writing needs on top.
    public var bufferBytes: Int = 256 << 20
    /// Segments of one size class merged at once; keeps the segment count logarithmic.
    public var mergeFactor: Int = 10
    /// Threads that build segments, each its own from a share of every batch of added
    /// documents; 1 builds on the calling thread. With several, a commit writes one segment
    /// per thread, and documents added one after another may sit in different segments (the
    /// order that breaks ranking ties then depends on the thread count).
    public var threads: Int = 1
    /// When the merges `mergeFactor` asks for run: by default on a thread of the writer's
    /// own after each commit, so a commit returns once durable.
    public var mergeScheduling: MergeScheduling = .background

    public init(bufferBytes: Int = 256 << 20, mergeFactor: Int = 10, threads: Int = 1,
                mergeScheduling: MergeScheduling = .background) {
        self.bufferBytes = bufferBytes
        self.mergeFactor = mergeFactor
        self.threads = threads
        self.mergeScheduling = mergeScheduling
    }
}

/// When an `IndexWriter` runs the merges that keep the segment count logarithmic.
public enum MergeScheduling: Sendable, Hashable {
    /// After each commit, on a thread of the writer's own; failures go to
    /// `IndexWriter.onMergeFailure`, or are thrown by `waitForMerges()` or `close()`.
    case background
    /// Only when the caller calls `IndexWriter.runMerges()`, on the calling thread.
    case manual
}
