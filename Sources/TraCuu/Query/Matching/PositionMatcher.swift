/// Word order checks over one document's ascending positions: a pair of query syllables
/// standing next to each other (proximity), and a run of them standing in a row (phrases).
/// Linear merges of sorted lists; no allocation.
enum PositionMatcher {
    /// Whether some position of `first` is directly followed by one of `second`.
    static func hasAdjacent(_ first: UnsafeBufferPointer<UInt32>,
                            _ second: UnsafeBufferPointer<UInt32>) -> Bool {
        var next = 0
        for position in first where position < UInt32.max {
            while next < second.count, second[next] <= position { next += 1 }
            guard next < second.count else { return false }
            if second[next] == position + 1 { return true }
        }
        return false
    }

    /// Whether the lists' positions stand in a row: some position `p` of `run[0]` with
    /// `p + k` in `run[k]` for every `k`. `cursors` is scratch space.
    static func hasPhrase(_ run: [UnsafeBufferPointer<UInt32>], cursors: inout [Int]) -> Bool {
        guard let starts = run.first else { return false }
        cursors.removeAll(keepingCapacity: true)
        cursors.append(contentsOf: repeatElement(0, count: run.count))
        candidates: for start in starts {
            for offset in 1..<max(1, run.count) {
                let list = run[offset]
                guard start <= UInt32.max - UInt32(offset) else { return false }
                let wanted = start + UInt32(offset)
                while cursors[offset] < list.count, list[cursors[offset]] < wanted {
                    cursors[offset] += 1
                }
                guard cursors[offset] < list.count else { return false }
                if list[cursors[offset]] != wanted { continue candidates }
            }
            return true
        }
        return false
    }
}
