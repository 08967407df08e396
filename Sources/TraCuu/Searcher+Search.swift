import TraCuuText

extension Searcher {
    /// The best `limit` documents for `query` after skipping `offset`, best first: those
    /// mentioning more of the query's entities first, then by score (`Explanation`); ties go
    /// to the earlier document. `since`/`until` (inclusive; a partial date counts from its
    /// first day or up to its last) and the query's `date:` filters keep documents whose
    /// date fits: every day it covers, so `2021` fits `date:2021` but not `date:2021-06`. A
    /// document without a date is left out when there is a date filter. A query of date
    /// filters only lists the documents that fit, newest first.
    ///
    /// Marks typed count but never exclude: when the query finds little (fewer than
    /// `littleFound` documents hold all its words, and no hit names what it names), its
    /// syllables typed with marks also match their other forms, at lower weights
    /// (`TermExpansion`), and those results are kept when more documents hold all the words.
    /// When it still finds none, the results carry a `suggestion` when one finds more
    /// (`Searcher+Suggestion`).
    ///
    /// The same as `rank(_:limit:offset:since:until:parameters:)` followed by
    /// `results(of:)`: use those to read only what is needed of each hit.
    public func search(_ query: Query, limit: Int = 10, offset: Int = 0,
                       since: CalendarDate? = nil, until: CalendarDate? = nil,
                       parameters: ScoringParameters = ScoringParameters()) throws
        -> SearchResults
    {
        try results(of: rank(query, limit: limit, offset: offset, since: since, until: until,
                             parameters: parameters))
    }

    /// The hits of `search(_:limit:offset:since:until:parameters:)`, ranked alike and with
    /// the same scores and figures, but without their stored fields and snippets: each hit
    /// has its id, score, explanation and entities, and a handle that reads the rest on
    /// demand (`document(_:)`, `hits(_:)`, `results(of:)`). No stored document is
    /// decompressed, so a caller that wants only ids and scores pays for the ranking alone.
    public func rank(_ query: Query, limit: Int = 10, offset: Int = 0,
                     since: CalendarDate? = nil, until: CalendarDate? = nil,
                     parameters: ScoringParameters = ScoringParameters()) throws
        -> RankedResults
    {
        var results = try rankedResults(query, limit: limit, offset: offset, since: since,
                                        until: until, parameters: parameters)
        func findsLittle(_ results: RankedResults) -> Bool {
            !query.clauses.isEmpty && results.allWordsMatches < Self.littleFound
                && !results.hits.contains { !$0.entities.isEmpty }
        }
        if findsLittle(results), query.text.unicodeScalars.contains(where: { !$0.isASCII }) {
            let lenient = try rankedResults(query, limit: limit, offset: offset, since: since,
                                            until: until, parameters: parameters,
                                            lenientMarks: true)
            if lenient.allWordsMatches > results.allWordsMatches { results = lenient }
        }
        if findsLittle(results), results.allWordsMatches == 0 {
            results.suggestion = try suggestion(for: query, finding: results.allWordsMatches,
                                                since: since, until: until)
        }
        return results
    }

    /// Fewer documents than this holding all of a query's words is finding little.
    public static let littleFound = 3

    /// `rank(_:limit:offset:since:until:parameters:)` without a suggestion, with the
    /// marks typed strict or lenient.
    func rankedResults(_ query: Query, limit: Int, offset: Int, since: CalendarDate?,
                       until: CalendarDate?, parameters: ScoringParameters,
                       lenientMarks: Bool = false) throws -> RankedResults
    {
        let dates = DateFilter(dates: query.dates, since: since, until: until)
        if query.clauses.isEmpty {
            return try listByDate(dates, limit: limit, offset: offset)
        }
        let segments = try loadedSegments()
        let totalLength = Self.totalLength(of: segments)
        let (query, readWords) = TypedReading.read(query, in: segments,
                                                   totalLength: totalLength)
        var plan = QueryPlan(query)
        let readings = QueryInterpretation.readings(of: plan, in: segments,
                                                    totalLength: totalLength)
        plan.confirmEntities(readAs: readings)
        var expansions = segments.map { segment in
            SegmentExpansion(plan: plan, readings: readings, lenientMarks: lenientMarks,
                             dictionary: segment.reader.dictionary)
        }
        let abbreviations = try AbbreviationSpan.expand(plan, into: &expansions,
                                                        segments: segments)
        let statistics = CollectionStatistics(plan: plan, expansions: expansions,
                                              segments: segments, totalLength: totalLength)
        // Documents that mention more of the query's entities come first (a resolution or a
        // name beats its words scattered over a page); then by score, then document order
        // (`TopKCollector`). Only the first offset + limit are needed, so the scorers skip
        // the positions of matches that cannot make them.
        let (wanted, overflow) = offset.addingReportingOverflow(limit)
        var collector = TopKCollector(capacity: overflow ? .max : wanted)
        var counts = MatchCounts()
        for (index, segment) in segments.enumerated() {
            let scorer = SegmentScorer(segment: segment, segmentIndex: index, plan: plan,
                                       expansion: expansions[index], statistics: statistics,
                                       parameters: parameters, dates: dates)
            try scorer.score(into: &collector, counts: &counts,
                             pruning: collector.capacity != .max && parameters.boundsHold)
        }
        let entries = Array(collector.best().dropFirst(offset).prefix(limit))
        let ranked = RankedQuery(plan: plan, expansions: expansions)
        let matched = try matchedEntities(of: entries, expansions: expansions)
        let hits = entries.enumerated().map { number, entry in
            RankedHit(handle: DocumentHandle(searcher: identity, segment: entry.segment,
                                             ordinal: entry.ordinal),
                      id: segments[entry.segment].reader.documents.id(Int(entry.ordinal)),
                      score: entry.explanation.total,
                      entities: matched[number].map { plan.entities[$0] },
                      explanation: entry.explanation, query: ranked)
        }
        let truncated = plan.terms.indices.filter { index in
            expansions.contains { $0.truncatedPrefixes.contains(index) }
        }
        return RankedResults(hits: hits, totalMatches: counts.total,
                             allWordsMatches: counts.allWords,
                             countsAreExact: counts.isExact,
                             interpretation: abbreviations.isEmpty
                                 ? Self.interpretation(plan, readings, readWords: readWords)
                                 : AbbreviationSpan.interpretation(of: abbreviations, plan: plan,
                                                                   readings: readings),
                             readWords: readWords,
                             droppedTerms: plan.droppedTerms,
                             syllableForms: SyllableForms.of(plan, readings: readings,
                                                             expansions: expansions,
                                                             segments: segments),
                             truncatedPrefixes: truncated.map { plan.terms[$0].keys.exact + "*" },
                             abbreviations: AbbreviationSpan.readings(of: abbreviations,
                                                                      plan: plan))
    }

    /// The plan entities (indices, ascending) each entry's document mentions: the entities'
    /// cursors sought to the documents of each segment in turn.
    private func matchedEntities(of entries: [TopKCollector.Entry],
                                 expansions: [SegmentExpansion]) throws -> [[Int]] {
        var matched = [[Int]](repeating: [], count: entries.count)
        let segments = try loadedSegments()
        for segment in Set(entries.map(\.segment)) {
            let reader = segments[segment].reader
            var cursors = try expansions[segment].entities.map { variants in
                try TermCursor(variants: variants, reader: reader)
            }
            let chosen = entries.indices.filter { entries[$0].segment == segment }
                .sorted { entries[$0].ordinal < entries[$1].ordinal }
            for number in chosen {
                let ordinal = entries[number].ordinal
                matched[number] = try cursors.indices.filter { index in
                    try cursors[index].seek(to: ordinal) == ordinal
                }
            }
        }
        return matched
    }

    /// The query with its syllables replaced by their chosen readings, when any was read
    /// otherwise than typed (or a typed word was read, `readWords`).
    private static func interpretation(_ plan: QueryPlan, _ readings: [String?],
                                       readWords: [WordReading]) -> String? {
        guard !readWords.isEmpty || readings.enumerated().contains(where: { index, reading in
            reading.map { $0 != plan.terms[index].keys.exact } ?? false
        }) else { return nil }
        return plan.terms.enumerated().map { index, term in readings[index] ?? term.keys.exact }
            .joined(separator: " ")
    }
}

