import TraCuuText

extension Searcher {
    /// The stored document of a ranked hit (`RankedHit.handle`): id, title, body, date,
    /// source, path and further fields. Decompresses the document's stored block. Throws
    /// `IndexError.Code.otherSearcher` for a handle that another searcher made.
    public func document(_ handle: DocumentHandle) throws -> Document {
        try check(handle)
        return try loadedSegments()[handle.segment].reader.document(Int(handle.ordinal))
    }

    /// The full hits of `ranked` (a page of `RankedResults.hits`, or a few chosen), in their
    /// order: each with its stored fields and a snippet that marks what its query matched,
    /// as `search(_:limit:offset:since:until:parameters:)` makes them. The snippet marks of
    /// one segment's hits are read together. Throws `IndexError.Code.otherSearcher` for a
    /// hit that another searcher ranked.
    public func hits(_ ranked: some Collection<RankedHit>) throws -> [Hit] {
        let ranked = Array(ranked)
        for hit in ranked { try check(hit.handle) }
        let segments = try loadedSegments()
        let marks = try snippetMarks(of: ranked, segments: segments)
        var hits: [Hit] = []
        hits.reserveCapacity(ranked.count)
        for (rankedHit, marks) in zip(ranked, marks) {
            let handle = rankedHit.handle
            let (document, checkpoints) = try segments[handle.segment].reader
                .documentWithCheckpoints(Int(handle.ordinal))
            hits.append(hit(rankedHit, document, marks: marks, checkpoints: checkpoints))
        }
        return hits
    }

    /// The full hit of one ranked hit: `hits(_:)` of it alone.
    public func hit(_ ranked: RankedHit) throws -> Hit {
        try hits(CollectionOfOne(ranked))[0]
    }

    /// `ranked` with every hit read in full (`hits(_:)`): what
    /// `search(_:limit:offset:since:until:parameters:)` returns for the same query.
    public func results(of ranked: RankedResults) throws -> SearchResults {
        SearchResults(ranked, hits: try hits(ranked.hits))
    }

    /// Throws unless this searcher made `handle`.
    private func check(_ handle: DocumentHandle) throws {
        guard handle.searcher == identity else {
            throw IndexError(.otherSearcher, "a document handle from another searcher: "
                             + "fetch a hit with the searcher that ranked it")
        }
    }

    /// The snippet marks of each hit's document: those of one query's hits in one segment
    /// read together, in document order. None for a listing by date.
    private func snippetMarks(of hits: [RankedHit], segments: [LoadedSegment]) throws
        -> [[SnippetMark]]
    {
        var marks = [[SnippetMark]](repeating: [], count: hits.count)
        let groups = Dictionary(grouping: hits.indices) { index in
            GroupKey(query: ObjectIdentifier(hits[index].query),
                     segment: hits[index].handle.segment)
        }
        for chosen in groups.values {
            let query = hits[chosen[0]].query, segment = hits[chosen[0]].handle.segment
            guard let plan = query.plan else { continue }
            // Ascending and once each, as the postings are read (a hit may be chosen twice).
            let ordinals = Set(chosen.map { hits[$0].handle.ordinal }).sorted()
            let found = try SnippetMarks.read(plan, expansion: query.expansions[segment],
                                              reader: segments[segment].reader,
                                              documents: ordinals)
            let byOrdinal = Dictionary(uniqueKeysWithValues: zip(ordinals, found))
            for index in chosen { marks[index] = byOrdinal[hits[index].handle.ordinal] ?? [] }
        }
        return marks
    }

    private struct GroupKey: Hashable {
        let query: ObjectIdentifier
        let segment: Int
    }

    /// The hit for `document`. The snippet shows `marks`, and the mentions of matched
    /// entities other than names, found again by their recognisers (`EntitySpans`).
    private func hit(_ ranked: RankedHit, _ document: Document, marks: [SnippetMark],
                     checkpoints: BodyCheckpoints) -> Hit {
        let snippet = SnippetBuilder.snippet(
            of: document.body, marks: marks,
            entities: ranked.entities.filter { !SnippetMarks.isName($0) },
            checkpoints: checkpoints)
        return Hit(id: document.id, score: ranked.score, title: document.title,
                   date: document.date, source: document.source, path: document.path,
                   snippet: snippet, entities: ranked.entities,
                   explanation: ranked.explanation)
    }
}
