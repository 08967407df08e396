import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct ChecksumTests {
    /// CRC-32C one bit at a time, straight from the definition: reflected polynomial
    /// 0x82F63B78, initial value and final XOR all ones.
    static func bitwiseCRC32C(_ bytes: some Sequence<UInt8>, continuing crc: UInt32 = 0)
        -> UInt32
    {
        var value = ~crc
        for byte in bytes {
            value ^= UInt32(byte)
            for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0x82F6_3B78 : value >> 1 }
        }
        return ~value
    }

    static func crc(_ bytes: ArraySlice<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { Checksum.crc32c($0, continuing: crc) }
    }

    /// The table-driven path, which the instruction path (where there is one) replaces.
    static func tableCRC(_ bytes: ArraySlice<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { Checksum.tableCRC32C($0, continuing: crc) }
    }

    @Test("the check value of \"123456789\" is 0xE3069283")
    func checkValue() {
        #expect(Checksum.crc32c(Array("123456789".utf8)) == 0xE306_9283)
        #expect(Self.bitwiseCRC32C("123456789".utf8) == 0xE306_9283)
    }

    @Test("empty input has checksum 0, and continuing over nothing changes nothing")
    func emptyInput() {
        #expect(Checksum.crc32c([]) == 0)
        #expect(Self.crc([], continuing: 0x1234_5678) == 0x1234_5678)
    }

    @Test("both paths equal the bitwise definition at every length 0…100 and alignment")
    func pathsMatchBitwiseOnShortInput() {
        var random = SeededGenerator(seed: 0xC8C3_2C)
        let bytes = random.bytes(108)
        for start in 0..<8 {
            for length in 0...100 {
                let slice = bytes[start..<start + length]
                #expect(Self.crc(slice) == Self.bitwiseCRC32C(slice))
                #expect(Self.tableCRC(slice) == Self.bitwiseCRC32C(slice))
            }
        }
    }

    @Test("both paths equal the bitwise definition on large input",
          arguments: [4096, 65_537, 1_000_003])
    func pathsMatchBitwiseOnLargeInput(length: Int) {
        var random = SeededGenerator(seed: UInt64(length))
        let bytes = random.bytes(length)
        #expect(Self.crc(bytes[...]) == Self.bitwiseCRC32C(bytes))
        #expect(Self.crc(bytes[3...]) == Self.bitwiseCRC32C(bytes[3...]))
        #expect(Self.tableCRC(bytes[3...]) == Self.bitwiseCRC32C(bytes[3...]))
        let split = length / 3
        #expect(Self.crc(bytes[split...], continuing: Self.crc(bytes[..<split]))
                    == Self.bitwiseCRC32C(bytes))
    }

    @Test("continuing: composes, so a checksum can be computed in pieces")
    func continuingComposes() {
        var random = SeededGenerator(seed: 0xC0_4705E)
        for _ in 0..<200 {
            let bytes = random.bytes(Int(random.next() % 300))
            let split = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
            let first = Self.crc(bytes[..<split])
            #expect(Self.crc(bytes[split...], continuing: first) == Self.crc(bytes[...]))
            #expect(Self.tableCRC(bytes[split...], continuing: Self.tableCRC(bytes[..<split]))
                        == Self.crc(bytes[...]))
        }
    }
}
