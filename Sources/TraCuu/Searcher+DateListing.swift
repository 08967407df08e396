import TraCuuText

extension Searcher {
    /// The live documents with a date, in every segment: 0 tells that a date filter can
    /// match nothing. Counted on each call, from the dates beside the ids (no stored field).
    /// Throws `IndexError.corrupted` when a segment's files are damaged.
    public var datedDocumentCount: Int {
        get throws {
            try loadedSegments().reduce(0) { total, segment in
                let documents = segment.reader.documents
                return (0..<documents.count).reduce(total) { count, ordinal in
                    documents.dateCode(ordinal) != DateCode.none && !segment.isDeleted(ordinal)
                        ? count + 1 : count
                }
            }
        }
    }

    /// The documents that pass `dates`, newest first (a day before the month or year it is
    /// in, when dates are partial), ties in index order; for a query of filters only. Hits
    /// score 0 and their snippet is the body's beginning.
    func listByDate(_ dates: DateFilter, limit: Int, offset: Int) throws -> RankedResults {
        var found: [(code: UInt32, segment: Int, ordinal: Int)] = []
        let segments = try loadedSegments()
        for (index, segment) in segments.enumerated() {
            let documents = segment.reader.documents
            for ordinal in 0..<documents.count where !segment.isDeleted(ordinal) {
                let code = documents.dateCode(ordinal)
                if dates.accepts(code) { found.append((code, index, ordinal)) }
            }
        }
        found.sort { ($1.code, $0.segment, $0.ordinal) < ($0.code, $1.segment, $1.ordinal) }
        let hits = found.dropFirst(offset).prefix(limit).map { entry in
            RankedHit(handle: DocumentHandle(searcher: identity, segment: entry.segment,
                                             ordinal: UInt32(entry.ordinal)),
                      id: segments[entry.segment].reader.documents.id(entry.ordinal), score: 0,
                      entities: [], explanation: Explanation(), query: .dateListing)
        }
        return RankedResults(hits: hits, totalMatches: found.count,
                             allWordsMatches: found.count, interpretation: nil)
    }
}
