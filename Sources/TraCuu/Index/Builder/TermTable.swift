import Foundation

/// Interns term keys to dense `TermID`s for a segment under construction, remembering each
/// term's folded key (the dictionary's sort key).
///
/// Called once per token, so it hashes and compares UTF-8 bytes in an open-addressing table:
/// a `[String: UInt32]` hashed and compared the strings by their NFC form, which cost a tenth
/// of all indexing time. Keys are already NFC, so their bytes identify them.
struct TermTable {
    private(set) var exactKeys: [String] = []
    private(set) var foldedKeys: [String] = []
    /// UTF-8 bytes held by the keys, for the buffer's memory estimate.
    private(set) var keyBytes = 0
    /// Open-addressing slots: a key's hash and its id + 1 (0 marks an empty slot).
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    /// The exact keys' bytes end to end, term `id`'s at `keyStarts[id]..<keyStarts[id + 1]`.
    private var keyArena: [UInt8] = []
    private var keyStarts: [Int] = [0]

    private struct Slot {
        var hash: UInt32 = 0
        var idPlusOne: UInt32 = 0
    }

    var count: Int { exactKeys.count }

    /// The id of `exact`, added with its folded key when new.
    mutating func id(exact: String, folded: @autoclosure () -> String) -> UInt32 {
        var exact = exact
        let (hash, slot, found) = exact.withUTF8(find)
        if let found { return found }
        let id = UInt32(exactKeys.count)
        slots[slot] = Slot(hash: hash, idPlusOne: id + 1)
        let foldedKey = folded()
        keyArena.append(contentsOf: exact.utf8)
        keyStarts.append(keyArena.count)
        exactKeys.append(exact)
        foldedKeys.append(foldedKey)
        keyBytes += 2 * exact.utf8.count + foldedKey.utf8.count + 48
        if exactKeys.count * 2 > slots.count { grow() }
        return id
    }

    /// Term ids in dictionary order: by folded key, then exact key, bytewise.
    func sortedIDs() -> [UInt32] {
        (0..<UInt32(count)).sorted { left, right in
            let l = Int(left), r = Int(right)
            if !Self.sameBytes(foldedKeys[l], foldedKeys[r]) {
                return foldedKeys[l].utf8.lexicographicallyPrecedes(foldedKeys[r].utf8)
            }
            return exactKeys[l].utf8.lexicographicallyPrecedes(exactKeys[r].utf8)
        }
    }

    /// The key's hash and either its id or the empty slot where it belongs.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (UInt32, Int, UInt32?) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].idPlusOne != 0 {
            if slots[slot].hash == hash {
                let id = slots[slot].idPlusOne - 1
                let start = keyStarts[Int(id)], end = keyStarts[Int(id) + 1]
                if end - start == key.count, Self.equals(keyArena, from: start, key) {
                    return (hash, slot, id)
                }
            }
            slot = (slot + 1) & mask
        }
        return (hash, slot, nil)
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for old in slots where old.idPlusOne != 0 {
            var slot = Int(truncatingIfNeeded: old.hash) & mask
            while grown[slot].idPlusOne != 0 { slot = (slot + 1) & mask }
            grown[slot] = old
        }
        slots = grown
    }

    /// FNV-1a over the bytes, folded to 32 bits after a final multiply so the low bits
    /// (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// Whether `arena[start...]` begins with `key`'s bytes (memcmp).
    @inline(__always)
    private static func equals(_ arena: [UInt8], from start: Int,
                               _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bytes = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + start, bytes, key.count) == 0
        }
    }

    private static func sameBytes(_ stored: String, _ key: String) -> Bool {
        stored.utf8.count == key.utf8.count && stored.utf8.elementsEqual(key.utf8)
    }
}
