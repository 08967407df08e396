import Testing
import TraCuu

/// The acceptance examples: the seed article among distractors that hold the same
/// words apart, other resolutions, and another `Nguyễn Thái` person.
@Suite struct SearchAcceptanceTests {
    static let distractors: [Document] = [
        Document(id: "apart", title: "Hội đồng nhân dân họp kỳ thứ 5",
                 body: "Kỳ họp thông qua nghị quyết về đầu tư công. Có 05 dự án được "
                    + "phê duyệt, trong đó quy định mức hỗ trợ 69 triệu đồng."),
        Document(id: "other-resolution", title: "Triển khai Nghị quyết số 12",
                 body: "Nghị quyết số 12 ngày 3/4/2020 của Tỉnh ủy và Quy định số 70 "
                    + "về công tác cán bộ; Nghị quyết 15/NQ-ĐU về đô thị."),
        Document(id: "other-person", title: "Gương mặt thể thao",
                 body: "Ông Nguyễn Thái Sơn, Chủ tịch Hội Thể thao, và anh Trần Văn Hà "
                    + "trao giải tại phường Quang Trung."),
        Document(id: "hoa", title: "Mùa hoa", body: "Hoa đào nở, văn hóa lễ hội đặc sắc."),
        Document(id: "hoa-binh", title: "Xóm mới",
                 body: "Người dân sống hòa thuận, bình yên bên nhau."),
    ]

    static let searcher = IndexFixtures.searcher(of: distractors + [IndexFixtures.seed])

    static func ids(_ text: String) throws -> [String] {
        try searcher.search(Query(parsing: text), limit: 10).hits.map(\.id)
    }

    @Test("resolution, person, regulation and place queries return the seed first",
          arguments: ["Nghị quyết số 05", "nghi quyet so 5", "NQ 05", "Nghị quyết 05/NQ-ĐU",
                      "Nguyễn Thái Hà", "nguyen thai ha", "Quy định số 69", "qui dinh 69",
                      "Đảng bộ phường Mỏ Chè", "dang bo phuong mo che"])
    func seedFirst(query: String) throws {
        #expect(try Self.ids(query).first == "seed")
    }

    @Test("hoà and hòa give the same hits")
    func tonePlacement() throws {
        #expect(try Self.ids("hoà") == Self.ids("hòa"))
        #expect(try !Self.ids("hòa").isEmpty)
    }

    @Test("hòa, read as typed, ranks a document with hòa first, other forms of hoa after it")
    func markedSyllableRanksFirst() throws {
        let ids = try Self.ids("hòa")
        #expect(ids.first == "hoa-binh")
        #expect(ids.firstIndex(of: "hoa").map { $0 > 0 } ?? true, "\(ids)")
    }

    @Test("a plenum phrase finds the seed as a plenum")
    func plenum() throws {
        let results = try Self.searcher.search(
            Query(parsing: "\"Nghị quyết Trung ương 4 khóa XII\""), limit: 5)
        #expect(results.hits.first?.id == "seed")
        #expect(results.hits.first?.entities.contains { $0.kind == .plenum } == true)
    }

    @Test("unaccented queries say how they were read")
    func interpretation() throws {
        let results = try Self.searcher.search(Query(parsing: "nghi quyet"), limit: 3)
        #expect(results.interpretation == "nghị quyết")
    }

    @Test("an unmarked syllable is read with both neighbours: có bao nhiêu keeps bao")
    func readingUsesBothNeighbours() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for (id, body) in [("count", "Bao nhiêu người đến?"), ("a", "Tờ báo đưa tin."),
                           ("b", "Báo chí và báo mạng."), ("c", "Đọc báo buổi sáng.")] {
            try writer.add(Document(id: id, title: "", body: body))
        }
        try writer.commit()
        let results = try index.searcher().search(Query(parsing: "có bao nhiêu"), limit: 4)
        #expect(results.interpretation == nil)
        #expect(results.hits.first?.id == "count")
    }

    @Test("snippets mark the matched words in their original spelling")
    func snippet() throws {
        let hit = try #require(Self.searcher.search(Query(parsing: "Mỏ Chè"), limit: 1).hits.first)
        let marked = hit.snippet.marked(open: "«", close: "»")
        #expect(marked.contains("«Mỏ» «Chè»"))
    }

    @Test("exclusions, fields, OR, prefixes and dates filter as written")
    func syntax() throws {
        #expect(try !Self.ids("Nghị quyết -Tỉnh").contains("other-resolution"))
        #expect(try Self.ids("title:Mùa") == ["hoa"])
        #expect(try Set(Self.ids("Sơn OR Chè")).isSuperset(of: ["other-person", "seed"]))
        #expect(try Self.ids("thuậ*").contains("hoa-binh"))
        #expect(try Self.ids("hoa date:2021").isEmpty)
    }
}
