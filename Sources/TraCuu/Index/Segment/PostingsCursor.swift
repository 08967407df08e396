/// Walks one term's postings in one segment: documents in order with their frequencies and,
/// on demand, positions. Uses the skip table to jump (`seek(to:)`), decoding one block of
/// 128 documents at a time. Bytes are untrusted: every decode error throws `.corrupted`.
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
    private var blockDocuments = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var blockFrequencies = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var blockCount = 0
    private var slot = -1
    /// Positions stream offset of document `positionsSlot` in the current block.
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

    /// The frequency of the term in the current document.
    var frequency: UInt32 { blockFrequencies[slot] }

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
        return document
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

    /// The positions of the term in the current document, ascending.
    mutating func positionsOfDocument() throws -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(Int(frequency))
        try appendPositions(to: &result)
        return result
    }

    /// Appends the positions of the term in the current document to `output`, ascending (the
    /// stream holds deltas). Allocates nothing when `output` has room: for the query loops.
    mutating func appendPositions(to output: inout [UInt32]) throws {
        do {
            while positionsSlot < slot {
                for _ in 0..<blockFrequencies[positionsSlot] {
                    _ = try VarInt.read(positions, at: &positionsOffset)
                }
                positionsSlot += 1
            }
            var position: UInt32 = 0
            for _ in 0..<frequency {
                position &+= try VarInt.readUInt32(positions, at: &positionsOffset)
                output.append(position)
            }
            positionsSlot += 1
        } catch {
            throw IndexError.corrupted(file, "positions: \(error)")
        }
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
        var previous = index == 0 ? 0 : lastDocument(ofBlock: index - 1)
        let documentsError = Self.decode(postings, at: &offset, count: count,
                                         into: &blockDocuments)
        let frequenciesError = documentsError ?? Self.decode(postings, at: &offset, count: count,
                                                             into: &blockFrequencies)
        if let error = frequenciesError {
            throw IndexError.corrupted(file, "postings block: \(error)")
        }
        for slot in 0..<count {
            previous &+= blockDocuments[slot]
            blockDocuments[slot] = previous
            blockFrequencies[slot] &+= 1
        }
        guard !hasSkips || previous == lastDocument(ofBlock: index) else {
            throw IndexError.corrupted(file, "postings block does not match its skip entry")
        }
        block = index
        blockCount = count
        positionsSlot = 0
        positionsOffset = positionsBase + Int(positionsStart)
    }
}
