/// One reader of outside bytes, driven by a fuzzer or by a replay of saved inputs.
///
/// `run(_:)` may throw: a thrown error is the reader refusing bad input, which is what it
/// should do. Only a crash, a sanitizer report or a broken invariant (a `precondition` in
/// the targets) is a finding.
protocol FuzzTarget: Sendable {
    /// Feeds one input to the reader.
    func run(_ bytes: [UInt8]) throws
    /// Small valid inputs to start the corpus from, by file name.
    func seeds() throws -> [(name: String, bytes: [UInt8])]
}

/// Every target, by the name `Fuzz/run.sh` and the replay tool take.
enum FuzzTargets {
    static let names = ["query", "text", "jsonl"] + IndexFileKind.allCases.map(\.rawValue)

    /// The target called `name`, or nil for an unknown name.
    static func target(named name: String) throws -> (any FuzzTarget)? {
        switch name {
        case "query": return try QueryTarget()
        case "text": return TextTarget()
        case "jsonl": return JSONLinesTarget()
        default:
            guard let kind = IndexFileKind(rawValue: name) else { return nil }
            return try IndexFileTarget(kind: kind)
        }
    }
}
