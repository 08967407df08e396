/// Scores one segment's documents for a query plan: BM25 per syllable (best variant, by
/// match level), proximity of neighbouring syllables, entity matches, title matches, and
/// which words or phrases each document covers. Phrases and exclusions filter.
///
/// Term at a time into dense per-document arrays (`ScoreTable`), in two passes. The first
/// reads documents and frequencies: BM25, entities and coverage are then final. The second
/// needs positions, for the title and proximity parts (and phrases and exclusions): every
/// match gets it when the query has phrases or exclusions or the caller wants all matches
/// in order; otherwise only the documents that can still make the collector's best, by an
/// upper bound on their score (`SegmentScorer+Pruning.swift`).
struct SegmentScorer {
    let segment: LoadedSegment
    /// The segment's place in the searcher, for the collector's order.
    let segmentIndex: Int
    let plan: QueryPlan
    let expansion: SegmentExpansion
    let statistics: CollectionStatistics
    let parameters: ScoringParameters

    /// Adds the segment's matches to `collector` (those that cannot make it only counted, when
    /// `pruning`) and returns what the hits need.
    func score(into collector: inout TopKCollector, pruning: Bool) throws -> SegmentMatches {
        let reader = segment.reader
        let pruning = pruning && plan.phrases.isEmpty && plan.exclusions.isEmpty
        var table = ScoreTable(documentCount: reader.documentCount, withBounds: pruning)
        // Terms read with their positions now; the others (when pruning) get them later for
        // the few documents that need them.
        let readsPositions = plan.terms.indices.map { index in
            !pruning || plan.terms[index].field != nil || expansion.variantsMayOverlap[index]
        }
        let sums = plan.terms.indices.map { index in
            !readsPositions[index] && expansion.terms[index].count > 1
        }
        var scratch = DocumentScratch(documentCount: sums.contains(true)
                                      ? reader.documentCount : 0)
        var positioned: [TermPostings?] = []
        for (index, term) in plan.terms.enumerated() {
            let variants = expansion.terms[index]
            let found = sums[index]
                ? try TermPostings(variants: variants, reader: reader, summingIn: &scratch)
                : try TermPostings(variants: variants, reader: reader,
                                   withPositions: readsPositions[index], field: term.field)
            addBM25(found, index: index, to: &table)
            positioned.append(readsPositions[index] ? found : nil)
        }
        let entityDocuments = try addEntities(to: &table)
        var filter = try excludedDocuments()
        if !pruning { keepPhrases(positioned.map { $0! }, in: &filter) }
        let candidates = table.touchedDocuments().filter { ordinal in
            filter.keeps(Int(ordinal)) && !segment.isDeleted(Int(ordinal))
        }
        table.setCoverage(of: candidates, slotCount: plan.slotCount)
        if pruning {
            try addBest(of: candidates, positioned: positioned, table: &table,
                        collector: &collector)
        } else {
            let postings = positioned.map { $0! }
            addTitles(postings, to: &table)
            addProximity(postings, to: &table)
            add(candidates, table: table, to: &collector)
        }
        return SegmentMatches(table: table, candidates: candidates,
                              entityDocuments: entityDocuments)
    }

    /// BM25 and coverage slot of one query syllable, and while pruning the bounds. Without
    /// positions, the frequency is the variants' summed (they share no position).
    private func addBM25(_ found: TermPostings, index: Int, to table: inout ScoreTable) {
        let documents = segment.reader.documents
        let idf = statistics.idf(term: index)
        let slotBit: UInt64 = 1 << UInt64(min(plan.terms[index].slot, 63))
        let termBit: UInt64 = 1 << UInt64(min(index, 63))
        let k1 = parameters.k1, b = parameters.b, title = parameters.title
        let averageLength = statistics.averageLength
        table.withColumns { columns in
            found.withBuffers { found in
                let hasPositions = found.frequencies.isEmpty
                let keepsBounds = !columns.titleBounds.isEmpty
                for entry in 0..<found.count {
                    let ordinal = Int(found.ordinals[entry])
                    let weight = found.weights[entry]
                    let frequency = hasPositions
                        ? Double(found.starts[entry + 1] - found.starts[entry])
                        : Double(found.frequencies[entry])
                    let length = Double(documents.length(ordinal))
                    let norm = k1 * (1 - b + b * length / averageLength)
                    columns.isTouched[ordinal] = true
                    columns.explanations[ordinal].bm25
                        += weight * idf * frequency * (k1 + 1) / (frequency + norm)
                    columns.slots[ordinal] |= slotBit
                    if keepsBounds {
                        columns.titleBounds[ordinal] += title * idf * weight
                        columns.termsPresent[ordinal] |= termBit
                    }
                }
            }
        }
    }

    /// Query entities the documents mention; an entity also covers the words it spans.
    /// Returns, per entity, the documents that mention it (ascending).
    private func addEntities(to table: inout ScoreTable) throws -> [[UInt32]] {
        let reader = segment.reader
        var entityDocuments: [[UInt32]] = []
        for (index, entity) in plan.entities.enumerated() {
            let found = try TermPostings(variants: expansion.entities[index], reader: reader,
                                         withPositions: false)
            let qualified = try expansion.qualifiedKeys[index].map { variants in
                try TermPostings(variants: variants, reader: reader, withPositions: false)
            }
            let idf = statistics.entityIDF(index)
            var covered: UInt64 = 0
            for term in plan.terms where entity.positions.contains(UInt32(term.sequence)) {
                covered |= 1 << UInt64(min(term.slot, 63))
            }
            var qualifiedNext = [Int](repeating: 0, count: qualified.count)
            table.withColumns { columns in
                for entry in 0..<found.count {
                    let ordinal = found.ordinals[entry]
                    var isQualified = false
                    for key in qualified.indices {
                        let documents = qualified[key].ordinals
                        while qualifiedNext[key] < documents.count,
                              documents[qualifiedNext[key]] < ordinal {
                            qualifiedNext[key] += 1
                        }
                        if qualifiedNext[key] < documents.count,
                           documents[qualifiedNext[key]] == ordinal {
                            isQualified = true
                        }
                    }
                    let document = Int(ordinal)
                    columns.isTouched[document] = true
                    columns.explanations[document].entities
                        += parameters.entity * idf * found.weights[entry]
                        + (isQualified ? parameters.qualifiedEntity * idf : 0)
                    columns.slots[document] |= covered
                    columns.entityCounts[document] += 1
                }
            }
            entityDocuments.append(found.ordinals)
        }
        return entityDocuments
    }

    /// Adds fully scored documents to the collector.
    func add(_ documents: [UInt32], table: ScoreTable, to collector: inout TopKCollector) {
        for ordinal in documents {
            let index = Int(ordinal)
            collector.add(TopKCollector.Entry(
                segment: segmentIndex, ordinal: ordinal,
                entityCount: Int(table.entityCounts[index]),
                score: table.explanations[index].total))
        }
    }
}
