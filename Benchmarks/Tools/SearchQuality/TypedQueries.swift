import TraCuuEvaluation

/// The mission queries typed as people type them (`typing_queries_dev.jsonl`: Telex and VNI
/// keys with the input method off, a doubled letter, a slipped mark, a letter typo, a missing
/// space), asked of TraCuu and of FTS5 wired as plain AND and as phrase→AND→OR tiers, and
/// scored per variant (the typing mistake, whatever the query's kind) and per kind/variant.
struct TypedQueries {
    let set: EvaluationSet
    /// Each run's rankings by query id: FTS5 AND, FTS5 tiers, TraCuu.
    private(set) var runs: [(name: String, rankings: [String: [String]])] = []

    init(set: EvaluationSet, fts5: FTS5Ranker, tracuu: TraCuuRanker) throws {
        self.set = set
        runs = [
            ("FTS5 AND", try rankings { try fts5.ranking($0, wiring: .and) }),
            ("FTS5 tiers", try rankings { try fts5.ranking($0, wiring: .tiers) }),
            ("TraCuu", try rankings { try tracuu.ranking($0) }),
        ]
    }

    /// Each run's report with the queries classed by `kind/variant`, as the file gives them.
    var byKindAndVariant: [(String, EvaluationReport)] {
        runs.map { ($0.name, report($0.rankings, classing: \.queryClass)) }
    }

    /// Each run's report with the queries classed by variant alone (`telex`, `mark-slip`…).
    var byVariant: [(String, EvaluationReport)] {
        runs.map { run in
            (run.name, report(run.rankings) { query in
                query.queryClass.map { String($0.split(separator: "/").last ?? Substring($0)) }
            })
        }
    }

    /// Lines for the table: all queries, then each variant, each run side by side.
    func write(to table: ReportTable) {
        let variants = byVariant
        table.section("Typed queries: \(set.queries.count) mission queries as people type "
                      + "them, by variant")
        for (name, report) in variants { table.row("\(name): all", report.overall) }
        for variant in Set(variants.flatMap { $0.1.byClass.keys }).sorted() {
            for (name, report) in variants {
                if let summary = report.byClass[variant] {
                    table.row("\(name): \(variant)", summary)
                }
            }
        }
        table.section("Typed queries by kind/variant")
        table.classes(byKindAndVariant)
    }

    /// For each variant and for all queries: TraCuu's MRR@10 less the better FTS5 wiring's.
    func check(_ verdicts: Verdicts) {
        let variants = byVariant
        guard let tracuu = variants.last?.1 else { return }
        let fts5 = variants.dropLast().map(\.1)
        verdicts.check("TraCuu − best FTS5 MRR@10, typed, all", tracuu.overall.mrr
                       - (fts5.map(\.overall.mrr).max() ?? 0), atLeast: 0)
        for (variant, summary) in tracuu.byClass.sorted(by: { $0.key < $1.key }) {
            let better = fts5.compactMap { $0.byClass[variant]?.mrr }.max() ?? 0
            verdicts.check("TraCuu − best FTS5 MRR@10, typed, \(variant)",
                           summary.mrr - better, atLeast: 0)
        }
    }

    private func rankings(_ rank: (String) throws -> [String]) throws -> [String: [String]] {
        var rankings: [String: [String]] = [:]
        for query in set.queries { rankings[query.id] = try rank(query.text) }
        return rankings
    }

    private func report(_ rankings: [String: [String]],
                        classing queryClass: (EvaluationQuery) -> String?) -> EvaluationReport {
        let queries = set.queries.map {
            EvaluationQuery(id: $0.id, text: $0.text, queryClass: queryClass($0))
        }
        return EvaluationReport(queries: queries, rankings: rankings, judgments: set.judgments)
    }
}
