/// The score parts of one segment's documents for one query, in arrays indexed by document
/// ordinal, and the documents touched so far in the order they were first touched. Costs
/// about 60 bytes per document of the segment per query; adding to a document is O(1).
struct ScoreTable {
    /// Score parts per document.
    private(set) var explanations: [Explanation]
    /// How many of the query's entities each document mentions.
    private(set) var entityCounts: [Int32]
    private var isTouched: [Bool]
    /// Documents with any part, in first-touch order.
    private(set) var touched: [Int32] = []

    init(documentCount: Int) {
        explanations = Array(repeating: Explanation(), count: documentCount)
        entityCounts = Array(repeating: 0, count: documentCount)
        isTouched = Array(repeating: false, count: documentCount)
    }

    /// Makes `ordinal` a candidate (with all parts 0) if it was not yet.
    @inline(__always)
    mutating func touch(_ ordinal: Int) {
        if !isTouched[ordinal] {
            isTouched[ordinal] = true
            touched.append(Int32(ordinal))
        }
    }

    @inline(__always)
    mutating func addBM25(_ value: Double, to ordinal: Int) {
        explanations[ordinal].bm25 += value
    }

    @inline(__always)
    mutating func addTitle(_ value: Double, to ordinal: Int) {
        explanations[ordinal].title += value
    }

    @inline(__always)
    mutating func addProximity(_ value: Double, to ordinal: Int) {
        explanations[ordinal].proximity += value
    }

    /// Adds a matched entity's part.
    @inline(__always)
    mutating func addEntity(_ value: Double, to ordinal: Int) {
        explanations[ordinal].entities += value
        entityCounts[ordinal] += 1
    }
}
