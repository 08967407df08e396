/// Word order checks over one document's sorted positions: a pair of query syllables
/// standing next to each other (proximity), and a run of them standing in a row (phrases).
/// Linear merges of sorted lists; no allocation.
enum PositionMatcher {
    /// Whether some position of `first` is directly followed by one of `second`.
    static func hasAdjacent(_ first: ArraySlice<UInt32>, _ second: ArraySlice<UInt32>) -> Bool {
        var next = second.startIndex
        for position in first where position < UInt32.max {
            while next < second.endIndex, second[next] <= position { next += 1 }
            guard next < second.endIndex else { return false }
            if second[next] == position + 1 { return true }
        }
        return false
    }

    /// Whether the runs' positions stand in a row: some position `p` of `run[0]` with `p + k`
    /// in `run[k]` for every `k`. `cursors` is scratch space, one slot per list.
    static func hasPhrase(_ run: [ArraySlice<UInt32>], cursors: inout [Int]) -> Bool {
        guard let starts = run.first else { return false }
        cursors.removeAll(keepingCapacity: true)
        for list in run { cursors.append(list.startIndex) }
        candidates: for start in starts {
            for offset in 1..<max(1, run.count) {
                let list = run[offset]
                guard start <= UInt32.max - UInt32(offset) else { return false }
                let wanted = start + UInt32(offset)
                while cursors[offset] < list.endIndex, list[cursors[offset]] < wanted {
                    cursors[offset] += 1
                }
                guard cursors[offset] < list.endIndex else { return false }
                if list[cursors[offset]] != wanted { continue candidates }
            }
            return true
        }
        return false
    }
}
