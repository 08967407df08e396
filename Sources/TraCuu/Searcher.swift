import Synchronization

/// A consistent, immutable view of one commit of an index. Sendable and cheap to share; it
/// keeps answering from its commit while a writer commits newer ones (its files stay mapped).
public final class Searcher: Sendable {
    /// The most syllables a query searches, and the most words a prefix (`a*`) expands to
    /// in a segment (as Lucene caps a query's clauses at 1,024). A longer query (a pasted
    /// article) is searched by its first ones (`SearchResults.droppedTerms`), so its cost
    /// stays bounded.
    public static let maximumQueryTerms = 1024

    /// The commit this searcher sees.
    public let generation: UInt64
    /// Its segments: mapped, not yet verified.
    let snapshot: [(segment: SharedSegment, tombstones: Tombstones?)]
    /// Its segments ready to search, built on first use (`loadedSegments()`).
    private let loaded = Mutex<[LoadedSegment]?>(nil)
    /// Live (not deleted) documents.
    public let documentCount: Int
    /// Tells this searcher's `DocumentHandle`s from those of others; unique in the process.
    let identity: UInt64

    private static let lastIdentity = Mutex<UInt64>(0)

    /// The commit of `manifest`, with its segments from `cache`: O(segments) for those open
    /// already, plus mapping the files of the others; no body is read. Throws `.notFound`
    /// when a writer removed a file meanwhile (read the manifest again then).
    init(manifest: Manifest, directory: any Directory, cache: SegmentCache) throws {
        let tombstones = try cache.tombstones(of: manifest, in: directory)
        let segments = try cache.segments(of: manifest, in: directory)
        generation = manifest.generation
        snapshot = Array(zip(segments, tombstones))
        documentCount = snapshot.reduce(0) { total, part in
            total + part.segment.documentCount - (part.tombstones?.count ?? 0)
        }
        identity = Self.lastIdentity.withLock { last in
            last += 1
            return last
        }
    }

    /// The snapshot's segments, ready to search. The first call (of any searcher in the
    /// process, per segment) verifies and decodes each segment's dictionary, document table
    /// and bigram counts (`SharedSegment.reader()`); later calls cost a lock. Throws
    /// `.corrupted` naming a damaged file.
    func loadedSegments() throws -> [LoadedSegment] {
        try loaded.withLock { loaded in
            if let loaded { return loaded }
            let segments = try snapshot.map { part in
                LoadedSegment(reader: try part.segment.reader(), tombstones: part.tombstones)
            }
            loaded = segments
            return segments
        }
    }

    /// Tokens in all live and deleted documents of `segments`, for BM25's average length.
    static func totalLength(of segments: [LoadedSegment]) -> UInt64 {
        segments.reduce(0) { $0 + $1.reader.totalLength }
    }

    /// The stored document with this id, if it is live.
    public func document(id: String) throws -> Document? {
        for segment in try loadedSegments().reversed() {
            for ordinal in segment.reader.documents.ordinals(of: id)
            where !segment.isDeleted(ordinal) {
                return try segment.reader.document(ordinal)
            }
        }
        return nil
    }

    /// Every live document holding the term with this exact key (a syllable key such as
    /// `quyết`, or an entity key such as `docref|nghi quyet|5`), with the term's positions.
    /// `folded` is the term's folded key (the dictionary's sort key), which for entity keys
    /// is `Entity.keys.folded`.
    public func postings(exact: String, folded: String) throws
        -> [(id: String, positions: [UInt32])]
    {
        var result: [(id: String, positions: [UInt32])] = []
        for segment in try loadedSegments() {
            guard let term = segment.reader.dictionary.term(exact: exact, folded: folded) else {
                continue
            }
            var cursor = try segment.reader.postings(ofTerm: term)
            while case let document = try cursor.advance(), document != PostingsCursor.end {
                guard Int(document) < segment.reader.documentCount else {
                    throw IndexError.corrupted(segment.reader.name + ".pst",
                                               "document \(document) out of range")
                }
                let positions = try cursor.positionsOfDocument()
                if !segment.isDeleted(Int(document)) {
                    result.append((segment.reader.documents.id(Int(document)), positions))
                }
            }
        }
        return result
    }
}

/// A segment of a searcher's snapshot, ready to search, with its deletions.
struct LoadedSegment: @unchecked Sendable {
    let reader: SegmentReader
    let tombstones: Tombstones?

    var liveCount: Int { reader.documentCount - (tombstones?.count ?? 0) }

    /// Whether any document of the segment is deleted.
    var hasDeletions: Bool { tombstones != nil }

    func isDeleted(_ ordinal: Int) -> Bool { tombstones?.contains(ordinal) ?? false }
}
