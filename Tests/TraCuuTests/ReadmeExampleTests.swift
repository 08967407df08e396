import Testing
import TraCuu
import TraCuuText   // CalendarDate, Entity

/// The embedding example of README.md, verbatim but for the assertions: it must compile and
/// do what the README says.
@Suite struct ReadmeExampleTests {
    @Test("the README's embedding example: an unaccented query, then ids and a page read")
    func readmeExample() throws {
        // README example starts
        let index = SearchIndex.inMemory()   // or: try SearchIndex.open(at: "archive.tracuu",
                                             //                          creatingIfMissing: true)
        let writer = try index.writer()
        try writer.add(Document(id: "nq-05", title: "Nghị quyết số 05/NQ-ĐU",
                                body: "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 "
                                    + "ngày 16/6/2021 về xây dựng đô thị văn minh.",
                                date: CalendarDate("16/6/2021")))   // nil if not a date
        try writer.commit()

        let searcher = try index.searcher()
        let results = try searcher.search(Query(parsing: "nghi quyet so 5"), limit: 10,
                                          since: CalendarDate(year: 2021))
        for hit in results.hits {
            print(hit.id, hit.score, hit.title, hit.date?.description ?? "")   // … 2021-06-16
            print(hit.snippet.marked(open: "«", close: "»"))
        }

        // Ids and scores alone: no stored document read, no snippet made. Then read what a
        // page shows: its hits in full (as search gives them), or a hit's stored document.
        let ranked = try searcher.rank(Query(parsing: "Mỏ Chè"), limit: 100)
        print(ranked.totalMatches, ranked.hits.map(\.id), ranked.hits.map(\.score))
        let firstPage = try searcher.hits(ranked.hits.prefix(20))
        if let best = ranked.hits.first {
            print(try searcher.document(best.handle).body)
        }
        // README example ends
        #expect(results.hits.map(\.id) == ["nq-05"])
        #expect(results.interpretation == "nghị quyết số 5")
        #expect(results.hits[0].entities.map(\.kind) == [.docref])
        #expect(results.hits[0].date?.description == "2021-06-16")
        #expect(ranked.hits.map(\.id) == ["nq-05"])
        #expect(firstPage.map(\.snippet.text) == [
            "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 ngày 16/6/2021 về xây dựng đô thị "
                + "văn minh.",
        ])
        #expect(firstPage.first?.snippet.marked(open: "«", close: "»").contains("«Mỏ» «Chè»")
                == true)
    }
}
