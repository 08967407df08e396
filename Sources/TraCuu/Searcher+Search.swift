import TraCuuText

extension Searcher {
    /// The best `limit` documents for `query` after skipping `offset`, best first: those
    /// mentioning more of the query's entities first, then by score (`Explanation`); ties go
    /// to the earlier document. `since`/`until` (`YYYY-MM-DD`, inclusive) and the query's
    /// `date:` filters keep documents whose stored date fits; a document without a date is
    /// left out when there is a date filter.
    public func search(_ query: Query, limit: Int = 10, offset: Int = 0,
                       since: String? = nil, until: String? = nil,
                       parameters: ScoringParameters = ScoringParameters()) throws
        -> SearchResults
    {
        let plan = QueryPlan(query)
        let readings = QueryInterpretation.readings(of: plan, in: segments)
        let statistics = CollectionStatistics(plan: plan, readings: readings,
                                              segments: segments, totalLength: totalLength)
        var candidates: [(segment: Int, scored: SegmentScorer.Scored)] = []
        for (index, segment) in segments.enumerated() {
            let scorer = SegmentScorer(segment: segment, plan: plan, readings: readings,
                                       statistics: statistics, parameters: parameters)
            candidates += try scorer.score().map { (index, $0) }
        }
        // Documents that mention more of the query's entities come first (a resolution or a
        // name beats its words scattered over a page); then by score, then document order.
        candidates.sort { left, right in
            let l = left.scored.matchedEntities.count, r = right.scored.matchedEntities.count
            if l != r { return l > r }
            let a = left.scored.explanation.total, b = right.scored.explanation.total
            if a != b { return a > b }
            if left.segment != right.segment { return left.segment < right.segment }
            return left.scored.ordinal < right.scored.ordinal
        }
        let filter = DateFilter(dates: plan.dates, since: since, until: until)
        var hits: [Hit] = []
        var matches = filter.isEmpty ? candidates.count : 0
        for (rank, candidate) in candidates.enumerated() {
            if filter.isEmpty {
                guard rank >= offset else { continue }
                guard hits.count < limit else { break }
            }
            let document = try segments[candidate.segment].reader
                .document(candidate.scored.ordinal)
            if !filter.isEmpty {
                guard filter.accepts(document.date) else { continue }
                matches += 1
                guard matches > offset, hits.count < limit else { continue }
            }
            hits.append(hit(document, candidate.scored, plan: plan))
        }
        return SearchResults(hits: hits, totalMatches: matches,
                             interpretation: Self.interpretation(plan, readings))
    }

    private func hit(_ document: Document, _ scored: SegmentScorer.Scored,
                     plan: QueryPlan) -> Hit {
        let entities = scored.matchedEntities.map { plan.entities[$0] }
        let keys = Set(entities.flatMap { [$0.keys.exact, $0.keys.folded] })
        let spans = Analyzer(mode: .document).analyze(document.body).entities
            .filter { keys.contains($0.keys.exact) || keys.contains($0.keys.folded) }
            .map(\.utf8Range)
        let snippet = SnippetBuilder.snippet(of: document.body, matches: { token in
            plan.terms.contains { term in
                if term.isPrefix {
                    return token.folded.hasPrefix(term.keys.folded)
                        && (!term.isMarked || token.exact.hasPrefix(term.keys.exact))
                }
                return term.isMarked ? token.exact == term.keys.exact
                    : token.folded == term.keys.folded
            }
        }, entitySpans: spans)
        return Hit(id: document.id, score: scored.explanation.total, title: document.title,
                   date: document.date, source: document.source, path: document.path,
                   snippet: snippet, entities: entities, explanation: scored.explanation)
    }

    /// The query with unmarked syllables replaced by their chosen readings, when any was.
    private static func interpretation(_ plan: QueryPlan, _ readings: [String?]) -> String? {
        guard readings.enumerated().contains(where: { index, reading in
            reading.map { $0 != plan.terms[index].keys.exact } ?? false
        }) else { return nil }
        return plan.terms.enumerated().map { index, term in readings[index] ?? term.keys.exact }
            .joined(separator: " ")
    }
}

/// `date:` filters and `since`/`until` bounds over stored `YYYY-MM-DD` dates.
struct DateFilter {
    let dates: [String]
    let since: String?
    let until: String?

    var isEmpty: Bool { dates.isEmpty && since == nil && until == nil }

    func accepts(_ date: String?) -> Bool {
        guard !isEmpty else { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        if let until, String(date.prefix(until.count)) > until { return false }
        return dates.isEmpty || dates.contains { date.hasPrefix($0) }
    }
}
