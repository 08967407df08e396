import Testing
@testable import TraCuu

@Suite struct DateFilterTests {
    /// Twelve articles about flood relief a month apart from 2020-11 to 2021-10, one without a
    /// date; in segments of one or two documents, merged or not.
    private static func searcher(mergeFactor: Int) throws -> Searcher {
        let index = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1,
                                                                mergeFactor: mergeFactor))
        let writer = try index.writer()
        for month in 0..<12 {
            let year = 2020 + (month + 10) / 12, monthOfYear = (month + 10) % 12 + 1
            let date = "\(year)-\(monthOfYear < 10 ? "0" : "")\(monthOfYear)-15"
            try writer.add(Document(id: "m\(month)", title: "Cứu trợ lũ lụt",
                                    body: "Tỉnh cứu trợ đồng bào vùng lũ lụt đợt \(month).",
                                    date: date))
            if month % 3 == 2 { try writer.commit() }
        }
        try writer.add(Document(id: "undated", body: "Cứu trợ lũ lụt miền Trung."))
        try writer.commit()
        return try index.searcher()
    }

    @Test("date: and since/until keep the documents whose date fits, in segments or merged",
          arguments: [100, 2])
    func filters(mergeFactor: Int) throws {
        let searcher = try Self.searcher(mergeFactor: mergeFactor)
        func ids(_ text: String, since: String? = nil, until: String? = nil) throws -> Set<String> {
            let results = try searcher.search(Query(parsing: text), limit: 20, since: since,
                                              until: until)
            #expect(results.totalMatches == results.hits.count, "\(text)")
            return Set(results.hits.map(\.id))
        }
        #expect(try ids("lũ lụt").count == 13)
        #expect(try ids("lũ lụt date:2020") == ["m0", "m1"])
        #expect(try ids("lu lut date:2021-03") == ["m4"])
        #expect(try ids("cứu trợ", since: "2021-09-01") == ["m10", "m11"])
        #expect(try ids("cứu trợ", until: "2020-12") == ["m0", "m1"])
        #expect(try ids("cứu trợ", since: "2021-01-01", until: "2021-02-28") == ["m2", "m3"])
        #expect(try ids("cứu trợ date:2019").isEmpty)
    }

    @Test("with a date filter, offset and limit page through the documents that fit")
    func paging() throws {
        let searcher = try Self.searcher(mergeFactor: 2)
        let query = try Query(parsing: "lũ lụt date:2021")
        let all = try searcher.search(query, limit: 20)
        #expect(all.totalMatches == 10)
        let pages = try (0..<4).flatMap { page in
            try searcher.search(query, limit: 3, offset: 3 * page).hits.map(\.id)
        }
        #expect(pages == all.hits.map(\.id))
    }
}
