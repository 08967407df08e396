/// Counts of adjacent syllable pairs (`.bgr`), for reading unaccented queries. Pairs are
/// keys `first << 32 | second` of term ordinals, sorted, stored as varint deltas in blocks of
/// 128 with the first key of each block in a table for binary search:
///
/// ```
/// body  := count:u32 blockCount:u32 { firstKey:u64 offset:u32 }[blockCount] data
/// data  := per block, per pair: keyDelta:varint (0 for a block's first pair) count:varint
/// ```
struct BigramTable {
    static let blockSize = 128

    /// Builds a body from pairs appended in ascending key order.
    struct Encoder {
        private var count = 0
        private var previousKey: UInt64 = 0
        private var starts: [UInt8] = []
        private var data: [UInt8] = []

        /// Appends a pair; `key` must be above the previous one's.
        mutating func append(_ key: UInt64, count pairCount: UInt32) {
            if count % BigramTable.blockSize == 0 {
                starts.appendLittleEndian(key)
                starts.appendLittleEndian(UInt32(data.count))
                VarInt.append(UInt64(0), to: &data)
            } else {
                VarInt.append(key - previousKey, to: &data)
            }
            VarInt.append(pairCount, to: &data)
            previousKey = key
            count += 1
        }

        /// The body of the pairs appended.
        func body() -> [UInt8] {
            var body: [UInt8] = []
            body.reserveCapacity(8 + starts.count + data.count)
            body.appendLittleEndian(UInt32(count))
            body.appendLittleEndian(UInt32((count + BigramTable.blockSize - 1)
                                           / BigramTable.blockSize))
            body.append(contentsOf: starts)
            body.append(contentsOf: data)
            return body
        }
    }

    /// The body for `keys` (ascending) and their `counts`.
    static func encoded(keys: [UInt64], counts: [UInt32]) -> [UInt8] {
        var encoder = Encoder()
        for index in keys.indices { encoder.append(keys[index], count: counts[index]) }
        return encoder.body()
    }

    private let count: Int
    private let blockCount: Int
    private let starts: UnsafeRawBufferPointer
    private let data: UnsafeRawBufferPointer
    private let file: String

    init(_ body: UnsafeRawBufferPointer, file: String) throws {
        self.file = file
        do {
            var reader = ByteReader(body)
            count = Int(try reader.uint32())
            blockCount = Int(try reader.uint32())
            guard blockCount == (count + Self.blockSize - 1) / Self.blockSize,
                  blockCount <= (body.count - reader.offset) / 12 else {
                throw DecodeError.outOfRange("block count")
            }
            starts = UnsafeRawBufferPointer(rebasing: body[reader.offset..<(reader.offset
                + 12 * blockCount)])
            data = UnsafeRawBufferPointer(rebasing: body[(reader.offset + 12 * blockCount)...])
        } catch let error as DecodeError {
            throw IndexError.corrupted(file, "bigrams: \(error)")
        }
    }

    /// How often the pair was adjacent; 0 when never (or when the table is damaged there).
    func count(_ first: Int, _ second: Int) -> Int {
        let key = UInt64(first) << 32 | UInt64(second)
        var low = 0, high = blockCount
        while low < high {
            let middle = (low + high) / 2
            if firstKey(middle) <= key { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return 0 }
        let block = low - 1
        var offset = Int(starts.loadUnaligned(fromByteOffset: 12 * block + 8, as: UInt32.self)
            .littleEndian)
        var current = firstKey(block)
        let pairs = min(Self.blockSize, count - block * Self.blockSize)
        for _ in 0..<pairs {
            guard let delta = try? VarInt.read(data, at: &offset),
                  let pairCount = try? VarInt.read(data, at: &offset) else { return 0 }
            current &+= delta
            if current == key { return Int(pairCount) }
            if current > key { return 0 }
        }
        return 0
    }

    /// Every pair with its count, in key order. Throws `.corrupted` on damage.
    func forEachPair(_ body: (_ key: UInt64, _ count: UInt32) throws -> Void) throws {
        for block in 0..<blockCount {
            var offset = Int(starts.loadUnaligned(fromByteOffset: 12 * block + 8,
                                                  as: UInt32.self).littleEndian)
            var key = firstKey(block)
            for index in 0..<min(Self.blockSize, count - block * Self.blockSize) {
                let delta: UInt64, pairCount: UInt32
                do {
                    delta = try VarInt.read(data, at: &offset)
                    pairCount = try VarInt.readUInt32(data, at: &offset)
                } catch {
                    throw IndexError.corrupted(file, "bigrams: \(error)")
                }
                guard index == 0 ? delta == 0 : delta > 0 else {
                    throw IndexError.corrupted(file, "bigrams: pairs out of order")
                }
                key &+= delta
                try body(key, pairCount)
            }
        }
    }

    private func firstKey(_ block: Int) -> UInt64 {
        starts.loadUnaligned(fromByteOffset: 12 * block, as: UInt64.self).littleEndian
    }
}
