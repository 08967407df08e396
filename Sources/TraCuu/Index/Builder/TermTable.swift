/// Interns term keys to dense `TermID`s for a segment under construction, remembering each
/// term's folded key (the dictionary's sort key).
struct TermTable {
    private var ids: [String: UInt32] = [:]
    private(set) var exactKeys: [String] = []
    private(set) var foldedKeys: [String] = []
    /// UTF-8 bytes held by the keys, for the buffer's memory estimate.
    private(set) var keyBytes = 0

    var count: Int { exactKeys.count }

    /// The id of `exact`, added with its folded key when new.
    mutating func id(exact: String, folded: @autoclosure () -> String) -> UInt32 {
        if let id = ids[exact] { return id }
        let id = UInt32(exactKeys.count)
        let foldedKey = folded()
        ids[exact] = id
        exactKeys.append(exact)
        foldedKeys.append(foldedKey)
        keyBytes += exact.utf8.count + foldedKey.utf8.count + 64
        return id
    }

    /// Term ids in dictionary order: by folded key, then exact key, bytewise.
    func sortedIDs() -> [UInt32] {
        (0..<UInt32(count)).sorted { left, right in
            let l = Int(left), r = Int(right)
            if foldedKeys[l] != foldedKeys[r] {
                return foldedKeys[l].utf8.lexicographicallyPrecedes(foldedKeys[r].utf8)
            }
            return exactKeys[l].utf8.lexicographicallyPrecedes(exactKeys[r].utf8)
        }
    }
}
