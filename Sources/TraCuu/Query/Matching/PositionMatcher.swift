/// Word order checks in one document over ascending positions: a pair of query syllables
/// standing next to each other (proximity), and a run of them standing in a row (phrases).
/// Linear merges of sorted lists.
enum PositionMatcher {
    /// Whether some position of `first` is directly followed by one of `second`.
    static func hasAdjacent(_ first: [UInt32], _ second: [UInt32]) -> Bool {
        var next = 0
        for position in first where position < UInt32.max {
            while next < second.count, second[next] <= position { next += 1 }
            guard next < second.count else { return false }
            if second[next] == position + 1 { return true }
        }
        return false
    }

    /// Whether the run's terms stand in a row: some position `p` of `run[0]` with `p + k`
    /// in `run[k]` for every `k`. One pass over each list (the starts only grow).
    static func hasPhrase(_ run: [[UInt32]]) -> Bool {
        guard let first = run.first else { return false }
        var next = [Int](repeating: 0, count: run.count)
        for start in first {
            var inRow = true
            for offset in run.indices.dropFirst() {
                guard start <= UInt32.max - UInt32(offset) else { return false }
                let wanted = start + UInt32(offset)
                let positions = run[offset]
                while next[offset] < positions.count, positions[next[offset]] < wanted {
                    next[offset] += 1
                }
                guard next[offset] < positions.count else { return false }
                if positions[next[offset]] != wanted {
                    inRow = false
                    break
                }
            }
            if inRow { return true }
        }
        return false
    }
}
