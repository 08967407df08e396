/// Scores one segment's documents for a query plan, document at a time: BM25 per syllable
/// (its forms weighted by match level), proximity of neighbouring syllables, entity
/// matches, title matches. Phrases, exclusions, the plan's condition, deletions and dates
/// filter.
///
/// The cursors of the query's terms and entities (`QueryCursors`) move together through the
/// documents any holds, in order. Each document's BM25 and entity parts come from the
/// frequencies; its title and proximity parts need positions, read only when an upper bound
/// of its score (`ScoreBounds`) can still beat the collector's worst kept. Until
/// `MatchCounts.exactLimit` documents matched, every match is visited and counted; past
/// it, MaxScore: the terms whose bounds together cannot lift a document into the results
/// stop leading the walk and are only sought for the documents the others find, and such
/// documents are not counted (`MatchCounts.isExact` false). Memory: the cursors and the
/// collector, whatever the segment's size.
struct SegmentScorer {
    let segment: LoadedSegment
    /// The segment's place in the searcher, for the collector's order.
    let segmentIndex: Int
    let plan: QueryPlan
    let expansion: SegmentExpansion
    let statistics: CollectionStatistics
    let parameters: ScoringParameters
    /// The query's date filters, checked against the segment's document dates.
    let dates: DateFilter

    /// Adds the segment's matches that can make `collector`'s best to it, counting matches
    /// in `counts`. Without `pruning`, every match is scored in full and counted.
    func score(into collector: inout TopKCollector, counts: inout MatchCounts,
               pruning: Bool) throws {
        var cursors = try QueryCursors(plan: plan, expansion: expansion, reader: segment.reader)
        let bounds = ScoreBounds(scorer: self, termOf: cursors.termOf,
                                 distinctTerms: cursors.terms.count)
        let order = termsByBound
        var leaders = Leaders(terms: Array(cursors.terms.indices), threshold: nil)
        var held = [Bool](repeating: false, count: cursors.terms.count)
        while true {
            let skips = pruning && !counts.isCounting && collector.capacity > 0
            if skips, let threshold = collector.threshold, threshold != leaders.threshold {
                leaders = bounds.leaders(beating: threshold, hasEntities: !plan.entities.isEmpty)
                if leaders.terms.count < cursors.terms.count { counts.markInexact() }
            }
            // The next document a leader stands on.
            var document = TermCursor.end
            for index in leaders.terms { document = min(document, cursors.terms[index].document) }
            for index in cursors.entities.indices {
                document = min(document, cursors.entities[index].document)
            }
            guard document != TermCursor.end else { break }
            try visit(document, cursors: &cursors, held: &held, leaders: leaders,
                      bounds: bounds, order: order, skips: skips, collector: &collector,
                      counts: &counts)
            for index in leaders.terms where cursors.terms[index].document == document {
                try cursors.terms[index].advance()
            }
            for index in cursors.entities.indices
            where cursors.entities[index].document == document {
                try cursors.entities[index].advance()
            }
        }
    }

    /// Scores `document`, on which some leader stands: entities, then the other terms
    /// sought while the document can still make the results, filters, counts, BM25, and
    /// the positional parts when its bound beats the collector's worst kept.
    private func visit(_ document: UInt32, cursors: inout QueryCursors, held: inout [Bool],
                       leaders: Leaders, bounds: ScoreBounds, order: [Int], skips: Bool,
                       collector: inout TopKCollector, counts: inout MatchCounts) throws {
        var parts = Explanation()
        var entityCount = 0
        for index in cursors.entities.indices where cursors.entities[index].document == document {
            let idf = statistics.entityIDF(index)
            let qualified = try cursors.isQualified(index, document)
            parts.entities += parameters.entity * idf * cursors.entities[index].weight
                + (qualified ? parameters.qualifiedEntity * idf : 0)
            entityCount += 1
        }
        func canBeat(_ score: Double) -> Bool {
            guard skips, let threshold = collector.threshold else { return true }
            return TopKCollector.isBetter(
                TopKCollector.Entry(segment: segmentIndex, ordinal: document,
                                    entityCount: entityCount, score: score),
                threshold)
        }
        // The terms that do not lead, sought only while the document can make it.
        if leaders.terms.count < cursors.terms.count {
            var most = parts.entities
            for index in cursors.terms.indices
            where !leaders.isLeader[index] || cursors.holds(index, document) {
                most += bounds.ofDistinctTerm[index]
            }
            for index in leaders.others {
                guard canBeat(most * ScoreBounds.margin) else { return counts.markInexact() }
                most -= bounds.ofDistinctTerm[index]
                if try cursors.terms[index].seek(to: document) == document {
                    most += bounds.ofDistinctTerm[index]
                }
            }
            guard canBeat(most * ScoreBounds.margin) else { return counts.markInexact() }
        }
        for index in held.indices { held[index] = cursors.holds(index, document) }
        guard try passes(document, cursors: &cursors, held: held) else { return }
        counts.total += 1
        if !plan.terms.isEmpty, cursors.termOf.allSatisfy({ held[$0] }) { counts.allWords += 1 }
        guard collector.capacity > 0 else { return }
        let titleBound = addBM25(document, cursors: cursors, held: held, order: order,
                                 to: &parts)
        if pruning(collector), let threshold = collector.threshold {
            let best = bounds.best(parts, titleBound: titleBound, held: held,
                                   termOf: cursors.termOf)
            guard TopKCollector.isBetter(
                TopKCollector.Entry(segment: segmentIndex, ordinal: document,
                                    entityCount: entityCount, score: best.total),
                threshold) else { return }
        }
        try addPositionalParts(document, cursors: &cursors, held: held, order: order,
                               to: &parts)
        collector.add(TopKCollector.Entry(segment: segmentIndex, ordinal: document,
                                          entityCount: entityCount, score: parts.total,
                                          explanation: parts))
    }

    /// Whether upper bounds may skip scoring: the usual parameter ranges and a bounded
    /// collector.
    private func pruning(_ collector: TopKCollector) -> Bool {
        parameters.boundsHold && collector.capacity != .max
    }

    /// BM25 of the held terms, summed rarest first (`termsByBound`); returns the most the
    /// title part can reach, summed in the same order.
    private func addBM25(_ document: UInt32, cursors: QueryCursors, held: [Bool],
                         order: [Int], to parts: inout Explanation) -> Double {
        let length = Double(segment.reader.documents.length(Int(document)))
        let k1 = parameters.k1, b = parameters.b
        let norm = k1 * (1 - b + b * length / statistics.averageLength)
        var titleBound = 0.0
        for index in order {
            let cursor = cursors.termOf[index]
            guard held[cursor] else { continue }
            let term = cursors.terms[cursor]
            let idf = statistics.idf(term: index)
            let frequency = Double(term.frequency)
            parts.bm25 += term.weight * idf * frequency * (k1 + 1) / (frequency + norm)
            titleBound += parameters.title * idf * term.weight
        }
        return titleBound
    }

    /// Plan terms, those that can add the most first (ties in query order): the order
    /// their parts are summed in.
    var termsByBound: [Int] {
        plan.terms.indices.sorted { left, right in
            let (leftBound, rightBound) = (ScoreBounds.termBound(left, scorer: self),
                                           ScoreBounds.termBound(right, scorer: self))
            return leftBound != rightBound ? leftBound > rightBound : left < right
        }
    }

    /// Which terms lead the walk: every term while counting; past that, those whose bounds
    /// can lift a document into the results (`ScoreBounds.leaders(beating:hasEntities:)`).
    struct Leaders {
        let terms: [Int]
        /// The others, the most they can add first.
        let others: [Int]
        let isLeader: [Bool]
        /// The collector's worst kept when they were chosen.
        let threshold: TopKCollector.Entry?

        init(terms: [Int], others: [Int] = [], threshold: TopKCollector.Entry?) {
            self.terms = terms
            self.others = others
            var isLeader = [Bool](repeating: false, count: terms.count + others.count)
            for index in terms { isLeader[index] = true }
            self.isLeader = isLeader
            self.threshold = threshold
        }
    }
}
