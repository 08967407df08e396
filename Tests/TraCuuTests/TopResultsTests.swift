import Foundation
import Testing
import TraCuu
import TraCuuTestSupport

/// Search keeps only the best `offset + limit` matches and reads positions only for those
/// that can still make them (an upper bound on the score). Oracle: the same search with no
/// limit, which scores every match in full and sorts them all.
@Suite struct TopResultsTests {
    /// Documents made of the seed article's sentences drawn at random (seeded), in three
    /// segments, one document deleted: many matches per word, with varied scores.
    static let searcher: Searcher = {
        do {
            return try IndexFixtures.sentenceSearcher(
                count: 240, sentences: 6, segment: 80, deleted: ["doc17"], seed: 0x70B5)
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }()

    @Test("the first results are those of the full ranking, with the same scores", arguments: [
        "Đảng bộ", "dang bo phuong", "Mỏ Chè", "mo che", "tổ chức cơ sở đảng", "nhiệm vụ",
        "Nghị quyết số 05", "nghi quyet 12", "Nguyễn Thái Sơn", "nguyen thai son",
        "văn hóa", "hoa", "năm 2021", "05", "title:Đảng", "body:phường", "xây*",
        "Trung tâm OR phường", "Đảng -phường", "\"Mỏ Chè\"", "kinh phí gần 9 tỷ đồng",
    ])
    func firstResultsMatchFullRanking(text: String) throws {
        let query = try Query(parsing: text)
        let all = try Self.searcher.search(query, limit: .max)
        for (limit, offset) in [(1, 0), (3, 0), (10, 0), (5, 4), (10, 30)] {
            let some = try Self.searcher.search(query, limit: limit, offset: offset)
            let expected = Array(all.hits.dropFirst(offset).prefix(limit))
            #expect(some.hits.map(\.id) == expected.map(\.id), "\(text) \(limit)+\(offset)")
            #expect(some.hits.map(\.score) == expected.map(\.score), "\(text) \(limit)+\(offset)")
            #expect(some.hits.map(\.explanation) == expected.map(\.explanation))
            #expect(some.totalMatches == all.totalMatches)
        }
    }

    @Test("with weights that can lower a score, the first results are still the full ranking's",
          arguments: ["Đảng bộ", "dang bo phuong", "nhiệm vụ", "văn hóa", "kinh phí gần 9 tỷ đồng"])
    func unusualWeights(text: String) throws {
        var parameters = ScoringParameters()
        parameters.title = -2
        parameters.b = 1.5
        let query = try Query(parsing: text)
        let all = try Self.searcher.search(query, limit: .max, parameters: parameters)
        let some = try Self.searcher.search(query, limit: 5, parameters: parameters)
        #expect(some.hits.map(\.id) == Array(all.hits.prefix(5)).map(\.id), "\(text)")
        #expect(some.totalMatches == all.totalMatches)
    }
}
