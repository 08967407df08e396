/// Per-document scratch of one segment for merging a term's variants without positions:
/// frequencies summed, the variants' weights averaged over them and which variants each
/// document holds, by ordinal, side by side (one cache line a posting). Made once per
/// segment and kept between searches (`SegmentWorkspace`); each use leaves it as it found
/// it (all zero).
struct DocumentScratch {
    private struct Slot {
        var weighted = 0.0
        var variants: UInt64 = 0
        var frequency: UInt32 = 0
    }

    private var slots: [Slot]
    private var seen: [UInt32] = []

    init(documentCount: Int) {
        slots = Array(repeating: Slot(), count: documentCount)
    }

    /// Adds a block of variant number `variant`'s documents (each below the segment's
    /// document count): their frequencies to the sums, `weight` times each to the weighted
    /// sums, the variant's bit (`TermPostings.variantBit`) to their masks. With
    /// `counting`, a document not touched there is only marked counted
    /// (`SegmentScorer+Counting.swift`).
    mutating func add(_ documents: UnsafeBufferPointer<UInt32>,
                      frequencies: UnsafeBufferPointer<UInt32>,
                      weight: Double, variant: Int, counting: ScoreTable.Columns?) {
        seen.reserveCapacity(seen.count + documents.count)
        let bit = TermPostings.variantBit(variant)
        slots.withUnsafeMutableBufferPointer { slots in
            for index in documents.indices {
                let document = Int(documents[index])
                if let counting, !counting.isTouched[document] {
                    counting.isCounted[document] = true
                    continue
                }
                if slots[document].frequency == 0 { seen.append(documents[index]) }
                slots[document].frequency &+= frequencies[index]
                slots[document].weighted += weight * Double(frequencies[index])
                slots[document].variants |= bit
            }
        }
    }

    /// The documents added since the last call, ascending, with their summed frequencies,
    /// the weights averaged over them and their variant masks, appended to `postings`;
    /// clears them.
    mutating func take(into postings: inout TermPostings) {
        if seen.count > slots.count / 8 {
            seen.removeAll(keepingCapacity: true)
            slots.withUnsafeBufferPointer { slots in
                for document in slots.indices where slots[document].frequency != 0 {
                    seen.append(UInt32(document))
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
            slots.withUnsafeMutableBufferPointer { slots in
                postings.withColumns(from: start) { frequencies, weights, masks in
                    for (index, document) in seen.enumerated() {
                        let slot = slots[Int(document)]
                        frequencies[index] = slot.frequency
                        weights[index] = slot.weighted / Double(max(1, slot.frequency))
                        masks[index] = slot.variants
                        slots[Int(document)] = Slot()
                    }
                }
            }
        }
        seen.removeAll(keepingCapacity: true)
    }
}
