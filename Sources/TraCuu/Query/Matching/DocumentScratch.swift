/// Per-document scratch arrays of one segment for merging a term's variants without
/// positions: frequencies summed, the variants' weights averaged over them and which
/// variants each document holds, by ordinal. Made once per segment and kept between
/// searches (`SegmentWorkspace`); each use leaves it as it found it (all zero).
struct DocumentScratch {
    private var frequencies: [UInt32]
    private var weights: [Double]
    private var variantMasks: [UInt64]
    private var seen: [UInt32] = []

    init(documentCount: Int) {
        frequencies = Array(repeating: 0, count: documentCount)
        weights = Array(repeating: 0, count: documentCount)
        variantMasks = Array(repeating: 0, count: documentCount)
    }

    /// Adds a block of variant number `variant`'s documents (each below the segment's
    /// document count): their frequencies to the sums, `weight` times each to the weighted
    /// sums, the variant's bit (`TermPostings.variantBit`) to their masks. With
    /// `counting`, a document not touched there is only marked counted
    /// (`SegmentScorer+Counting.swift`).
    mutating func add(_ documents: UnsafeBufferPointer<UInt32>,
                      frequencies blockFrequencies: UnsafeBufferPointer<UInt32>,
                      weight: Double, variant: Int, counting: ScoreTable.Columns?) {
        seen.reserveCapacity(seen.count + documents.count)
        let bit = TermPostings.variantBit(variant)
        Self.withColumns(&frequencies, &weights, &variantMasks) { sums, weights, masks in
            for slot in documents.indices {
                let index = Int(documents[slot])
                if let counting, !counting.isTouched[index] {
                    counting.isCounted[index] = true
                    continue
                }
                if sums[index] == 0 { seen.append(documents[slot]) }
                sums[index] &+= blockFrequencies[slot]
                weights[index] += weight * Double(blockFrequencies[slot])
                masks[index] |= bit
            }
        }
    }

    /// The documents added since the last call, ascending, with their summed frequencies,
    /// the weights averaged over them and their variant masks, appended to `postings`;
    /// clears them.
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
        postings.variantMasks.append(contentsOf: repeatElement(0, count: count))
        let start = postings.ordinals.count - count
        seen.withUnsafeBufferPointer { seen in
            Self.withColumns(&frequencies, &weights, &variantMasks) { sums, weights, masks in
                postings.withColumns(from: start) { outSums, outWeights, outMasks in
                    for (offset, document) in seen.enumerated() {
                        let index = Int(document)
                        outSums[offset] = sums[index]
                        outWeights[offset] = weights[index] / Double(max(1, sums[index]))
                        outMasks[offset] = masks[index]
                        sums[index] = 0
                        weights[index] = 0
                        masks[index] = 0
                    }
                }
            }
        }
        seen.removeAll(keepingCapacity: true)
    }

    /// The arrays as buffers: frequencies, weights, variant masks.
    private static func withColumns(
        _ frequencies: inout [UInt32], _ weights: inout [Double], _ variantMasks: inout [UInt64],
        _ body: (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<Double>,
                 UnsafeMutableBufferPointer<UInt64>) -> Void
    ) {
        frequencies.withUnsafeMutableBufferPointer { frequencies in
            weights.withUnsafeMutableBufferPointer { weights in
                variantMasks.withUnsafeMutableBufferPointer { masks in
                    body(frequencies, weights, masks)
                }
            }
        }
    }
}
