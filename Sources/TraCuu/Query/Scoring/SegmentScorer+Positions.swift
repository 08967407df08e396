/// The parts of the score that need positions: title matches, neighbouring syllables, and
/// the phrase and exclusion filters.
extension SegmentScorer {
    /// Title part of every document in `postings` (per term: in the title when its first
    /// position is, positions being ascending), added in query order.
    func addTitles(_ postings: [TermPostings], to table: inout ScoreTable) {
        let documents = segment.reader.documents
        let title = parameters.title
        for (index, found) in postings.enumerated() {
            let idf = statistics.idf(term: index)
            table.withColumns { columns in
                found.withBuffers { found in
                    for entry in 0..<found.count {
                        let ordinal = Int(found.ordinals[entry])
                        if found.positions[found.starts[entry]] < documents.titleLength(ordinal) {
                            columns.explanations[ordinal].title += title * idf
                                * found.weights[entry]
                        }
                    }
                }
            }
        }
    }

    /// Neighbouring query syllables found next to each other, in order.
    func addProximity(_ postings: [TermPostings], to table: inout ScoreTable) {
        for index in plan.terms.indices.dropLast() where isPair(index) {
            let weight = proximityWeight(index)
            table.withColumns { columns in
                postings[index].withBuffers { first in
                    postings[index + 1].withBuffers { second in
                        var other = 0
                        for entry in 0..<first.count {
                            let ordinal = first.ordinals[entry]
                            while other < second.count, second.ordinals[other] < ordinal {
                                other += 1
                            }
                            guard other < second.count else { break }
                            if second.ordinals[other] == ordinal,
                               PositionMatcher.hasAdjacent(first.positions(at: entry),
                                                           second.positions(at: other)) {
                                columns.explanations[Int(ordinal)].proximity += weight
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether terms `index` and `index + 1` were typed next to each other.
    func isPair(_ index: Int) -> Bool {
        plan.terms[index + 1].sequence == plan.terms[index].sequence + 1
    }

    /// What a pair of neighbouring syllables adds when found adjacent.
    func proximityWeight(_ index: Int) -> Double {
        parameters.proximity
            * (statistics.idf(term: index) + statistics.idf(term: index + 1)) / 2
    }

    /// Documents holding an excluded word or phrase, marked as failing.
    func excludedDocuments() throws -> DocumentFilter {
        var filter = DocumentFilter(documentCount: segment.reader.documentCount)
        for run in plan.exclusions {
            let postings = try run.map { index in
                try TermPostings(variants: expansion.exclusionTerms[index],
                                 reader: segment.reader, withPositions: true)
            }
            Self.forEachPhrase(postings[...]) { filter.reject($0) }
        }
        return filter
    }

    /// Leaves out documents that lack any of the plan's phrases.
    func keepPhrases(_ postings: [TermPostings], in filter: inout DocumentFilter) {
        guard !plan.phrases.isEmpty else { return }
        var counts = [UInt16](repeating: 0, count: segment.reader.documentCount)
        for run in plan.phrases {
            Self.forEachPhrase(run.map { postings[$0] }[...]) { counts[$0] &+= 1 }
        }
        filter.requireAll(counts, of: UInt16(truncatingIfNeeded: plan.phrases.count))
    }

    /// Calls `body` with each document where the run's terms stand in a row.
    private static func forEachPhrase(_ run: ArraySlice<TermPostings>,
                                      _ body: (Int) -> Void) {
        TermPostings.withBuffers(of: run) { run in
            guard let first = run.first else { return }
            var next = [Int](repeating: 0, count: run.count)
            var lists: [UnsafeBufferPointer<UInt32>] = []
            var cursors: [Int] = []
            documents: for entry in 0..<first.count {
                let ordinal = first.ordinals[entry]
                lists.removeAll(keepingCapacity: true)
                lists.append(first.positions(at: entry))
                for term in 1..<max(1, run.count) {
                    let postings = run[term]
                    while next[term] < postings.count, postings.ordinals[next[term]] < ordinal {
                        next[term] += 1
                    }
                    guard next[term] < postings.count else { break documents }
                    guard postings.ordinals[next[term]] == ordinal else { continue documents }
                    lists.append(postings.positions(at: next[term]))
                }
                if PositionMatcher.hasPhrase(lists, cursors: &cursors) { body(Int(ordinal)) }
            }
        }
    }
}
