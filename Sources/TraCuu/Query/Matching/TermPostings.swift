/// One query term's postings in one segment with its variants merged: for each document
/// holding any variant (ascending), the variants' weights averaged over their occurrences,
/// and either the union of
/// the variants' positions (ascending, without repeats) kept to one field, or, without
/// positions, the sum of the variants' frequencies. Flat arrays reserved once per term and
/// query; nothing is allocated per document.
///
/// Collected in full, or only for given documents (`only:`), seeking each variant to them.
struct TermPostings {
    /// Documents in ascending order.
    var ordinals: [UInt32] = []
    /// Each document's match weight: the variants' weights averaged over their occurrences
    /// (one `hòa` among ten `hoa` weighs little more than `hoa`).
    var weights: [Double] = []
    /// Without positions: the variants' frequencies summed per document (the term's
    /// frequency when no two variants share a position, `SegmentExpansion.variantsMayOverlap`).
    var frequencies: [UInt32] = []
    /// With positions, document `i`'s are `positions[starts[i]..<starts[i + 1]]`; every
    /// document has at least one.
    var starts: [Int] = [0]
    var positions: [UInt32] = []
    /// Whether positions were read (else frequencies were).
    private(set) var hasPositions = true

    var count: Int { ordinals.count }

    /// The term's frequency in document number `index` (not ordinal).
    @inline(__always)
    func frequency(at index: Int) -> UInt32 {
        hasPositions ? UInt32(truncatingIfNeeded: starts[index + 1] - starts[index])
            : frequencies[index]
    }

    /// No documents.
    init() {}

    /// No documents, in `spare`'s memory: its arrays emptied, their capacity kept.
    init(reusing spare: consuming TermPostings) {
        self = spare
        ordinals.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        positions.removeAll(keepingCapacity: true)
    }

    /// Merges the postings of `variants` in `reader`. With `withPositions`, keeps each
    /// document's positions in `field` (all of them for nil; the title is positions below
    /// the title length, the body those above it) and leaves out documents with none there.
    /// With `documents` (ascending), looks only at those. Throws
    /// `.corrupted` for a document number past the segment's end. Fills `spare`'s memory
    /// when given one.
    init(variants: [TermExpansion.Variant], reader: SegmentReader, withPositions: Bool,
         field: Query.Field? = nil, only documents: [UInt32]? = nil,
         reusing spare: consuming TermPostings = TermPostings()) throws {
        self.init(reusing: spare)
        hasPositions = withPositions
        guard !variants.isEmpty else { return }
        reserve(for: variants, in: reader, withPositions: withPositions,
                documents: documents?.count)
        if let documents {
            try intersect(variants, with: documents, reader: reader, field: field)
        } else if variants.count == 1, field == nil {
            try copyBlocks(of: variants[0], reader: reader, withPositions: withPositions)
        } else {
            try merge(variants, reader: reader, withPositions: withPositions, field: field)
        }
    }

    /// Whether `document` has an entry: moves `entry` (from where it is) to the first entry
    /// at or after `document`, galloping (1, 2, 4… entries ahead) then by binary search, so a
    /// near entry is found in a few steps. For documents sought in ascending order.
    func find(_ document: UInt32, from entry: inout Int) -> Bool {
        // Entries before `low` hold smaller documents.
        var low = entry, step = 1
        while low + step <= count, ordinals[low + step - 1] < document {
            low += step
            step *= 2
        }
        var high = min(low + step, count)
        while low < high {
            let middle = (low + high) / 2
            if ordinals[middle] < document { low = middle + 1 } else { high = middle }
        }
        entry = low
        return entry < count && ordinals[entry] == document
    }

    private mutating func reserve(for variants: [TermExpansion.Variant], in reader: SegmentReader,
                                  withPositions: Bool, documents: Int?) {
        var documentBound = 0, positionBound = 0
        for variant in variants {
            let stats = reader.dictionary.stats(variant.term)
            documentBound += Int(stats.documentFrequency)
            positionBound += Int(min(stats.totalFrequency, UInt64(reader.positionsByteCount)))
        }
        documentBound = min(documentBound, documents ?? reader.documentCount)
        ordinals.reserveCapacity(documentBound)
        weights.reserveCapacity(documentBound)
        if withPositions {
            starts.reserveCapacity(documentBound + 1)
            // Each position takes a byte at least, so no more than the file's bytes.
            if documents == nil {
                positions.reserveCapacity(min(positionBound, reader.positionsByteCount))
            }
        } else {
            frequencies.reserveCapacity(documentBound)
        }
    }
}

extension TermPostings {
    /// A term's arrays as buffers, for the scoring loops; valid only inside `withBuffers`.
    struct Buffers {
        let ordinals: UnsafeBufferPointer<UInt32>
        let weights: UnsafeBufferPointer<Double>
        let frequencies: UnsafeBufferPointer<UInt32>
        let starts: UnsafeBufferPointer<Int>
        let positions: UnsafeBufferPointer<UInt32>
        let hasPositions: Bool

        var count: Int { ordinals.count }

        /// The term's frequency in document number `index` (not ordinal).
        @inline(__always)
        func frequency(at index: Int) -> UInt32 {
            hasPositions ? UInt32(truncatingIfNeeded: starts[index + 1] - starts[index])
                : frequencies[index]
        }

        /// The positions of document number `index` (not ordinal), ascending.
        @inline(__always)
        func positions(at index: Int) -> UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(rebasing: positions[starts[index]..<starts[index + 1]])
        }
    }

    func withBuffers<Result>(_ body: (Buffers) throws -> Result) rethrows -> Result {
        try ordinals.withUnsafeBufferPointer { ordinals in
            try weights.withUnsafeBufferPointer { weights in
                try frequencies.withUnsafeBufferPointer { frequencies in
                    try starts.withUnsafeBufferPointer { starts in
                        try positions.withUnsafeBufferPointer { positions in
                            try body(Buffers(ordinals: ordinals, weights: weights,
                                             frequencies: frequencies, starts: starts,
                                             positions: positions,
                                             hasPositions: hasPositions))
                        }
                    }
                }
            }
        }
    }
}
