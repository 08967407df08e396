import Foundation

/// Collection-wide numbers BM25 needs, over all segments of a searcher: document count,
/// average length, and the document frequency of each query term and entity.
struct CollectionStatistics {
    let documentCount: Double
    let averageLength: Double
    private let termIDF: [Double]
    private let entityIDFs: [Double]

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
}
