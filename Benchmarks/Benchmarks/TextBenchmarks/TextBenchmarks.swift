// Text layer throughput over ~4 MiB of Vietnamese Wikipedia (`BenchmarkText`), one thread,
// one call per document:
//
//   tokenize/{exact,toneless,folded}-wiki-4MiB    Tokenizer().forEachKey(in:level:_:)
//   normalize/{exact,toneless,folded}-wiki-4MiB   Normalizer(level:).normalize(_:)
//   tokens/all-keys-wiki-4MiB                     Tokenizer().tokens(in:)
//   analyze/document-wiki-4MiB                    Analyzer(mode: .document).analyze(_:)
//   analyze/query-wiki-4MiB                       Analyzer(mode: .query).analyze(_:)
//   icu-fold/nfd-remove-marks-nfc-lowercased-wiki-4MiB
//       the peer pipeline generic engines use: ICU transliterator
//       "NFD; [:Nonspacing Mark:] Remove; NFC", then String.lowercased()
//
// One iteration is one pass over the whole text. Metrics: wall clock, throughput (passes a
// second), allocations, and `MB/s` (10⁶ bytes of input a second, from the same pass). After
// the last benchmark a summary table with each pipeline's best MB/s and the ratio folded
// tokenizer / ICU pipeline goes to stderr.

import Benchmark
import Foundation
import Synchronization
import TextCorpus
import TraCuuText

/// MB/s of input text for one pass, recorded next to the built-in metrics.
let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger,
                                                useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, megabytesPerSecond],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 25
    )
    for pipeline in TextPipeline.all {
        Benchmark(benchmarkName(pipeline), closure: { benchmark in
            measure(pipeline, benchmark)
        }, teardown: {
            Summary.finish(pipeline, isLast: benchmarkName(pipeline) == lastBenchmarkName)
        })
    }
}

/// The name says operation and input: `tokenize/folded-wiki-4MiB`.
func benchmarkName(_ pipeline: TextPipeline) -> String {
    let input = BenchmarkText.shared.isFallback ? "seeds-4MiB" : "wiki-4MiB"
    switch pipeline {
    case .tokenize(let level): return "tokenize/\(level.rawValue)-\(input)"
    case .normalize(let level): return "normalize/\(level.rawValue)-\(input)"
    case .tokens: return "tokens/all-keys-\(input)"
    case .analyzeDocument: return "analyze/document-\(input)"
    case .analyzeQuery: return "analyze/query-\(input)"
    case .icuFold: return "icu-fold/nfd-remove-marks-nfc-lowercased-\(input)"
    }
}

/// The benchmark tool runs each benchmark in its own process, in name order.
let lastBenchmarkName = TextPipeline.all.map(benchmarkName).max()!

func measure(_ pipeline: TextPipeline, _ benchmark: Benchmark) {
    let text = BenchmarkText.shared
    let run: ([String]) -> Int
    do {
        run = try pipeline.makeRunner()
    } catch {
        benchmark.error("\(pipeline.name): \(error)")
        return
    }
    let clock = ContinuousClock()
    benchmark.startMeasurement()
    let start = clock.now
    for _ in benchmark.scaledIterations {
        blackHole(run(text.documents))
    }
    let elapsed = start.duration(to: clock.now)
    benchmark.stopMeasurement()
    let seconds = Double(elapsed.components.seconds)
        + Double(elapsed.components.attoseconds) * 1e-18
    let speed = ThroughputReport.megabytesPerSecond(
        bytes: text.byteCount * benchmark.scaledIterations.count, seconds: seconds)
    benchmark.measurement(megabytesPerSecond, Int(speed.rounded()))
    Summary.record(pipeline, speed)
}

/// Best MB/s of each benchmark, carried across the benchmark processes of one run through a
/// file named after the benchmark tool's process id.
enum Summary {
    private static let best = Mutex<[TextPipeline: Double]>([:])

    private static var file: URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-text-benchmarks-\(getppid()).tsv")
    }

    static func record(_ pipeline: TextPipeline, _ speed: Double) {
        best.withLock { $0[pipeline] = max($0[pipeline] ?? 0, speed) }
    }

    /// Adds this benchmark's best MB/s to the run's file; after the last benchmark, prints
    /// the table of all of them and removes the file.
    static func finish(_ pipeline: TextPipeline, isLast: Bool) {
        guard let speed = best.withLock({ $0[pipeline] }) else { return }
        let line = "\(pipeline.name)\t\(speed)\n"
        if let handle = try? FileHandle(forWritingTo: file) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            try? Data(line.utf8).write(to: file)
        }
        guard isLast, let saved = try? String(contentsOf: file, encoding: .utf8) else { return }
        try? FileManager.default.removeItem(at: file)
        var speeds: [String: Double] = [:]
        for row in saved.split(separator: "\n") {
            let fields = row.split(separator: "\t")
            if fields.count == 2, let value = Double(fields[1]) {
                speeds[String(fields[0])] = value
            }
        }
        var report = ThroughputReport()
        for pipeline in TextPipeline.all {
            if let value = speeds[pipeline.name] { report.add(pipeline, megabytesPerSecond: value) }
        }
        let text = BenchmarkText.shared
        let header = "\nText throughput, best MB/s per benchmark (\(text.byteCount) bytes: "
            + "\(text.source)):\n"
        FileHandle.standardError.write(Data((header + report.rendered() + "\n\n").utf8))
    }
}
