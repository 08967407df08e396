import Foundation

/// MB/s per pipeline (MB = 10⁶ bytes of input text), printed as a table with each
/// pipeline's ratio to the ICU fold pipeline.
public struct ThroughputReport: Sendable {
    /// Targets from the issue: folded tokenizer ≥ 150 MB/s and ≥ 10× the ICU pipeline.
    public static let targetMegabytesPerSecond = 150.0
    public static let targetRatio = 10.0
    /// The entity pass must not halve the tokenizer's throughput: `analyze/document` runs at
    /// least half as fast as `tokens`.
    public static let targetAnalyzeToTokensRatio = 0.5

    public var rows: [(pipeline: TextPipeline, megabytesPerSecond: Double)] = []

    public init() {}

    /// MB/s for `bytes` of input processed in `seconds`.
    public static func megabytesPerSecond(bytes: Int, seconds: Double) -> Double {
        Double(bytes) / seconds / 1e6
    }

    public mutating func add(_ pipeline: TextPipeline, megabytesPerSecond: Double) {
        rows.append((pipeline, megabytesPerSecond))
    }

    public subscript(pipeline: TextPipeline) -> Double? {
        rows.last { $0.pipeline == pipeline }?.megabytesPerSecond
    }

    /// Folded tokenizer MB/s ÷ ICU fold MB/s, when both were measured.
    public var foldedToICURatio: Double? {
        guard let folded = self[.tokenize(.folded)], let icu = self[.icuFold], icu > 0 else {
            return nil
        }
        return folded / icu
    }

    /// The table, one pipeline a line, then the folded/ICU ratio against the targets.
    public func rendered() -> String {
        let icu = self[.icuFold]
        var lines = [
            pad("pipeline", 20) + pad("MB/s", 10, right: true) + pad("× icu-fold", 12, right: true)
                + "  what runs",
        ]
        for (pipeline, speed) in rows {
            let ratio = icu.map { String(format: "%.1f×", speed / $0) } ?? "-"
            lines.append(pad(pipeline.name, 20)
                         + pad(String(format: "%.1f", speed), 10, right: true)
                         + pad(ratio, 12, right: true) + "  " + pipeline.summary)
        }
        if let folded = self[.tokenize(.folded)] {
            let meetsSpeed = folded >= Self.targetMegabytesPerSecond
            var line = String(format: "folded tokenizer: %.1f MB/s (target ≥ %.0f: ", folded,
                              Self.targetMegabytesPerSecond) + (meetsSpeed ? "met)" : "MISSED)")
            if let ratio = foldedToICURatio {
                line += String(format: "; %.1f× the ICU pipeline (target ≥ %.0f×: ", ratio,
                               Self.targetRatio) + (ratio >= Self.targetRatio ? "met)" : "MISSED)")
            }
            lines.append(line)
        }
        if let analyze = self[.analyzeDocument], let tokens = self[.tokens], tokens > 0 {
            let ratio = analyze / tokens
            lines.append(String(format: "analyze/document: %.1f MB/s, %.2f of tokens(in:) "
                                + "(target ≥ %.2f: ", analyze, ratio,
                                Self.targetAnalyzeToTokensRatio)
                         + (ratio >= Self.targetAnalyzeToTokensRatio ? "met)" : "MISSED)"))
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
