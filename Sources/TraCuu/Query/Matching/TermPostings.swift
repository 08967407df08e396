/// One query term's postings in one segment with its variants merged: for each document
/// holding any variant (ascending), the best such variant's weight and, when asked for, the
/// union of the variants' positions kept to one field. Flat arrays, one allocation each per
/// term and query, none per document.
struct TermPostings {
    /// Documents in ascending order.
    private(set) var ordinals: [Int32] = []
    /// Each document's match weight: with positions, the variants' weights averaged over
    /// their occurrences (one `hòa` among ten `hoa` weighs little more than `hoa`); without,
    /// the best variant's.
    private(set) var weights: [Double] = []
    /// Document `i`'s positions are `positions[starts[i]..<starts[i + 1]]` (when collected).
    private(set) var starts: [Int32] = [0]
    private(set) var positions: [UInt32] = []

    var count: Int { ordinals.count }

    /// Merges the postings of `variants` in `reader`. With `withPositions`, keeps each
    /// document's positions in `field` (all of them for nil; the title is positions below
    /// the title length, the body those above it) and leaves out documents with none there;
    /// positions of several variants in one document are merged, sorted and without
    /// repeats. Throws `.corrupted` for a document number past the segment's end.
    init(variants: [TermExpansion.Variant], reader: SegmentReader, withPositions: Bool,
         field: Query.Field? = nil) throws {
        guard !variants.isEmpty else { return }
        var cursors: [PostingsCursor] = []
        var upperBound = 0
        for variant in variants {
            cursors.append(try reader.postings(ofTerm: variant.term))
            upperBound += Int(reader.dictionary.stats(variant.term).documentFrequency)
        }
        let documentCount = reader.documentCount
        upperBound = min(upperBound, documentCount)
        ordinals.reserveCapacity(upperBound)
        weights.reserveCapacity(upperBound)
        if withPositions { starts.reserveCapacity(upperBound + 1) }
        var heap = CursorHeap()
        for index in cursors.indices {
            heap.insert(document: try cursors[index].advance(), cursor: index)
        }
        var atDocument: [Int] = []
        while let document = heap.minimumDocument, document != PostingsCursor.end {
            guard Int(document) < documentCount else {
                throw IndexError.corrupted(reader.name + ".pst", "document out of range")
            }
            atDocument.removeAll(keepingCapacity: true)
            while heap.minimumDocument == document, let cursor = heap.removeMinimum() {
                atDocument.append(cursor)
            }
            var weight: Double? = variants[atDocument[0]].weight
            if withPositions {
                weight = try appendPositions(of: atDocument, in: &cursors, variants: variants,
                                             document: document, field: field,
                                             documents: reader.documents)
            } else {
                for cursor in atDocument.dropFirst() {
                    weight = max(weight ?? 0, variants[cursor].weight)
                }
            }
            if let weight {
                ordinals.append(Int32(document))
                weights.append(weight)
            }
            for cursor in atDocument {
                heap.insert(document: try cursors[cursor].advance(), cursor: cursor)
            }
        }
    }

    /// Appends the document's positions in `field` and returns the variants' weight
    /// averaged over their occurrences; nil (and nothing appended) when it has none there.
    private mutating func appendPositions(of atDocument: [Int],
                                          in cursors: inout [PostingsCursor],
                                          variants: [TermExpansion.Variant],
                                          document: UInt32, field: Query.Field?,
                                          documents: DocumentTable) throws -> Double? {
        let start = positions.count
        var weighted = 0.0
        for cursor in atDocument {
            let before = positions.count
            try cursors[cursor].appendPositions(to: &positions)
            weighted += variants[cursor].weight * Double(positions.count - before)
        }
        let weight = weighted / Double(max(1, positions.count - start))
        if atDocument.count > 1 {
            positions[start...].sort()
            var kept = start
            for index in start..<positions.count
            where index == start || positions[index] != positions[kept - 1] {
                positions[kept] = positions[index]
                kept += 1
            }
            positions.removeSubrange(kept...)
        }
        if let field {
            let titleLength = documents.titleLength(Int(document))
            var kept = start
            for index in start..<positions.count {
                let position = positions[index]
                let isInField = field == .title ? position < titleLength : position > titleLength
                if isInField {
                    positions[kept] = position
                    kept += 1
                }
            }
            positions.removeSubrange(kept...)
        }
        guard positions.count > start else { return nil }
        starts.append(Int32(positions.count))
        return weight
    }

    /// The positions of document number `index` (not ordinal) of this term.
    @inline(__always)
    func positions(at index: Int) -> ArraySlice<UInt32> {
        positions[Int(starts[index])..<Int(starts[index + 1])]
    }
}
