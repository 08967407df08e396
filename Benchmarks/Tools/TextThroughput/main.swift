// Times each text pipeline over the same ~4 MiB of Vietnamese Wikipedia text, one thread,
// and prints MB/s (10⁶ bytes of input a second, best of N runs after one warm-up run) and
// the ratio folded tokenizer / ICU fold pipeline. The README quotes this table.
//
//   swift run -c release TextThroughput [--runs N] [--only NAME]... [--paragraphs] [--digest]
//
// `--paragraphs` makes one call per paragraph instead of one per article, for every pipeline.
// `--only tokenize/folded` runs one pipeline (for profiling under callgrind or perf).
// `--digest` prints a hash of each pipeline's output instead of timing it: a change to the
// scanner that prints the same digests computed the same keys on this text.

import Foundation
import TextCorpus

var runs = 5
var only: Set<String> = []
var digestOnly = false
var byParagraph = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--runs":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
            fatalError("--runs needs a positive number")
        }
        runs = value
    case "--only":
        guard let value = arguments.popFirst() else { fatalError("--only needs a pipeline name") }
        only.insert(value)
    case "--digest":
        digestOnly = true
    case "--paragraphs":
        byParagraph = true
    default:
        let names = TextPipeline.all.map(\.name).joined(separator: ", ")
        print("usage: TextThroughput [--runs N] [--only NAME]... [--paragraphs] [--digest]")
        print("NAME: \(names)")
        exit(argument == "--help" || argument == "-h" ? 0 : 2)
    }
}

let text = byParagraph ? BenchmarkText.shared.paragraphs : BenchmarkText.shared
print("text: \(text.source)")
print("      \(text.byteCount) bytes of UTF-8, \(text.documents.count) "
      + (byParagraph ? "paragraphs, one call per paragraph" : "documents, one call per document")
      + (digestOnly ? "" : "; best of \(runs) runs after a warm-up; one thread"))
if text.isFallback { print("WARNING: not the Wikipedia corpus; figures are not comparable") }

if digestOnly {
    for pipeline in TextPipeline.all where only.isEmpty || only.contains(pipeline.name) {
        let digest = String(try pipeline.digest(of: text.documents), radix: 16)
        print(pipeline.name.padding(toLength: 20, withPad: " ", startingAt: 0) + digest)
    }
    exit(0)
}

var report = ThroughputReport()
let clock = ContinuousClock()
for pipeline in TextPipeline.all where only.isEmpty || only.contains(pipeline.name) {
    let run = try pipeline.makeRunner()
    var checksum = run(text.documents)
    var best = Duration.seconds(Int64.max)
    for _ in 0..<runs {
        let elapsed = clock.measure { checksum &+= run(text.documents) }
        best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
    report.add(pipeline, megabytesPerSecond: ThroughputReport.megabytesPerSecond(
        bytes: text.byteCount, seconds: seconds))
    if checksum == 42 { print("") }  // keeps the work observable
}
print(report.rendered())
