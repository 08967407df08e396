import Testing
import TraCuu

/// How unaccented queries are read (`QueryInterpretation`) and what the reading decides
/// about the query's entities (`QueryPlan.confirmEntities(readAs:)`).
@Suite struct QueryReadingTests {
    static func searcher(_ bodies: [(String, String)]) throws -> Searcher {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for (id, body) in bodies { try writer.add(Document(id: id, title: "", body: body)) }
        try writer.commit()
        return try index.searcher()
    }

    /// The raw counts would pick `báo nhiều`: each word is twenty times commoner.
    @Test("a pair is weighed by how often its first word leads to the second")
    func conditionalBigrams() throws {
        let searcher = try Self.searcher([
            ("count", "Bao nhiêu người đến? Hỏi bao nhiêu cũng vậy."),
            ("press", Array(repeating: "Báo chí đưa tin.", count: 40).joined(separator: " ")),
            ("many", Array(repeating: "Nhiều người đến.", count: 40).joined(separator: " ")),
        ])
        let results = try searcher.search(Query(parsing: "bao nhieu"), limit: 3)
        #expect(results.interpretation == "bao nhiêu")
        #expect(results.hits.first?.id == "count")
    }

    @Test("quan Duc read as quân Đức is an army, not the place Đức after the designator quận")
    func unconfirmedPlace() throws {
        let searcher = try Self.searcher([
            ("district", "Ủy ban quận Đức họp bàn kế hoạch năm mới."),
            ("army", "Quân Đức bắt giữ ông năm 1940. Quân Đức rút lui sau đó."),
            ("troops", "Quân Đức và quân Pháp giao tranh."),
        ])
        let results = try searcher.search(Query(parsing: "quan Duc bat giu ong"), limit: 3)
        #expect(results.interpretation == "quân đức bắt giữ ông")
        #expect(results.hits.first?.id == "army")
        #expect(results.hits.allSatisfy { $0.entities.isEmpty })
        let marked = try searcher.search(Query(parsing: "quận Đức"), limit: 3)
        #expect(marked.hits.first?.id == "district")
        #expect(marked.hits.first?.entities.map(\.kind) == [.place])
    }

    @Test("an entity the reading names is kept: nguyen thai ha and phuong mo che")
    func confirmedEntities() throws {
        let searcher = try Self.searcher([
            ("seed", "Đồng chí Nguyễn Thái Hà dự Đại hội Đảng bộ phường Mỏ Chè."),
            ("other", "Nguyên Thái làm hà bá. Phương án mở chè xanh."),
        ])
        for query in ["nguyen thai ha", "dang bo phuong mo che"] {
            let hit = try #require(searcher.search(Query(parsing: query), limit: 2).hits.first)
            #expect(hit.id == "seed")
            #expect(hit.entities.count == 1)
        }
    }

    /// `Ngan` (a muscovy duck) would read as the far commoner `ngân` (a bank).
    @Test("a query typed with marks is taken as typed: its unmarked syllables are not read")
    func accentedQueryKeepsUnmarkedWords() throws {
        let searcher = try Self.searcher([
            ("duck", "Ngan nhà đẻ trứng mỗi năm hai lần, ngan mái ấp trứng."),
            ("bank", Array(repeating: "Ngân hàng nhà nước đẻ ra chính sách.", count: 30)
                .joined(separator: " ")),
        ])
        let accented = try searcher.search(Query(parsing: "Ngan đẻ trứng mấy lần một năm"),
                                           limit: 2)
        #expect(accented.interpretation == nil)
        #expect(accented.hits.first?.id == "duck")
        let bare = try searcher.search(Query(parsing: "ngan hang nha nuoc"), limit: 2)
        // Read, it is also the abbreviation NHNN's full form.
        #expect(bare.interpretation == #"("ngân hàng nhà nước" OR nhnn)"#)
    }
}
