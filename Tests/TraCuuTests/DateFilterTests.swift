import Testing
import TraCuuText
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
            try writer.add(Document(id: "m\(month)", title: "Cứu trợ lũ lụt",
                                    body: "Tỉnh cứu trợ đồng bào vùng lũ lụt đợt \(month).",
                                    date: CalendarDate(year: year, month: monthOfYear, day: 15)))
            if month % 3 == 2 { try writer.commit() }
        }
        try writer.add(Document(id: "undated", body: "Cứu trợ lũ lụt miền Trung."))
        try writer.commit()
        return try index.searcher()
    }

    private static func ids(_ searcher: Searcher, _ text: String, since: String? = nil,
                            until: String? = nil) throws -> Set<String> {
        let results = try searcher.search(Query(parsing: text), limit: 20,
                                          since: since.flatMap(CalendarDate.init),
                                          until: until.flatMap(CalendarDate.init))
        #expect(results.totalMatches == results.hits.count, "\(text)")
        return Set(results.hits.map(\.id))
    }

    @Test("date: and since/until keep the documents whose date fits, in segments or merged",
          arguments: [100, 2])
    func filters(mergeFactor: Int) throws {
        let searcher = try Self.searcher(mergeFactor: mergeFactor)
        func ids(_ text: String, since: String? = nil, until: String? = nil) throws -> Set<String> {
            try Self.ids(searcher, text, since: since, until: until)
        }
        #expect(try ids("lũ lụt").count == 13)
        #expect(try ids("lũ lụt date:2020") == ["m0", "m1"])
        #expect(try ids("lu lut date:2021-03") == ["m4"])
        #expect(try ids("cứu trợ", since: "2021-09-01") == ["m10", "m11"])
        #expect(try ids("cứu trợ", until: "2020-12") == ["m0", "m1"])
        #expect(try ids("cứu trợ", since: "2021-01-01", until: "2021-02-28") == ["m2", "m3"])
        #expect(try ids("cứu trợ date:2019").isEmpty)
    }

    @Test("since and until compare days, whatever form they were written in")
    func boundsAsDays() throws {
        let searcher = try Self.searcher(mergeFactor: 100)
        #expect(try Self.ids(searcher, "lũ lụt", since: "2021-9-1") == ["m10", "m11"])
        #expect(try Self.ids(searcher, "lũ lụt", since: "15/9/2021") == ["m10", "m11"])
        #expect(try Self.ids(searcher, "lũ lụt", until: "2020") == ["m0", "m1"])
        #expect(try Self.ids(searcher, "lũ lụt", since: "2021-10-16").isEmpty)
        #expect(try Self.ids(searcher, "lũ lụt", since: "2021-06", until: "2021-03").isEmpty)
    }

    @Test("a date written day first is stored as that day: 16/06/2021 is not in 2020")
    func dayFirstDateIsADay() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Document(id: "vn", body: "Họp bàn phòng chống lũ lụt.",
                                date: CalendarDate("16/06/2021")))
        try writer.commit()
        let searcher = try index.searcher()
        #expect(try Self.ids(searcher, "lũ lụt", until: "2020").isEmpty)
        #expect(try Self.ids(searcher, "lũ lụt date:2021-06") == ["vn"])
        #expect(try Self.ids(searcher, "lũ lụt", since: "2021-06-16", until: "2021-06-16")
                == ["vn"])
        let hit = try #require(searcher.search(Query(parsing: "lũ lụt")).hits.first)
        #expect(hit.date?.description == "2021-06-16")
    }

    @Test("a partial date fits a filter only when every day it covers does")
    func partialDates() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for (id, date) in [("year", "2021"), ("month", "2021-06"), ("day", "2021-06-16")] {
            try writer.add(Document(id: id, body: "Báo cáo tổng kết.", date: CalendarDate(date)))
        }
        try writer.commit()
        let searcher = try index.searcher()
        #expect(try Self.ids(searcher, "báo cáo date:2021") == ["year", "month", "day"])
        #expect(try Self.ids(searcher, "báo cáo date:2021-06") == ["month", "day"])
        #expect(try Self.ids(searcher, "báo cáo date:2021-06-16") == ["day"])
        #expect(try Self.ids(searcher, "báo cáo", since: "2021-06-01") == ["month", "day"])
        #expect(try Self.ids(searcher, "báo cáo", until: "2021-06-30") == ["month", "day"])
        #expect(try Self.ids(searcher, "báo cáo", since: "2021", until: "2021")
                == ["year", "month", "day"])
        #expect(try searcher.search(Query(parsing: "báo cáo date:2021"), limit: 3).hits
                    .map { $0.date?.description } .sorted { ($0 ?? "") < ($1 ?? "") }
                == ["2021", "2021-06", "2021-06-16"])
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
