/// Least-significant-digit radix sort of `UInt64` keys, 12 bits a pass (the counts stay in
/// the first-level cache), skipping a pass when no key has a bit set in its digit or every
/// key has the same digit there.
enum RadixSort {
    private static let digitBits = 12

    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        let used = keys.reduce(0, |)
        let mask = UInt64(1 << digitBits - 1)
        var scratch = keys
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        for shift in stride(from: 0, to: 64, by: digitBits) where used >> shift & mask != 0 {
            let sorted = keys.withUnsafeBufferPointer { keys in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    counts.withUnsafeMutableBufferPointer { counts in
                        pass(keys, into: scratch, counts: counts) {
                            Int(truncatingIfNeeded: $0 >> shift & mask)
                        }
                    }
                }
            }
            if sorted { swap(&keys, &scratch) }
        }
    }

    /// Writes `keys` into `output` ordered by `digit` (stably); false, writing nothing, when
    /// every key has the same digit.
    private static func pass(_ keys: UnsafeBufferPointer<UInt64>,
                             into output: UnsafeMutableBufferPointer<UInt64>,
                             counts: UnsafeMutableBufferPointer<Int>,
                             digit: (UInt64) -> Int) -> Bool {
        counts.update(repeating: 0)
        for key in keys { counts[digit(key)] += 1 }
        if counts[digit(keys[0])] == keys.count { return false }
        var start = 0
        for value in counts.indices {
            let count = counts[value]
            counts[value] = start
            start += count
        }
        for key in keys {
            let value = digit(key)
            output[counts[value]] = key
            counts[value] += 1
        }
        return true
    }
}

/// Pair keys `first << 32 | second` (of term ids or ordinals, which use far fewer than 32
/// bits) packed as `first << width | second`, `width` the bits of the largest second half:
/// the order is kept and a radix sort of packed keys takes fewer passes.
struct PairKeyPacking {
    private let width: Int
    private let secondMask: UInt64

    /// The packing for `keys`.
    init(for keys: [UInt64]) {
        width = 64 - keys.reduce(0) { $0 | $1 & 0xFFFF_FFFF }.leadingZeroBitCount
        secondMask = 1 << width - 1
    }

    func pack(_ key: UInt64) -> UInt64 { (key >> 32) << width | key & secondMask }

    func unpack(_ packed: UInt64) -> UInt64 { (packed >> width) << 32 | packed & secondMask }
}
