import Synchronization

/// The memory one search works in for one segment: dense arrays by document ordinal (the
/// score table and the scratch for merging a term's variants) and the arrays of earlier
/// terms' postings. Allocating and zeroing them costs more than scoring a rare word, so a
/// searcher keeps them between searches (`WorkspacePool`); a search leaves them as it found
/// them.
struct SegmentWorkspace {
    var table: ScoreTable
    var scratch: DocumentScratch
    /// Upper bounds of the candidates (`SegmentScorer.addBest`), kept for their memory: at
    /// most 32 bytes per document of the segment.
    var bounds: [TopKCollector.Entry] = []
    /// Postings memory for the next terms read (`TermPostings(reusing:)`).
    private var sparePostings: [TermPostings] = []
    /// The most spares kept, and the most positions one may hold: about 10 MiB at most.
    static let spareLimit = 8
    static let spareCapacityLimit = 1 << 18

    init(documentCount: Int) {
        table = ScoreTable(documentCount: documentCount)
        scratch = DocumentScratch(documentCount: documentCount)
    }

    /// The bounds' memory, emptied.
    mutating func takeBounds() -> [TopKCollector.Entry] {
        var taken: [TopKCollector.Entry] = []
        swap(&taken, &bounds)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Postings memory to read a term into: a spare, or none yet.
    mutating func takePostings() -> TermPostings {
        sparePostings.popLast() ?? TermPostings()
    }

    /// Keeps the memory of postings no longer needed, within the limits.
    mutating func recycle(_ postings: [TermPostings]) {
        for spare in postings where sparePostings.count < Self.spareLimit
            && spare.positions.capacity <= Self.spareCapacityLimit {
            sparePostings.append(spare)
        }
    }
}

/// A searcher's spare workspaces, per segment: one is taken for each search and given back
/// after it. Thread-safe; keeps at most `limit` spares per segment (one per search running
/// at once, in practice).
final class WorkspacePool: Sendable {
    private let documentCounts: [Int]
    private let spares: Mutex<[[SegmentWorkspace]]>
    static let limit = 4

    init(documentCounts: [Int]) {
        self.documentCounts = documentCounts
        spares = Mutex(Array(repeating: [], count: documentCounts.count))
    }

    /// A clean workspace for segment number `segment`: a spare, or a new one.
    func take(segment: Int) -> SegmentWorkspace {
        spares.withLock { $0[segment].popLast() }
            ?? SegmentWorkspace(documentCount: documentCounts[segment])
    }

    /// Clears `workspace` and keeps it for the next search, unless enough are kept.
    func giveBack(_ workspace: consuming SegmentWorkspace, segment: Int) {
        workspace.table.clear()
        let cleared = workspace
        spares.withLock { spares in
            if spares[segment].count < Self.limit { spares[segment].append(cleared) }
        }
    }
}
