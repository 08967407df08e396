import Foundation

/// Per-query latencies of one engine and the percentiles over queries.
struct Latencies {
    /// Milliseconds per query (the median of its rounds), in query order.
    var milliseconds: [Double]

    /// The nearest-rank percentile (`p` in 0…1) of `values`: the smallest value with at
    /// least p of all values at or below it. With 25 values, p99 is the largest.
    static func percentile(_ p: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// p50, p95 and p99 over the queries at `indices`.
    func summary(of indices: [Int]) -> (p50: Double, p95: Double, p99: Double) {
        let values = indices.map { milliseconds[$0] }
        return (Self.percentile(0.50, of: values), Self.percentile(0.95, of: values),
                Self.percentile(0.99, of: values))
    }
}

/// What a query's time is read from.
enum TimingClock: String, CaseIterable {
    /// Elapsed time (`ContinuousClock`): what a user waits.
    case wall
    /// The calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`): leaves out the time other
    /// processes had the core, so that figures taken on a busy machine compare.
    case cpu

    /// Now, in milliseconds from an arbitrary start.
    func milliseconds() -> Double {
        var time = timespec()
        clock_gettime(self == .wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}

/// Times `run` on every query: one warm-up pass over all queries, then `rounds` passes; each
/// query's latency is the median of its passes, and so is its fetch part
/// (`Answer.fetchMilliseconds`). Passes go over the whole set so that a query's runs are
/// spread out in time.
func measure(_ queries: [LatencyQuery], rounds: Int, clock: TimingClock,
             _ run: (LatencyQuery) throws -> Answer) rethrows
    -> (Latencies, [Answer], fetch: Latencies)
{
    var answers: [Answer] = []
    var checksum = 0
    for query in queries {
        let answer = try run(query)
        answers.append(answer)
        checksum &+= answer.checksum
    }
    var samples = [[Double]](repeating: [], count: queries.count)
    var fetchSamples = samples
    for _ in 0..<rounds {
        for (index, query) in queries.enumerated() {
            let start = clock.milliseconds()
            let answer = try run(query)
            samples[index].append(clock.milliseconds() - start)
            fetchSamples[index].append(answer.fetchMilliseconds)
            checksum &+= answer.checksum
        }
    }
    if checksum == 42 { print("(checksum 42)") }  // keeps the results alive
    return (Latencies(milliseconds: samples.map(Latencies.median)), answers,
            Latencies(milliseconds: fetchSamples.map(Latencies.median)))
}
