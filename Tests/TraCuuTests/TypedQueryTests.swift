import Testing
import TraCuu

/// Queries typed as people type them: Telex or VNI keys with the input method off, a letter
/// doubled by an input method, a slipped mark, syllables run together. Each finds what the
/// clean query finds first.
@Suite struct TypedQueryTests {
    static let documents: [Document] = [
        Document(id: "nq35", title: "Triển khai Nghị quyết số 35",
                 body: "Đảng ủy ban hành Nghị quyết số 35 về công tác xây dựng Đảng."),
        Document(id: "nd38", title: "Nghị định số 38/2016/NĐ-CP",
                 body: "Chính phủ ban hành Nghị định 38/2016/NĐ-CP về khí tượng thủy văn."),
        Document(id: "khai", title: "Gương mặt",
                 body: "Ông Nguyễn Văn Khải dự lễ khai mạc. Nghị định và quyết định khác."),
        Document(id: "taxi", title: "Giao thông", body: "Hãng taxi mới, taxi điện, xe taxi."),
        Document(id: "apart", title: "Tin vắn",
                 body: "Số liệu quyết toán; nghỉ định kỳ 35 ngày; dinh thự số 38."),
    ]

    static let searcher = IndexFixtures.searcher(of: documents)

    @Test("typed with keys, a doubled letter, a slipped mark or no spaces, the hit comes first",
          arguments: [
              ("Nghij quyeets soos 35", "nq35"), ("Nghi5 quye6t1 so61 35", "nq35"),
              ("Nghị dđịnh số 38", "nd38"), ("Nghị đinh số 38", "nd38"),
              ("Nghij ddinhj 38/2016/NDd-CP", "nd38"), ("Nguye6n4 Va8n Khai3", "khai"),
              ("Nguyeenx Vawn Khair", "khai"), ("nghidinh 38/2016", "nd38"),
              ("nghiquyet so 35", "nq35"),
          ])
    func typedQueryFindsTheCleanHit(query: String, id: String) throws {
        let results = try Self.searcher.search(Query(parsing: query), limit: 3)
        #expect(results.hits.first?.id == id, "\(results.hits.map(\.id))")
        #expect(results.interpretation != nil)
    }

    @Test("the words read are reported, and the entity recognisers see the reading")
    func readWords() throws {
        let results = try Self.searcher.search(Query(parsing: "nghij quyeets soos 35"))
        #expect(results.readWords.map(\.typed) == ["nghij", "quyeets", "soos"])
        #expect(results.readWords.map(\.reading) == ["nghị", "quyết", "số"])
        #expect(results.hits.first?.entities.contains { $0.kind == .docref } == true)
    }

    @Test("syllables typed without spaces are split as the index's pairs say")
    func missingSpaces() throws {
        let results = try Self.searcher.search(Query(parsing: "nghiquyet so 35"))
        #expect(results.readWords.map(\.typed) == ["nghiquyet"])
        #expect(results.readWords.map(\.reading) == ["nghi quyet"])
        #expect(results.interpretation == "nghị quyết số 35")
    }

    @Test("a word the index holds as typed is not read (taxi is not tãi)")
    func wordInTheIndexStays() throws {
        let results = try Self.searcher.search(Query(parsing: "taxi"))
        #expect(results.readWords.isEmpty)
        #expect(results.hits.first?.id == "taxi")
    }

    @Test("marks typed never exclude: a form the archive lacks finds its other forms")
    func marksNeverExclude() throws {
        let results = try Self.searcher.search(Query(parsing: "Gương mất"))
        #expect(results.hits.first?.id == "khai", "\(results.hits.map(\.id))")
        let forms = try #require(results.syllableForms.last)
        #expect(forms.forms.contains { $0.form == "mặt" && $0.weight < 1 }, "\(forms)")
    }
}
