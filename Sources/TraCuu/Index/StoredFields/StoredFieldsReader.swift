/// Reads a segment's stored fields (a `TCsf` file; layout in `StoredFieldsFormat`).
///
/// Opening verifies the file's envelope (magic, version, checksum) and its block index; a
/// document's block is decompressed when first asked for and kept until another block is
/// needed, so reading documents in order decompresses each block once. Damage throws
/// `IndexError.corrupted` naming the file, never traps.
///
/// Not thread-safe: the cached block makes reads mutate the reader, so use it from one thread
/// at a time (one reader per searching thread; they can share the `FileBytes`).
package final class StoredFieldsReader {
    private let file: FileBytes
    private let name: String
    private let body: UnsafeRawBufferPointer
    private let blocks: [StoredFieldsFormat.BlockEntry]
    private let decompressor: ZstdFrameDecompressor
    /// The block in `cachedBytes`, or -1.
    private var cachedBlock = -1
    private var cachedBytes: [UInt8] = []
    /// Where each of the cached block's documents starts in `cachedBytes`.
    private var cachedStarts: [Int] = []

    /// The number of documents.
    package let count: Int

    /// Opens the stored fields in `file`, called `name` in error messages. Throws
    /// `IndexError.corrupted` for a damaged file, `.incompatibleFormat` for another version.
    /// Costs O(file size): the checksum reads every byte once (a mapped file is paged in);
    /// then the block index is decoded, O(blocks).
    package convenience init(_ file: FileBytes, name: String) throws {
        try self.init(file, verifiedBody: FileEnvelope.body(of: file.bytes,
                                                            magic: StoredFieldsFormat.magic,
                                                            file: name),
                      name: name)
    }

    /// Opens stored fields whose envelope the caller already verified (`SegmentFiles`):
    /// `body` lies within `file`. Decodes the block index, O(blocks).
    package init(_ file: FileBytes, verifiedBody body: UnsafeRawBufferPointer, name: String)
        throws
    {
        self.file = file
        self.name = name
        self.body = body
        guard body.count >= StoredFieldsFormat.trailerSize else {
            throw IndexError.corrupted(name, "stored fields body too short for its trailer")
        }
        let trailerStart = body.count - StoredFieldsFormat.trailerSize
        let indexOffset = body.loadUnaligned(fromByteOffset: trailerStart, as: UInt64.self)
            .littleEndian
        let blockCount = body.loadUnaligned(fromByteOffset: trailerStart + 8, as: UInt32.self)
            .littleEndian
        let documentCount = body.loadUnaligned(fromByteOffset: trailerStart + 12,
                                               as: UInt32.self).littleEndian
        guard indexOffset <= UInt64(trailerStart) else {
            throw IndexError.corrupted(name, "block index offset \(indexOffset) past its end")
        }
        let index = UnsafeRawBufferPointer(rebasing: body[0..<trailerStart])
        do {
            blocks = try Self.readIndex(index, from: Int(indexOffset), blockCount: Int(blockCount),
                                        documentCount: Int(documentCount))
        } catch {
            throw IndexError.corrupted(name, "bad block index: \(Self.describe(error))")
        }
        count = Int(documentCount)
        decompressor = ZstdFrameDecompressor()
    }

    /// A reader of the same file, already verified by `other`, with a block cache of its own
    /// and `decompressor` (which no other thread may use meanwhile): O(1), no checksum. For
    /// one reader per thread or per call over a shared file.
    package init(sharing other: StoredFieldsReader, decompressor: ZstdFrameDecompressor) {
        file = other.file
        name = other.name
        body = other.body
        blocks = other.blocks
        count = other.count
        self.decompressor = decompressor
    }

    /// The fields of document `ordinal`, in the order they were added. Decompresses its block
    /// unless it is the cached one. Precondition: `0 <= ordinal < count`.
    package func document(_ ordinal: Int) throws -> [StoredField] {
        var offset = try start(of: ordinal)
        do {
            return try cachedBytes.withUnsafeBytes { bytes in
                try StoredFieldsFormat.readDocument(bytes, at: &offset)
            }
        } catch {
            throw IndexError.corrupted(name, "document \(ordinal): \(Self.describe(error))")
        }
    }

    /// The value of the first field called `name` in document `ordinal`, or nil. Decodes only
    /// that value. Precondition: `0 <= ordinal < count`.
    package func field(_ name: String, of ordinal: Int) throws -> String? {
        let offset = try start(of: ordinal)
        do {
            return try cachedBytes.withUnsafeBytes { bytes in
                try StoredFieldsFormat.readField(named: name, bytes, at: offset)
            }
        } catch {
            throw IndexError.corrupted(self.name, "document \(ordinal): \(Self.describe(error))")
        }
    }

    /// Loads the block that holds `ordinal` and returns where the document starts in it.
    private func start(of ordinal: Int) throws -> Int {
        precondition(ordinal >= 0 && ordinal < count,
                     "stored document \(ordinal) out of range 0..<\(count)")
        let blockNumber = block(holding: ordinal)
        if blockNumber != cachedBlock {
            try load(blockNumber)
        }
        return cachedStarts[ordinal - blocks[blockNumber].firstDocument]
    }

    /// The index of the last block whose first document is at most `ordinal`.
    private func block(holding ordinal: Int) -> Int {
        var low = 0
        var high = blocks.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blocks[middle].firstDocument <= ordinal { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Decompresses a block into the cache and finds where its documents start, checking
    /// that they fill it exactly.
    private func load(_ blockNumber: Int) throws {
        let entry = blocks[blockNumber]
        let frame = UnsafeRawBufferPointer(
            rebasing: body[entry.offset..<entry.offset + entry.compressedSize])
        cachedBlock = -1
        do {
            cachedBytes = try decompressor.decompress(frame, expectedSize: entry.uncompressedSize)
        } catch {
            throw IndexError.corrupted(name, "block \(blockNumber): \(error)")
        }
        var starts: [Int] = []
        starts.reserveCapacity(entry.documentCount)
        do {
            try cachedBytes.withUnsafeBytes { bytes in
                var offset = 0
                for _ in 0..<entry.documentCount {
                    starts.append(offset)
                    try StoredFieldsFormat.skipDocument(bytes, at: &offset)
                }
                guard offset == bytes.count else {
                    let extra = bytes.count - offset
                    throw DecodeError.outOfRange("\(extra) bytes after the last document")
                }
            }
        } catch {
            throw IndexError.corrupted(name, "block \(blockNumber): \(Self.describe(error))")
        }
        cachedStarts = starts
        cachedBlock = blockNumber
    }

    /// Decodes and checks the block index in `bytes[offset...]`: entries in document order,
    /// blocks back to back from 0 up to the index, every size in range, and the counts in
    /// the trailer matching.
    private static func readIndex(_ bytes: UnsafeRawBufferPointer, from offset: Int,
                                  blockCount: Int, documentCount: Int)
        throws(DecodeError) -> [StoredFieldsFormat.BlockEntry]
    {
        let blocksEnd = offset
        // An entry takes at least five bytes: check before reserving for the count.
        guard blockCount <= (bytes.count - offset) / 5 else {
            throw .outOfRange("\(blockCount) blocks cannot fit in the index")
        }
        var offset = offset
        var entries: [StoredFieldsFormat.BlockEntry] = []
        entries.reserveCapacity(blockCount)
        var documents = 0
        var blockStart = 0
        for number in 0..<blockCount {
            let first = try VarInt.readUInt32(bytes, at: &offset)
            let count = try VarInt.readUInt32(bytes, at: &offset)
            let start = try VarInt.read(bytes, at: &offset)
            let compressed = try VarInt.read(bytes, at: &offset)
            let uncompressed = try VarInt.readUInt32(bytes, at: &offset)
            guard Int(first) == documents, count >= 1, documents + Int(count) <= documentCount
            else {
                throw .outOfRange("block \(number) covers documents out of order")
            }
            guard start == UInt64(blockStart), compressed >= 1,
                  compressed <= UInt64(blocksEnd - blockStart)
            else {
                throw .outOfRange("block \(number) is not where the index says")
            }
            // Each document takes at least one byte; zstd expands at most `maximumRatio` times.
            guard uncompressed >= count,
                  UInt64(uncompressed) <= compressed * UInt64(StoredFieldsFormat.maximumRatio)
            else {
                throw .outOfRange("block \(number) has an impossible uncompressed size")
            }
            entries.append(StoredFieldsFormat.BlockEntry(
                firstDocument: documents, documentCount: Int(count), offset: blockStart,
                compressedSize: Int(compressed), uncompressedSize: Int(uncompressed)))
            documents += Int(count)
            blockStart += Int(compressed)
        }
        guard offset == bytes.count, blockStart == blocksEnd, documents == documentCount else {
            throw .outOfRange("the index does not account for every block and document")
        }
        return entries
    }

    /// A decode failure in words, for `IndexError` messages.
    private static func describe(_ error: any Error) -> String {
        switch error as? DecodeError {
        case .truncated: "a length or count runs past the end"
        case .overlong: "an overlong varint"
        case .outOfRange(let what): what
        case nil: "\(error)"
        }
    }
}
