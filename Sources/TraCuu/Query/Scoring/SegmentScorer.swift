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
        let required = requiredTerms(cursors.termOf)
        var leaders = required.isEmpty
            ? Leaders(terms: Array(cursors.terms.indices), threshold: nil)
            : Leaders(required: required, cursors: cursors, bounds: bounds)
        var held = [Bool](repeating: false, count: cursors.terms.count)
        var window = BlockWindow(first: 1, lastDocument: 0, most: 0)
        while true {
            let skips = pruning && !counts.isCounting && collector.capacity > 0
            if skips, required.isEmpty, let threshold = collector.threshold,
               !leaders.wereChosen(for: threshold) {
                leaders = bounds.leaders(beating: threshold, hasEntities: !plan.entities.isEmpty)
                if leaders.terms.count < cursors.terms.count { counts.markInexact() }
            }
            // The next document a leader stands on.
            var document = TermCursor.end
            for index in leaders.terms { document = min(document, cursors.terms[index].document) }
            for index in cursors.entities.indices where leaders.entitiesLead {
                document = min(document, cursors.entities[index].document)
            }
            guard document != TermCursor.end else { break }
            for index in cursors.entities.indices where !leaders.entitiesLead {
                try cursors.entities[index].seek(to: document)
            }
            if skips, let threshold = collector.threshold, threshold.entityCount == 0 {
                if !window.covers(document) {
                    window = blockWindow(from: document, cursors: cursors, bounds: bounds)
                }
                if !beats(threshold, document, entityCount: 0,
                          score: window.most * ScoreBounds.margin) {
                    counts.markInexact()
                    guard window.lastDocument < TermCursor.end - 1 else { break }
                    for index in leaders.terms {
                        try cursors.terms[index].seek(to: window.lastDocument + 1)
                    }
                    continue
                }
            }
            try visit(document, cursors: &cursors, held: &held, leaders: leaders,
                      bounds: bounds, order: order, skips: skips, collector: &collector,
                      counts: &counts)
            for index in leaders.terms where cursors.terms[index].document == document {
                try cursors.terms[index].advance()
            }
            for index in cursors.entities.indices
            where leaders.entitiesLead && cursors.entities[index].document == document {
                try cursors.entities[index].advance()
            }
        }
    }

    /// The most a document can score from `first` to `lastDocument` when it mentions no
    /// query entity: each term's blocks there bound its part (block-max); the window ends at
    /// the first block end among them, or before the next entity mention.
    struct BlockWindow {
        let first: UInt32
        let lastDocument: UInt32
        let most: Double

        func covers(_ document: UInt32) -> Bool { first <= document && document <= lastDocument }
    }

    /// The window from `document`, on which some leader stands; an empty one scoring
    /// without bound when an entity stands there.
    private func blockWindow(from document: UInt32, cursors: QueryCursors,
                             bounds: ScoreBounds) -> BlockWindow {
        var lastDocument = TermCursor.end - 1
        for index in cursors.entities.indices {
            let mention = cursors.entities[index].document
            guard mention > document else {
                return BlockWindow(first: document, lastDocument: document, most: .infinity)
            }
            lastDocument = min(lastDocument, mention - 1)
        }
        var most = 0.0
        for index in cursors.terms.indices {
            guard let block = cursors.terms[index].blockMaximum(from: document) else {
                most += bounds.ofDistinctTerm[index]
                continue
            }
            lastDocument = min(lastDocument, block.lastDocument)
            most += bounds.bound(ofDistinctTerm: index, in: block.maximum,
                                 weight: cursors.terms[index].maximumWeight)
        }
        return BlockWindow(first: document, lastDocument: lastDocument, most: most)
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
        // The terms that do not lead, sought only while the document can make it (past
        // the exact count).
        if leaders.terms.count < cursors.terms.count {
            let threshold = skips ? collector.threshold : nil
            func canBeat(_ score: Double) -> Bool {
                beats(threshold, document, entityCount: entityCount,
                      score: score * ScoreBounds.margin)
            }
            var most = parts.entities
            for index in cursors.terms.indices
            where !leaders.isLeader[index] || cursors.holds(index, document) {
                most += bounds.ofDistinctTerm[index]
            }
            for index in leaders.others {
                guard canBeat(most) else { return counts.markInexact() }
                most -= bounds.ofDistinctTerm[index]
                if try cursors.terms[index].seek(to: document) == document {
                    most += bounds.ofDistinctTerm[index]
                } else if leaders.isRequired[index] {
                    return
                }
            }
            guard canBeat(most) else { return counts.markInexact() }
        }
        var heldMost = parts.entities
        for index in held.indices {
            held[index] = cursors.holds(index, document)
            if held[index] { heldMost += bounds.ofDistinctTerm[index] }
        }
        // Whether the terms it holds, at their most, may lift it into the results: else
        // it is only counted (while counting) or left (past that).
        let mayMakeIt = !pruning(collector)
            || beats(collector.threshold, document, entityCount: entityCount,
                     score: heldMost * ScoreBounds.margin)
        if skips, !mayMakeIt { return counts.markInexact() }
        // Past the exact count, a document that cannot make the results is not checked
        // against the filters (its phrases may need positions) nor counted.
        var titleBound = 0.0
        if skips {
            titleBound = addBM25(document, cursors: cursors, held: held, order: order,
                                 to: &parts)
            guard canMakeIt(document, parts, titleBound: titleBound, entityCount: entityCount,
                            held: held, termOf: cursors.termOf, bounds: bounds,
                            collector: collector)
            else { return counts.markInexact() }
        }
        guard try passes(document, cursors: &cursors, held: held) else { return }
        counts.total += 1
        if !plan.terms.isEmpty, cursors.termOf.allSatisfy({ held[$0] }) { counts.allWords += 1 }
        guard collector.capacity > 0, mayMakeIt else { return }
        if !skips {
            titleBound = addBM25(document, cursors: cursors, held: held, order: order,
                                 to: &parts)
            guard !pruning(collector)
                || canMakeIt(document, parts, titleBound: titleBound, entityCount: entityCount,
                             held: held, termOf: cursors.termOf, bounds: bounds,
                             collector: collector)
            else { return }
        }
        let most = bounds.best(parts, titleBound: titleBound, held: held, termOf: cursors.termOf)
        guard try addPositionalParts(
            document, cursors: &cursors, held: held, order: order, to: &parts,
            giveUp: pruning(collector) ? collector.threshold : nil,
            bound: (most: most.total, entityCount: entityCount), pairs: bounds.pairs)
        else { return }
        collector.add(TopKCollector.Entry(segment: segmentIndex, ordinal: document,
                                          entityCount: entityCount, score: parts.total,
                                          explanation: parts))
    }

    /// Whether `document`, with `parts` final for BM25 and entities, may beat the
    /// collector's worst kept once its title and proximity parts are added.
    private func canMakeIt(_ document: UInt32, _ parts: Explanation, titleBound: Double,
                           entityCount: Int, held: [Bool], termOf: [Int], bounds: ScoreBounds,
                           collector: TopKCollector) -> Bool {
        guard collector.threshold != nil else { return true }
        let best = bounds.best(parts, titleBound: titleBound, held: held, termOf: termOf)
        return beats(collector.threshold, document, entityCount: entityCount, score: best.total)
    }

    /// Whether `document`, mentioning `entityCount` query entities and scoring `score`, comes
    /// before `threshold` (the collector's worst kept) in the results; true without one.
    func beats(_ threshold: TopKCollector.Entry?, _ document: UInt32, entityCount: Int,
               score: Double) -> Bool {
        threshold.map { threshold in
            TopKCollector.isBetter(
                TopKCollector.Entry(segment: segmentIndex, ordinal: document,
                                    entityCount: entityCount, score: score),
                threshold)
        } ?? true
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
            let idf = statistics.idf(term: index)
            let weight = cursors.terms[cursor].weight
            let frequency = Double(cursors.terms[cursor].frequency)
            parts.bm25 += weight * idf * frequency * (k1 + 1) / (frequency + norm)
            titleBound += parameters.title * idf * weight
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

    /// Distinct terms every match holds: those of the plan's phrases and of the words its
    /// condition requires.
    private func requiredTerms(_ termOf: [Int]) -> Set<Int> {
        var required = Set(plan.phrases.joined().map { termOf[$0] })
        if case .group(let parts, _, _) = plan.condition {
            for case .run(let run) in parts where run.isScored {
                required.formUnion(run.terms.map { termOf[$0] })
            }
        }
        return required
    }

    /// Which terms lead the walk (the documents visited are those a leader stands on) and
    /// the others, sought for those documents. Without required terms: every term while
    /// counting, and past that those whose bounds can lift a document into the results
    /// (`ScoreBounds.leaders(beating:hasEntities:)`), with the entities. With required
    /// terms (phrases, `+word`), only the rarest of them: a document lacking it is no match.
    struct Leaders {
        let terms: [Int]
        /// The others, the most they can add first.
        let others: [Int]
        let isLeader: [Bool]
        /// Per distinct term, whether every match holds it.
        let isRequired: [Bool]
        /// Whether the entities lead too (else they are sought).
        let entitiesLead: Bool
        /// The collector's worst kept when they were chosen.
        let threshold: TopKCollector.Entry?

        init(terms: [Int], others: [Int] = [], threshold: TopKCollector.Entry?) {
            self.terms = terms
            self.others = others
            var isLeader = [Bool](repeating: false, count: terms.count + others.count)
            for index in terms { isLeader[index] = true }
            self.isLeader = isLeader
            isRequired = Array(repeating: false, count: isLeader.count)
            entitiesLead = true
            self.threshold = threshold
        }

        /// The rarest of `required` leads; the other terms follow, required ones first.
        init(required: Set<Int>, cursors: QueryCursors, bounds: ScoreBounds) {
            let lead = required.min { cursors.terms[$0].cost < cursors.terms[$1].cost }!
            terms = [lead]
            others = cursors.terms.indices.filter { $0 != lead }.sorted { left, right in
                required.contains(left) != required.contains(right) ? required.contains(left)
                    : bounds.ofDistinctTerm[left] > bounds.ofDistinctTerm[right]
            }
            isLeader = cursors.terms.indices.map { $0 == lead }
            isRequired = cursors.terms.indices.map(required.contains)
            entitiesLead = false
            threshold = nil
        }

        /// Whether they were chosen for `threshold` (the same worst kept: it changes only
        /// when another document takes its place).
        func wereChosen(for threshold: TopKCollector.Entry) -> Bool {
            self.threshold.map { $0.segment == threshold.segment && $0.ordinal == threshold.ordinal }
                ?? false
        }
    }
}
