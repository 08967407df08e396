import ArgumentParser
import Foundation

/// SearchLatency's command line.
struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "SearchLatency", abstract: "Query latency of TraCuu and SQLite FTS5 side by side.")

    enum Engines: String, ExpressibleByArgument { case both, tracuu, fts5 }

    /// The repository's root, found from this file's place in it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Option(help: "A .jsonl.zst (read through zstd -dc) or .jsonl file.")
    var corpus = repositoryRoot + "/../shared/corpus/news_baomoi.jsonl.zst"

    @Option(help: "Index only the first DOCS documents.")
    var limit: Int?

    @Option(help: "class<TAB>query lines, # for comments.")
    var queries = repositoryRoot + "/Benchmarks/Data/latency-queries.tsv"

    @Option(help: ArgumentHelp(
        "Time TraCuu on these typed queries and their clean forms instead (JSON lines with "
            + "query, clean and variant).",
        discussion: "Each typed query and its clean form in the same passes; p50/p95/p99 per "
            + "variant and the typed/clean ratio. --queries and --engine are then ignored; "
            + "--per-query writes both medians per query."))
    var typed: String?

    @Option(help: "Timed runs of every query after one warm-up run.")
    var rounds = 5

    @Option(help: ArgumentHelp("What a query's time is read from: wall or cpu.",
                               discussion: "cpu is the thread's CPU time, which leaves out "
                                   + "the time other processes had the core."))
    var clock = TimingClock.wall

    @Option(name: .customLong("engine"), help: "Time both engines, or only one.")
    var engines = Engines.both

    @Flag(help: ArgumentHelp("Ids alone: FTS5 without title and snippet(), TraCuu's "
                                 + "Searcher.rank without reading its hits (--fetch ids)."))
    var noSnippets = false

    @Option(help: ArgumentHelp(
        "What TraCuu reads of its ranked hits: hits (stored fields and snippets, as "
            + "Searcher.search), documents (stored documents, no snippet) or ids (nothing "
            + "more than the ranking).",
        discussion: "The time from the ranking's end to the answer's is reported on its own "
            + "(the fetch column)."))
    var fetch: TraCuuFetch?

    @Option(name: .customLong("dir"), help: ArgumentHelp(
        "Where the indexes go (default: a new folder in the temp dir).",
        discussion: "Indexes already there (tracuu/, fts5.db) are reused; the corpus is not read."))
    var directory: String?

    @Flag(help: "Keep the indexes afterwards.")
    var keep = false

    @Option(help: "Write each query's median per engine and hit counts as TSV.")
    var perQuery: String?

    @Option(help: ArgumentHelp("Write everything TraCuu answers to each query, one a line.",
                               discussion: "Scores in full: to check that a change keeps the "
                                   + "answers."))
    var results: String?

    func validate() throws {
        guard limit.map({ $0 > 0 }) ?? true, rounds > 0 else {
            throw ValidationError("--limit and --rounds need a positive number")
        }
        guard !noSnippets || (fetch ?? .ids) == .ids else {
            throw ValidationError("--no-snippets is --fetch ids for TraCuu")
        }
    }

    /// What TraCuu reads of its hits.
    var tracuuFetch: TraCuuFetch { fetch ?? (noSnippets ? .ids : .hits) }

    var timesTraCuu: Bool { engines != .fts5 || typed != nil }
    var timesFTS5: Bool { engines != .tracuu && typed == nil }
}

extension TimingClock: ExpressibleByArgument {}
extension TraCuuFetch: ExpressibleByArgument {}
