extension Array where Element == UInt32 {
    /// Sorts the positions from `start` on and drops repeats: one document's positions
    /// gathered from several terms.
    mutating func sortAndDeduplicate(from start: Int) {
        guard count - start > 1 else { return }
        self[start...].sort()
        var kept = start + 1
        for index in (start + 1)..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
