/// Least-significant-digit radix sort of `UInt64`s, 12 bits a pass (the counts stay in the
/// first-level cache), skipping a pass when no key has a bit set in its digit or every key
/// has the same digit there.
enum RadixSort {
    private static let digitBits = 12

    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        let used = keys.reduce(0, |)
        let mask = UInt64(1 << digitBits - 1)
        var scratch = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        for shift in stride(from: 0, to: 64, by: digitBits) where used >> shift & mask != 0 {
            let sorted = keys.withUnsafeBufferPointer { keys in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    counts.withUnsafeMutableBufferPointer { counts in
                        pass(keys, into: scratch, counts: counts, shift: shift, mask: mask)
                    }
                }
            }
            if sorted { swap(&keys, &scratch) }
        }
    }

    /// Writes `keys` into `output` ordered by the digit at `shift` (stable); false, writing
    /// nothing, when every key has the same digit.
    private static func pass(_ keys: UnsafeBufferPointer<UInt64>,
                             into output: UnsafeMutableBufferPointer<UInt64>,
                             counts: UnsafeMutableBufferPointer<Int>,
                             shift: Int, mask: UInt64) -> Bool {
        counts.update(repeating: 0)
        for key in keys { counts[Int(truncatingIfNeeded: key >> shift & mask)] += 1 }
        if counts[Int(truncatingIfNeeded: keys[0] >> shift & mask)] == keys.count {
            return false
        }
        var start = 0
        for digit in counts.indices {
            let count = counts[digit]
            counts[digit] = start
            start += count
        }
        for key in keys {
            let digit = Int(truncatingIfNeeded: key >> shift & mask)
            output[counts[digit]] = key
            counts[digit] += 1
        }
        return true
    }
}
