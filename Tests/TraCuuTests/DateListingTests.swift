import Testing
import TraCuuText
@testable import TraCuu

@Suite struct DateListingTests {
    /// Five reports dated out of order over two segments, one deleted, one undated.
    private static func searcher() throws -> Searcher {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        let dated = [("a", "2021-03-02"), ("b", "2020-12-31"), ("c", "2021-11-20"),
                     ("d", "2021-11"), ("e", "2021-07-04"), ("gone", "2021-12-01")]
        for (number, (id, date)) in dated.enumerated() {
            try writer.add(Document(id: id, title: "Báo cáo \(id)",
                                    body: "Báo cáo tình hình kinh tế xã hội.",
                                    date: CalendarDate(date)))
            if number == 2 { try writer.commit() }
        }
        try writer.add(Document(id: "undated", body: "Báo cáo không ghi ngày."))
        try writer.delete(id: "gone")
        try writer.commit()
        return try index.searcher()
    }

    @Test("a query of date filters only lists the documents that fit, newest first")
    func newestFirst() throws {
        let searcher = try Self.searcher()
        let results = try searcher.search(Query(parsing: "date:2021"), limit: 10)
        #expect(results.hits.map(\.id) == ["c", "d", "e", "a"])
        #expect(results.totalMatches == 4)
        #expect(results.hits.first?.snippet.text.hasPrefix("Báo cáo tình hình") == true)
        let all = try searcher.search(Query(parsing: "date:2020 date:2021"), limit: 10)
        #expect(all.hits.map(\.id) == ["c", "d", "e", "a", "b"])
    }

    @Test("a listing by date pages with offset and limit and takes since/until too")
    func pagingAndBounds() throws {
        let searcher = try Self.searcher()
        let query = try Query(parsing: "date:2021")
        let pages = try (0..<2).flatMap { page in
            try searcher.search(query, limit: 2, offset: 2 * page).hits.map(\.id)
        }
        #expect(pages == ["c", "d", "e", "a"])
        let bounded = try searcher.search(query, since: CalendarDate("2021-07-01"),
                                          until: CalendarDate("2021-11-30"))
        #expect(bounded.hits.map(\.id) == ["c", "d", "e"])
    }

    @Test("a query of date filters only parses; one with neither words nor filters does not")
    func parsing() throws {
        let query = try Query(parsing: " date:2021-06 ")
        #expect(query.clauses.isEmpty)
        #expect(query.dates == [CalendarDate(year: 2021, month: 6)])
        #expect(throws: QueryError.self) { try Query(parsing: "  ") }
    }

    @Test("the searcher counts the live documents that have a date")
    func datedCount() throws {
        #expect(try Self.searcher().datedDocumentCount == 5)
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Document(id: "x", body: "Không ngày tháng."))
        try writer.commit()
        #expect(try index.searcher().datedDocumentCount == 0)
    }
}
