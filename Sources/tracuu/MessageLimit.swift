/// Writes the first messages of a kind that can repeat once per input line (a skipped line,
/// replaced bytes) and counts the rest, so a wrong option cannot flood the terminal.
struct MessageLimit {
    /// Messages written before the rest are only counted.
    let limit: Int
    private(set) var written = 0
    private(set) var withheld = 0

    init(limit: Int = 20) {
        self.limit = limit
    }

    /// Writes `message` to stderr while under the limit; counts it otherwise.
    mutating func write(_ message: String) {
        guard written < limit else {
            withheld += 1
            return
        }
        written += 1
        Output.writeError(message)
    }

    /// Says how many messages were not written, if any.
    func finish() {
        guard withheld > 0 else { return }
        Output.writeError("tracuu: \(withheld) more line message(s) not shown (the first "
                          + "\(limit) are)\n")
    }
}
