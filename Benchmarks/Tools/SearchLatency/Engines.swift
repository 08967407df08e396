import BenchmarkIndexes
import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

/// What one run of one query gave: hits, and a number made from them so that no work is
/// optimised away; for TraCuu, the part of its time spent reading the ranked hits.
struct Answer {
    var ids: [String] = []
    var checksum = 0
    /// Milliseconds from the ranking's end to the answer's (TraCuu's `TraCuuFetch`).
    var fetchMilliseconds = 0.0
}

/// What TraCuu reads of its ranked hits.
enum TraCuuFetch: String, CaseIterable {
    /// The full hits: stored fields and snippets, as `Searcher.search` gives them.
    case hits
    /// Each hit's stored document (`Searcher.document(_:)`), without snippets.
    case documents
    /// Nothing: `Searcher.rank` alone, each hit's id and score (the ids come with the
    /// ranking, from the segments' document tables).
    case ids
}

/// TraCuu through its public API: `Query(parsing:)`, `Searcher.rank(_:limit:)`, then what
/// `fetch` says of each hit (by default `Searcher.hits(_:)`, snippets, titles and entities,
/// as `Searcher.search` gives them to an embedder).
struct TraCuuEngine {
    let searcher: Searcher
    /// Opening the searcher (mapping and checking every segment), in seconds.
    let openSeconds: Double
    let fetch: TraCuuFetch

    /// Opens the index in `folder`, building it from `documents` first unless it exists.
    init(folder: String, fetch: TraCuuFetch = .hits,
         documents: () throws -> [CorpusDocument]) throws {
        // Built if missing; then opened once more to time a cold open on its own.
        _ = try BenchmarkIndexes.tracuu(folder: folder, documents: documents)
        let start = ContinuousClock.now
        searcher = try SearchIndex.open(at: folder).searcher()
        openSeconds = (ContinuousClock.now - start).seconds
        self.fetch = fetch
    }

    /// The answer to `query`; its `fetchMilliseconds` by `clock`.
    func run(_ query: LatencyQuery, limit: Int, clock: TimingClock) throws -> Answer {
        let ranked = try searcher.rank(Query(parsing: query.text), limit: limit)
        var answer = Answer()
        let fetchStart = clock.milliseconds()
        switch fetch {
        case .ids:
            for hit in ranked.hits {
                answer.ids.append(hit.id)
                answer.checksum &+= hit.id.utf8.count &+ Int(hit.score)
            }
        case .documents:
            for hit in ranked.hits {
                let document = try searcher.document(hit.handle)
                answer.ids.append(document.id)
                answer.checksum &+= document.title.utf8.count &+ document.body.utf8.count
            }
        case .hits:
            for hit in try searcher.hits(ranked.hits) {
                answer.ids.append(hit.id)
                answer.checksum &+= hit.snippet.text.utf8.count &+ hit.snippet.highlights.count
                    &+ hit.title.utf8.count
            }
        }
        answer.fetchMilliseconds = clock.milliseconds() - fetchStart
        return answer
    }

    /// Everything the search returns for `query`, on one line: the total, the interpretation
    /// and each hit's id, score (all 17 digits), entities, snippet and highlights, so that
    /// two builds can be checked to answer alike (`--results`).
    func record(_ query: LatencyQuery, limit: Int) throws -> String {
        let results = try searcher.search(Query(parsing: query.text), limit: limit)
        var fields = [query.kind, query.text, "total=\(results.totalMatches)",
                      "interpreted=\(results.interpretation ?? "")"]
        for hit in results.hits {
            let entities = hit.entities.map(\.keys.exact).joined(separator: ",")
            let highlights = hit.snippet.highlights.map { "\($0.lowerBound)-\($0.upperBound)" }
                .joined(separator: ",")
            fields.append(hit.id + " " + String(format: "%.17g", hit.score) + " [\(entities)] ["
                          + highlights + "] " + hit.snippet.text)
        }
        return fields.joined(separator: "\t")
    }
}

/// SQLite FTS5 as a user of it would search: every word (and `"phrase"`) of the query as an
/// FTS5 string, all of them ANDed; when that gives fewer than `limit` rows, the same words
/// ORed fill the rest. Rows come best first by `bm25(docs)`, with id, title and `snippet()`
/// of the body, or with the id alone when `snippets` is false. Both statements' time counts.
struct FTS5Engine {
    let index: FTS5Index
    let snippets: Bool

    /// Opens `file`, building the table from `documents` first unless the file exists.
    init(file: String, snippets: Bool = true, documents: () throws -> [CorpusDocument]) throws {
        index = try BenchmarkIndexes.fts5(file: file, documents: documents)
        self.snippets = snippets
    }

    func run(_ query: LatencyQuery, limit: Int) throws -> Answer {
        let terms = FTS5Query(query.text)
        var answer = Answer()
        guard !terms.isEmpty else { return answer }
        var hits = try search(terms.allTerms, limit: limit)
        if hits.count < limit, terms.terms.count > 1 {
            let found = Set(hits.map(\.id))
            hits += try search(terms.anyTerm, limit: limit + hits.count)
                .filter { !found.contains($0.id) }.prefix(limit - hits.count)
        }
        for hit in hits {
            answer.ids.append(hit.id)
            answer.checksum &+= hit.snippet.utf8.count &+ hit.title.utf8.count
        }
        return answer
    }

    /// Rows with snippets, or ids alone with an empty title and snippet.
    private func search(_ expression: String, limit: Int) throws -> [FTS5Index.Hit] {
        if snippets { return try index.hits(expression, limit: limit) }
        return try index.search(expression, limit: limit).map {
            FTS5Index.Hit(id: $0, title: "", snippet: "")
        }
    }

    /// Rows in the table.
    func documentCount() throws -> Int {
        try index.database.pairs("SELECT 'docs', count(*) FROM docs").first?.1 ?? 0
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
