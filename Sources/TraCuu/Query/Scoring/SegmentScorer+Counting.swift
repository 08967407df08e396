/// Terms that only count. Terms are read rarest first (by the most they can add). Before
/// each, the best documents of the term read last, or of an entity, set a bar: their parts
/// so far (BM25 and entities, which only grow) already give `capacity` documents that score
/// at least that. A document that no term read so far has touched mentions no query entity,
/// and can reach at most what the remaining terms add: their BM25 (below IDF × (k1 + 1)
/// each), their title weights, and the proximity of the neighbouring pairs among them. When
/// that is below the bar (or the collector's worst kept, from earlier segments), the
/// remaining terms add to the documents already touched and only count the others, for the
/// number of matches.
///
/// Not with phrases or a condition (`QueryCondition`): the bar's documents could fail them,
/// and a condition needs every term's postings in full.
extension SegmentScorer {
    /// Plan terms, those that can add the most first (ties in query order).
    var termsByBound: [Int] {
        plan.terms.indices.sorted { left, right in
            let (leftBound, rightBound) = (termBound(left), termBound(right))
            return leftBound != rightBound ? leftBound > rightBound : left < right
        }
    }

    /// Whether no document untouched in `table` can make the results through `terms` alone.
    /// The bar comes from `documents`: lists of touched documents, each without repeats.
    func newDocumentsCannotMakeIt(terms: ArraySlice<Int>, table: ScoreTable,
                                  documents: [[UInt32]], filter: DocumentFilter,
                                  collector: TopKCollector) -> Bool {
        guard plan.phrases.isEmpty, plan.condition == nil, collector.capacity > 0 else {
            return false
        }
        // Summed in another order than the scores: a margin for rounding.
        let most = remainingBound(terms) * (1 + 1e-9)
        func isAbove(_ bar: TopKCollector.Entry?) -> Bool {
            bar.map { $0.entityCount > 0 || $0.score > most } ?? false
        }
        return isAbove(collector.threshold) || documents.contains { documents in
            isAbove(table.threshold(of: documents, capacity: collector.capacity,
                                    segment: segmentIndex) { passes($0, filter) })
        }
    }

    /// The most term `index` adds to a document: BM25 (weights are at most 1) and title.
    private func termBound(_ index: Int) -> Double {
        statistics.idf(term: index) * (parameters.k1 + 1 + parameters.title)
    }

    /// The most `terms` add to a document holding no other query term or entity.
    private func remainingBound(_ terms: ArraySlice<Int>) -> Double {
        let remaining = Set(terms)
        var most = terms.reduce(0) { $0 + termBound($1) }
        for index in plan.terms.indices.dropLast() where isPair(index)
            && remaining.contains(index) && remaining.contains(index + 1) {
            most += proximityWeight(index)
        }
        if remaining.count == plan.terms.count, let whole = wholePhraseWeight { most += whole }
        return most
    }
}
