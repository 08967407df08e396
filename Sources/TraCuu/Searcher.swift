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
    let segments: [LoadedSegment]
    /// Live (not deleted) documents.
    public let documentCount: Int
    /// Tokens in all live and deleted documents, for BM25's average length.
    let totalLength: UInt64
    /// Scoring memory kept between searches, per segment.
    let workspaces: WorkspacePool

    init(directory: any Directory) throws {
        var attempt = 0
        while true {
            do {
                let manifest = try Manifest(reading: directory)
                let segments = try manifest.segments.map { entry in
                    try LoadedSegment(entry: entry, directory: directory)
                }
                self.generation = manifest.generation
                self.segments = segments
                documentCount = segments.reduce(0) { $0 + $1.liveCount }
                workspaces = WorkspacePool(documentCounts: segments.map(\.reader.documentCount))
                totalLength = segments.reduce(0) { total, segment in
                    (0..<segment.reader.documentCount).reduce(total) {
                        $0 + UInt64(segment.reader.documents.length($1))
                    }
                }
                return
            } catch IndexError.Code.notFound where attempt < 5 {
                // A writer replaced the manifest and removed its files meanwhile: read again.
                attempt += 1
            }
        }
    }

    /// The stored document with this id, if it is live.
    public func document(id: String) throws -> Document? {
        for segment in segments.reversed() {
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
        for segment in segments {
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

/// A segment of a searcher's snapshot with its deletions.
struct LoadedSegment: @unchecked Sendable {
    let reader: SegmentReader
    let tombstones: Tombstones?

    init(entry: Manifest.Segment, directory: any Directory) throws {
        reader = try SegmentReader(name: entry.name, directory: directory)
        guard reader.documentCount == entry.documentCount else {
            throw IndexError.corrupted(SegmentFormat.manifestName,
                                       "segment \(entry.name) size differs from its files")
        }
        tombstones = entry.deletes.isEmpty ? nil
            : try Tombstones(directory.read(entry.deletes), name: entry.deletes,
                             documentCount: reader.documentCount)
    }

    var liveCount: Int { reader.documentCount - (tombstones?.count ?? 0) }

    /// Whether any document of the segment is deleted.
    var hasDeletions: Bool { tombstones != nil }

    func isDeleted(_ ordinal: Int) -> Bool { tombstones?.contains(ordinal) ?? false }
}
