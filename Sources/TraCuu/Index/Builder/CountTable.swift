/// Counts per `UInt64` key in an open-addressing hash table with a multiplicative hash:
/// the bigram counter of `SegmentBuilder`, called once per adjacent syllable pair, where the
/// standard `Dictionary` (SipHash, generic probing, copy-on-write checks) cost a tenth of
/// all indexing time. Slots hold `key + 1`, so 0 marks an empty slot.
final class CountTable {
    private var keys: UnsafeMutablePointer<UInt64>
    private var counts: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 1
        while size < capacity { size <<= 1 }
        self.capacity = size
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        counts = .allocate(capacity: size)
        counts.initialize(repeating: 0, count: size)
    }

    deinit {
        keys.deallocate()
        counts.deallocate()
    }

    /// Adds one to `key`'s count. `key` must be below `UInt64.max`.
    func increment(_ key: UInt64) {
        if count * 4 >= capacity * 3 { grow() }
        let stored = key &+ 1
        var slot = Self.slot(stored, capacity - 1)
        while keys[slot] != 0 {
            if keys[slot] == stored {
                counts[slot] &+= 1
                return
            }
            slot = (slot + 1) & (capacity - 1)
        }
        keys[slot] = stored
        counts[slot] = 1
        count += 1
    }

    /// Every key with its count, in no particular order.
    var pairs: [(key: UInt64, count: UInt32)] {
        (0..<capacity).compactMap { slot in
            keys[slot] == 0 ? nil : (keys[slot] - 1, counts[slot])
        }
    }

    /// Bytes held, for memory estimates.
    var bytes: Int { capacity * 12 }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func grow() {
        let old = pairs
        keys.deallocate()
        counts.deallocate()
        capacity *= 2
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        counts = .allocate(capacity: capacity)
        counts.initialize(repeating: 0, count: capacity)
        count = 0
        for (key, value) in old {
            let stored = key + 1
            var slot = Self.slot(stored, capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = stored
            counts[slot] = value
            count += 1
        }
    }
}
