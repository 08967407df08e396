import Testing
import TraCuu
import TraCuuText

/// `Searcher.rank` and the hits read from it on demand, against `Searcher.search`: the same
/// hits, scores and snippets, over an index of two segments.
@Suite struct RankedSearchTests {
    static let dated: [Document] = [
        Document(id: "hoa-binh-2021", title: "Hòa Bình mùa lúa",
                 body: "Nông dân tỉnh Hòa Bình thu hoạch lúa; phường Mỏ Chè hỗ trợ giống.",
                 date: CalendarDate("2021-06-16")),
        Document(id: "mo-che-2020", title: "Phường Mỏ Chè",
                 body: "Đảng bộ phường Mỏ Chè tổng kết năm; Nghị quyết số 05 được triển khai.",
                 date: CalendarDate("2020-12-30")),
    ]

    /// Two commits, so two segments: the fixtures' documents, then the acceptance suite's
    /// and the dated ones.
    static let index: SearchIndex = {
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for document in IndexFixtures.all { try writer.add(document) }
            try writer.commit()
            for document in SearchAcceptanceTests.distractors + dated {
                try writer.add(document)
            }
            try writer.commit()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
        return index
    }()

    static let searcher: Searcher = {
        do { return try index.searcher() } catch { preconditionFailure("fixture: \(error)") }
    }()

    @Test("rank, then each hit read alone, gives what search gives", arguments: [
        "Nghị quyết số 05", "nghi quyet so 5", "phường Mỏ Chè", "Nguyễn Thái Sơn", "hòa",
        "hoà bình", "xây*", "\"Mỏ Chè\" -Đảng", "nghị quytế số 05", "xyzzy phường Mỏ Chè",
        "date:2021", "date:2020", "Hòa Bình date:2021",
    ])
    func sameAsSearch(text: String) throws {
        let query = try Query(parsing: text)
        let searched = try Self.searcher.search(query, limit: 20)
        let ranked = try Self.searcher.rank(query, limit: 20)
        #expect(!searched.hits.isEmpty, "\(text) finds nothing")
        // search reads the snippet marks of a segment's hits together; here one by one.
        var alone = try Self.searcher.results(of: ranked)
        alone.hits = try ranked.hits.map { try Self.searcher.hit($0) }
        expectSame(alone, searched, text)
        #expect(ranked.hits.map(\.id) == searched.hits.map(\.id))
        #expect(ranked.hits.map(\.score) == searched.hits.map(\.score))
        #expect(ranked.hits.map(\.explanation) == searched.hits.map(\.explanation))
        #expect(ranked.suggestion == searched.suggestion)
        #expect(ranked.interpretation == searched.interpretation)
    }

    @Test("the ranking alone gives ids, scores and the entities named")
    func idsAndScores() throws {
        let ranked = try Self.searcher.rank(Query(parsing: "Nguyễn Thái Hà"))
        #expect(ranked.hits.first?.id == "seed")
        #expect(ranked.hits.first?.entities.map(\.keys.exact) == ["person|nguyễn thái hà"])
        let scores = ranked.hits.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test("a page of hits read on demand, in any order, equals that page of search")
    func lazyPage() throws {
        let query = try Query(parsing: "nghị quyết")
        let searched = try Self.searcher.search(query, limit: 10)
        let ranked = try Self.searcher.rank(query, limit: 10)
        try #require(ranked.hits.count >= 5, "nghị quyết finds \(ranked.hits.count)")
        #expect(Set(ranked.hits.map(\.handle)).count == ranked.hits.count)
        let page = try Self.searcher.hits(ranked.hits[2..<5])
        expectSame(page, Array(searched.hits[2..<5]), "page 2..<5")
        let backwards = try Self.searcher.hits(ranked.hits.reversed())
        expectSame(backwards, searched.hits.reversed(), "reversed")
        let twice = try Self.searcher.hits([ranked.hits[1], ranked.hits[1]])
        expectSame(twice, [searched.hits[1], searched.hits[1]], "twice")
        expectSame([try Self.searcher.hit(ranked.hits[3])], [searched.hits[3]], "one")
    }

    @Test("offset skips the first hits of the same ranking")
    func offset() throws {
        let query = try Query(parsing: "phường")
        let all = try Self.searcher.rank(query, limit: 10)
        let later = try Self.searcher.rank(query, limit: 10, offset: 2)
        #expect(later.hits.map(\.id) == Array(all.hits.dropFirst(2).map(\.id)))
        #expect(later.totalMatches == all.totalMatches)
    }

    @Test("a handle reads its stored document")
    func documentOfHandle() throws {
        let ranked = try Self.searcher.rank(Query(parsing: "Nguyễn Thái Sơn ghi bàn"))
        let first = try #require(ranked.hits.first)
        #expect(first.id == "d3")
        let document = try Self.searcher.document(first.handle)
        #expect(document == IndexFixtures.distractors[2])
        let dated = try #require(try Self.searcher.rank(Query(parsing: "date:2021")).hits.first)
        #expect(try Self.searcher.document(dated.handle) == Self.dated[0])
    }

    @Test("a handle is read only by the searcher that ranked it")
    func handleOfOneSearcher() throws {
        // The same documents in another index: its first segment holds d3 at the same place.
        let other = IndexFixtures.searcher(of: IndexFixtures.all)
        let ranked = try Self.searcher.rank(Query(parsing: "Nguyễn Thái Sơn"))
        let first = try #require(ranked.hits.first)
        #expect(throws: IndexError.self) { try other.document(first.handle) }
        do {
            _ = try other.hits(ranked.hits)
            Issue.record("hits of another searcher's ranking were read")
        } catch let error as IndexError {
            #expect(error.code == .otherSearcher)
        }
        #expect(try Self.searcher.document(first.handle).id == first.id)
    }

    private func expectSame(_ results: SearchResults, _ expected: SearchResults,
                            _ text: String) {
        expectSame(results.hits, expected.hits, text)
        #expect(results.totalMatches == expected.totalMatches, "\(text)")
        #expect(results.allWordsMatches == expected.allWordsMatches, "\(text)")
        #expect(results.interpretation == expected.interpretation, "\(text)")
        #expect(results.suggestion == expected.suggestion, "\(text)")
        #expect(results.readWords.map(\.reading) == expected.readWords.map(\.reading), "\(text)")
        #expect(results.syllableForms.map(\.forms.count)
                == expected.syllableForms.map(\.forms.count), "\(text)")
    }

    private func expectSame(_ hits: [Hit], _ expected: [Hit], _ text: String) {
        #expect(hits.map(\.id) == expected.map(\.id), "\(text)")
        for (hit, other) in zip(hits, expected) {
            #expect(hit.score == other.score, "\(text): \(hit.id)")
            #expect(hit.title == other.title && hit.date == other.date, "\(text): \(hit.id)")
            #expect(hit.snippet.text == other.snippet.text, "\(text): \(hit.id)")
            #expect(hit.snippet.highlights == other.snippet.highlights, "\(text): \(hit.id)")
            #expect(hit.entities.map(\.keys.exact) == other.entities.map(\.keys.exact))
            #expect(hit.explanation == other.explanation, "\(text): \(hit.id)")
        }
    }
}
