/// The stored-fields file of a segment (`TCsf`): every document's fields, in blocks of about
/// 4 KiB compressed with zstd (a news article or two), and an index that finds a document's
/// block. Each hit of a search decompresses a block: on the news corpus, 4 KiB blocks take
/// 1.18× the space of 32 KiB ones and read a hit about half as long.
///
/// ```
/// file       := FileEnvelope(magic "TCsf", body)
/// body       := block* blockIndex trailer
/// block      := zstd frame of document*      (one frame; it records its content size)
/// document   := fieldCount:varint field*
/// field      := nameLength:varint name:utf8 valueLength:varint value:utf8
/// blockIndex := entry*                        (blockCount entries, in document order)
/// entry      := firstDocument:varint documentCount:varint offset:varint
///               compressedSize:varint uncompressedSize:varint
/// trailer    := indexOffset:u64le blockCount:u32le documentCount:u32le
/// ```
///
/// Offsets are within the body. Blocks lie back to back from offset 0, so each entry's
/// `offset` is the sum of the sizes before it, and `firstDocument` the sum of the counts
/// before it; readers check both, and that the index ends where the trailer starts. A block
/// is closed after the document that brings it to `blockSize` bytes, so it holds at least
/// one document and at most `blockSize` bytes plus its last document.
///
/// Worked example: two documents, `[id: "a1"]` and `[id: "b2", title: "Hà Nội"]`.
///
/// ```
/// document 0: 01 | 02 "id" | 02 "a1"                                       7 bytes
/// document 1: 02 | 02 "id" | 02 "b2" | 05 "title" | 09 "Hà Nội"           23 bytes
/// block 0:    zstd frame of those 30 bytes: too short to shrink, stored raw  39 bytes
///             (magic 4, frame header 2 with the content size, block header 3, 30)
/// blockIndex: 00 02 00 27 1E          (first 0, 2 documents, offset 0, 39 → 30 bytes)
/// trailer:    27 00 00 00 00 00 00 00 | 01 00 00 00 | 02 00 00 00
/// body:       39 + 5 + 16 = 60 bytes; file: 8 (header) + 60 + 16 (footer) = 84 bytes
/// ```
///
/// This layout since version 1 (`FileEnvelope.formatVersion`).
package enum StoredFieldsFormat {
    /// The file magic.
    package static let magic = "TCsf"
    /// The uncompressed size at which a block is closed.
    package static let blockSize = 4 * 1024
    /// The trailer's size: index offset (8), block count (4), document count (4).
    static let trailerSize = 16
    /// The most a zstd frame can expand: a 4-byte RLE block stands for 128 KiB. Readers
    /// refuse larger claims before allocating for them.
    static let maximumRatio = 32 * 1024

    /// One block index entry; all sizes in bytes.
    struct BlockEntry: Equatable {
        var firstDocument: Int
        var documentCount: Int
        var offset: Int
        var compressedSize: Int
        var uncompressedSize: Int
    }

    /// Appends a document's encoding to a block.
    static func append(_ fields: [StoredField], to block: inout [UInt8]) {
        VarInt.append(UInt64(fields.count), to: &block)
        for field in fields {
            VarInt.append(UInt64(field.name.utf8.count), to: &block)
            block.append(contentsOf: field.name.utf8)
            VarInt.append(UInt64(field.value.utf8.count), to: &block)
            block.append(contentsOf: field.value.utf8)
        }
    }

    /// Moves `offset` past the document that starts there, checking its structure.
    static func skipDocument(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError)
    {
        let fieldCount = try readFieldCount(bytes, at: &offset)
        for _ in 0..<fieldCount {
            offset = try readSpan(bytes, at: &offset).upperBound
            offset = try readSpan(bytes, at: &offset).upperBound
        }
    }

    /// Decodes the document that starts at `offset`. Throws for invalid UTF-8 too.
    static func readDocument(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> [StoredField]
    {
        let fieldCount = try readFieldCount(bytes, at: &offset)
        var fields: [StoredField] = []
        fields.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            let name = try readString(bytes, at: &offset)
            let value = try readString(bytes, at: &offset)
            fields.append(StoredField(name: name, value: value))
        }
        return fields
    }

    /// The value of the first field called `name` in the document at `offset`; nil when the
    /// document has none. Decodes only that value.
    static func readField(named name: String, _ bytes: UnsafeRawBufferPointer, at offset: Int)
        throws(DecodeError) -> String?
    {
        var offset = offset
        let fieldCount = try readFieldCount(bytes, at: &offset)
        for _ in 0..<fieldCount {
            let nameSpan = try readSpan(bytes, at: &offset)
            offset = nameSpan.upperBound
            let isMatch = bytes[nameSpan].elementsEqual(name.utf8)
            if isMatch { return try readString(bytes, at: &offset) }
            offset = try readSpan(bytes, at: &offset).upperBound
        }
        return nil
    }

    /// A field count, no larger than the fields the remaining bytes could hold.
    private static func readFieldCount(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> Int
    {
        let count = try VarInt.read(bytes, at: &offset)
        // Each field takes at least two bytes (its two lengths).
        guard count <= UInt64(bytes.count - offset) / 2 else { throw .truncated }
        return Int(count)
    }

    /// The range of a length-prefixed byte string at `offset`, moving `offset` past the
    /// length only.
    private static func readSpan(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> Range<Int>
    {
        let length = try VarInt.read(bytes, at: &offset)
        guard length <= UInt64(bytes.count - offset) else { throw .truncated }
        return offset..<offset + Int(length)
    }

    /// A length-prefixed UTF-8 string at `offset`, moving `offset` past it.
    private static func readString(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> String
    {
        let span = try readSpan(bytes, at: &offset)
        offset = span.upperBound
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[span]).assumingMemoryBound(to: UInt8.self)
        guard let string = String(validating: utf8, as: UTF8.self) else {
            throw .outOfRange("a stored field that is not valid UTF-8")
        }
        return string
    }
}
