import Foundation

/// Collection-wide numbers BM25 needs, over all segments of a searcher: document count,
/// average length, and the document frequency of each query term and entity.
struct CollectionStatistics {
    let documentCount: Double
    let averageLength: Double
    private let termIDF: [Double]
    private let entityIDFs: [Double]

    /// `expansions` holds each segment's expansion of the plan, in segment order.
    init(plan: QueryPlan, expansions: [SegmentExpansion], segments: [LoadedSegment],
         totalLength: UInt64) {
        let documents = segments.reduce(0) { $0 + $1.reader.documentCount }
        documentCount = Double(max(documents, 1))
        averageLength = max(1, Double(totalLength) / documentCount)
        let count = documentCount
        func idf(_ frequency: Int) -> Double {
            let df = Double(min(frequency, Int(count)))
            return log(1 + (count - df + 0.5) / (df + 0.5))
        }
        func frequency(_ variants: (SegmentExpansion) -> [TermExpansion.Variant],
                       fullWeightOnly: Bool) -> Int {
            zip(segments, expansions).reduce(0) { total, pair in
                let dictionary = pair.0.reader.dictionary
                return variants(pair.1).reduce(total) { sum, variant in
                    guard !fullWeightOnly || variant.weight == 1 else { return sum }
                    return sum + Int(dictionary.stats(variant.term).documentFrequency)
                }
            }
        }
        termIDF = plan.terms.indices.map { index in
            idf(frequency({ $0.terms[index] }, fullWeightOnly: true))
        }
        entityIDFs = plan.entities.indices.map { index in
            idf(frequency({ $0.entities[index] }, fullWeightOnly: false))
        }
    }

    func idf(term index: Int) -> Double { termIDF[index] }

    func entityIDF(_ index: Int) -> Double { entityIDFs[index] }
}
