import Foundation

/// SearchLatency's command line.
struct Options {
    enum Engines: String { case both, tracuu, fts5 }

    /// The repository's root, found from this file's place in it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    var corpus = repositoryRoot + "/../shared/corpus/news_baomoi.jsonl.zst"
    var limit = Int.max
    var queries = repositoryRoot + "/Benchmarks/Data/latency-queries.tsv"
    var rounds = 5
    var engines = Engines.both
    var directory: String?
    var keep = false
    var perQuery: String?
    var results: String?

    static let usage = """
        usage: SearchLatency [--corpus PATH] [--limit DOCS] [--queries TSV] [--rounds N]
                             [--engine both|tracuu|fts5] [--dir PATH] [--keep]
                             [--per-query FILE] [--results FILE]
          --corpus PATH     a .jsonl.zst (read through zstd -dc) or .jsonl file
                            (default ../shared/corpus/news_baomoi.jsonl.zst from the repo root)
          --limit DOCS      index only the first DOCS documents
          --queries TSV     class<TAB>query lines, # for comments
                            (default Benchmarks/Data/latency-queries.tsv)
          --rounds N        timed runs of every query after one warm-up run (default 5)
          --engine E        time both engines (default), or only one
          --dir PATH        where the indexes go (default: a new folder in the temp dir);
                            indexes already there (tracuu/, fts5.db) are reused and the
                            corpus is not read
          --keep            keep the indexes afterwards
          --per-query FILE  write each query's median per engine and hit counts as TSV
          --results FILE    write everything TraCuu answers to each query, one line each
                            (scores in full), to check that a change keeps the answers
        """

    init(arguments: [String]) {
        var arguments = arguments[...]
        func value(_ name: String) -> String {
            guard let value = arguments.popFirst() else { Options.fail("\(name) needs a value") }
            return value
        }
        func positive(_ name: String) -> Int {
            guard let number = Int(value(name)), number > 0 else {
                Options.fail("\(name) needs a positive number")
            }
            return number
        }
        while let argument = arguments.popFirst() {
            switch argument {
            case "--corpus": corpus = value(argument)
            case "--limit": limit = positive(argument)
            case "--queries": queries = value(argument)
            case "--rounds": rounds = positive(argument)
            case "--engine":
                guard let engines = Engines(rawValue: value(argument)) else {
                    Options.fail("--engine is both, tracuu or fts5")
                }
                self.engines = engines
            case "--dir": directory = value(argument)
            case "--keep": keep = true
            case "--per-query": perQuery = value(argument)
            case "--results": results = value(argument)
            case "-h", "--help":
                print(Options.usage)
                exit(0)
            default: Options.fail("unknown argument \(argument)")
            }
        }
    }

    var timesTraCuu: Bool { engines != .fts5 }
    var timesFTS5: Bool { engines != .tracuu }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("SearchLatency: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}
