import Foundation
import Testing
import TraCuuEvaluation

@Suite struct RankingMetricsTests {
    @Test func binaryJudgmentsFollowTrecEval() {
        let metrics = RankingMetrics(ranking: ["a", "b", "c"], grades: ["b": 1, "d": 1])
        #expect(metrics.reciprocalRank == 0.5)
        // DCG = 1/log2(3); ideal = 1 + 1/log2(3).
        #expect(abs(metrics.ndcg - (1 / log2(3)) / (1 + 1 / log2(3))) < 1e-12)
        #expect(metrics.recall == 0.5)
    }

    @Test func gradesAreLinearGains() {
        let metrics = RankingMetrics(ranking: ["x", "a"], grades: ["a": 2, "b": 1, "n": 0])
        #expect(abs(metrics.ndcg - (2 / log2(3)) / (2 + 1 / log2(3))) < 1e-12)
        #expect(metrics.recall == 0.5)
    }

    @Test func cutsAtTenAndAtAHundred() {
        let filler = (1...100).map { "f\($0)" }
        let late = RankingMetrics(ranking: Array(filler.prefix(10)) + ["r"], grades: ["r": 1])
        #expect(late.reciprocalRank == 0 && late.ndcg == 0)
        #expect(late.recall == 1)
        let tooLate = RankingMetrics(ranking: filler + ["r"], grades: ["r": 1])
        #expect(tooLate.recall == 0)
    }

    @Test func aDocumentListedTwiceCountsOnce() {
        let metrics = RankingMetrics(ranking: ["r", "r", "s"], grades: ["r": 1, "s": 1])
        #expect(metrics.reciprocalRank == 1)
        #expect(abs(metrics.ndcg - 1) < 1e-12)
        #expect(metrics.recall == 1)
    }

    @Test func nothingRetrievedScoresZero() {
        #expect(RankingMetrics(ranking: [], grades: ["r": 1]) == RankingMetrics())
    }
}
