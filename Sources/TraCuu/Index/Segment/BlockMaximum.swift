/// What bounds a term's score in one block of its postings, from its skip entry: the
/// largest frequency, the smallest length per occurrence (a document's length over the
/// term's frequency there) and whether any document of the block has the term in its
/// title. BM25's term part, f / (f + c + d × length), is 1 / (1 + c / f + d × length / f):
/// at most 1 / (1 + c / `frequency` + d × `lengthPerFrequency`) in every document of the
/// block (block-max pruning).
struct BlockMaximum: Equatable {
    var frequency: UInt32
    var lengthPerFrequency: Double
    var inTitle: Bool

    /// Stored as two `u32`: the frequency, then the length per occurrence in 1/256ths
    /// (rounded down) with bit 31 set when in a title.
    static let byteCount = 8
    private static let titleBit: UInt32 = 1 << 31
    private static let scale = 256.0

    /// Nothing: no document.
    static let none = BlockMaximum(frequency: 0, lengthPerFrequency: .infinity, inTitle: false)

    init(frequency: UInt32, lengthPerFrequency: Double, inTitle: Bool) {
        self.frequency = frequency
        self.lengthPerFrequency = lengthPerFrequency
        self.inTitle = inTitle
    }

    /// The bound of documents of the given lengths and frequencies (side by side, as many).
    init(lengths: some Sequence<UInt32>, frequencies: some Sequence<UInt32>, inTitle: Bool) {
        self = .none
        self.inTitle = inTitle
        for (length, frequency) in zip(lengths, frequencies) where frequency > 0 {
            self.frequency = max(self.frequency, frequency)
            lengthPerFrequency = min(lengthPerFrequency, Double(length) / Double(frequency))
        }
    }

    /// Reads the entry at `offset` of `bytes` (in range).
    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        frequency = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
        let packed = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self).littleEndian
        lengthPerFrequency = Double(packed & ~Self.titleBit) / Self.scale
        inTitle = packed & Self.titleBit != 0
    }

    func append(to bytes: inout [UInt8]) {
        // Rounded down and capped: the stored value never exceeds the true one.
        let scaled = min((lengthPerFrequency * Self.scale).rounded(.down), Double(~Self.titleBit))
        bytes.appendLittleEndian(frequency)
        bytes.appendLittleEndian(UInt32(max(0, scaled)) | (inTitle ? Self.titleBit : 0))
    }

    /// The bound over several blocks (a term's forms, whose frequencies in a document add
    /// up): frequencies summed; the lengths per occurrence combined as 1 / Σ(1 / each),
    /// since the summed frequency is at most length × Σ(1 / each); in a title when any is.
    mutating func add(_ other: BlockMaximum) {
        frequency = UInt32(clamping: UInt64(frequency) + UInt64(other.frequency))
        lengthPerFrequency = 1 / (1 / lengthPerFrequency + 1 / other.lengthPerFrequency)
        inTitle = inTitle || other.inTitle
    }
}
