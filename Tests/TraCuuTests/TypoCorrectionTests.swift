import Testing
import TraCuu

/// Queries with a letter typo find what the clean query finds, the correction reported;
/// numbers, codes, slipped marks and words that fit their neighbours are left as typed.
@Suite struct TypoCorrectionTests {
    static let documents: [Document] = [
        Document(id: "nq35", title: "Triển khai Nghị quyết số 35",
                 body: "Đảng ủy ban hành Nghị quyết số 35 về công tác xây dựng Đảng."),
        Document(id: "hoang", title: "Hội nghị phường",
                 body: "Ông Trần Minh Hoàng, Chủ tịch UBND phường, phát biểu tại hội nghị."),
        Document(id: "giang", title: "Bầu Bí thư",
                 body: "Bà Đỗ Thị Thu Giang được bầu làm Bí thư Đảng ủy xã."),
        Document(id: "tt219", title: "Thuế giá trị gia tăng",
                 body: "Bộ Tài chính ban hành Thông tư số 219/2013/TT-BTC hướng dẫn thuế."),
        Document(id: "log", title: "Nhật ký Facebook",
                 body: "Mở mục Activity Log. Trong Activity Log, chọn Filter. Activity Log "
                     + "ghi lại mọi hoạt động."),
        Document(id: "long", title: "Thăm trường",
                 body: "Ông Nguyễn Phi Long đã đến thăm trường và tặng quà học sinh."),
    ]

    static let searcher = IndexFixtures.searcher(of: documents)

    @Test("a typo in a word the index lacks is corrected, and the clean hit comes first",
          arguments: [
              ("Nghị quytế số 35", "nq35", "quytế", "quyết"),
              ("tran mih hoang", "hoang", "mih", "minh"),
              ("Tjông tư 219/2013", "tt219", "Tjông", "Thông"),
              ("Nghhị quyết số 35", "nq35", "Nghhị", "Nghị"),
              ("Đỗ Thị Thu Gianh", "giang", "Gianh", "Giang"),
          ])
    func corrected(query: String, id: String, typed: String, reading: String) throws {
        let results = try Self.searcher.search(Query(parsing: query), limit: 3)
        #expect(results.hits.first?.id == id, "\(results.hits.map(\.id))")
        #expect(results.readWords.map(\.typed) == [typed])
        #expect(results.readWords.map(\.reading) == [reading])
        #expect(results.readWords.map(\.kind) == [.corrected])
    }

    @Test("the entity recognisers see the corrected reference")
    func correctedReference() throws {
        let results = try Self.searcher.search(Query(parsing: "Nghị quytế số 35"))
        #expect(results.hits.first?.entities.contains { $0.kind == .docref } == true)
    }

    @Test("clean words, numbers, codes and slipped marks stay as typed", arguments: [
        "Nguyễn Phi Long", "Activity Log", "Thông tư 219/2013/TT-BTC", "UBND phường",
        "Nghị quyết só 35", "Trần Minh Hoàng",
    ])
    func leftAsTyped(query: String) throws {
        let results = try Self.searcher.search(Query(parsing: query))
        #expect(results.readWords.isEmpty, "\(results.readWords)")
        #expect(!results.hits.isEmpty)
    }

    @Test("a query that finds little suggests one the index holds every word of")
    func suggestion() throws {
        let results = try Self.searcher.search(Query(parsing: "xyzzy hướng dẫn thuế"))
        #expect(results.allWordsMatches == 0)
        #expect(results.suggestion == "hướng dẫn thuế")
        let found = try Self.searcher.search(Query(parsing: "hướng dẫn thuế"))
        #expect(found.suggestion == nil)
    }

    @Test("no suggestion when a hit names the person the query names")
    func entityFound() throws {
        let results = try Self.searcher.search(Query(parsing: "xyzzy Trần Minh Hoàng"))
        #expect(results.hits.first?.id == "hoang")
        #expect(results.suggestion == nil)
    }

    @Test("no suggestion when nothing in the index comes closer")
    func noSuggestion() throws {
        let results = try Self.searcher.search(Query(parsing: "xyzzy"))
        #expect(results.suggestion == nil)
    }

    @Test("each syllable's forms are listed with their weights, the reading first")
    func syllableForms() throws {
        let results = try Self.searcher.search(Query(parsing: "nghi quyet"))
        let nghi = try #require(results.syllableForms.first)
        #expect(nghi.syllable == "nghị")
        #expect(nghi.forms.first?.form == "nghị")
        #expect(nghi.forms.first?.weight == 1)
        #expect(nghi.forms.dropFirst().allSatisfy { $0.weight < 1 })
        #expect(nghi.formCount == nghi.forms.count)
        #expect(results.syllableForms.map(\.syllable) == ["nghị", "quyết"])
    }
}
