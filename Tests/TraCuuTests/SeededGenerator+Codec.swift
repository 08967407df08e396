import TraCuuTestSupport

/// Draws for the codec tests.
extension SeededGenerator {
    /// A value of at most `bitWidth` bits (0…32), uniform over that range.
    mutating func value(bitWidth: Int) -> UInt32 {
        bitWidth == 0 ? 0 : UInt32(truncatingIfNeeded: next() >> UInt64(64 - bitWidth))
    }

    /// `count` values of at most `bitWidth` bits.
    mutating func values(_ count: Int, bitWidth: Int) -> [UInt32] {
        (0..<count).map { _ in value(bitWidth: bitWidth) }
    }

    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
