/// Encodes terms' postings (`doc freq pos…` records from `SegmentBuilder`) into the
/// postings and positions streams (layout in `SegmentFormat`), one term at a time. Each
/// block's skip entry carries what bounds a score in it (`BlockMaximum`).
///
/// Most terms have a document or two, so the encoder keeps its working arrays from term to
/// term rather than allocating them for each.
struct PostingsEncoder {
    static let skipEntrySize = 24

    private var documents: [UInt32] = []
    private var frequencies: [UInt32] = []
    private var positionStarts: [Int] = []
    private var inTitle: [Bool] = []
    private var blocks: [UInt8] = []
    private var skips: [UInt8] = []
    private var deltas: [UInt32] = []
    private var frequenciesMinusOne: [UInt32] = []

    /// Appends the term's postings and positions; returns its dictionary entry. `lengths`
    /// holds each document's title length and length (`titleLength`, `length` by ordinal,
    /// as `.doc` stores them).
    mutating func append(_ records: UnsafeBufferPointer<UInt32>, lengths: UnsafeBufferPointer<UInt32>,
                         postings: inout [UInt8], positions: inout [UInt8]) -> TermStats {
        documents.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        positionStarts.removeAll(keepingCapacity: true)
        inTitle.removeAll(keepingCapacity: true)
        blocks.removeAll(keepingCapacity: true)
        skips.removeAll(keepingCapacity: true)
        let positionsBase = positions.count
        var totalFrequency: UInt64 = 0
        var index = 0
        while index + 1 < records.count {
            let document = records[index], frequency = records[index + 1]
            documents.append(document)
            frequencies.append(frequency)
            positionStarts.append(positions.count - positionsBase)
            // Positions ascend: the first is in the title when any is.
            inTitle.append(frequency > 0 && Int(document) * 2 < lengths.count
                           && records[index + 2] < lengths[Int(document) * 2])
            totalFrequency += UInt64(frequency)
            var previous: UInt32 = 0
            for position in records[(index + 2)..<(index + 2 + Int(frequency))] {
                VarInt.append(position &- previous, to: &positions)
                previous = position
            }
            index += 2 + Int(frequency)
        }
        let stats = TermStats(documentFrequency: UInt32(documents.count),
                              totalFrequency: totalFrequency,
                              postingsOffset: UInt64(postings.count),
                              positionsOffset: UInt64(positionsBase))
        var previousDocument: UInt32 = 0
        for start in stride(from: 0, to: documents.count, by: BlockCodec.blockSize) {
            let end = min(start + BlockCodec.blockSize, documents.count)
            deltas.removeAll(keepingCapacity: true)
            frequenciesMinusOne.removeAll(keepingCapacity: true)
            for ordinal in start..<end {
                deltas.append(documents[ordinal] &- previousDocument)
                previousDocument = documents[ordinal]
                frequenciesMinusOne.append(frequencies[ordinal] &- 1)
            }
            skips.appendLittleEndian(documents[end - 1])
            skips.appendLittleEndian(UInt32(blocks.count))
            skips.appendLittleEndian(UInt64(positionStarts[start]))
            let maximum = BlockMaximum(
                lengths: documents[start..<end].lazy.map { document in
                    Int(document) * 2 + 1 < lengths.count ? lengths[Int(document) * 2 + 1] : 0
                },
                frequencies: frequencies[start..<end], inTitle: inTitle[start..<end].contains(true))
            maximum.append(to: &skips)
            deltas.withUnsafeBufferPointer { BlockCodec.encode($0, to: &blocks) }
            frequenciesMinusOne.withUnsafeBufferPointer { BlockCodec.encode($0, to: &blocks) }
        }
        // A single block needs no skip table: nothing to skip to.
        if documents.count > BlockCodec.blockSize { postings.append(contentsOf: skips) }
        postings.append(contentsOf: blocks)
        return stats
    }
}
