/// Least-significant-digit radix sort by a `UInt64` key, 12 bits a pass (the counts stay in
/// the first-level cache), skipping a pass when no key has a bit set in its digit or every
/// key has the same digit there. Stable.
enum RadixSort {
    private static let digitBits = 12

    static func sort(_ keys: inout [UInt64]) {
        sort(&keys) { $0 }
    }

    static func sort<Element>(_ elements: inout [Element], by key: (Element) -> UInt64) {
        guard elements.count > 1 else { return }
        let used = elements.reduce(0) { $0 | key($1) }
        let mask = UInt64(1 << digitBits - 1)
        var scratch = elements
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        for shift in stride(from: 0, to: 64, by: digitBits) where used >> shift & mask != 0 {
            let sorted = elements.withUnsafeBufferPointer { elements in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    counts.withUnsafeMutableBufferPointer { counts in
                        pass(elements, into: scratch, counts: counts) {
                            Int(truncatingIfNeeded: key($0) >> shift & mask)
                        }
                    }
                }
            }
            if sorted { swap(&elements, &scratch) }
        }
    }

    /// Writes `elements` into `output` ordered by `digit` (stably); false, writing nothing,
    /// when every element has the same digit.
    private static func pass<Element>(_ elements: UnsafeBufferPointer<Element>,
                                      into output: UnsafeMutableBufferPointer<Element>,
                                      counts: UnsafeMutableBufferPointer<Int>,
                                      digit: (Element) -> Int) -> Bool {
        counts.update(repeating: 0)
        for element in elements { counts[digit(element)] += 1 }
        if counts[digit(elements[0])] == elements.count { return false }
        var start = 0
        for value in counts.indices {
            let count = counts[value]
            counts[value] = start
            start += count
        }
        for element in elements {
            let value = digit(element)
            output[counts[value]] = element
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
    init<Keys: Sequence<UInt64>>(for keys: Keys) {
        width = 64 - keys.reduce(0) { $0 | $1 & 0xFFFF_FFFF }.leadingZeroBitCount
        secondMask = 1 << width - 1
    }

    func pack(_ key: UInt64) -> UInt64 { (key >> 32) << width | key & secondMask }

    func unpack(_ packed: UInt64) -> UInt64 { (packed >> width) << 32 | packed & secondMask }
}
