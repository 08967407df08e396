/// A SQLite database holding one FTS5 table of documents, the way the benchmarks compare
/// TraCuu with FTS5:
///
///     CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body,
///         tokenize="unicode61 remove_diacritics 2")
///
/// `id` is the document's id string, stored but not indexed, so that a match's rowid maps
/// back to it. A contentless table (`content=''`) stores no text: it measures the index
/// alone, and its rows cannot be read back (no `search`, no snippets).
public final class FTS5Index {
    /// The open database; the table is `docs`.
    public let database: Database
    /// The table's tokenizer: Unicode 6.1 word breaking, case and diacritics folded (`đ`
    /// stays `đ`: it is a letter, not a mark).
    public static let tokenizer = "unicode61 remove_diacritics 2"
    /// Column number of `body` for `snippet()`.
    static let bodyColumn = 2
    private var searchStatement: Statement?
    private var hitsStatement: Statement?

    /// Opens the database at `path`, creating the `docs` table unless `creating` is false (the
    /// file then already holds it).
    public init(path: String, creating: Bool = true, contentless: Bool = false) throws {
        database = try Database(path: path)
        if creating {
            try database.execute("""
                CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body,\
                \(contentless ? " content=''," : "") tokenize="\(Self.tokenizer)")
                """)
        }
    }

    /// A prepared insert of rows into `docs`. Wrap many inserts in `BEGIN`/`COMMIT`.
    public func inserter() throws -> Inserter {
        Inserter(try database.prepare(
            "INSERT INTO docs(rowid, id, title, body) VALUES (?, ?, ?, ?)"))
    }

    /// Inserts rows through one prepared statement, binding the text without copying it.
    public struct Inserter {
        private let statement: Statement

        init(_ statement: Statement) { self.statement = statement }

        /// Adds one document as row `rowid`.
        public func insert(rowid: Int64, id: String, title: String, body: String) throws {
            var id = id, title = title, body = body
            try id.withUTF8 { id in
                try title.withUTF8 { title in
                    try body.withUTF8 { body in
                        statement.bind(rowid, at: 1)
                        statement.bindStatic(id, at: 2)
                        statement.bindStatic(title, at: 3)
                        statement.bindStatic(body, at: 4)
                        defer { statement.reset() }
                        try statement.step()
                    }
                }
            }
        }
    }

    /// The ids of the best `limit` rows for an FTS5 MATCH expression (see `FTS5Query`), best
    /// first by `bm25(docs)` (`ORDER BY rank`).
    public func search(_ matchExpression: String, limit: Int) throws -> [String] {
        let statement = try prepared(&searchStatement, """
            SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?
            """)
        defer { statement.reset() }
        statement.bind(matchExpression, at: 1)
        statement.bind(Int64(limit), at: 2)
        var ids: [String] = []
        while try statement.step() { ids.append(statement.text(at: 0)) }
        return ids
    }

    /// One row of `hits(_:limit:)`.
    public struct Hit {
        public var id: String
        public var title: String
        /// About 30 tokens of the body around the matches, matches between `«` and `»`.
        public var snippet: String

        public init(id: String, title: String, snippet: String) {
            self.id = id
            self.title = title
            self.snippet = snippet
        }
    }

    /// What a user gets: the best `limit` rows by `bm25(docs)` with id, title and a snippet
    /// of the body from FTS5's `snippet()` (which reads the row's stored text again).
    public func hits(_ matchExpression: String, limit: Int) throws -> [Hit] {
        let statement = try prepared(&hitsStatement, """
            SELECT id, title, snippet(docs, \(Self.bodyColumn), '«', '»', '…', 30) FROM docs \
            WHERE docs MATCH ? ORDER BY rank LIMIT ?
            """)
        defer { statement.reset() }
        statement.bind(matchExpression, at: 1)
        statement.bind(Int64(limit), at: 2)
        var hits: [Hit] = []
        while try statement.step() {
            hits.append(Hit(id: statement.text(at: 0), title: statement.text(at: 1),
                            snippet: statement.text(at: 2)))
        }
        return hits
    }

    private func prepared(_ cache: inout Statement?, _ sql: String) throws -> Statement {
        if let cache { return cache }
        let statement = try database.prepare(sql)
        cache = statement
        return statement
    }
}
