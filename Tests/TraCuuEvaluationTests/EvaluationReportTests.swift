import Testing
import TraCuuEvaluation

@Suite struct EvaluationReportTests {
    let queries = [
        EvaluationQuery(id: "q1", text: "Nghị quyết số 05", queryClass: "docref/accented"),
        EvaluationQuery(id: "q2", text: "nghi quyet so 5", queryClass: "docref/unaccented"),
        EvaluationQuery(id: "q3", text: "Nguyễn Thái Hà", queryClass: "docref/unaccented"),
        EvaluationQuery(id: "q4", text: "không ai biết"),
    ]

    @Test func averagesOverJudgedQueriesWithMissingRankingsAsZero() {
        var judgments = RelevanceJudgments()
        judgments.judge(query: "q1", document: "seed")
        judgments.judge(query: "q2", document: "seed")
        judgments.judge(query: "q3", document: "seed")
        let report = EvaluationReport(
            queries: queries, rankings: ["q1": ["seed"], "q2": ["other", "seed"]],
            judgments: judgments)
        #expect(report.unjudged == 1)
        #expect(report.overall.queries == 3)
        #expect(abs(report.overall.mrr - 0.5) < 1e-12)
        #expect(report.byClass["docref/accented"]?.mrr == 1)
        #expect(report.byClass["docref/unaccented"]?.queries == 2)
        #expect(report.byClass["docref/unaccented"]?.mrr == 0.25)
        #expect(report.byClass["docref/unaccented"]?.recall == 0.5)
    }
}
