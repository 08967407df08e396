/// The score parts of one segment's documents for one query, in arrays indexed by document
/// ordinal: about 72 bytes per document of the segment, allocated once and reused from
/// query to query (`SegmentWorkspace`). The scoring loops write it through
/// `withColumns(_:)`, O(1) per posting; `clear()` puts back the zeros.
struct ScoreTable {
    /// Score parts per document.
    private(set) var explanations: [Explanation]
    /// How many of the query's entities each document mentions.
    private(set) var entityCounts: [Int32]
    /// Whether a document has any part: it matched a term or an entity.
    private var isTouched: [Bool]
    /// The most the title part can reach: each matched syllable's title weight, summed in
    /// query order.
    private(set) var titleBounds: [Double]
    /// Which query terms (bit `min(term, 63)`) each document holds.
    private(set) var termsPresent: [UInt64]
    /// How many of the query's terms each document holds (read in full, not only counted).
    private(set) var termCounts: [UInt16]
    /// Documents only counted: matched by terms read once no new document could make the
    /// results (`SegmentScorer+Counting.swift`); never touched.
    private var isCounted: [Bool]
    /// The documents touched, once `collectTouched()` has listed them.
    private var touched: [UInt32] = []

    init(documentCount: Int) {
        explanations = Array(repeating: Explanation(), count: documentCount)
        entityCounts = Array(repeating: 0, count: documentCount)
        isTouched = Array(repeating: false, count: documentCount)
        titleBounds = Array(repeating: 0, count: documentCount)
        termsPresent = Array(repeating: 0, count: documentCount)
        termCounts = Array(repeating: 0, count: documentCount)
        isCounted = Array(repeating: false, count: documentCount)
    }

    /// The arrays as buffers for one scoring loop; a document written to must be marked in
    /// `isTouched`. Valid only during the call.
    struct Columns {
        let explanations: UnsafeMutableBufferPointer<Explanation>
        let entityCounts: UnsafeMutableBufferPointer<Int32>
        let isTouched: UnsafeMutableBufferPointer<Bool>
        let titleBounds: UnsafeMutableBufferPointer<Double>
        let termsPresent: UnsafeMutableBufferPointer<UInt64>
        let termCounts: UnsafeMutableBufferPointer<UInt16>
        let isCounted: UnsafeMutableBufferPointer<Bool>
    }

    mutating func withColumns<Result>(_ body: (Columns) throws -> Result) rethrows -> Result {
        try explanations.withUnsafeMutableBufferPointer { explanations in
            try entityCounts.withUnsafeMutableBufferPointer { entityCounts in
                try isTouched.withUnsafeMutableBufferPointer { isTouched in
                    try titleBounds.withUnsafeMutableBufferPointer { titleBounds in
                        try termsPresent.withUnsafeMutableBufferPointer { termsPresent in
                            try termCounts.withUnsafeMutableBufferPointer { termCounts in
                                try isCounted.withUnsafeMutableBufferPointer { isCounted in
                                    try body(Columns(
                                        explanations: explanations, entityCounts: entityCounts,
                                        isTouched: isTouched, titleBounds: titleBounds,
                                        termsPresent: termsPresent, termCounts: termCounts,
                                        isCounted: isCounted))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Lists the documents with any part, ascending, and returns them. O(documents in the
    /// segment), eight at a time where none is touched; call once, after the last part is
    /// added.
    mutating func collectTouched() -> [UInt32] {
        touched.removeAll(keepingCapacity: true)
        Self.forEachSet(in: isTouched) { touched.append(UInt32($0)) }
        return touched
    }

    /// Calls `body` with the index of each true flag, in order, eight flags at a time.
    private static func forEachSet(in flags: [Bool], _ body: (Int) -> Void) {
        flags.withUnsafeBytes { bytes in
            var base = 0
            while base + 8 <= bytes.count {
                // A flag is a byte 0 or 1: each set bit of the word is a true flag.
                var word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: base,
                                                                    as: UInt64.self))
                while word != 0 {
                    body(base + word.trailingZeroBitCount / 8)
                    word &= word - 1
                }
                base += 8
            }
            for index in base..<bytes.count where bytes[index] != 0 { body(index) }
        }
    }

    /// The worst of the best `capacity` of `documents` (distinct) that `keeps` keeps, by their
    /// score parts so far; nil when fewer.
    func threshold(of documents: [UInt32], capacity: Int, segment: Int,
                   keeps: (Int) -> Bool) -> TopKCollector.Entry? {
        guard documents.count >= capacity else { return nil }
        var best = TopKCollector(capacity: capacity)
        for ordinal in documents where keeps(Int(ordinal)) {
            best.add(entry(ordinal, segment: segment))
        }
        return best.threshold
    }

    /// How many of the documents only counted `keeps` keeps (nil: all); clears them.
    mutating func takeCounted(where keeps: ((Int) -> Bool)?) -> Int {
        var count = 0
        Self.forEachSet(in: isCounted) { if keeps?($0) ?? true { count += 1 } }
        isCounted.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
        return count
    }

    /// The collector's entry for `ordinal`, with its score as it stands.
    func entry(_ ordinal: UInt32, segment: Int) -> TopKCollector.Entry {
        let index = Int(ordinal)
        return TopKCollector.Entry(segment: segment, ordinal: ordinal,
                                   entityCount: Int(entityCounts[index]),
                                   score: explanations[index].total)
    }

    /// Zeroes what the last query wrote: the documents `collectTouched()` listed, or every
    /// document when they are many (a sequential fill beats scattered writes).
    mutating func clear() {
        if touched.count > explanations.count / 8 {
            explanations.withUnsafeMutableBufferPointer { $0.update(repeating: Explanation()) }
            entityCounts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            isTouched.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
            titleBounds.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            termsPresent.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            termCounts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            for ordinal in touched {
                let index = Int(ordinal)
                explanations[index] = Explanation()
                entityCounts[index] = 0
                isTouched[index] = false
                titleBounds[index] = 0
                termsPresent[index] = 0
                termCounts[index] = 0
            }
        }
        touched.removeAll(keepingCapacity: true)
    }
}
