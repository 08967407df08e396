/// Least-significant-digit radix sort of `UInt64`s, 16 bits a pass, skipping a pass when
/// every key has the same digit there (term-id pairs leave the high digits of each half
/// empty).
enum RadixSort {
    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        var scratch = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            for index in counts.indices { counts[index] = 0 }
            for key in keys { counts[Int(truncatingIfNeeded: key >> shift) & 0xFFFF] += 1 }
            if counts[Int(truncatingIfNeeded: keys[0] >> shift) & 0xFFFF] == keys.count {
                continue
            }
            var start = 0
            for digit in counts.indices {
                let count = counts[digit]
                counts[digit] = start
                start += count
            }
            for key in keys {
                let digit = Int(truncatingIfNeeded: key >> shift) & 0xFFFF
                scratch[counts[digit]] = key
                counts[digit] += 1
            }
            swap(&keys, &scratch)
        }
    }
}
