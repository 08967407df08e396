/// Mean metrics over a query set, overall and per query class.
///
/// As in `trec_eval -c`: a query with no relevant judgment is left out, and a judged query
/// with no ranking (or no hit) counts with zeros.
public struct EvaluationReport: Sendable {
    /// Means over a group of queries.
    public struct Summary: Sendable, Equatable {
        public var queries = 0
        public var mrr = 0.0
        public var ndcg = 0.0
        public var recall = 0.0
    }

    public private(set) var overall = Summary()
    /// Per query class, for the queries that have one.
    public private(set) var byClass: [String: Summary] = [:]
    /// Queries left out because nothing is judged relevant to them.
    public private(set) var unjudged = 0

    /// Evaluates `rankings` (document ids best first, by query id) for `queries`.
    public init(queries: [EvaluationQuery], rankings: [String: [String]],
                judgments: RelevanceJudgments) {
        var totals: [String?: (count: Int, sum: RankingMetrics)] = [:]
        for query in queries {
            guard judgments.relevantCount(of: query.id) > 0 else {
                unjudged += 1
                continue
            }
            let metrics = RankingMetrics(ranking: rankings[query.id] ?? [],
                                         grades: judgments.grades[query.id] ?? [:])
            for key in Set([nil, query.queryClass]) {
                var total = totals[key] ?? (0, RankingMetrics())
                total.count += 1
                total.sum.reciprocalRank += metrics.reciprocalRank
                total.sum.ndcg += metrics.ndcg
                total.sum.recall += metrics.recall
                totals[key] = total
            }
        }
        for (key, total) in totals {
            let count = Double(total.count)
            let summary = Summary(queries: total.count, mrr: total.sum.reciprocalRank / count,
                                  ndcg: total.sum.ndcg / count, recall: total.sum.recall / count)
            if let key { byClass[key] = summary } else { overall = summary }
        }
    }
}
