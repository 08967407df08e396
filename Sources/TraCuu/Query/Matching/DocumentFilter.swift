/// Which documents of a segment the query's exclusions and phrases leave in: arrays by
/// ordinal, made only when the query has exclusions or phrases.
struct DocumentFilter {
    private let documentCount: Int
    private var rejected: [Bool]?
    private var required: (counts: [UInt16], wanted: UInt16)?

    init(documentCount: Int) { self.documentCount = documentCount }

    /// Whether it keeps every document.
    var keepsAll: Bool { rejected == nil && required == nil }

    /// Leaves `ordinal` out.
    mutating func reject(_ ordinal: Int) {
        if rejected == nil { rejected = Array(repeating: false, count: documentCount) }
        rejected![ordinal] = true
    }

    /// Keeps only documents whose count in `counts` (indexed by ordinal) is `wanted`.
    mutating func requireAll(_ counts: [UInt16], of wanted: UInt16) {
        required = (counts, wanted)
    }

    func keeps(_ ordinal: Int) -> Bool {
        if let rejected, rejected[ordinal] { return false }
        if let required, required.counts[ordinal] != required.wanted { return false }
        return true
    }
}
