/// A tiny seeded SplitMix64 generator for the codec tests, so every run draws the same values
/// and a failure replays from its seed. Kept here so the codec tests depend on nothing else.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
