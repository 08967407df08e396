/// Writes a segment's stored fields: documents in, one `TCsf` file out (layout in
/// `StoredFieldsFormat`).
///
/// Documents are encoded into the current block; a block that reaches
/// `StoredFieldsFormat.blockSize` bytes is compressed with zstd at once. Memory stays
/// bounded by one uncompressed block plus the compressed blocks not written yet:
///
/// - `init()` keeps compressed blocks until `write(to:)`, which streams them out;
/// - `init(streamingTo:)` writes each block to the output as soon as it is compressed, so it
///   holds only the block index; `finish()` ends the file. Use it for large segments.
///
/// ```swift
/// let writer = StoredFieldsWriter()
/// let ordinal = try writer.add([StoredField(name: "title", value: "Nghị quyết số 05")])
/// try writer.write(to: output)          // then output.finish() makes it durable
/// ```
///
/// Not thread-safe: one writer, one thread at a time.
package final class StoredFieldsWriter {
    private let level: Int32
    private let compressor = ZstdCompressor()
    private let blockSize: Int
    /// The current block, uncompressed.
    private var block: [UInt8] = []
    private var blockFirstDocument = 0
    private var entries: [StoredFieldsFormat.BlockEntry] = []
    /// Compressed blocks waiting for `write(to:)` (when not streaming).
    private var pending: [[UInt8]] = []
    /// The file being written (when streaming).
    private var envelope: FileEnvelope.Writer?
    /// Body bytes so far: the offset of the next block.
    private var bodyCount = 0
    private var isFinished = false

    /// Memory held: the current block and the compressed blocks waiting to be written.
    package var estimatedBytes: Int { block.capacity + pendingBytes }
    private var pendingBytes = 0

    /// Documents added so far; the next document's ordinal.
    package private(set) var count = 0

    /// A writer that keeps compressed blocks in memory until `write(to:)`.
    /// `blockSize` is for tests; `level` is zstd's compression level.
    package init(level: Int32 = Zstd.defaultLevel,
                 blockSize: Int = StoredFieldsFormat.blockSize)
    {
        precondition(blockSize > 0, "a stored-fields block size must be positive")
        self.level = level
        self.blockSize = blockSize
        block.reserveCapacity(blockSize + blockSize / 4)
    }

    /// A writer that writes the file's header now and each block as it is compressed;
    /// end the file with `finish()`, not `write(to:)`.
    package convenience init(streamingTo output: any FileOutput,
                             level: Int32 = Zstd.defaultLevel,
                             blockSize: Int = StoredFieldsFormat.blockSize) throws
    {
        self.init(level: level, blockSize: blockSize)
        envelope = try FileEnvelope.Writer(magic: StoredFieldsFormat.magic, to: output)
    }

    /// Adds a document and returns its ordinal in this segment (0, 1, 2, …). Compresses the
    /// current block when it is full, and when streaming writes it, which can throw.
    /// Precondition: the file was not written yet, and the segment has fewer than 2³² − 1
    /// documents.
    @discardableResult
    package func add(_ fields: [StoredField]) throws -> Int {
        precondition(!isFinished, "StoredFieldsWriter.add(_:) after the file was written")
        precondition(count < Int(UInt32.max), "a segment holds fewer than 2^32 - 1 documents")
        StoredFieldsFormat.append(fields, to: &block)
        count += 1
        if block.count >= blockSize {
            try closeBlock()
        }
        return count - 1
    }

    /// Writes the whole file to `output`: header, blocks, index, trailer, footer. It does not
    /// finish the output: the caller does, which fsyncs it. The writer keeps its blocks, so
    /// after a failed write the file can be written again to a new output.
    /// Precondition: made with `init()`.
    package func write(to output: any FileOutput) throws {
        precondition(envelope == nil, "a streaming StoredFieldsWriter ends with finish()")
        isFinished = true
        compressCurrentBlock()
        var file = try FileEnvelope.Writer(magic: StoredFieldsFormat.magic, to: output)
        for compressed in pending {
            try file.write(compressed)
        }
        try writeIndex(to: &file)
    }

    /// Ends a streaming file: the last block, the index, the trailer and the footer. It does
    /// not finish the output. Precondition: made with `init(streamingTo:)`, called once.
    package func finish() throws {
        precondition(envelope != nil, "StoredFieldsWriter.finish() is for streaming writers")
        precondition(!isFinished, "StoredFieldsWriter.finish() called twice")
        try closeBlock()
        isFinished = true
        guard var file = envelope else { return }
        envelope = nil
        try writeIndex(to: &file)
        entries = []
        block = []
    }

    /// Compresses the current block (if it holds documents), then writes it when streaming.
    private func closeBlock() throws {
        compressCurrentBlock()
        guard envelope != nil else { return }
        for compressed in pending {
            try envelope?.write(compressed)
        }
        pending = []
    }

    /// Compresses the current block into `pending` and records its index entry.
    private func compressCurrentBlock() {
        guard count > blockFirstDocument else { return }
        precondition(block.count <= Int(UInt32.max), "a stored-fields block exceeds 4 GiB")
        let compressed = block.withUnsafeBytes { compressor.compress($0, level: level) }
        entries.append(StoredFieldsFormat.BlockEntry(
            firstDocument: blockFirstDocument, documentCount: count - blockFirstDocument,
            offset: bodyCount, compressedSize: compressed.count, uncompressedSize: block.count))
        bodyCount += compressed.count
        pending.append(compressed)
        pendingBytes += compressed.count
        blockFirstDocument = count
        block.removeAll(keepingCapacity: true)
    }

    /// Writes the block index, the trailer and the footer after the last block.
    private func writeIndex(to file: inout FileEnvelope.Writer) throws {
        var index: [UInt8] = []
        index.reserveCapacity(entries.count * 12 + StoredFieldsFormat.trailerSize)
        for entry in entries {
            VarInt.append(UInt64(entry.firstDocument), to: &index)
            VarInt.append(UInt64(entry.documentCount), to: &index)
            VarInt.append(UInt64(entry.offset), to: &index)
            VarInt.append(UInt64(entry.compressedSize), to: &index)
            VarInt.append(UInt64(entry.uncompressedSize), to: &index)
        }
        appendLittleEndian(UInt64(bodyCount), to: &index)
        appendLittleEndian(UInt32(entries.count), to: &index)
        appendLittleEndian(UInt32(count), to: &index)
        try file.write(index)
        try file.finish()
    }

    private func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
