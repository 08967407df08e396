import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct VarIntTests {
    static func encoded(_ value: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        VarInt.append(value, to: &bytes)
        return bytes
    }

    static func read(_ bytes: [UInt8]) throws(DecodeError) -> (value: UInt64, offset: Int) {
        var offset = 0
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) -> UInt64 in try VarInt.read(raw, at: &offset) }
        }
        return (try result.get(), offset)
    }

    static func readUInt32(_ bytes: [UInt8]) throws(DecodeError) -> UInt32 {
        var offset = 0
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) -> UInt32 in try VarInt.readUInt32(raw, at: &offset) }
        }
        return try result.get()
    }

    @Test("boundary values round-trip in the expected number of bytes", arguments: [
        (UInt64(0), 1), (1, 1), (127, 1), (128, 2), (16_383, 2), (16_384, 3),
        (2_097_151, 3), (2_097_152, 4), (268_435_455, 4), (268_435_456, 5),
        (UInt64(UInt32.max), 5), (UInt64(UInt32.max) + 1, 5), (UInt64.max >> 1, 9),
        (UInt64.max, 10),
    ])
    func boundaryValuesRoundTrip(value: UInt64, length: Int) throws {
        let bytes = Self.encoded(value)
        #expect(bytes.count == length)
        let result = try Self.read(bytes + [0x7F])
        #expect(result.value == value)
        #expect(result.offset == length)
    }

    @Test("32-bit values round-trip through the UInt32 overload",
          arguments: [UInt32(0), 127, 128, 16_383, 16_384, UInt32.max])
    func uint32RoundTrip(value: UInt32) throws {
        var bytes: [UInt8] = []
        VarInt.append(value, to: &bytes)
        #expect(bytes == Self.encoded(UInt64(value)))
        #expect(try Self.readUInt32(bytes) == value)
    }

    @Test("every proper prefix of an encoding throws truncated",
          arguments: [UInt64(128), 16_384, UInt64(UInt32.max), UInt64.max])
    func prefixesThrowTruncated(value: UInt64) {
        let bytes = Self.encoded(value)
        for length in 0..<bytes.count {
            #expect(throws: DecodeError.truncated) { try Self.read(Array(bytes[..<length])) }
        }
    }

    @Test("more than 64 bits throws overlong", arguments: [
        [UInt8](repeating: 0xFF, count: 9) + [0x02],
        [UInt8](repeating: 0x80, count: 10) + [0x00],
        [UInt8](repeating: 0xFF, count: 20),
    ])
    func beyondSixtyFourBitsThrows(bytes: [UInt8]) {
        #expect(throws: DecodeError.overlong) { try Self.read(bytes) }
    }

    @Test("a value above UInt32.max throws overlong from readUInt32")
    func beyondThirtyTwoBitsThrows() {
        #expect(throws: DecodeError.overlong) {
            try Self.readUInt32(Self.encoded(UInt64(UInt32.max) + 1))
        }
    }

    @Test("random values round-trip back to back")
    func randomValuesRoundTrip() throws {
        var random = SeededGenerator(seed: 0x7A41)
        let values = (0..<2000).map { _ in random.next() >> (random.next() % 64) }
        var bytes: [UInt8] = []
        for value in values { VarInt.append(value, to: &bytes) }
        var offset = 0
        let decoded = try bytes.withUnsafeBytes { raw in
            try values.indices.map { _ in try VarInt.read(raw, at: &offset) }
        }
        #expect(decoded == values)
        #expect(offset == bytes.count)
    }

    @Test("skipping values lands where reading them does, at every count")
    func skipMatchesReading() throws {
        var random = SeededGenerator(seed: 0x5C1B)
        let values = (0..<300).map { _ in random.next() >> (random.next() % 64) }
        var bytes: [UInt8] = []
        for value in values { VarInt.append(value, to: &bytes) }
        try bytes.withUnsafeBytes { raw in
            var readOffset = 0
            for count in 0...values.count {
                var skipOffset = 0
                try VarInt.skip(count, in: raw, at: &skipOffset)
                #expect(skipOffset == readOffset, "after \(count) values")
                if count < values.count { _ = try VarInt.read(raw, at: &readOffset) }
            }
        }
    }

    @Test("skipping past the end throws truncated")
    func skipPastEndThrows() {
        let bytes = Self.encoded(300) + Self.encoded(5)
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) in
                var offset = 0
                try VarInt.skip(3, in: raw, at: &offset)
            }
        }
        #expect(throws: DecodeError.truncated) { try result.get() }
    }
}
