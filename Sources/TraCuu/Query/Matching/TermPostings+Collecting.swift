/// The three ways `TermPostings` reads postings: a lone variant block by block, several
/// variants merged through a heap, and given documents sought in each variant.
extension TermPostings {
    /// One variant without a field: whole blocks of 128 documents at once.
    mutating func copyBlocks(of variant: TermExpansion.Variant, reader: SegmentReader,
                             withPositions: Bool) throws {
        var cursor = try reader.postings(ofTerm: variant.term)
        let documentCount = reader.documentCount
        while try cursor.advanceBlock() {
            if withPositions {
                try cursor.withBlock { documents, positionStarts, blockPositions in
                    try appendBlock(documents, weight: variant.weight, limit: documentCount,
                                    reader: reader)
                    let base = positions.count
                    positions.append(contentsOf: blockPositions)
                    starts.append(contentsOf: positionStarts.dropFirst().lazy.map { base + $0 })
                }
            } else {
                try cursor.withBlockDocuments { documents, blockFrequencies in
                    try appendBlock(documents, weight: variant.weight, limit: documentCount,
                                    reader: reader)
                    frequencies.append(contentsOf: blockFrequencies)
                }
            }
        }
    }

    private mutating func appendBlock(_ documents: UnsafeBufferPointer<UInt32>, weight: Double,
                                      limit: Int, reader: SegmentReader) throws {
        for document in documents where Int(document) >= limit {
            throw Self.outOfRange(reader)
        }
        ordinals.append(contentsOf: documents)
        weights.append(contentsOf: repeatElement(weight, count: documents.count))
    }

    /// Several variants, or a field: document by document, the variants' postings merged in
    /// document order through a heap.
    mutating func merge(_ variants: [TermExpansion.Variant], reader: SegmentReader,
                        withPositions: Bool, field: Query.Field?) throws {
        var cursors: [PostingsCursor] = []
        var heap = CursorHeap()
        for (index, variant) in variants.enumerated() {
            cursors.append(try reader.postings(ofTerm: variant.term))
            heap.insert(document: try cursors[index].advance(), cursor: index)
        }
        var atDocument: [Int] = []
        while let document = heap.minimumDocument, document != PostingsCursor.end {
            guard Int(document) < reader.documentCount else { throw Self.outOfRange(reader) }
            atDocument.removeAll(keepingCapacity: true)
            while heap.minimumDocument == document, let cursor = heap.removeMinimum() {
                atDocument.append(cursor)
            }
            atDocument.sort()
            try add(document, from: atDocument, of: &cursors, variants: variants,
                    withPositions: withPositions, field: field, reader: reader)
            for cursor in atDocument {
                heap.insert(document: try cursors[cursor].advance(), cursor: cursor)
            }
        }
    }

    /// Only `documents` (ascending), with positions: each variant sought to each document.
    mutating func intersect(_ variants: [TermExpansion.Variant], with documents: [UInt32],
                            reader: SegmentReader, field: Query.Field?) throws {
        var cursors = try variants.map { try reader.postings(ofTerm: $0.term) }
        var atDocument: [Int] = []
        for document in documents {
            atDocument.removeAll(keepingCapacity: true)
            for index in cursors.indices {
                if try cursors[index].seek(to: document) == document { atDocument.append(index) }
            }
            guard !atDocument.isEmpty else { continue }
            guard Int(document) < reader.documentCount else { throw Self.outOfRange(reader) }
            try add(document, from: atDocument, of: &cursors, variants: variants,
                    withPositions: true, field: field, reader: reader)
        }
    }

    /// Adds `document`, found in the variants `atDocument` (indices into `cursors`, each
    /// standing on it; ascending).
    private mutating func add(_ document: UInt32, from atDocument: [Int],
                              of cursors: inout [PostingsCursor],
                              variants: [TermExpansion.Variant], withPositions: Bool,
                              field: Query.Field?, reader: SegmentReader) throws {
        // The variants' weights averaged over their occurrences, summed in variant order
        // (as `DocumentScratch` sums them).
        var weighted = 0.0
        var total: UInt32 = 0
        for cursor in atDocument {
            let frequency = cursors[cursor].frequency
            weighted += variants[cursor].weight * Double(frequency)
            total &+= frequency
        }
        let weight = weighted / Double(max(1, total))
        if withPositions {
            let start = positions.count
            for cursor in atDocument {
                try cursors[cursor].withPositions { positions.append(contentsOf: $0) }
            }
            if atDocument.count > 1 { positions.sortAndDeduplicate(from: start) }
            guard keep(document, field: field, documents: reader.documents) else { return }
        } else {
            frequencies.append(total)
        }
        ordinals.append(document)
        weights.append(weight)
    }

    private static func outOfRange(_ reader: SegmentReader) -> IndexError {
        IndexError.corrupted(reader.name + ".pst", "document out of range")
    }

    /// Keeps the positions appended for `document` that lie in `field` and closes its entry;
    /// false (and nothing kept) when none do.
    private mutating func keep(_ document: UInt32, field: Query.Field?,
                               documents: DocumentTable) -> Bool {
        let start = starts[starts.count - 1]
        if let field {
            let titleLength = documents.titleLength(Int(document))
            var kept = start
            for index in start..<positions.count {
                let position = positions[index]
                if field == .title ? position < titleLength : position > titleLength {
                    positions[kept] = position
                    kept += 1
                }
            }
            positions.removeLast(positions.count - kept)
        }
        guard positions.count > start else { return false }
        starts.append(positions.count)
        return true
    }
}
