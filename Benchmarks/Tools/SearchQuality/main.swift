// Search quality of TraCuu and SQLite FTS5 side by side, scored by the
// TraCuuEvaluation library (MRR@10, nDCG@10, Recall@100 as trec_eval -c computes them):
//
//   SearchQuality [--eval DIR] [--corpus PATH] [--limit DOCS] [--dir PATH]
//                 [--only viquad|mission|typed]
//
// 1. The ViQuAD passages (DIR/viquad_passages.jsonl) indexed together with the news corpus as
//    distractors; the dev questions (viquad_queries_dev.jsonl, qrels viquad_qrels_dev.tsv)
//    asked as written and with every diacritic stripped (đ→d); FTS5 gets the OR of the
//    question's words. Targets: TraCuu nDCG@10 ≥ 1.1 × FTS5's on both; TraCuu stripped ≥
//    0.95 × TraCuu accented.
// 2. mission_queries_dev.jsonl (resolution and name queries judged over the news corpus) on
//    the same indexes, FTS5 wired as plain AND and as phrase→AND→OR tiers; MRR@10 per class.
//    Targets: TraCuu ≥ 0.90 overall and no class below FTS5's better wiring.
// 3. typing_queries_dev.jsonl (the mission queries as people type them: Telex, VNI, a
//    doubled letter, a slipped mark, a letter typo, a missing space) on the same indexes and
//    wirings, per variant and per kind/variant. Target: TraCuu's MRR@10 above FTS5's better
//    wiring in every variant.
//
// `--only viquad|mission|typed` runs one set alone (the typed set takes about 2 minutes once
// the indexes exist).
// The last lines, `RESULT …`, are key=value pairs. Both indexes are built from the same
// decoded documents; `--dir` keeps them for the next run (they are then reused).

import ArgumentParser
import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuuEvaluation

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "SearchQuality", abstract: "Search quality of TraCuu and SQLite FTS5 side by side.")

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Option(help: "The evaluation folder (viquad_*, mission_ and typing_queries_dev.jsonl).")
    var eval = repositoryRoot + "/../shared/corpus/eval"

    @Option(help: "The news corpus, a .jsonl.zst or .jsonl file.")
    var corpus = repositoryRoot + "/../shared/corpus/news_baomoi.jsonl.zst"

    enum QuerySetName: String, ExpressibleByArgument, CaseIterable {
        case viquad, mission, typed
    }

    @Option(help: "Ask only this query set (default: all three).")
    var only: QuerySetName?

    @Option(help: "Index only the first DOCS news articles.")
    var limit: Int?

    @Option(name: .customLong("dir"), help: ArgumentHelp(
        "Where the indexes go, kept for the next run (default: a temp folder, deleted).",
        discussion: "Indexes already there (tracuu/, fts5.db) are reused."))
    var directory: String?

    func validate() throws {
        guard limit.map({ $0 > 0 }) ?? true else {
            throw ValidationError("--limit needs a positive number")
        }
    }
}

func main() throws {
    let options = Options.parseOrExit()
    func asks(_ set: Options.QuerySetName) -> Bool { options.only.map { $0 == set } ?? true }
    let viquad = try asks(.viquad)
        ? EvaluationSet(queriesAt: options.eval + "/viquad_queries_dev.jsonl",
                        qrelsAt: options.eval + "/viquad_qrels_dev.tsv") : nil
    let mission = try asks(.mission)
        ? EvaluationSet(queriesAt: options.eval + "/mission_queries_dev.jsonl") : nil
    let typed = try asks(.typed)
        ? EvaluationSet(queriesAt: options.eval + "/typing_queries_dev.jsonl") : nil

    let manager = FileManager.default
    let folder = options.directory ?? NSTemporaryDirectory()
        + "search-quality-\(ProcessInfo.processInfo.processIdentifier)"
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if options.directory == nil { try? manager.removeItem(atPath: folder) } }
    var loaded: [CorpusDocument]?
    func documents() throws -> [CorpusDocument] {
        if let loaded { return loaded }
        let passages = try CorpusDocument.load(path: options.eval + "/viquad_passages.jsonl")
        let news = try CorpusDocument.load(path: options.corpus, limit: options.limit ?? .max)
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
    let verdicts = Verdicts()
    var results: [String] = []
    if let viquad {
        table.section("ViQuAD dev: \(viquad.queries.count) questions, passages among the news")
        let plainFTS5 = try viquad.report { try fts5.ranking($1, wiring: .or) }
        let strippedFTS5 = try viquad.report(strippingDiacritics: true) {
            try fts5.ranking($1, wiring: .or)
        }
        let plainTraCuu = try viquad.report { try tracuu.ranking($1) }
        let strippedTraCuu = try viquad.report(strippingDiacritics: true) {
            try tracuu.ranking($1)
        }
        table.row("FTS5 OR, as written", plainFTS5.overall)
        table.row("FTS5 OR, stripped", strippedFTS5.overall)
        table.row("TraCuu, as written", plainTraCuu.overall)
        table.row("TraCuu, stripped", strippedTraCuu.overall)
        verdicts.check("TraCuu / FTS5 nDCG@10, as written", plainTraCuu.overall.ndcg
                       / plainFTS5.overall.ndcg, atLeast: 1.1)
        verdicts.check("TraCuu / FTS5 nDCG@10, stripped", strippedTraCuu.overall.ndcg
                       / strippedFTS5.overall.ndcg, atLeast: 1.1)
        verdicts.check("TraCuu stripped / as written nDCG@10", strippedTraCuu.overall.ndcg
                       / plainTraCuu.overall.ndcg, atLeast: 0.95)
        results += ["viquad_ndcg_fts5=\(plainFTS5.overall.ndcg)",
                    "viquad_ndcg_fts5_stripped=\(strippedFTS5.overall.ndcg)",
                    "viquad_ndcg_tracuu=\(plainTraCuu.overall.ndcg)",
                    "viquad_ndcg_tracuu_stripped=\(strippedTraCuu.overall.ndcg)"]
    }
    if let mission {
        table.section("Mission queries dev: \(mission.queries.count) references and names")
        let missionAnd = try mission.report { try fts5.ranking($1, wiring: .and) }
        let missionTiers = try mission.report { try fts5.ranking($1, wiring: .tiers) }
        let missionTraCuu = try mission.report { try tracuu.ranking($1) }
        table.classes([("FTS5 AND", missionAnd), ("FTS5 tiers", missionTiers),
                       ("TraCuu", missionTraCuu)])
        verdicts.check("TraCuu mission MRR@10", missionTraCuu.overall.mrr, atLeast: 0.90)
        for (name, summary) in missionTraCuu.byClass.sorted(by: { $0.key < $1.key }) {
            let better = max(missionAnd.byClass[name]?.mrr ?? 0,
                             missionTiers.byClass[name]?.mrr ?? 0)
            verdicts.check("TraCuu − best FTS5 MRR@10, \(name)", summary.mrr - better,
                           atLeast: 0)
        }
        results += ["mission_mrr_fts5_and=\(missionAnd.overall.mrr)",
                    "mission_mrr_fts5_tiers=\(missionTiers.overall.mrr)",
                    "mission_mrr_tracuu=\(missionTraCuu.overall.mrr)"]
    }
    if let typed {
        let typedQueries = try TypedQueries(set: typed, fts5: fts5, tracuu: tracuu)
        typedQueries.write(to: table)
        typedQueries.check(verdicts)
        for (name, report) in typedQueries.byVariant {
            let key = name.lowercased().replacingOccurrences(of: " ", with: "_")
            results.append("typed_mrr_\(key)=\(report.overall.mrr)")
        }
    }
    print(table.text)
    print("queries run in \(start.duration(to: clock.now))")
    print(verdicts.text)
    print("RESULT " + results.joined(separator: " "))
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("SearchQuality: \(error)\n".utf8))
    exit(1)
}
