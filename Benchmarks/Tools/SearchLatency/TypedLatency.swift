import Foundation

/// One query of the typed set: as typed, and the clean query it was typed from.
struct TypedPair {
    /// The typing mistake: `telex`, `vni`, `mark-slip`, `ime-glitch`, `letter-typo`,
    /// `missing-space`.
    let variant: String
    let typed: String
    let clean: String

    /// JSON lines with `query`, `clean` and `variant` (`typing_queries_dev.jsonl`).
    static func load(path: String) throws -> [TypedPair] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("\(path): not readable")
        }
        var pairs: [TypedPair] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line))
                    as? [String: Any],
                  let typed = object["query"] as? String, let clean = object["clean"] as? String,
                  let variant = object["variant"] as? String
            else { throw BenchmarkError("\(path):\(number + 1): no query, clean and variant") }
            pairs.append(TypedPair(variant: variant, typed: typed, clean: clean))
        }
        guard !pairs.isEmpty else { throw BenchmarkError("\(path): no queries") }
        return pairs
    }
}

/// Each typed query and its clean form timed on the same searcher in the same passes (so
/// that a busy moment slows both alike), and their percentiles per variant.
struct TypedLatency {
    static let ratioTarget = 2.0

    let pairs: [TypedPair]
    let typed: Latencies
    let clean: Latencies
    let rounds: Int

    init(pairs: [TypedPair], rounds: Int, clock: TimingClock,
         _ run: (LatencyQuery) throws -> Answer) rethrows {
        self.pairs = pairs
        self.rounds = rounds
        let queries = pairs.map { LatencyQuery(kind: $0.variant, text: $0.typed) }
            + pairs.map { LatencyQuery(kind: $0.variant, text: $0.clean) }
        let (latencies, _, _) = try measure(queries, rounds: rounds, clock: clock, run)
        typed = Latencies(milliseconds: Array(latencies.milliseconds.prefix(pairs.count)))
        clean = Latencies(milliseconds: Array(latencies.milliseconds.suffix(pairs.count)))
    }

    func print() {
        Swift.print("\ntyped and clean latency in ms: each query's median of \(rounds) rounds "
                    + "(top \(resultLimit) with snippets), nearest-rank percentiles over queries")
        Swift.print(pad("variant", 15) + pad("n", 6, right: true) + " | "
                    + pad("typed p50", 10, right: true) + pad("p95", 8, right: true)
                    + pad("p99", 8, right: true) + " | " + pad("clean p50", 10, right: true)
                    + pad("p95", 8, right: true) + pad("p99", 8, right: true) + " | "
                    + pad("p50 ×", 7, right: true) + pad("p99 ×", 7, right: true))
        var fields = [("queries", "\(pairs.count)"), ("rounds", "\(rounds)")]
        for (variant, indices) in groups {
            let t = typed.summary(of: indices), c = clean.summary(of: indices)
            Swift.print(pad(variant, 15) + pad("\(indices.count)", 6, right: true) + " | "
                        + figures(t) + " | " + figures(c) + " | "
                        + pad(String(format: "%.2f", t.p50 / c.p50), 7, right: true)
                        + pad(String(format: "%.2f", t.p99 / c.p99), 7, right: true))
            let suffix = variant == "all" ? "" : "_" + variant
            fields += [("typed_p50_ms\(suffix)", format(t.p50)),
                       ("typed_p99_ms\(suffix)", format(t.p99)),
                       ("clean_p50_ms\(suffix)", format(c.p50)),
                       ("clean_p99_ms\(suffix)", format(c.p99))]
        }
        for (variant, indices) in groups {
            let ratio = typed.summary(of: indices).p50 / clean.summary(of: indices).p50
            Swift.print(String(format: "typed p50 / clean p50, %@: %5.2f×  (target ≤ %.0f)  %@",
                               pad(variant, 13), ratio, Self.ratioTarget,
                               ratio <= Self.ratioTarget ? "meets" : "MISSES"))
        }
        Swift.print("RESULT " + fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
    }

    /// One line per query: variant, typed and clean query, each one's median in ms.
    func perQueryTable() -> String {
        var lines = ["variant\ttyped\tclean\ttyped_ms\tclean_ms"]
        for (index, pair) in pairs.enumerated() {
            lines.append([pair.variant, oneLine(pair.typed), oneLine(pair.clean),
                          format(typed.milliseconds[index]),
                          format(clean.milliseconds[index])].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with its tabs and line breaks as spaces (a query may hold a line break).
    private func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// Each variant's query indices, in the order variants first appear, then all of them.
    private var groups: [(String, [Int])] {
        var seen: Set<String> = []
        let variants = pairs.map(\.variant).filter { seen.insert($0).inserted }
        return variants.map { variant in
            (variant, pairs.indices.filter { pairs[$0].variant == variant })
        } + [("all", Array(pairs.indices))]
    }

    private func figures(_ summary: (p50: Double, p95: Double, p99: Double)) -> String {
        pad(format(summary.p50), 10, right: true) + pad(format(summary.p95), 8, right: true)
            + pad(format(summary.p99), 8, right: true)
    }

    private func format(_ milliseconds: Double) -> String {
        String(format: milliseconds < 10 ? "%.3f" : "%.2f", milliseconds)
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
