import BenchmarkIndexes
import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

/// How deep every ranking goes: Recall@100 needs the top 100.
let rankingDepth = 100

/// TraCuu through its public API: `Query(parsing:)`, `Searcher.rank(_:limit:)` (the ranking
/// of `Searcher.search`, without stored fields or snippets).
struct TraCuuRanker {
    let searcher: Searcher

    /// Opens the index in `folder`, building it from `documents` first unless it exists.
    init(folder: String, documents: () throws -> [CorpusDocument]) throws {
        searcher = try BenchmarkIndexes.tracuu(folder: folder, documents: documents)
    }

    /// The ids of the best `rankingDepth` documents; none for a query TraCuu refuses.
    func ranking(_ text: String) throws -> [String] {
        guard let query = try? Query(parsing: text) else { return [] }
        return try searcher.rank(query, limit: rankingDepth).hits.map(\.id)
    }
}

/// SQLite FTS5 (`unicode61 remove_diacritics 2`, best first by `bm25(docs)`), with the
/// query's words wired one of three ways.
struct FTS5Ranker {
    enum Wiring: String, CaseIterable {
        /// Any word: `"a" OR "b"` — the ad-hoc retrieval baseline.
        case or
        /// Every word: `"a" AND "b"`.
        case and
        /// The words as a phrase first, then every word, then any word, each tier after the
        /// one before (a document appears once, in its best tier).
        case tiers
    }

    let index: FTS5Index

    /// Opens `file`, building the table from `documents` first unless the file exists.
    init(file: String, documents: () throws -> [CorpusDocument]) throws {
        index = try BenchmarkIndexes.fts5(file: file, documents: documents)
    }

    func ranking(_ text: String, wiring: Wiring) throws -> [String] {
        let query = FTS5Query(text)
        guard !query.isEmpty else { return [] }
        switch wiring {
        case .or: return try index.search(query.anyTerm, limit: rankingDepth)
        case .and: return try index.search(query.allTerms, limit: rankingDepth)
        case .tiers:
            var ranking: [String] = []
            var seen: Set<String> = []
            for expression in [query.phrase, query.allTerms, query.anyTerm]
            where ranking.count < rankingDepth {
                for id in try index.search(expression, limit: rankingDepth)
                where ranking.count < rankingDepth && seen.insert(id).inserted {
                    ranking.append(id)
                }
            }
            return ranking
        }
    }
}
