/// Per-document scratch arrays of one segment for merging a term's variants without
/// positions: frequencies summed and the variants' weights averaged over them, by ordinal. Made once per segment and
/// kept between searches (`SegmentWorkspace`); each use leaves it as it found it (all zero).
struct DocumentScratch {
    private var frequencies: [UInt32]
    private var weights: [Double]
    private var seen: [UInt32] = []

    init(documentCount: Int) {
        frequencies = Array(repeating: 0, count: documentCount)
        weights = Array(repeating: 0, count: documentCount)
    }

    /// Adds a block of a variant's documents (each below the segment's document count):
    /// their frequencies to the sums, `weight` times each to the weighted sums. With
    /// `counting`, a document not touched there is only marked counted
    /// (`SegmentScorer+Counting.swift`).
    mutating func add(_ documents: UnsafeBufferPointer<UInt32>,
                      frequencies blockFrequencies: UnsafeBufferPointer<UInt32>,
                      weight: Double, counting: ScoreTable.Columns?) {
        seen.reserveCapacity(seen.count + documents.count)
        frequencies.withUnsafeMutableBufferPointer { frequencies in
            weights.withUnsafeMutableBufferPointer { weights in
                for slot in documents.indices {
                    let index = Int(documents[slot])
                    if let counting, !counting.isTouched[index] {
                        counting.isCounted[index] = true
                        continue
                    }
                    if frequencies[index] == 0 { seen.append(documents[slot]) }
                    frequencies[index] &+= blockFrequencies[slot]
                    weights[index] += weight * Double(blockFrequencies[slot])
                }
            }
        }
    }

    /// The documents added since the last call, ascending, with their summed frequencies and
    /// the weights averaged over them, appended to `postings`; clears them.
    mutating func take(into postings: inout TermPostings) {
        if seen.count > frequencies.count / 8 {
            seen.removeAll(keepingCapacity: true)
            frequencies.withUnsafeBufferPointer { frequencies in
                for index in frequencies.indices where frequencies[index] != 0 {
                    seen.append(UInt32(index))
                }
            }
        } else {
            seen.sort()
        }
        let count = seen.count
        postings.ordinals.append(contentsOf: seen)
        postings.frequencies.append(contentsOf: repeatElement(0, count: count))
        postings.weights.append(contentsOf: repeatElement(0, count: count))
        let start = postings.ordinals.count - count
        seen.withUnsafeBufferPointer { seen in
            frequencies.withUnsafeMutableBufferPointer { frequencies in
                weights.withUnsafeMutableBufferPointer { weights in
                    postings.frequencies.withUnsafeMutableBufferPointer { outFrequencies in
                        postings.weights.withUnsafeMutableBufferPointer { outWeights in
                            for (offset, document) in seen.enumerated() {
                                let index = Int(document)
                                outFrequencies[start + offset] = frequencies[index]
                                outWeights[start + offset] = weights[index]
                                    / Double(max(1, frequencies[index]))
                                frequencies[index] = 0
                                weights[index] = 0
                            }
                        }
                    }
                }
            }
        }
        seen.removeAll(keepingCapacity: true)
    }
}
