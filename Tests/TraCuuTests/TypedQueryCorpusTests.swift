import Foundation
import Testing
import TraCuu
import TraCuuTestSupport

/// The typed evaluation queries on an index of the first news articles: each class of
/// typing slip finds what was meant, on real text and real queries. Needs `../shared/corpus`
/// and the `zstd` command, and skips without them.
@Suite(.enabled(if: NewsSample.isAvailable, "needs ../shared/corpus and zstd"))
struct TypedQueryCorpusTests {
    /// Mean reciprocal rank at 10 of the typed queries of `variant` whose judged articles
    /// are in the sample, judged against those articles only.
    private static func meanReciprocalRank(_ variant: String) throws -> (Double, Int) {
        let sample = try NewsSample.shared()
        var total = 0.0, count = 0
        for line in SharedCorpus.lines("corpus/eval/typing_queries_dev.jsonl") ?? [] {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
                    as? [String: Any], object["variant"] as? String == variant,
                  let text = object["query"] as? String else { continue }
            let judged = (object["relevant"] as? [String])
                ?? Array((object["relevant"] as? [String: Any] ?? [:]).keys)
            let relevant = Set(judged).intersection(sample.ids)
            guard !relevant.isEmpty else { continue }
            let hits = try sample.searcher.search(Query(parsing: text), limit: 10).hits
            if let rank = hits.firstIndex(where: { relevant.contains($0.id) }) {
                total += 1 / Double(rank + 1)
            }
            count += 1
        }
        return (count > 0 ? total / Double(count) : 0, count)
    }

    @Test("each kind of typing slip finds the judged article near the top", arguments: [
        ("telex", 0.9), ("vni", 0.9), ("ime-glitch", 0.9), ("mark-slip", 0.85),
        ("missing-space", 0.85), ("letter-typo", 0.8),
    ])
    func typedClass(variant: String, floor: Double) throws {
        let (mrr, count) = try Self.meanReciprocalRank(variant)
        #expect(count >= 50, "only \(count) \(variant) queries judged in the sample")
        #expect(mrr >= floor, "\(variant): MRR@10 \(mrr) over \(count) queries")
    }

    @Test("a word the index holds but never after its neighbour is corrected (Nguyễn Văn Ling)")
    func realWordTypo() throws {
        let searcher = try NewsSample.shared().searcher
        let results = try searcher.search(Query(parsing: "Nguyễn Văn Ling"))
        let readings = results.readWords.map(\.reading)
        #expect(readings == ["Long"] || readings == ["Linh"], "\(results.readWords)")
        #expect(results.readWords.first?.kind == .corrected)
    }
}
