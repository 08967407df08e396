// Search quality of TraCuu and SQLite FTS5 side by side (issue 5, item 7), scored by the
// TraCuuEvaluation library (MRR@10, nDCG@10, Recall@100 as trec_eval -c computes them):
//
//   SearchQuality [--eval DIR] [--corpus PATH] [--limit DOCS] [--dir PATH]
//
// 1. The ViQuAD passages (DIR/viquad_passages.jsonl) indexed together with the news corpus as
//    distractors; the dev questions (viquad_queries_dev.jsonl, qrels viquad_qrels_dev.tsv)
//    asked as written and with every diacritic stripped (đ→d); FTS5 gets the OR of the
//    question's words. Targets: TraCuu nDCG@10 ≥ 1.1 × FTS5's on both; TraCuu stripped ≥
//    0.95 × TraCuu accented.
// 2. mission_queries_dev.jsonl (resolution and name queries judged over the news corpus) on
//    the same indexes, FTS5 wired as plain AND and as phrase→AND→OR tiers; MRR@10 per class.
//    Targets: TraCuu ≥ 0.90 overall and no class below FTS5's better wiring.
//
// The last lines, `RESULT …`, are key=value pairs. Both indexes are built from the same
// decoded documents; `--dir` keeps them for the next run (they are then reused).

import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuuEvaluation

struct Options {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    var eval = repositoryRoot + "/../shared/corpus/eval"
    var corpus = repositoryRoot + "/../shared/corpus/news_baomoi.jsonl.zst"
    var limit = Int.max
    var directory: String?

    init(arguments: [String]) {
        var arguments = arguments[...]
        func value(_ name: String) -> String {
            guard let value = arguments.popFirst() else { Self.fail("\(name) needs a value") }
            return value
        }
        while let argument = arguments.popFirst() {
            switch argument {
            case "--eval": eval = value(argument)
            case "--corpus": corpus = value(argument)
            case "--limit":
                guard let number = Int(value(argument)), number > 0 else {
                    Self.fail("--limit needs a positive number")
                }
                limit = number
            case "--dir": directory = value(argument)
            default: Self.fail("unknown argument \(argument)")
            }
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("SearchQuality: \(message)\n".utf8))
        FileHandle.standardError.write(Data("""
            usage: SearchQuality [--eval DIR] [--corpus PATH] [--limit DOCS] [--dir PATH]

            """.utf8))
        exit(2)
    }
}

/// A query file and its judgments.
struct QuerySet {
    let queries: [EvaluationQuery]
    let judgments: RelevanceJudgments

    init(queries path: String, qrels: String? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError("cannot read \(path)")
        }
        let parsed = try EvaluationQuery.parse(jsonLines: data)
        queries = parsed.queries
        judgments = try qrels.map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CorpusError("cannot read \(path)")
            }
            return try RelevanceJudgments(qrels: text)
        } ?? parsed.judgments
    }

    /// Every query ranked by `rank`, which gets the query's text (stripped if asked).
    func evaluate(stripped: Bool = false, _ rank: (String) throws -> [String]) rethrows
        -> EvaluationReport
    {
        var rankings: [String: [String]] = [:]
        for query in queries {
            rankings[query.id] = try rank(stripped ? Diacritics.stripped(query.text) : query.text)
        }
        return EvaluationReport(queries: queries, rankings: rankings, judgments: judgments)
    }
}

func main() throws {
    let options = Options(arguments: Array(CommandLine.arguments.dropFirst()))
    let viquad = try QuerySet(queries: options.eval + "/viquad_queries_dev.jsonl",
                              qrels: options.eval + "/viquad_qrels_dev.tsv")
    let mission = try QuerySet(queries: options.eval + "/mission_queries_dev.jsonl")

    let manager = FileManager.default
    let folder = options.directory ?? NSTemporaryDirectory()
        + "search-quality-\(ProcessInfo.processInfo.processIdentifier)"
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if options.directory == nil { try? manager.removeItem(atPath: folder) } }
    var loaded: [CorpusDocument]?
    func documents() throws -> [CorpusDocument] {
        if let loaded { return loaded }
        let passages = try CorpusDocument.load(path: options.eval + "/viquad_passages.jsonl")
        let news = try CorpusDocument.load(path: options.corpus, limit: options.limit)
        print("documents: \(passages.count) ViQuAD passages + \(news.count) news articles")
        loaded = passages + news
        return passages + news
    }
    let clock = ContinuousClock()
    var start = clock.now
    let fts5 = try FTS5Ranker(file: folder + "/fts5.db", documents: documents)
    let tracuu = try TraCuuRanker(folder: folder + "/tracuu", documents: documents)
    print("indexes ready in \(start.duration(to: clock.now)) (\(folder))")

    start = clock.now
    let table = ReportTable()
    table.section("ViQuAD dev: \(viquad.queries.count) questions, passages among the news")
    let viquadFTS5 = try viquad.evaluate { try fts5.ranking($0, wiring: .or) }
    let viquadFTS5Stripped = try viquad.evaluate(stripped: true) {
        try fts5.ranking($0, wiring: .or)
    }
    let viquadTraCuu = try viquad.evaluate(tracuu.ranking)
    let viquadTraCuuStripped = try viquad.evaluate(stripped: true, tracuu.ranking)
    table.row("FTS5 OR, as written", viquadFTS5.overall)
    table.row("FTS5 OR, stripped", viquadFTS5Stripped.overall)
    table.row("TraCuu, as written", viquadTraCuu.overall)
    table.row("TraCuu, stripped", viquadTraCuuStripped.overall)

    table.section("Mission queries dev: \(mission.queries.count) references and names")
    let missionAnd = try mission.evaluate { try fts5.ranking($0, wiring: .and) }
    let missionTiers = try mission.evaluate { try fts5.ranking($0, wiring: .tiers) }
    let missionTraCuu = try mission.evaluate(tracuu.ranking)
    table.classes(["FTS5 AND": missionAnd, "FTS5 tiers": missionTiers,
                   "TraCuu": missionTraCuu])
    print(table.text)
    print("queries run in \(start.duration(to: clock.now))")

    let verdicts = Verdicts()
    verdicts.check("TraCuu / FTS5 nDCG@10, as written", viquadTraCuu.overall.ndcg
                   / viquadFTS5.overall.ndcg, atLeast: 1.1)
    verdicts.check("TraCuu / FTS5 nDCG@10, stripped", viquadTraCuuStripped.overall.ndcg
                   / viquadFTS5Stripped.overall.ndcg, atLeast: 1.1)
    verdicts.check("TraCuu stripped / as written nDCG@10", viquadTraCuuStripped.overall.ndcg
                   / viquadTraCuu.overall.ndcg, atLeast: 0.95)
    verdicts.check("TraCuu mission MRR@10", missionTraCuu.overall.mrr, atLeast: 0.90)
    for (name, summary) in missionTraCuu.byClass.sorted(by: { $0.key < $1.key }) {
        let better = max(missionAnd.byClass[name]?.mrr ?? 0, missionTiers.byClass[name]?.mrr ?? 0)
        verdicts.check("TraCuu − best FTS5 MRR@10, \(name)", summary.mrr - better, atLeast: 0)
    }
    print(verdicts.text)
    print("RESULT viquad_ndcg_fts5=\(viquadFTS5.overall.ndcg) "
          + "viquad_ndcg_fts5_stripped=\(viquadFTS5Stripped.overall.ndcg) "
          + "viquad_ndcg_tracuu=\(viquadTraCuu.overall.ndcg) "
          + "viquad_ndcg_tracuu_stripped=\(viquadTraCuuStripped.overall.ndcg) "
          + "mission_mrr_fts5_and=\(missionAnd.overall.mrr) "
          + "mission_mrr_fts5_tiers=\(missionTiers.overall.mrr) "
          + "mission_mrr_tracuu=\(missionTraCuu.overall.mrr)")
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("SearchQuality: \(error)\n".utf8))
    exit(1)
}
