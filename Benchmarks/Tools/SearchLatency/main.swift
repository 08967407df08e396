// Query latency of TraCuu and SQLite FTS5 side by side on the news corpus:
// p50/p95/p99 over a fixed mixed query set, overall and per class of query.
//
//   SearchLatency [--corpus PATH] [--limit DOCS] [--queries TSV] [--rounds N]
//                 [--engine both|tracuu|fts5] [--dir PATH] [--keep] [--per-query FILE]
//                 [--results FILE] [--clock wall|cpu] [--no-snippets]
//                 [--fetch hits|documents|ids]
//   SearchLatency --typed typing_queries_dev.jsonl [--rounds N] [--dir PATH] [--per-query FILE]
//
// Both indexes are built first from the same documents (not timed; see Engines.swift for
// each engine's wiring). Each engine then answers every query once to warm up and `--rounds`
// more times; a query's latency is the median of its rounds, top 10 with snippets (ids alone
// with `--no-snippets`), on the calling thread. TraCuu's time after ranking, reading the
// hits (`--fetch`), is reported on its own as well. Percentiles are nearest-rank over
// queries. The last line, `RESULT …`, is key=value pairs for Tools/compare-latency.sh. Pin
// the process to one core (`taskset -c 1`) for steadier figures.
//
// With `--typed`, TraCuu alone times each query as typed (Telex, VNI, a slipped mark…) and
// the clean query it was typed from, in the same passes; the target is typed p50 ≤ 2 × clean
// p50 in every variant (see TypedLatency.swift).

import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

let resultLimit = 10

func main() throws {
    let options = Options.parseOrExit()
    let typedPairs = try options.typed.map(TypedPair.load)
    let queries = typedPairs == nil ? try QuerySet.load(path: options.queries) : []
    let kinds = QuerySet.kinds(of: queries)
    if let typedPairs, let path = options.typed {
        print("typed queries: \(path): \(typedPairs.count)")
    } else {
        print("queries: \(options.queries): \(queries.count) in \(kinds.count) classes")
    }

    print("timing: the \(options.clock.rawValue) clock")
    let manager = FileManager.default
    let folder = options.directory ?? URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("search-latency-\(ProcessInfo.processInfo.processIdentifier)")
        .path
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if !options.keep { try? manager.removeItem(atPath: folder) } }
    print("index folder: \(folder)\(options.keep ? " (kept)" : " (deleted afterwards)")")

    var loaded: [CorpusDocument]?
    func documents() throws -> [CorpusDocument] {
        if let loaded { return loaded }
        let start = ContinuousClock.now
        let documents = try CorpusDocument.load(path: options.corpus, limit: options.limit ?? .max)
        guard !documents.isEmpty else { throw BenchmarkError("\(options.corpus): no documents") }
        print("corpus: \(options.corpus): \(documents.count) documents, "
              + String(format: "read in %.1f s", (ContinuousClock.now - start).seconds))
        loaded = documents
        return documents
    }

    var tracuu: (Latencies, [Answer], fetch: Latencies)?
    var fts5: (Latencies, [Answer], fetch: Latencies)?
    var documentCount = 0
    if options.timesFTS5 {
        let start = ContinuousClock.now
        let engine = try FTS5Engine(file: folder + "/fts5.db", snippets: !options.noSnippets,
                                    documents: documents)
        documentCount = try engine.documentCount()
        print("FTS5 (SQLite \(Database.version)): \(documentCount) rows, "
              + String(format: "ready in %.1f s", (ContinuousClock.now - start).seconds))
        fts5 = try measure(queries, rounds: options.rounds, clock: options.clock) {
            try engine.run($0, limit: resultLimit)
        }
    }
    if options.timesTraCuu {
        let start = ContinuousClock.now
        let engine = try TraCuuEngine(folder: folder + "/tracuu", fetch: options.tracuuFetch,
                                      documents: documents)
        documentCount = engine.searcher.documentCount
        print("TraCuu: \(documentCount) documents, "
              + String(format: "ready in %.1f s, searcher opened in %.1f ms",
                       (ContinuousClock.now - start).seconds, engine.openSeconds * 1000))
        if let typedPairs {
            loaded = nil
            let typed = try TypedLatency(pairs: typedPairs, rounds: options.rounds,
                                         clock: options.clock) {
                try engine.run($0, limit: resultLimit, clock: options.clock)
            }
            typed.print()
            if let path = options.perQuery {
                try typed.perQueryTable().write(toFile: path, atomically: true, encoding: .utf8)
                print("per query: \(path)")
            }
            return
        }
        tracuu = try measure(queries, rounds: options.rounds, clock: options.clock) {
            try engine.run($0, limit: resultLimit, clock: options.clock)
        }
        if let path = options.results {
            try queries.map { try engine.record($0, limit: resultLimit) + "\n" }.joined()
                .write(toFile: path, atomically: true, encoding: .utf8)
            print("TraCuu's answers: \(path)")
        }
    }
    loaded = nil

    let report = LatencyReport(queries: queries, kinds: kinds, tracuu: tracuu?.0,
                               tracuuFetch: tracuu?.fetch, fts5: fts5?.0,
                               documents: documentCount, rounds: options.rounds,
                               fetch: options.tracuuFetch, fts5Snippets: !options.noSnippets)
    report.print(hitCounts: (tracuu?.1.map(\.ids.count), fts5?.1.map(\.ids.count)))
    if let path = options.perQuery {
        try report.perQueryTable(tracuuAnswers: tracuu?.1, fts5Answers: fts5?.1)
            .write(toFile: path, atomically: true, encoding: .utf8)
        print("per query: \(path)")
    }
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("SearchLatency: \(error)\n".utf8))
    exit(1)
}
