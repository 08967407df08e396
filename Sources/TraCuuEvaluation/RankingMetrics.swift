import Foundation

/// MRR@10, nDCG@10 and Recall@100 of one ranking, as `trec_eval` computes them: gain is the
/// judged grade, the discount is log2(rank + 1), the ideal ranking sorts the judged grades.
public struct RankingMetrics: Sendable, Equatable {
    public var reciprocalRank: Double
    public var ndcg: Double
    public var recall: Double

    public init(reciprocalRank: Double = 0, ndcg: Double = 0, recall: Double = 0) {
        self.reciprocalRank = reciprocalRank
        self.ndcg = ndcg
        self.recall = recall
    }

    /// Metrics of `ranking` (document ids, best first) against the grades of one query.
    /// A document listed twice counts once, at its first rank.
    public init(ranking: [String], grades: [String: Int]) {
        self.init()
        var seen: Set<String> = []
        var dcg = 0.0
        var retrieved = 0
        var rank = 0
        for document in ranking where seen.insert(document).inserted {
            rank += 1
            guard rank <= 100 else { break }
            let grade = grades[document] ?? 0
            guard grade > 0 else { continue }
            if rank <= 10 {
                if reciprocalRank == 0 { reciprocalRank = 1 / Double(rank) }
                dcg += Double(grade) / log2(Double(rank) + 1)
            }
            retrieved += 1
        }
        let ideal = grades.values.filter { $0 > 0 }.sorted(by: >)
        let idealDCG = ideal.prefix(10).enumerated().reduce(0.0) { sum, item in
            sum + Double(item.element) / log2(Double(item.offset) + 2)
        }
        ndcg = idealDCG > 0 ? dcg / idealDCG : 0
        recall = ideal.isEmpty ? 0 : Double(retrieved) / Double(ideal.count)
    }
}
