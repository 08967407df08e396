import Foundation
import Testing
import TraCuuEvaluation

@Suite struct InputParsingTests {
    @Test func readsTrecQrels() throws {
        let judgments = try RelevanceJudgments(qrels: """
            viquad:uit_000006\t0\tviquad:p0001\t1
            viquad:uit_000006 0 viquad:p0002 0

            q2 0 d 2\r
            """)
        #expect(judgments.grades["viquad:uit_000006"] == ["viquad:p0001": 1, "viquad:p0002": 0])
        #expect(judgments.relevantCount(of: "viquad:uit_000006") == 1)
        #expect(judgments.grades["q2"] == ["d": 2])
    }

    @Test func aMalformedQrelsLineIsNamed() {
        #expect(throws: EvaluationError.malformed(line: 2, "expected `qid iteration docid grade`")) {
            try RelevanceJudgments(qrels: "q 0 d 1\nq 0 d yes\n")
        }
    }

    @Test func readsQueriesWithClassesAndJudgments() throws {
        let lines = #"""
            {"qid": "d0001", "query": "quyet dinh 35", "kind": "docref", "variant": "unaccented", "relevant": ["a", "b"]}
            {"qid": "v1", "query": "Paris là gì?", "title": "Paris"}

            """#
        let parsed = try EvaluationQuery.parse(jsonLines: Data(lines.utf8))
        #expect(parsed.queries == [
            EvaluationQuery(id: "d0001", text: "quyet dinh 35", queryClass: "docref/unaccented"),
            EvaluationQuery(id: "v1", text: "Paris là gì?"),
        ])
        #expect(parsed.judgments.grades == ["d0001": ["a": 1, "b": 1]])
    }

    @Test func aQueryLineWithoutItsFieldsIsNamed() {
        #expect(throws: EvaluationError.malformed(
            line: 2, "expected a JSON object with `qid` and `query`")) {
            try EvaluationQuery.parse(jsonLines: Data("{\"qid\":\"a\",\"query\":\"b\"}\n{\"qid\":1}\n".utf8))
        }
    }

    @Test func stripsEveryDiacriticAndKeepsCase() {
        #expect(Diacritics.stripped("Nghị quyết số 05/NQ-ĐU của Đảng uỷ")
                == "Nghi quyet so 05/NQ-DU cua Dang uy")
        #expect(Diacritics.stripped("đường Hoà Bình, Ưng Hoà") == "duong Hoa Binh, Ung Hoa")
    }
}
