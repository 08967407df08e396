/// Deleted documents of one segment, as a bitset. Written as a new file per generation
/// (`seg_3_7.del`), never edited in place.
struct Tombstones: Equatable {
    private(set) var words: [UInt64]
    let documentCount: Int
    private(set) var count = 0

    init(documentCount: Int) {
        self.documentCount = documentCount
        words = [UInt64](repeating: 0, count: (documentCount + 63) / 64)
    }

    func contains(_ ordinal: Int) -> Bool {
        words[ordinal >> 6] & (1 << UInt64(ordinal & 63)) != 0
    }

    /// Marks a document deleted; false when it already was.
    @discardableResult
    mutating func insert(_ ordinal: Int) -> Bool {
        guard !contains(ordinal) else { return false }
        words[ordinal >> 6] |= 1 << UInt64(ordinal & 63)
        count += 1
        return true
    }

    /// The file body: document count, then the bitset.
    func encoded() -> [UInt8] {
        var body: [UInt8] = []
        body.appendLittleEndian(UInt32(documentCount))
        for word in words { body.appendLittleEndian(word) }
        return body
    }

    /// Reads a tombstone file; throws `.corrupted` naming `file` when it does not fit a
    /// segment of `documentCount` documents.
    init(_ file: FileBytes, name: String, documentCount: Int) throws {
        let body = try FileEnvelope.body(of: file.bytes, magic: SegmentFormat.tombstonesMagic,
                                         file: name)
        var reader = ByteReader(body)
        do {
            guard Int(try reader.uint32()) == documentCount,
                  body.count == 4 + 8 * ((documentCount + 63) / 64) else {
                throw DecodeError.outOfRange("size")
            }
            self.init(documentCount: documentCount)
            for index in words.indices { words[index] = try reader.uint64() }
            count = words.reduce(0) { $0 + $1.nonzeroBitCount }
            if documentCount % 64 != 0, let last = words.last,
               last >> UInt64(documentCount % 64) != 0 {
                throw DecodeError.outOfRange("bits past the last document")
            }
        } catch let error as DecodeError {
            throw IndexError.corrupted(name, "tombstones: \(error)")
        }
    }
}
