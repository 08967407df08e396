import Foundation
import Testing

@Suite struct EvalCommandTests {
    private let documents = [
        #"{"id":"nq05","title":"Nghị quyết số 05/NQ-ĐU","body":"Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 ngày 16/6/2021."}"#,
        #"{"id":"hoa","title":"Hoà bình","body":"Ông Nguyễn Thái Hà nói về hoà bình và hữu nghị."}"#,
        #"{"id":"other","title":"Tin khác","body":"Quyết định số 12 về giao thông đô thị."}"#,
    ]
    private let queries = [
        #"{"qid":"q1","query":"Nghị quyết số 05","kind":"docref","variant":"accented"}"#,
        #"{"qid":"q2","query":"nguyen thai ha","kind":"name","variant":"unaccented"}"#,
        #"{"qid":"q3","query":"giao thông","kind":"word"}"#,
        #"{"qid":"q4","query":"không được chấm"}"#,
    ]

    @Test("eval prints MRR@10, nDCG@10 and Recall@100 per class, stripped queries too")
    func evaluatesAgainstQrels() throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-eval-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let index = work.appendingPathComponent("index").path
        func write(_ lines: [String], _ name: String) throws -> String {
            let url = work.appendingPathComponent(name)
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
            return url.path
        }
        let corpus = try write(documents, "docs.jsonl")
        let queryFile = try write(queries, "queries.jsonl")
        // q3's relevant document is not the one that matches: reciprocal rank 0.
        let qrels = try write(["q1 0 nq05 1", "q2 0 hoa 1", "q3 0 hoa 1"], "qrels.tsv")
        #expect(try TracuuExecutable.run(["index", "--index", index, corpus], input: "").status
                == 0)
        let run = work.appendingPathComponent("run.txt").path
        for stripped in [false, true] {
            let result = try TracuuExecutable.run(
                ["eval", "--index", index, "--queries", queryFile, "--qrels", qrels, "--json",
                 "--run-file", run] + (stripped ? ["--strip-diacritics"] : []), input: "")
            #expect(result.status == 0, "\(result.stderr)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
            let all = try #require(report["all"] as? [String: Double])
            #expect(all["queries"] == 3)
            #expect(abs((all["mrr_at_10"] ?? 0) - 2.0 / 3) < 1e-3)
            #expect(report["unjudged"] as? Int == 1)
            let classes = try #require(report["classes"] as? [String: [String: Double]])
            #expect(classes["name/unaccented"]?["mrr_at_10"] == 1)
            #expect(classes["word"]?["recall_at_100"] == 0)
            let lines = try String(contentsOfFile: run, encoding: .utf8).split(separator: "\n")
            #expect(lines.first?.hasPrefix("q1 Q0 nq05 1 ") == true)
        }
        let text = try TracuuExecutable.run(
            ["eval", "--index", index, "--queries", queryFile, "--qrels", qrels], input: "")
        #expect(text.output.contains("docref/accented"))
        let malformed = try write(["q1 0 nq05"], "bad.tsv")
        let bad = try TracuuExecutable.run(
            ["eval", "--index", index, "--queries", queryFile, "--qrels", malformed], input: "")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("line 1"))
    }
}
