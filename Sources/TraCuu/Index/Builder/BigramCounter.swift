/// Counts adjacent syllable pairs (`first << 32 | second` term ids) for a segment under
/// construction.
///
/// Called once per field with its pairs. The pairs of a segment are too many for a hash
/// table to stay in cache, so counting in one cost a memory miss per token (an eighth of
/// indexing time). Instead keys are appended to a batch; a full batch is radix-sorted and
/// merged into the sorted, counted run — sequential work only.
final class BigramCounter {
    private var batch: [UInt64] = []
    private var sortedKeys: [UInt64] = []
    private var sortedCounts: [UInt32] = []
    private let batchLimit: Int

    init(batchLimit: Int = 1 << 20) {
        self.batchLimit = batchLimit
        batch.reserveCapacity(batchLimit)
    }

    /// Adds one to the count of each key (a field's pairs, appended to the batch at once).
    func increment(_ keys: [UInt64]) {
        var rest = keys[...]
        while !rest.isEmpty {
            let room = batchLimit - batch.count
            batch.append(contentsOf: rest.prefix(room))
            rest = rest.dropFirst(room)
            if batch.count == batchLimit { mergeBatch() }
        }
    }

    /// Adds counted keys, ascending and each once (another segment's pairs, in a merge).
    func add(sortedKeys keys: [UInt64], counts: [UInt32]) {
        mergeRun(keys, counts)
    }

    /// Every key and its count, ascending by key. The counter keeps them: a segment whose
    /// writing failed is written again from the same builder.
    func sortedPairs() -> (keys: [UInt64], counts: [UInt32]) {
        mergeBatch()
        return (sortedKeys, sortedCounts)
    }

    /// Bytes held, for memory estimates.
    var bytes: Int { batchLimit * 8 + sortedKeys.capacity * 8 + sortedCounts.capacity * 4 }

    private func mergeBatch() {
        guard !batch.isEmpty else { return }
        let packing = PairKeyPacking(for: batch)
        for index in batch.indices { batch[index] = packing.pack(batch[index]) }
        RadixSort.sort(&batch)
        var keys: [UInt64] = []
        var counts: [UInt32] = []
        for packed in batch {
            let key = packing.unpack(packed)
            if keys.last == key {
                counts[counts.count - 1] &+= 1
            } else {
                keys.append(key)
                counts.append(1)
            }
        }
        batch.removeAll(keepingCapacity: true)
        mergeRun(keys, counts)
    }

    /// Merges an ascending run of distinct counted keys into the sorted run, summing counts.
    private func mergeRun(_ runKeys: [UInt64], _ runCounts: [UInt32]) {
        var keys: [UInt64] = []
        var counts: [UInt32] = []
        keys.reserveCapacity(sortedKeys.count + runKeys.count)
        counts.reserveCapacity(sortedKeys.count + runKeys.count)
        var old = 0, new = 0
        while old < sortedKeys.count || new < runKeys.count {
            if new == runKeys.count
                || (old < sortedKeys.count && sortedKeys[old] < runKeys[new]) {
                keys.append(sortedKeys[old])
                counts.append(sortedCounts[old])
                old += 1
            } else if old == sortedKeys.count || runKeys[new] < sortedKeys[old] {
                keys.append(runKeys[new])
                counts.append(runCounts[new])
                new += 1
            } else {
                keys.append(runKeys[new])
                counts.append(sortedCounts[old] &+ runCounts[new])
                old += 1
                new += 1
            }
        }
        sortedKeys = keys
        sortedCounts = counts
    }
}
