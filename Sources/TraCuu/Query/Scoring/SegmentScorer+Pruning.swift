/// Scoring only the matches that can make the results. After the first pass a candidate's
/// BM25 and entity parts are final; its title and proximity parts are at most the title
/// weights of the syllables it holds, the weights of the neighbouring pairs it holds both
/// of, and the whole-query phrase weight when it holds every syllable. So its score is at
/// most the total with them all (floating-point addition is monotonic, and the parts are
/// summed in the same order either way).
///
/// Candidates are scored in full in batches, best upper bound first (`CandidateQueue`), each
/// batch four times as large as the one before; once the best upper bound left no longer
/// beats the collector's worst kept, the rest cannot make its best, and are only counted.
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
        let bounds = upperBounds(of: candidates, in: &workspace.table)
        // The first batch in one pass over them all; after it, few can make it.
        var firstBatch = TopKCollector(capacity: collector.capacity)
        for bound in bounds where canMakeIt(bound) { firstBatch.add(bound) }
        let first = firstBatch.best().map(\.ordinal).sorted()
        try score(first)
        var next = 0
        var queue = CandidateQueue(bounds.filter { bound in
            while next < first.count, first[next] < bound.ordinal { next += 1 }
            return !(next < first.count && first[next] == bound.ordinal) && canMakeIt(bound)
        })
        var scored = first.count
        var batchSize = collector.capacity
        while queue.best.map(canMakeIt) ?? false {
            batchSize = batchSize.multipliedReportingOverflow(by: 4).overflow
                ? .max : batchSize * 4
            var chosen: [UInt32] = []
            while chosen.count < batchSize, let best = queue.best, canMakeIt(best) {
                chosen.append(queue.removeBest().ordinal)
            }
            chosen.sort()
            try score(chosen)
            scored += chosen.count
        }
        collector.countWithoutKeeping(candidates.count - scored)
    }

    /// Each candidate's entry with its title and proximity parts at their most.
    private func upperBounds(of candidates: [UInt32], in table: inout ScoreTable)
        -> [TopKCollector.Entry]
    {
        let pairs = plan.terms.indices.dropLast().filter(isPair).map { index in
            // A pair past bit 63 cannot be told apart: counted as held.
            (mask: index + 1 >= 63 ? 0 : UInt64(1) << UInt64(index) | 1 << UInt64(index + 1),
             weight: proximityWeight(index))
        }
        // Terms past bit 63 cannot be told apart: the phrase counted as held.
        let allTerms = plan.terms.indices.reduce(UInt64(0)) { $1 < 63 ? $0 | 1 << UInt64($1) : $0 }
        let phraseWeight = wholePhraseWeight
        return table.withColumns { columns in
            candidates.map { ordinal in
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
                return TopKCollector.Entry(segment: segmentIndex, ordinal: ordinal,
                                           entityCount: Int(columns.entityCounts[document]),
                                           score: best.total)
            }
        }
    }
}

/// Candidates' upper bounds, best first (`TopKCollector.isBetter`): a binary heap, made in
/// linear time, so only the candidates taken out are ordered.
private struct CandidateQueue {
    private var heap: [TopKCollector.Entry]

    init(_ entries: [TopKCollector.Entry]) {
        heap = entries
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    var best: TopKCollector.Entry? { heap.first }

    mutating func removeBest() -> TopKCollector.Entry {
        heap.swapAt(0, heap.count - 1)
        let best = heap.removeLast()
        siftDown(0)
        return best
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var better = parent
            if left < heap.count, TopKCollector.isBetter(heap[left], heap[better]) { better = left }
            if right < heap.count, TopKCollector.isBetter(heap[right], heap[better]) {
                better = right
            }
            guard better != parent else { return }
            heap.swapAt(parent, better)
            parent = better
        }
    }
}
