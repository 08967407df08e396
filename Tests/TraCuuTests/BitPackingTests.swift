import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct BitPackingTests {
    /// Packs `values` (128 of them) at `bitWidth` through the codec.
    static func packed(_ values: [UInt32], bitWidth: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        values.withUnsafeBufferPointer { BitPacking.pack($0, bitWidth: bitWidth, to: &bytes) }
        return bytes
    }

    /// The layout spelled out bit by bit: value `i` owns stream bits `i * w ..< (i + 1) * w`,
    /// stream bit `k` is bit `k % 8` of byte `k / 8`.
    static func packedBitByBit(_ values: [UInt32], bitWidth: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 16 * bitWidth)
        for (index, value) in values.enumerated() {
            for bit in 0..<bitWidth where (value >> UInt32(bit)) & 1 == 1 {
                let streamBit = index * bitWidth + bit
                bytes[streamBit / 8] |= 1 << UInt8(streamBit % 8)
            }
        }
        return bytes
    }

    /// Unpacks one block at `offset` of `bytes`, returning the values and the new offset.
    static func unpacked(_ bytes: [UInt8], at offset: Int = 0, bitWidth: Int)
        throws(DecodeError) -> (values: [UInt32], offset: Int)
    {
        var values = [UInt32](repeating: 0xDEAD_BEEF, count: 128)
        var position = offset
        var failure: DecodeError?
        bytes.withUnsafeBytes { raw in
            values.withUnsafeMutableBufferPointer { output in
                do throws(DecodeError) {
                    try BitPacking.unpack(raw, at: &position, bitWidth: bitWidth, into: output)
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        return (values, position)
    }

    @Test("bit width is the position of the highest set bit", arguments: [
        (UInt32(0), 0), (1, 1), (2, 2), (3, 2), (127, 7), (128, 8), (255, 8), (256, 9),
        (65_535, 16), (65_536, 17), (0x7FFF_FFFF, 31), (0x8000_0000, 32), (UInt32.max, 32),
    ])
    func bitWidthOfMaximum(value: UInt32, width: Int) {
        #expect(BitPacking.bitWidth(of: value) == width)
    }

    @Test("every bit width round-trips values whose maximum needs exactly that width",
          arguments: 0...32)
    func everyBitWidthRoundTrips(bitWidth: Int) throws {
        var random = SeededGenerator(seed: 0xB17 + UInt64(bitWidth))
        var values = random.values(128, bitWidth: bitWidth)
        values[Int(random.next() % 128)] = bitWidth == 0 ? 0 : UInt32.max >> (32 - bitWidth)
        #expect(BitPacking.bitWidth(of: values.max() ?? 0) == bitWidth)

        let bytes = Self.packed(values, bitWidth: bitWidth)
        #expect(bytes.count == 16 * bitWidth)
        #expect(bytes == Self.packedBitByBit(values, bitWidth: bitWidth))

        // The block alone: the kernel must not read past the end of the buffer.
        let alone = try Self.unpacked(bytes, bitWidth: bitWidth)
        #expect(alone.values == values)
        #expect(alone.offset == bytes.count)

        // Inside a larger buffer at an odd offset, with exactly the 8 bytes after the block
        // that the in-place kernel may read.
        let framed = [0xAA, 0xBB, 0xCC] + bytes + [UInt8](repeating: 0xFF, count: 8)
        let inside = try Self.unpacked(framed, at: 3, bitWidth: bitWidth)
        #expect(inside.values == values)
        #expect(inside.offset == 3 + bytes.count)
    }

    @Test("values are laid out little-endian, value 0 in the lowest bits of byte 0")
    func bitOrderIsLittleEndian() {
        var values = [UInt32](repeating: 0, count: 128)
        values[0...4] = [5, 1, 7, 0, 2]
        let bytes = Self.packed(values, bitWidth: 3)
        #expect(bytes[0] == 0b11_001_101)  // 5, 1, and the low two bits of 7
        #expect(bytes[1] == 0b0_010_000_1)  // the high bit of 7, 0, 2

        let alternating = (0..<128).map { UInt32($0 % 2 == 0 ? 1 : 0) }
        #expect(Self.packed(alternating, bitWidth: 1) == [UInt8](repeating: 0x55, count: 16))
    }

    @Test("random blocks at random widths match the bit-by-bit layout and round-trip")
    func randomBlocksRoundTrip() throws {
        var random = SeededGenerator(seed: 20_240_601)
        for _ in 0..<300 {
            let bitWidth = Int(random.next() % 33)
            let values = random.values(128, bitWidth: bitWidth)
            let width = BitPacking.bitWidth(of: values.max() ?? 0)
            let bytes = Self.packed(values, bitWidth: width)
            #expect(bytes == Self.packedBitByBit(values, bitWidth: width))
            #expect(try Self.unpacked(bytes, bitWidth: width).values == values)
        }
    }

    @Test("a block cut short at any byte throws truncated",
          arguments: [1, 5, 12, 20, 31, 32])
    func cutBlocksThrowTruncated(bitWidth: Int) {
        var random = SeededGenerator(seed: UInt64(bitWidth))
        let bytes = Self.packed(random.values(128, bitWidth: bitWidth), bitWidth: bitWidth)
        for length in 0..<bytes.count {
            let cut = Array(bytes[..<length])
            #expect(throws: DecodeError.truncated) {
                try Self.unpacked(cut, bitWidth: bitWidth)
            }
        }
        #expect(throws: DecodeError.truncated) {
            try Self.unpacked(bytes, at: bytes.count + 1, bitWidth: bitWidth)
        }
        #expect(throws: DecodeError.outOfRange("offset -1")) {
            try Self.unpacked(bytes, at: -1, bitWidth: bitWidth)
        }
    }

    @Test("a bit width outside 0…32 throws out of range", arguments: [33, 64, 255, -1])
    func badBitWidthThrows(bitWidth: Int) {
        let bytes = [UInt8](repeating: 0xFF, count: 1024)
        #expect(throws: DecodeError.outOfRange("bit width \(bitWidth)")) {
            try Self.unpacked(bytes, bitWidth: bitWidth)
        }
    }

    @Test("width 0 reads no bytes, even from an empty buffer")
    func widthZeroReadsNothing() throws {
        let result = try Self.unpacked([], bitWidth: 0)
        #expect(result.values == [UInt32](repeating: 0, count: 128))
        #expect(result.offset == 0)
    }
}
