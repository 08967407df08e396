import Foundation
import Testing
import TraCuu
import TraCuuTestSupport

/// Past 1,000 matches a search stops visiting the documents that cannot make its results
/// (MaxScore over the terms' bounds, block-max windows, the rarest required term leading).
/// Oracle: the same search with no limit, which visits and scores every match in full.
@Suite struct SkippingSearchTests {
    /// 2,500 documents of the seed article's sentences drawn at random (seeded), in five
    /// segments, two documents deleted: common words match far more than 1,000.
    static let searcher: Searcher = {
        do {
            return try IndexFixtures.sentenceSearcher(
                count: 2_500, sentences: 5, segment: 500, deleted: ["doc7", "doc1203"],
                seed: 0x5A1F)
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }()

    static let queries = [
        "Đảng bộ", "dang bo phuong", "nhiệm vụ", "văn hóa", "tổ chức cơ sở đảng",
        "\"Đảng bộ\"", "+phường Đảng", "Đảng -phường", "kinh phí gần 9 tỷ đồng",
        "Nghị quyết số 05", "title:Đảng", "xây*",
    ]

    @Test("past 1,000 matches the first results are the full ranking's, with the same scores",
          arguments: queries)
    func firstResultsMatchFullRanking(text: String) throws {
        let query = try Query(parsing: text)
        let all = try Self.searcher.search(query, limit: .max)
        #expect(all.countsAreExact)
        for (limit, offset) in [(1, 0), (10, 0), (10, 20)] {
            let some = try Self.searcher.search(query, limit: limit, offset: offset)
            let expected = Array(all.hits.dropFirst(offset).prefix(limit))
            #expect(some.hits.map(\.id) == expected.map(\.id), "\(text) \(limit)+\(offset)")
            #expect(some.hits.map(\.score) == expected.map(\.score), "\(text) \(limit)+\(offset)")
            #expect(some.hits.map(\.explanation) == expected.map(\.explanation))
            #expect(some.hits.map(\.snippet) == expected.map(\.snippet))
        }
    }

    @Test("counts are exact up to 1,000 matches and lower bounds past it", arguments: queries)
    func countsBoundTheTruth(text: String) throws {
        let query = try Query(parsing: text)
        let all = try Self.searcher.search(query, limit: .max)
        let some = try Self.searcher.search(query, limit: 10)
        if some.countsAreExact {
            #expect(some.totalMatches == all.totalMatches, "\(text)")
            #expect(some.allWordsMatches == all.allWordsMatches, "\(text)")
        } else {
            #expect(all.totalMatches > 1_000, "\(text)")
            #expect((1_000...all.totalMatches).contains(some.totalMatches), "\(text)")
            #expect(some.allWordsMatches <= all.allWordsMatches, "\(text)")
        }
    }

    @Test("common words skip documents; rarer ones count them all")
    func commonWordsSkip() throws {
        let common = try Self.searcher.search(Query(parsing: "Đảng bộ nhiệm vụ"))
        #expect(!common.countsAreExact)
        #expect(common.totalMatches >= 1_000)
        let rare = try Self.searcher.search(Query(parsing: "528"))
        #expect(rare.countsAreExact)
        #expect(rare.totalMatches == (try Self.searcher.search(Query(parsing: "528"),
                                                              limit: .max)).totalMatches)
    }
}
