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
        let sentences = IndexFixtures.seed.body
            .split(whereSeparator: { ".\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            + IndexFixtures.distractors.map(\.body)
        var random = SeededGenerator(seed: 0x70B5)
        func sentence() -> String { sentences[Int(random.next() % UInt64(sentences.count))] }
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for number in 0..<240 {
                let body = (0..<(2 + Int(random.next() % 6))).map { _ in sentence() }
                    .joined(separator: ". ")
                let title = String(sentence().prefix(40))
                try writer.add(Document(id: "doc\(number)", title: title, body: body))
                if number % 80 == 79 { try writer.commit() }
            }
            _ = try writer.delete(id: "doc17")
            try writer.commit()
            return try index.searcher()
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
