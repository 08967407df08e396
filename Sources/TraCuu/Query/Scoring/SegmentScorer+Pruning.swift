/// Scoring only the matches that can make the results. After the first pass a candidate's
/// BM25 and entity parts are final; its title and proximity parts are at most the title
/// weights of the syllables it holds, the weights of the neighbouring pairs it holds both
/// of, and the whole-query phrase weight when it holds every syllable. So its score is at
/// most the total with them all (floating-point addition is monotonic, and the parts are
/// summed in the same order either way).
///
/// Candidates are scored in full in batches, best upper bound first, each batch four times
/// as large as the one before; after each, those whose upper bound no longer beats the
/// collector's worst kept are dropped: they cannot make its best, and are only counted.
extension SegmentScorer {
    func addBest(of candidates: [UInt32], terms: [TermPostings],
                 workspace: inout SegmentWorkspace, collector: inout TopKCollector) throws {
        guard collector.capacity > 0 else {
            collector.countWithoutKeeping(candidates.count)
            return
        }
        func canMakeIt(_ bound: TopKCollector.Entry) -> Bool {
            collector.threshold.map { TopKCollector.isBetter(bound, $0) } ?? true
        }
        func score(_ chosen: [UInt32]) throws {
            try addPositionalParts(terms, for: chosen, to: &workspace)
            for ordinal in chosen {
                collector.add(workspace.table.entry(ordinal, segment: segmentIndex))
            }
        }
        // In the workspace's memory: for common words, hundreds of KiB a search.
        var bounds = workspace.takeBounds()
        defer { workspace.bounds = bounds }
        upperBounds(of: candidates, in: &workspace.table, into: &bounds)
        var pending = bounds.count
        var batchSize = collector.capacity
        var scored = 0
        while pending > 0 {
            var batch = TopKCollector(capacity: batchSize)
            for index in 0..<pending where canMakeIt(bounds[index]) { batch.add(bounds[index]) }
            let chosen = batch.keptOrdinals()
            guard !chosen.isEmpty else { break }
            try score(chosen)
            scored += chosen.count
            // Keeps, in order, those not chosen that can still make it.
            var kept = 0, next = 0
            for index in 0..<pending {
                let bound = bounds[index]
                guard !Self.isChosen(bound.ordinal, in: chosen, from: &next), canMakeIt(bound)
                else { continue }
                bounds[kept] = bound
                kept += 1
            }
            pending = kept
            batchSize = batchSize.multipliedReportingOverflow(by: 4).overflow
                ? .max : batchSize * 4
        }
        collector.countWithoutKeeping(candidates.count - scored)
    }

    /// Each candidate's entry with its title and proximity parts at their most.
    private func upperBounds(of candidates: [UInt32], in table: inout ScoreTable,
                             into bounds: inout [TopKCollector.Entry]) {
        let pairs = plan.terms.indices.dropLast().filter(isPair).map { index in
            // A pair past bit 63 cannot be told apart: counted as held.
            (mask: index + 1 >= 63 ? 0 : UInt64(1) << UInt64(index) | 1 << UInt64(index + 1),
             weight: proximityWeight(index))
        }
        // Terms past bit 63 cannot be told apart: the phrase counted as held.
        let allTerms = plan.terms.indices.reduce(UInt64(0)) { $1 < 63 ? $0 | 1 << UInt64($1) : $0 }
        let phraseWeight = wholePhraseWeight
        table.withColumns { columns in
            for ordinal in candidates {
                let document = Int(ordinal)
                let present = columns.termsPresent[document]
                var best = columns.explanations[document]
                best.title = columns.titleBounds[document]
                for pair in pairs where present & pair.mask == pair.mask {
                    best.proximity += pair.weight
                }
                if let phraseWeight, present & allTerms == allTerms {
                    best.proximity += phraseWeight
                }
                bounds.append(TopKCollector.Entry(
                    segment: segmentIndex, ordinal: ordinal,
                    entityCount: Int(columns.entityCounts[document]), score: best.total))
            }
        }
    }
}
