/// Walks one term's postings in one segment: documents in order with their frequencies and,
/// on demand, positions. Uses the skip table to jump (`seek(to:)`), decoding one block of
/// 128 documents at a time. Positions are decoded for the whole block at once when read a
/// block at a time (`withBlock(_:)`), else one document at a time, skipping the positions of
/// the documents between (`withPositions(_:)`). Bytes are untrusted: every decode error
/// throws `.corrupted`.
struct PostingsCursor {
    /// Returned by `advance()` and `seek(to:)` past the last document.
    static let end = UInt32.max

    private let postings: UnsafeRawBufferPointer
    private let positions: UnsafeRawBufferPointer
    private let file: String
    private let documentFrequency: Int
    private let skipStart: Int
    private let blocksStart: Int
    private let positionsBase: Int
    /// Terms in one block have no skip table.
    private let hasSkips: Bool
    private var block = -1
    /// The current block's documents and frequencies; allocated at the first block read (a
    /// search makes cursors for many forms of a word, and seeks only some).
    private var blockDocuments: [UInt32] = []
    private var blockFrequencies: [UInt32] = []
    private var blockCount = 0
    private var slot = -1
    /// Where the current block's positions start in the positions file: its documents'
    /// positions follow one another from there, each document's as many varints as its
    /// frequency (`SegmentReader.positions(at:skipping:count:into:)`).
    private(set) var blockPositionsStart = 0
    /// The current block's positions once decoded: document `slot`'s are
    /// `blockPositions[blockPositionStarts[slot]..<blockPositionStarts[slot + 1]]`.
    private var hasBlockPositions = false
    private var blockPositions: [UInt32] = []
    private var blockPositionStarts: [Int] = []
    /// Read one document at a time: the positions of document `decodedSlot` of the block,
    /// and where those of document `positionsSlot` start.
    private var documentPositions: [UInt32] = []
    private var decodedSlot = -1
    private var positionsSlot = 0
    private var positionsOffset = 0

    /// The current document, or `end`.
    private(set) var document: UInt32 = PostingsCursor.end

    init(postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer,
         stats: TermStats, file: String) throws {
        self.postings = postings
        self.positions = positions
        self.file = file
        documentFrequency = Int(stats.documentFrequency)
        let blocks = (documentFrequency + BlockCodec.blockSize - 1) / BlockCodec.blockSize
        let skipBytes = blocks > 1 ? blocks * PostingsEncoder.skipEntrySize : 0
        guard stats.postingsOffset <= UInt64(postings.count),
              stats.positionsOffset <= UInt64(positions.count),
              skipBytes <= postings.count - Int(stats.postingsOffset)
        else { throw IndexError.corrupted(file, "postings offsets out of range") }
        skipStart = Int(stats.postingsOffset)
        blocksStart = skipStart + skipBytes
        hasSkips = blocks > 1
        positionsBase = Int(stats.positionsOffset)
    }

    /// The frequency of the term in the current document (stored, not looked up: cursors
    /// sit in arrays, where reading a stored property copies nothing).
    private(set) var frequency: UInt32 = 0

    /// Moves to the next document; returns it or `end`.
    mutating func advance() throws -> UInt32 {
        if slot + 1 < blockCount {
            slot += 1
        } else {
            guard (block + 1) * BlockCodec.blockSize < documentFrequency else {
                document = Self.end
                return document
            }
            try load(block: block + 1)
            slot = 0
        }
        document = blockDocuments[slot]
        frequency = blockFrequencies[slot]
        return document
    }

    /// Moves past the current block to the next whole block, for reading it at once with
    /// `withBlock(_:)`; false after the last block. Its documents then count as read: the
    /// next `advance()` moves to the block after it.
    mutating func advanceBlock() throws -> Bool {
        guard (block + 1) * BlockCodec.blockSize < documentFrequency else {
            document = Self.end
            slot = blockCount - 1
            return false
        }
        try load(block: block + 1)
        slot = blockCount - 1
        document = blockDocuments[slot]
        frequency = blockFrequencies[slot]
        return true
    }

    /// Calls `body` with the current block's documents (ascending) and their frequencies,
    /// without decoding positions.
    func withBlockDocuments<Result>(
        _ body: (_ documents: UnsafeBufferPointer<UInt32>,
                 _ frequencies: UnsafeBufferPointer<UInt32>) throws -> Result
    ) rethrows -> Result {
        let count = blockCount
        return try blockDocuments.withUnsafeBufferPointer { documents in
            try blockFrequencies.withUnsafeBufferPointer { frequencies in
                try body(UnsafeBufferPointer(rebasing: documents[..<count]),
                         UnsafeBufferPointer(rebasing: frequencies[..<count]))
            }
        }
    }

    /// Calls `body` with the current block's documents (ascending), where each document's
    /// positions start in `positions` (one more entry than documents: the last is the end),
    /// and all their positions. Decodes the block's positions unless done already.
    mutating func withBlock<Result>(
        _ body: (_ documents: UnsafeBufferPointer<UInt32>,
                 _ positionStarts: UnsafeBufferPointer<Int>,
                 _ positions: UnsafeBufferPointer<UInt32>) throws -> Result
    ) throws -> Result {
        if !hasBlockPositions { try decodeBlockPositions() }
        let count = blockCount, total = blockPositionStarts[count]
        return try blockDocuments.withUnsafeBufferPointer { documents in
            try blockPositionStarts.withUnsafeBufferPointer { starts in
                try blockPositions.withUnsafeBufferPointer { positions in
                    try body(UnsafeBufferPointer(rebasing: documents[..<count]),
                             UnsafeBufferPointer(rebasing: starts[...count]),
                             UnsafeBufferPointer(rebasing: positions[..<total]))
                }
            }
        }
    }

    /// Moves to the first document ≥ `target`; returns it or `end`.
    mutating func seek(to target: UInt32) throws -> UInt32 {
        if document != Self.end, block >= 0, document >= target { return document }
        guard hasSkips else {
            while try advance() < target {}
            return document
        }
        let blocks = (documentFrequency + BlockCodec.blockSize - 1) / BlockCodec.blockSize
        var candidate = max(block, 0)
        while candidate < blocks, lastDocument(ofBlock: candidate) < target { candidate += 1 }
        guard candidate < blocks else {
            document = Self.end
            return document
        }
        if candidate != block {
            try load(block: candidate)
            slot = -1
        }
        while try advance() < target {}
        return document
    }

    /// Whether the term's postings are one block, without a skip table.
    var isOneBlock: Bool { !hasSkips }

    /// The last document of the block holding the first document ≥ `target` (or where it
    /// would be), and what bounds scores there, read from the skip table without decoding
    /// the block. Nil for a term of one block (no skip table) and past the last block.
    func blockMaximum(from target: UInt32) -> (lastDocument: UInt32, maximum: BlockMaximum)? {
        guard hasSkips else { return nil }
        let blocks = (documentFrequency + BlockCodec.blockSize - 1) / BlockCodec.blockSize
        var candidate = max(block, 0)
        while candidate < blocks, lastDocument(ofBlock: candidate) < target { candidate += 1 }
        guard candidate < blocks else { return nil }
        let entry = skipStart + candidate * PostingsEncoder.skipEntrySize
        return (lastDocument(ofBlock: candidate), BlockMaximum(postings, at: entry + 16))
    }

    /// The positions of the term in the current document, ascending.
    mutating func positionsOfDocument() throws -> [UInt32] {
        try withPositions(Array.init)
    }

    /// Calls `body` with the positions of the term in the current document, ascending, in
    /// the cursor's memory (valid during the call). Skips the positions of the block's
    /// documents before it that were not read, without decoding them.
    mutating func withPositions<Result>(
        _ body: (UnsafeBufferPointer<UInt32>) throws -> Result
    ) throws -> Result {
        if hasBlockPositions {
            let range = blockPositionStarts[slot]..<blockPositionStarts[slot + 1]
            return try blockPositions.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[range]))
            }
        }
        if decodedSlot != slot { try decodeDocumentPositions() }
        return try documentPositions.withUnsafeBufferPointer(body)
    }

    /// Decodes the current document's positions into `documentPositions`.
    private mutating func decodeDocumentPositions() throws {
        if positionsSlot > slot {
            positionsSlot = 0
            positionsOffset = blockPositionsStart
        }
        var skipped = 0
        for index in positionsSlot..<slot { skipped += Int(blockFrequencies[index]) }
        documentPositions.removeAll(keepingCapacity: true)
        do throws(DecodeError) {
            try VarInt.skip(skipped, in: positions, at: &positionsOffset)
            var position: UInt32 = 0
            for _ in 0..<blockFrequencies[slot] {
                position &+= try VarInt.readUInt32(positions, at: &positionsOffset)
                documentPositions.append(position)
            }
        } catch {
            throw IndexError.corrupted(file, "positions: \(error)")
        }
        positionsSlot = slot + 1
        decodedSlot = slot
    }

    /// Decodes the positions of every document of the current block (deltas from 0 in each
    /// document) into `blockPositions`.
    private mutating func decodeBlockPositions() throws {
        if blockPositionStarts.isEmpty {
            blockPositionStarts = Array(repeating: 0, count: BlockCodec.blockSize + 1)
        }
        var total = 0
        for index in 0..<blockCount {
            blockPositionStarts[index] = total
            total += Int(blockFrequencies[index])
        }
        blockPositionStarts[blockCount] = total
        // A position takes at least one byte: this bounds the memory a damaged count asks for.
        guard total <= positions.count - blockPositionsStart else {
            throw IndexError.corrupted(file, "positions: more than the file holds")
        }
        if blockPositions.count < total {
            blockPositions.append(contentsOf: repeatElement(0, count: total - blockPositions.count))
        }
        let bytes = positions, frequencies = blockFrequencies, count = blockCount
        var offset = blockPositionsStart
        let failure = blockPositions.withUnsafeMutableBufferPointer { output -> DecodeError? in
            var written = 0
            for index in 0..<count {
                var position: UInt32 = 0
                for _ in 0..<frequencies[index] {
                    do throws(DecodeError) {
                        position &+= try VarInt.readUInt32(bytes, at: &offset)
                    } catch {
                        return error
                    }
                    output[written] = position
                    written += 1
                }
            }
            return nil
        }
        if let failure { throw IndexError.corrupted(file, "positions: \(failure)") }
        hasBlockPositions = true
    }

    /// Decodes one block into `values`; the error instead of throwing it.
    private static func decode(_ bytes: UnsafeRawBufferPointer, at offset: inout Int,
                               count: Int, into values: inout [UInt32]) -> DecodeError? {
        var position = offset
        let error = values.withUnsafeMutableBufferPointer { buffer -> DecodeError? in
            do {
                try BlockCodec.decodeBlock(bytes, at: &position, count: count, into: buffer)
                return nil
            } catch let error as DecodeError {
                return error
            } catch {
                return .outOfRange("\(error)")
            }
        }
        offset = position
        return error
    }

    private func lastDocument(ofBlock index: Int) -> UInt32 {
        postings.loadUnaligned(fromByteOffset: skipStart + index * PostingsEncoder.skipEntrySize,
                               as: UInt32.self).littleEndian
    }

    private mutating func load(block index: Int) throws {
        let entry = skipStart + index * PostingsEncoder.skipEntrySize
        var offset = blocksStart
        var positionsStart: UInt64 = 0
        if hasSkips {
            offset += Int(postings.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self)
                .littleEndian)
            positionsStart = postings.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self)
                .littleEndian
        }
        let count = min(BlockCodec.blockSize, documentFrequency - index * BlockCodec.blockSize)
        guard offset <= postings.count,
              positionsStart <= UInt64(positions.count - positionsBase) else {
            throw IndexError.corrupted(file, "skip entry out of range")
        }
        if blockDocuments.isEmpty {
            blockDocuments = Array(repeating: 0, count: BlockCodec.blockSize)
            blockFrequencies = Array(repeating: 0, count: BlockCodec.blockSize)
        }
        var previous = index == 0 ? 0 : lastDocument(ofBlock: index - 1)
        let documentsError = Self.decode(postings, at: &offset, count: count,
                                         into: &blockDocuments)
        let frequenciesError = documentsError ?? Self.decode(postings, at: &offset, count: count,
                                                             into: &blockFrequencies)
        if let error = frequenciesError {
            throw IndexError.corrupted(file, "postings block: \(error)")
        }
        blockDocuments.withUnsafeMutableBufferPointer { documents in
            for slot in 0..<count {
                previous &+= documents[slot]
                documents[slot] = previous
            }
        }
        let isFrequencyValid = blockFrequencies.withUnsafeMutableBufferPointer { frequencies in
            var isValid = true
            for slot in 0..<count {
                isValid = isValid && frequencies[slot] < UInt32.max
                frequencies[slot] &+= 1
            }
            return isValid
        }
        guard isFrequencyValid else {
            throw IndexError.corrupted(file, "postings block: frequency out of range")
        }
        guard !hasSkips || previous == lastDocument(ofBlock: index) else {
            throw IndexError.corrupted(file, "postings block does not match its skip entry")
        }
        block = index
        blockCount = count
        hasBlockPositions = false
        blockPositionsStart = positionsBase + Int(positionsStart)
        positionsOffset = blockPositionsStart
        positionsSlot = 0
        decodedSlot = -1
    }
}
