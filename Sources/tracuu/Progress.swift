import Foundation

/// Progress of long work on stderr, only when stderr is a terminal: documents, MB, docs/s
/// and the estimated time left, redrawn at most twice a second.
final class Progress {
    private let totalBytes: Int
    private let isEnabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(totalBytes: Int) {
        self.totalBytes = totalBytes
        isEnabled = isatty(STDERR_FILENO) == 1
    }

    /// Redraws when due: `documents` done, `bytes` of input consumed.
    func update(documents: Int, bytes: Int) {
        guard isEnabled, Date().timeIntervalSince(lastDraw) >= 0.5 else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        var line = String(format: "\r%9d docs  %8.1f MB  %7.0f docs/s", documents,
                          Double(bytes) / 1_000_000, Double(documents) / elapsed)
        if totalBytes > 0, bytes > 0 {
            let left = elapsed * Double(totalBytes - bytes) / Double(bytes)
            line += String(format: "  ETA %d:%02d", Int(left) / 60, Int(left) % 60)
        }
        Output.writeError(line)
    }

    /// Clears the progress line.
    func finish() {
        if isEnabled { Output.writeError("\r" + String(repeating: " ", count: 60) + "\r") }
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(start) }
}
