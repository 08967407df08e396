import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct BlockCodecTests {
    static func encoded(_ values: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        BlockCodec.encode(values, to: &bytes)
        return bytes
    }

    /// Decodes `count` values with `decodeAll`, returning them and the offset after them.
    static func decoded(_ bytes: [UInt8], at offset: Int = 0, count: Int)
        throws(DecodeError) -> (values: [UInt32], offset: Int)
    {
        var position = offset
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) -> [UInt32] in
                try BlockCodec.decodeAll(raw, at: &position, count: count)
            }
        }
        return (try result.get(), position)
    }

    /// The oracle's idea of the stream's size: 1 + 16 × width per full block, varint lengths
    /// for the tail.
    static func expectedSize(_ values: [UInt32]) -> Int {
        let fullBlocks = values.count / 128
        var size = 0
        for block in 0..<fullBlocks {
            let maximum = values[block * 128..<(block + 1) * 128].max() ?? 0
            size += 1 + 16 * BitPacking.bitWidth(of: maximum)
        }
        for value in values[(fullBlocks * 128)...] {
            size += value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3
                : value < 1 << 28 ? 4 : 5
        }
        return size
    }

    @Test("streams round-trip at the block edges",
          arguments: [0, 1, 2, 127, 128, 129, 255, 256, 257, 259, 384, 1000])
    func edgeCountsRoundTrip(count: Int) throws {
        var random = SeededGenerator(seed: UInt64(count))
        for bitWidth in [0, 1, 7, 13, 32] {
            let values = random.values(count, bitWidth: bitWidth)
            let bytes = Self.encoded(values)
            #expect(bytes.count == Self.expectedSize(values))
            let result = try Self.decoded(bytes, count: count)
            #expect(result.values == values)
            #expect(result.offset == bytes.count)
        }
    }

    @Test("the worked example: 259 values take 161 + 65 + 6 = 232 bytes")
    func workedExample() throws {
        var values = [UInt32](repeating: 3, count: 259)
        values[17] = 1000
        values[200] = 9
        values[256...] = [5, 300, 70_000]
        let bytes = Self.encoded(values)
        #expect(bytes.count == 232)
        #expect(bytes[0] == 10)
        #expect(bytes[161] == 4)
        #expect(Array(bytes[226...]) == [5, 0xAC, 0x02, 0xF0, 0xA2, 0x04])
        #expect(try Self.decoded(bytes, count: 259).values == values)
    }

    @Test("block by block decoding matches a plain array on seeded random streams")
    func blockByBlockMatchesOracle() throws {
        var random = SeededGenerator(seed: 0x0B1_0C4)
        for _ in 0..<200 {
            let count = Int(random.next() % 700)
            var values: [UInt32] = []
            while values.count < count {
                let width = Int(random.next() % 33)
                values += random.values(min(128, count - values.count), bitWidth: width)
            }
            let bytes = [0x42] + Self.encoded(values) + [0x42]
            var offset = 1
            var block = [UInt32](repeating: 0, count: 128)
            var start = 0
            try bytes.withUnsafeBytes { raw in
                while start < count {
                    let blockCount = BlockCodec.blockCount(ofBlock: start / 128, totalCount: count)
                    try block.withUnsafeMutableBufferPointer { output in
                        try BlockCodec.decodeBlock(raw, at: &offset, count: blockCount,
                                                   into: output)
                    }
                    #expect(block[..<blockCount] == values[start..<start + blockCount])
                    start += blockCount
                }
            }
            #expect(offset == bytes.count - 1)
            #expect(try Self.decoded(bytes, at: 1, count: count).values == values)
        }
    }

    @Test("a stream cut at every byte throws truncated", arguments: [1, 127, 128, 129, 259])
    func everyCutThrowsTruncated(count: Int) {
        var random = SeededGenerator(seed: 7 &* UInt64(count))
        let bytes = Self.encoded(random.values(count, bitWidth: 23))
        for length in 0..<bytes.count {
            #expect(throws: DecodeError.truncated) {
                try Self.decoded(Array(bytes[..<length]), count: count)
            }
        }
    }

    @Test("random garbage never traps, whatever the count")
    func garbageNeverTraps() {
        var random = SeededGenerator(seed: 0x6A4B_A6E)
        var outcomes = (decoded: 0, threw: 0)
        for _ in 0..<3000 {
            let bytes = random.bytes(Int(random.next() % 600))
            let count = Int(random.next() % 520)
            let offset = Int(random.next() % 8)
            do {
                let result = try Self.decoded(bytes, at: offset, count: count)
                #expect(result.values.count == count)
                #expect(result.offset <= bytes.count)
                outcomes.decoded += 1
            } catch {
                outcomes.threw += 1
            }
        }
        #expect(outcomes.decoded > 0 && outcomes.threw > 0)
    }

    @Test("a count the bytes cannot hold throws before allocating")
    func hugeCountThrows() {
        #expect(throws: DecodeError.truncated) {
            try Self.decoded([0, 0, 0], count: Int.max / 2)
        }
        #expect(throws: DecodeError.truncated) { try Self.decoded([0], count: 129) }
        #expect(throws: DecodeError.outOfRange("stream of -1 values")) {
            try Self.decoded([0], count: -1)
        }
        #expect(throws: DecodeError.outOfRange("offset -3")) {
            try Self.decoded([0], at: -3, count: 1)
        }
    }

    @Test("a bit width byte above 32 throws out of range")
    func badBitWidthByteThrows() {
        let bytes = [33] + [UInt8](repeating: 0, count: 600)
        #expect(throws: DecodeError.outOfRange("bit width 33")) {
            try Self.decoded(bytes, count: 128)
        }
    }

    @Test("a tail varint above UInt32.max throws overlong")
    func tailAboveUInt32Throws() {
        #expect(throws: DecodeError.overlong) {
            try Self.decoded([1, 0x80, 0x80, 0x80, 0x80, 0x10], count: 2)
        }
    }

    @Test("decodeBlock rejects counts above 128 and reads nothing for 0")
    func decodeBlockCounts() throws {
        var output = [UInt32](repeating: 0, count: 256)
        var offset = 0
        let bytes: [UInt8] = [1, 2, 3]
        try bytes.withUnsafeBytes { raw in
            try output.withUnsafeMutableBufferPointer { buffer in
                try BlockCodec.decodeBlock(raw, at: &offset, count: 0, into: buffer)
                #expect(offset == 0)
                #expect(throws: DecodeError.outOfRange("block of 129 values")) {
                    try BlockCodec.decodeBlock(raw, at: &offset, count: 129, into: buffer)
                }
            }
        }
    }
}
