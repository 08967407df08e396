/// What an index holds, as `tracuu stats` shows it.
public struct IndexStatistics: Sendable, Hashable {
    /// Live documents.
    public var documents: Int
    /// Deleted documents still taking space until a merge reclaims them.
    public var deleted: Int
    public var segments: Int
    /// Dictionary entries, summed over segments (syllable forms and entity keys).
    public var terms: Int
    /// (term, document) pairs, summed over segments.
    public var postings: Int
    /// Bytes per segment file kind: `dic`, `pst`, `pos`, `doc`, `bgr`, `fdt` (tombstone files
    /// and the manifest are not counted).
    public var bytes: [String: Int]
    /// The commit generation.
    public var generation: UInt64
    public var formatVersion: Int
}

extension Searcher {
    /// Counts of documents, segments, terms, postings and bytes in this snapshot.
    public func statistics() throws -> IndexStatistics {
        var statistics = IndexStatistics(
            documents: documentCount, deleted: 0, segments: 0, terms: 0,
            postings: 0, bytes: [:], generation: generation,
            formatVersion: Int(FileEnvelope.formatVersion))
        let segments = try loadedSegments()
        statistics.segments = segments.count
        for segment in segments {
            statistics.deleted += segment.tombstones?.count ?? 0
            statistics.terms += segment.reader.dictionary.termCount
            for term in 0..<segment.reader.dictionary.termCount {
                statistics.postings += Int(segment.reader.dictionary.stats(term).documentFrequency)
            }
            statistics.bytes.merge(segment.reader.fileSizes, uniquingKeysWith: +)
        }
        return statistics
    }

    /// Verifies the checksum of every file of every segment, again even where a search
    /// already did, then decodes every posting and position of every term and reads every
    /// stored document. Throws `IndexError.corrupted` naming the first damaged file. Reads
    /// the whole index: O(index size).
    public func verify() throws {
        for segment in try loadedSegments() {
            let reader = segment.reader
            try reader.verifyFiles(again: true)
            for term in 0..<reader.dictionary.termCount {
                let stats = reader.dictionary.stats(term)
                var cursor = try reader.postings(ofTerm: term)
                var documents: UInt32 = 0
                var previous: UInt32?
                while case let document = try cursor.advance(), document != PostingsCursor.end {
                    guard Int(document) < reader.documentCount,
                          previous.map({ document > $0 }) ?? true else {
                        throw IndexError.corrupted(reader.name + ".pst",
                                                   "postings out of order or range")
                    }
                    _ = try cursor.positionsOfDocument()
                    previous = document
                    documents += 1
                }
                guard documents == stats.documentFrequency else {
                    throw IndexError.corrupted(reader.name + ".dic",
                                               "document frequency does not match postings")
                }
            }
            for ordinal in 0..<reader.documentCount {
                let document = try reader.document(ordinal)
                guard document.id == reader.documents.id(ordinal) else {
                    throw IndexError.corrupted(reader.name + ".fdt", "stored id mismatch")
                }
            }
        }
    }
}
