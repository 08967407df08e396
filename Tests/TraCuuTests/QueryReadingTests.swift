import Testing
import TraCuu

/// How unaccented queries are read (`QueryInterpretation`).
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
}
