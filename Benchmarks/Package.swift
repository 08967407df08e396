// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that users of TraCuu never fetch the harness.
// Run from this folder: `swift package benchmark` (package-benchmark suites) and
// `swift run -c release TextThroughput` (the side-by-side MB/s table the README quotes),
// `Tools/compare-index.sh` and `Tools/compare-latency.sh` (TraCuu against SQLite FTS5 on the
// news corpus: indexing, query latency), `Tools/compare-peers.sh` (TraCuu, FTS5, tantivy and
// Xapian side by side), `Tools/compare-scale.sh` (TraCuu and tantivy on corpora 10 and 30 times
// the news corpus's size).
let package = Package(
    name: "TraCuuBenchmarks",
    dependencies: [
        // `name:` because a path dependency's identity is its folder's name (a clone or
        // worktree may be called anything); products are then found as package "TraCuu".
        .package(name: "TraCuu", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
                 traits: ["MallocInterposer"]),
    ],
    targets: [
        // The fixture text and the pipelines measured, shared by both executables so that
        // they time exactly the same work.
        .target(
            name: "TextCorpus",
            dependencies: [.product(name: "TraCuuText", package: "TraCuu")],
            path: "Support/TextCorpus"
        ),
        .executableTarget(
            name: "TextBenchmarks",
            dependencies: [
                "TextCorpus",
                .product(name: "TraCuuText", package: "TraCuu"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // A plain executable, kept out of Benchmarks/Benchmarks/: the benchmark plugin runs
        // every executable target in that folder as a suite and fails on one that is not.
        .executableTarget(
            name: "TextThroughput",
            dependencies: ["TextCorpus", .product(name: "TraCuuText", package: "TraCuu")],
            path: "Tools/TextThroughput"
        ),
        // The system SQLite (`libsqlite3-dev`), for the FTS5 side of the comparisons.
        .systemLibrary(
            name: "CSQLite",
            path: "Support/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SQLite FTS5 as the tools use it: the `docs` table, inserting, searching by bm25,
        // and users' queries as safe MATCH expressions.
        .target(
            name: "SQLiteFTS5",
            dependencies: ["CSQLite"],
            path: "Support/SQLiteFTS5"
        ),
        // Indexes the news corpus with TraCuu or SQLite FTS5, one engine per process.
        .executableTarget(
            name: "IndexComparison",
            dependencies: ["SQLiteFTS5", "TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu"),
                           .product(name: "TraCuuText", package: "TraCuu"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/IndexComparison"
        ),
        // Query latency of TraCuu and SQLite FTS5 side by side: p50/p95/p99 over the fixed
        // query set in Data/latency-queries.tsv (`Tools/compare-latency.sh`).
        .executableTarget(
            name: "SearchLatency",
            dependencies: ["BenchmarkIndexes", "SQLiteFTS5", "TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/SearchLatency"
        ),
        // One engine's index of a corpus, built as its user would, for timing the whole
        // process beside the peers' (`Tools/compare-peers.sh`).
        .executableTarget(
            name: "PeerIndex",
            dependencies: ["SQLiteFTS5", "TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/PeerIndex"
        ),
        // The index lifecycle on an existing index: opening for a search, searcher() after
        // a commit, commit latency with merges pending (`Tools/index-opening.sh`).
        .executableTarget(
            name: "IndexOpening",
            dependencies: [.product(name: "TraCuu", package: "TraCuu")],
            path: "Tools/IndexOpening"
        ),
        // Opening (or building first) the TraCuu and FTS5 indexes both search benchmarks use.
        .target(
            name: "BenchmarkIndexes",
            dependencies: ["SQLiteFTS5", "TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu")],
            path: "Support/BenchmarkIndexes"
        ),
        // Search quality of TraCuu and SQLite FTS5 side by side: ViQuAD and the mission
        // queries, scored by TraCuuEvaluation (MRR@10, nDCG@10, Recall@100).
        .executableTarget(
            name: "SearchQuality",
            dependencies: ["BenchmarkIndexes", "SQLiteFTS5", "TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "TraCuuEvaluation", package: "TraCuu")],
            path: "Tools/SearchQuality"
        ),
        // How names typed without marks are read: the 34 provincial-level units and the
        // places and persons the news corpus names (`SearchResults.interpretation`).
        .executableTarget(
            name: "NameReadings",
            dependencies: ["TextCorpus",
                           .product(name: "TraCuu", package: "TraCuu"),
                           .product(name: "TraCuuText", package: "TraCuu"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/NameReadings"
        ),
    ]
)
