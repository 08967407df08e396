/// Scoring only the matches that can make the results. After the first pass a candidate's
/// BM25, entity part and coverage are final; its title and proximity parts are at most the
/// title weights of the syllables it holds and the weights of the neighbouring pairs it
/// holds both of. So its score is at most the total with them all (floating-point addition
/// and multiplication by the coverage are monotonic, and the parts are summed in the same
/// order either way).
///
/// Candidates are scored in full in batches, best upper bound first, each batch four times
/// as large as the one before; after each, those whose upper bound no longer beats the
/// collector's worst kept are dropped: they cannot make its best, and are only counted.
extension SegmentScorer {
    func addBest(of candidates: [UInt32], positioned: [TermPostings?],
                 table: inout ScoreTable, collector: inout TopKCollector) throws {
        guard collector.capacity > 0 else {
            collector.countWithoutKeeping(candidates.count)
            return
        }
        let upperBounds = candidates.map { upperBound(of: $0, in: table) }
        func canMakeIt(_ index: Int) -> Bool {
            collector.threshold.map { TopKCollector.isBetter(upperBounds[index], $0) } ?? true
        }
        var pending = candidates.indices.filter(canMakeIt)
        var batchSize = collector.capacity
        var scored = 0
        while !pending.isEmpty {
            var batch = TopKCollector(capacity: batchSize)
            for index in pending {
                batch.add(TopKCollector.Entry(segment: index, ordinal: 0, entityCount:
                    upperBounds[index].entityCount, score: upperBounds[index].score))
            }
            let chosen = batch.best().map(\.segment).sorted()
            let documents = chosen.map { candidates[$0] }
            try addPositionalParts(of: documents, positioned: positioned, to: &table)
            add(documents, table: table, to: &collector)
            scored += chosen.count
            var next = 0
            pending = pending.filter { index in
                while next < chosen.count, chosen[next] < index { next += 1 }
                return !(next < chosen.count && chosen[next] == index) && canMakeIt(index)
            }
            batchSize = batchSize.multipliedReportingOverflow(by: 4).overflow
                ? .max : batchSize * 4
        }
        collector.countWithoutKeeping(candidates.count - scored)
    }

    /// A candidate's entry with its title and proximity parts at their most.
    private func upperBound(of ordinal: UInt32, in table: ScoreTable) -> TopKCollector.Entry {
        let document = Int(ordinal)
        let present = table.termsPresent[document]
        var best = table.explanations[document]
        best.title = table.titleBounds[document]
        for index in plan.terms.indices.dropLast() where isPair(index) {
            if index + 1 >= 63
                || present & (1 << UInt64(index)) != 0 && present & (1 << UInt64(index + 1)) != 0 {
                best.proximity += proximityWeight(index)
            }
        }
        return TopKCollector.Entry(segment: segmentIndex, ordinal: ordinal,
                                   entityCount: Int(table.entityCounts[document]),
                                   score: best.total)
    }

    /// Title and proximity parts of `documents` (ascending): their positions read now for
    /// the terms that were read without.
    private func addPositionalParts(of documents: [UInt32], positioned: [TermPostings?],
                                    to table: inout ScoreTable) throws {
        guard !documents.isEmpty else { return }
        let postings = try plan.terms.indices.map { index in
            try positioned[index]?.restricted(to: documents)
                ?? TermPostings(variants: expansion.terms[index], reader: segment.reader,
                                withPositions: true, only: documents)
        }
        addTitles(postings, to: &table)
        addProximity(postings, to: &table)
    }
}

