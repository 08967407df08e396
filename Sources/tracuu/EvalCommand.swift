import ArgumentParser
import Foundation
import TraCuu
import TraCuuEvaluation

/// `tracuu eval`: MRR@10, nDCG@10 and Recall@100 of the index's rankings for judged queries.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the index's rankings against relevance judgments.",
        discussion: "Queries: JSON Lines with `qid` and `query` (optional `kind`, `variant`, "
            + "reported as classes, and `relevant`: [ids], used when --qrels is not given). "
            + "Qrels: TREC `qid 0 docid grade`. Metrics follow trec_eval -c: unjudged queries "
            + "are left out, judged queries without hits count as zero."
    )

    @OptionGroup var location: IndexLocation

    @Option(help: "The queries (JSON Lines).")
    var queries: String

    @Option(help: "TREC qrels; default: the queries' `relevant` lists.")
    var qrels: String?

    @Flag(help: "Ask every query with its diacritics removed (đ→d).")
    var stripDiacritics = false

    @Option(help: "Also write the rankings as a TREC run file (top 100 a query).")
    var runFile: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let set: EvaluationSet
        do {
            set = try EvaluationSet(queriesAt: queries, qrelsAt: qrels)
        } catch let error as EvaluationError {
            throw ValidationErrorMessage(error.description)
        }
        let searcher = try SearchIndex.open(at: location.path).searcher()
        var run = ""
        var malformed = 0
        let report = try set.report(strippingDiacritics: stripDiacritics) { query, text in
            guard let parsedQuery = try? Query(parsing: text) else {
                malformed += 1
                Output.writeError("tracuu: query \(query.id) is malformed, counted as no hits\n")
                return []
            }
            let hits = try searcher.rank(parsedQuery, limit: 100).hits   // ids and scores only
            if runFile != nil {
                for (rank, hit) in hits.enumerated() {
                    run += "\(query.id) Q0 \(hit.id) \(rank + 1) \(hit.score) tracuu\n"
                }
            }
            return hits.map(\.id)
        }
        if let runFile {
            guard FileManager.default.createFile(atPath: runFile, contents: Data(run.utf8)) else {
                throw OperationFailure("cannot write \(runFile)")
            }
        }
        let output = Output()
        output.write(json ? EvalOutput.json(report, malformed: malformed) + "\n"
                     : EvalOutput.text(report, malformed: malformed))
        output.flush()
    }
}

/// An evaluation report as an aligned table or as JSON.
enum EvalOutput {
    static func text(_ report: EvaluationReport, malformed: Int) -> String {
        var lines = ["class".padding(toLength: 24, withPad: " ", startingAt: 0)
                     + " queries  MRR@10  nDCG@10  Recall@100"]
        func row(_ name: String, _ summary: EvaluationReport.Summary) {
            lines.append(name.padding(toLength: 24, withPad: " ", startingAt: 0)
                         + String(format: " %7d  %6.4f  %7.4f  %10.4f", summary.queries,
                                  summary.mrr, summary.ndcg, summary.recall))
        }
        row("all", report.overall)
        for (name, summary) in report.byClass.sorted(by: { $0.key < $1.key }) {
            row(name, summary)
        }
        if report.unjudged > 0 {
            lines.append("\(report.unjudged) queries without relevant documents left out")
        }
        if malformed > 0 { lines.append("\(malformed) malformed queries counted as no hits") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: EvaluationReport, malformed: Int) -> String {
        func object(_ summary: EvaluationReport.Summary) -> String {
            var object = JSONObject()
            object.add("queries", summary.queries)
            object.add("mrr_at_10", json: String(format: "%.4f", summary.mrr))
            object.add("ndcg_at_10", json: String(format: "%.4f", summary.ndcg))
            object.add("recall_at_100", json: String(format: "%.4f", summary.recall))
            return object.json
        }
        var classes = JSONObject()
        for (name, summary) in report.byClass.sorted(by: { $0.key < $1.key }) {
            classes.add(name, json: object(summary))
        }
        var result = JSONObject()
        result.add("all", json: object(report.overall))
        result.add("classes", json: classes.json)
        result.add("unjudged", report.unjudged)
        result.add("malformed", malformed)
        return result.json
    }
}
