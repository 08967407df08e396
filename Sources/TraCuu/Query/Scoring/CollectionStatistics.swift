import Foundation

/// Collection-wide numbers BM25 needs, over all segments of a searcher: document count,
/// average length, and the document frequency of each query term and entity.
struct CollectionStatistics {
    let documentCount: Double
    let averageLength: Double
    private let termIDF: [Double]
    private let entityIDFs: [Double]
    /// Per coordination slot (the 64th gathers the rest), the IDF of its terms summed.
    private let slotWeights: [Double]

    init(plan: QueryPlan, readings: [String?], segments: [LoadedSegment], totalLength: UInt64) {
        let documents = segments.reduce(0) { $0 + $1.reader.documentCount }
        documentCount = Double(max(documents, 1))
        averageLength = max(1, Double(totalLength) / documentCount)
        let count = documentCount
        func idf(_ frequency: Int) -> Double {
            let df = Double(min(frequency, Int(count)))
            return log(1 + (count - df + 0.5) / (df + 0.5))
        }
        termIDF = plan.terms.enumerated().map { index, term in
            idf(segments.reduce(0) { total, segment in
                let dictionary = segment.reader.dictionary
                return total + TermExpansion.variants(of: term, reading: readings[index],
                                                      in: dictionary)
                    .filter { $0.weight == 1 }
                    .reduce(0) { $0 + Int(dictionary.stats($1.term).documentFrequency) }
            })
        }
        var weights = [Double](repeating: 0, count: min(plan.slotCount, 64))
        for (index, term) in plan.terms.enumerated() {
            weights[min(term.slot, 63)] += termIDF[index]
        }
        slotWeights = weights
        entityIDFs = plan.entities.map { entity in
            idf(segments.reduce(0) { total, segment in
                let dictionary = segment.reader.dictionary
                return total + TermExpansion.entityVariants(
                    exact: entity.keys.exact, folded: entity.keys.folded, in: dictionary)
                    .reduce(0) { $0 + Int(dictionary.stats($1.term).documentFrequency) }
            })
        }
    }

    func idf(term index: Int) -> Double { termIDF[index] }

    func entityIDF(_ index: Int) -> Double { entityIDFs[index] }

    /// The IDF-weighted share of the query's slots that `slots` (bit `n` for slot `n`)
    /// covers: missing a rare word costs more than missing `của`.
    func coverage(_ slots: UInt64) -> Double {
        var covered = 0.0, total = 0.0
        for (slot, weight) in slotWeights.enumerated() {
            total += weight
            if slots & (1 << UInt64(slot)) != 0 { covered += weight }
        }
        return total > 0 ? covered / total : Double(slots.nonzeroBitCount > 0 ? 1 : 0)
    }
}
