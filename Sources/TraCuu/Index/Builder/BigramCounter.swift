/// Counts adjacent syllable pairs (`first << 32 | second` term ids) for a segment under
/// construction.
///
/// Called once per word token. The pairs of a segment are too many for a hash table to stay
/// in cache, so counting in one cost a memory miss per token (an eighth of indexing time).
/// Instead keys are appended to a batch; a full batch is radix-sorted and merged into the
/// sorted, counted run — sequential work only.
final class BigramCounter {
    private var batch: [UInt64] = []
    private var sortedKeys: [UInt64] = []
    private var sortedCounts: [UInt32] = []
    private let batchLimit: Int

    init(batchLimit: Int = 1 << 20) {
        self.batchLimit = batchLimit
        batch.reserveCapacity(batchLimit)
    }

    /// Adds one to `key`'s count.
    func increment(_ key: UInt64) {
        batch.append(key)
        if batch.count == batchLimit { mergeBatch() }
    }

    /// Every key with its count, ascending by key.
    func pairs() -> [(key: UInt64, count: UInt32)] {
        mergeBatch()
        return Array(zip(sortedKeys, sortedCounts))
    }

    /// Bytes held, for memory estimates.
    var bytes: Int { batchLimit * 8 + sortedKeys.capacity * 8 + sortedCounts.capacity * 4 }

    private func mergeBatch() {
        guard !batch.isEmpty else { return }
        RadixSort.sort(&batch)
        var keys: [UInt64] = []
        var counts: [UInt32] = []
        keys.reserveCapacity(sortedKeys.count + batch.count)
        counts.reserveCapacity(sortedKeys.count + batch.count)
        var old = 0, new = 0
        while old < sortedKeys.count || new < batch.count {
            if new == batch.count || (old < sortedKeys.count && sortedKeys[old] < batch[new]) {
                keys.append(sortedKeys[old])
                counts.append(sortedCounts[old])
                old += 1
                continue
            }
            let key = batch[new]
            var count: UInt32 = 0
            while new < batch.count, batch[new] == key {
                count &+= 1
                new += 1
            }
            if old < sortedKeys.count, sortedKeys[old] == key {
                count &+= sortedCounts[old]
                old += 1
            }
            keys.append(key)
            counts.append(count)
        }
        sortedKeys = keys
        sortedCounts = counts
        batch.removeAll(keepingCapacity: true)
    }
}
