import Foundation
import TraCuuEvaluation

/// The figures as an aligned text table.
final class ReportTable {
    private(set) var text = ""

    func section(_ title: String) {
        text += "\n\(title)\n" + "run".padding(toLength: 40, withPad: " ", startingAt: 0)
            + " queries  MRR@10  nDCG@10  Recall@100\n"
    }

    func row(_ name: String, _ summary: EvaluationReport.Summary) {
        text += name.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: " %7d  %6.4f  %7.4f  %10.4f\n", summary.queries, summary.mrr,
                     summary.ndcg, summary.recall)
    }

    /// Each run overall, then per class.
    func classes(_ runs: [(String, EvaluationReport)]) {
        for (name, report) in runs { row("\(name): all", report.overall) }
        let names = Set(runs.flatMap { $0.1.byClass.keys }).sorted()
        for name in names {
            for (run, report) in runs {
                if let summary = report.byClass[name] { row("\(run): \(name)", summary) }
            }
        }
    }
}

/// Targets met or missed, a line each.
final class Verdicts {
    private(set) var text = "\n"

    func check(_ name: String, _ value: Double, atLeast target: Double) {
        text += name.padding(toLength: 52, withPad: " ", startingAt: 0)
            + String(format: " %7.3f  (target ≥ %g)  %@\n", value, target,
                     value >= target ? "meets" : "MISSES")
    }
}
