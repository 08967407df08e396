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
    /// Summed without positions (`DocumentScratch`): which variants each document holds,
    /// bit `variantBit(v)` for variant `v`.
    var variantMasks: [UInt64] = []
    /// Read whole blocks without positions (one variant, `copyBlocks`): where each block's
    /// positions start, so that entry `i`'s can be read later from `blockPositions[i / 128]`
    /// (`init(positionsOf:only:reader:reusing:)`).
    var blockPositions: [Int] = []

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
        blockPositions.removeAll(keepingCapacity: true)
        variantMasks.removeAll(keepingCapacity: true)
    }

    /// Variant `variant`'s bit in `variantMasks`: variants past 62 share the last bit.
    static func variantBit(_ variant: Int) -> UInt64 { 1 << UInt64(min(variant, 63)) }

    /// The summed arrays from entry `start` on as buffers: frequencies, weights, variant
    /// masks (for `DocumentScratch`).
    mutating func withColumns(
        from start: Int,
        _ body: (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<Double>,
                 UnsafeMutableBufferPointer<UInt64>) -> Void
    ) {
        frequencies.withUnsafeMutableBufferPointer { frequencies in
            weights.withUnsafeMutableBufferPointer { weights in
                variantMasks.withUnsafeMutableBufferPointer { masks in
                    body(UnsafeMutableBufferPointer(rebasing: frequencies[start...]),
                         UnsafeMutableBufferPointer(rebasing: weights[start...]),
                         UnsafeMutableBufferPointer(rebasing: masks[start...]))
                }
            }
        }
    }

    /// Merges the postings of `variants` in `reader`. With `withPositions`, keeps each
    /// document's positions in `field` (all of them for nil; the title is positions below
    /// the title length, the body those above it) and leaves out documents with none there.
    /// With `documents` (ascending), looks only at those, and, with `summed` (the term read
    /// into `DocumentScratch`, holding them), only in the variants each holds. Throws
    /// `.corrupted` for a document number past the segment's end. Fills `spare`'s memory
    /// when given one.
    init(variants: [TermExpansion.Variant], reader: SegmentReader, withPositions: Bool,
         field: Query.Field? = nil, only documents: [UInt32]? = nil,
         holding summed: TermPostings? = nil,
         reusing spare: consuming TermPostings = TermPostings()) throws {
        self.init(reusing: spare)
        hasPositions = withPositions
        guard !variants.isEmpty else { return }
        reserve(for: variants, in: reader, withPositions: withPositions,
                documents: documents?.count)
        if let documents {
            try intersect(variants, with: documents, holding: summed, reader: reader,
                          field: field)
        } else if variants.count == 1, field == nil {
            try copyBlocks(of: variants[0], reader: reader, withPositions: withPositions)
        } else {
            try merge(variants, reader: reader, withPositions: withPositions, field: field)
        }
    }

    /// The postings of `variants` without positions, their frequencies summed per document:
    /// each variant read block by block into `scratch` (for many variants, cheaper than
    /// merging them in order). With `counting`, only documents touched there are kept; the
    /// others are marked counted in it.
    init(variants: [TermExpansion.Variant], reader: SegmentReader,
         summingIn scratch: inout DocumentScratch, counting: ScoreTable.Columns? = nil,
         reusing spare: consuming TermPostings = TermPostings()) throws {
        self.init(reusing: spare)
        hasPositions = false
        let documentCount = reader.documentCount
        for (number, variant) in variants.enumerated() {
            var cursor = try reader.postings(ofTerm: variant.term)
            while try cursor.advanceBlock() {
                try cursor.withBlockDocuments { documents, frequencies in
                    for document in documents where Int(document) >= documentCount {
                        throw IndexError.corrupted(reader.name + ".pst", "document out of range")
                    }
                    scratch.add(documents, frequencies: frequencies, weight: variant.weight,
                                variant: number, counting: counting)
                }
            }
        }
        scratch.take(into: &self)
    }

    /// Only `documents` (ascending) of `first` (read by `copyBlocks` without positions), with
    /// their positions, read where `first.blockPositions` says: no block is decoded again.
    init(positionsOf first: TermPostings, only documents: [UInt32], reader: SegmentReader,
         reusing spare: consuming TermPostings = TermPostings()) throws {
        self.init(reusing: spare)
        hasPositions = true
        let blockSize = BlockCodec.blockSize
        var entry = 0
        // Where the positions read last end: entry `next`'s start at `offset`.
        var next = 0, offset = 0
        for document in documents {
            guard first.find(document, from: &entry) else { continue }
            let blockStart = entry / blockSize * blockSize
            if next <= blockStart {
                next = blockStart
                offset = first.blockPositions[entry / blockSize]
            }
            let skipped = first.frequencies[next..<entry].reduce(0) { $0 + Int($1) }
            try reader.positions(at: &offset, skipping: skipped,
                                 count: Int(first.frequencies[entry]), into: &positions)
            next = entry + 1
            ordinals.append(document)
            weights.append(first.weights[entry])
            starts.append(positions.count)
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
