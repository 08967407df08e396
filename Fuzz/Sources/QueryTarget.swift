import TraCuu

/// The query parser, then the whole search path (reading unaccented words, Telex keys,
/// entities, planning, scoring, snippets) against a tiny index.
struct QueryTarget: FuzzTarget {
    private let searcher: Searcher

    init() throws {
        searcher = try TinyIndex.build().searcher()
    }

    func run(_ bytes: [UInt8]) throws {
        let query = try Query(parsing: String(decoding: bytes, as: UTF8.self))
        let results = try searcher.search(query, limit: 3)
        for hit in results.hits {
            _ = hit.snippet.marked(open: "[", close: "]")
        }
    }

    func seeds() throws -> [(name: String, bytes: [UInt8])] {
        let queries = [
            "Nghị quyết số 05", "nghi quyet so 5", "\"Hội đồng nhân dân\" -tỉnh",
            "title:hoà OR thuỷ*", "date:2021-06 body:\"đô thị\"", "nghij quyeets",
            "Nguyễn Thái Hà", "NQ 05 khóa XIII", "nghiquyet", "-\"văn minh\" UBND",
        ]
        return queries.enumerated().map { ("query-\($0.offset)", Array($0.element.utf8)) }
    }
}
