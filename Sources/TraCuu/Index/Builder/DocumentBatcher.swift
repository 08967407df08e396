/// The writer's documents before they reach a segment: added documents wait in a batch,
/// then are analysed together on `threads` threads, each building a segment of its own from
/// a share of the batch (analysis, postings, bigrams and stored fields all in parallel).
/// Not thread-safe: used by the writer's calling thread only.
final class DocumentBatcher {
    /// Documents per thread in one batch. The threads wait for each other at the end of each
    /// batch, and shares of even size take uneven time: on the news corpus two threads ran
    /// 1.65–1.81× one thread with 256 documents a thread, 1.68–2.03× with 2,048. A batch of
    /// large documents starts sooner: their text, held besides the buffer, stays under an
    /// eighth of it.
    private static let batchPerThread = 2048

    private let bufferBytes: Int
    /// One segment under construction per thread.
    private var lanes: [IndexingLane]
    /// Documents waiting to be indexed, and the UTF-8 bytes of their titles and bodies.
    private var pending: [Document] = []
    private var pendingBytes = 0

    init(threads: Int, bufferBytes: Int) {
        self.bufferBytes = bufferBytes
        lanes = (0..<max(1, threads)).map { _ in IndexingLane() }
    }

    /// Adds a document to the batch; returns whether the batch is full and should be
    /// indexed now (`takeBatch()`, `index(_:cancellation:)`).
    func append(_ document: Document) -> Bool {
        pending.append(document)
        pendingBytes += document.title.utf8.count + document.body.utf8.count
        return pending.count >= lanes.count * Self.batchPerThread
            || pendingBytes >= bufferBytes / 8
    }

    /// The waiting documents, without those a later one with the same id replaces; the
    /// batch is empty afterwards.
    func takeBatch() -> [Document] {
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }
        var ids = Set<String>()
        let kept = pending.reversed().filter { ids.insert($0.id).inserted }
        return kept.count == pending.count ? pending : kept.reversed()
    }

    /// Indexes a batch in parallel. Builders that reach their share of the buffer are set
    /// aside (`filled`) for the writer to write. Throws `IndexError.cancelled` as soon as
    /// `cancellation` returns true.
    func index(_ batch: [Document], cancellation: (@Sendable () -> Bool)?) throws {
        let shares = Self.shares(of: batch, count: lanes.count)
        let limit = max(1, bufferBytes / lanes.count)
        let lanes = lanes
        try ParallelWork.forEach(lanes.count) { lane in
            try lanes[lane].add(batch[shares[lane]], bufferLimit: limit,
                                cancellation: cancellation)
        }
    }

    /// The builders set aside full, until `clearFilled()` (after they were written).
    var filled: [SegmentBuilder] { lanes.flatMap(\.filled) }

    func clearFilled() {
        for lane in lanes { lane.filled = [] }
    }

    /// Marks deleted the buffered documents with this id; returns whether there was one.
    func deleteBuffered(id: String) -> Bool {
        var found = false
        for lane in lanes {
            if let ordinal = lane.builder.ordinal(of: id) {
                lane.builder.markDeleted(ordinal)
                found = true
            }
        }
        return found
    }

    /// The segments under construction, one per thread.
    var builders: [SegmentBuilder] { lanes.map(\.builder) }

    /// Starts new segments, once the writer wrote `builders`.
    func resetBuilders() {
        for lane in lanes { lane.builder = SegmentBuilder() }
    }

    /// Drops every waiting and buffered document.
    func reset() {
        pending.removeAll()
        pendingBytes = 0
        lanes = lanes.map { _ in IndexingLane() }
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
