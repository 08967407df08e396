/// Per-document scratch arrays of one segment for merging a term's variants without
/// positions: frequencies summed and the best weight, by ordinal. Made once per segment and
/// query and reused for every term; each use leaves it as it found it (all zero).
struct DocumentScratch {
    private var frequencies: [UInt32]
    private var weights: [Double]
    private var seen: [UInt32] = []

    init(documentCount: Int) {
        frequencies = Array(repeating: 0, count: documentCount)
        weights = Array(repeating: 0, count: documentCount)
    }

    /// Adds a variant's document: its frequency to the sum, its weight to the best.
    @inline(__always)
    mutating func add(_ document: UInt32, frequency: UInt32, weight: Double) {
        let index = Int(document)
        if frequencies[index] == 0 { seen.append(document) }
        frequencies[index] &+= frequency
        weights[index] = max(weights[index], weight)
    }

    /// The documents added since the last call, ascending, with their summed frequencies and
    /// best weights; clears them.
    mutating func take(into postings: inout TermPostings) {
        if seen.count > frequencies.count / 8 {
            seen.removeAll(keepingCapacity: true)
            for index in frequencies.indices where frequencies[index] != 0 {
                seen.append(UInt32(index))
            }
        } else {
            seen.sort()
        }
        for document in seen {
            let index = Int(document)
            postings.ordinals.append(document)
            postings.frequencies.append(frequencies[index])
            postings.weights.append(weights[index])
            frequencies[index] = 0
            weights[index] = 0
        }
        seen.removeAll(keepingCapacity: true)
    }
}
