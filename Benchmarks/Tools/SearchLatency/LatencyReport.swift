import Foundation

/// The table, the verdicts against the targets (TraCuu's p50 ≤ 0.25 × FTS5's, p99 ≤ FTS5's)
/// and the `RESULT` line.
struct LatencyReport {
    let queries: [LatencyQuery]
    let kinds: [String]
    let tracuu: Latencies?
    /// Of TraCuu's times, the part after the ranking: reading the hits (`fetch`).
    let tracuuFetch: Latencies?
    let fts5: Latencies?
    let documents: Int
    let rounds: Int
    /// What TraCuu read of its ranked hits.
    let fetch: TraCuuFetch
    /// Whether FTS5 returned titles and `snippet()`s.
    let fts5Snippets: Bool

    static let p50Target = 0.25
    static let p99Target = 1.0

    func print(hitCounts: ([Int]?, [Int]?)) {
        let tracuuReads = ["hits": "with snippets", "documents": "stored documents, no snippets",
                           "ids": "ids alone"][fetch.rawValue]!
        Swift.print("\nlatency in ms: each query's median of \(rounds) rounds (top "
                    + "\(resultLimit); TraCuu \(tracuuReads), of which fetch is the part after "
                    + "ranking; FTS5 \(fts5Snippets ? "with snippet()" : "ids alone")), "
                    + "nearest-rank percentiles over queries")
        Swift.print(pad("class", 18) + pad("n", 5, right: true) + " | "
                    + pad("TraCuu p50", 10, right: true) + pad("p95", 8, right: true)
                    + pad("p99", 8, right: true) + pad("fetch p50", 10, right: true) + " | "
                    + pad("FTS5 p50", 10, right: true)
                    + pad("p95", 8, right: true) + pad("p99", 8, right: true) + " | "
                    + pad("p50 ×", 7, right: true) + pad("p99 ×", 7, right: true))
        for (kind, indices) in groups {
            let t = tracuu?.summary(of: indices), f = fts5?.summary(of: indices)
            let fetched = tracuuFetch.map { pad(format($0.summary(of: indices).p50), 10,
                                                right: true) } ?? pad("", 10)
            Swift.print(pad(kind, 18) + pad("\(indices.count)", 5, right: true) + " | "
                        + figures(t, first: 10) + fetched + " | " + figures(f, first: 10) + " | "
                        + ratio(t?.p50, f?.p50) + ratio(t?.p99, f?.p99))
        }
        for (name, counts) in [("TraCuu", hitCounts.0), ("FTS5", hitCounts.1)] {
            guard let counts else { continue }
            Swift.print("\(name): " + String(format: "%.2f", Double(counts.reduce(0, +))
                                             / Double(counts.count))
                        + " hits per query, \(counts.filter { $0 == 0 }.count) queries "
                        + "without a hit")
        }
        var fields: [(String, String)] = [("docs", "\(documents)"),
                                          ("queries", "\(queries.count)"),
                                          ("rounds", "\(rounds)")]
        for (kind, indices) in groups {
            let suffix = kind == "all" ? "" : "_" + kind
            for (name, latencies) in [("tracuu", tracuu), ("fts5", fts5)] {
                guard let summary = latencies?.summary(of: indices) else { continue }
                fields += [("\(name)_p50_ms\(suffix)", format(summary.p50)),
                           ("\(name)_p95_ms\(suffix)", format(summary.p95)),
                           ("\(name)_p99_ms\(suffix)", format(summary.p99))]
            }
            if let summary = tracuuFetch?.summary(of: indices) {
                fields.append(("tracuu_fetch_p50_ms\(suffix)", format(summary.p50)))
            }
        }
        if let t = tracuu?.summary(of: Array(queries.indices)),
           let f = fts5?.summary(of: Array(queries.indices)) {
            let p50 = t.p50 / f.p50, p99 = t.p99 / f.p99
            Swift.print(String(format: "\nTraCuu p50 / FTS5 p50: %6.3f×  (target ≤ %.2f)  %@",
                               p50, Self.p50Target, verdict(p50 <= Self.p50Target)))
            Swift.print(String(format: "TraCuu p99 / FTS5 p99: %6.3f×  (target ≤ %.2f)  %@",
                               p99, Self.p99Target, verdict(p99 <= Self.p99Target)))
            fields += [("p50_ratio", String(format: "%.4f", p50)),
                       ("p99_ratio", String(format: "%.4f", p99))]
        }
        Swift.print("RESULT " + fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
    }

    /// One line per query: class, query, each engine's median in ms and hit count, and the
    /// median of TraCuu's fetch part.
    func perQueryTable(tracuuAnswers: [Answer]?, fts5Answers: [Answer]?) -> String {
        var lines = ["class\tquery\ttracuu_ms\ttracuu_hits\tfts5_ms\tfts5_hits\ttracuu_fetch_ms"]
        for (index, query) in queries.enumerated() {
            func median(_ latencies: Latencies?) -> String {
                latencies.map { format($0.milliseconds[index]) } ?? ""
            }
            func hits(_ answers: [Answer]?) -> String {
                answers.map { String($0[index].ids.count) } ?? ""
            }
            let columns = [median(tracuu), hits(tracuuAnswers), median(fts5), hits(fts5Answers),
                           median(tracuuFetch)]
            lines.append(([query.kind, query.text] + columns).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each class's query indices, then all of them.
    private var groups: [(String, [Int])] {
        kinds.map { kind in (kind, queries.indices.filter { queries[$0].kind == kind }) }
            + [("all", Array(queries.indices))]
    }

    private func figures(_ summary: (p50: Double, p95: Double, p99: Double)?,
                         first: Int) -> String {
        guard let summary else { return String(repeating: " ", count: first + 16) }
        return pad(format(summary.p50), first, right: true)
            + pad(format(summary.p95), 8, right: true) + pad(format(summary.p99), 8, right: true)
    }

    private func ratio(_ tracuu: Double?, _ fts5: Double?) -> String {
        guard let tracuu, let fts5 else { return pad("", 7) }
        return pad(String(format: "%.2f", tracuu / fts5), 7, right: true)
    }

    private func format(_ milliseconds: Double) -> String {
        String(format: milliseconds < 10 ? "%.3f" : "%.2f", milliseconds)
    }

    private func verdict(_ ok: Bool) -> String { ok ? "meets" : "MISSES" }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
