import CPrefetch
import Foundation
import TraCuuText

/// Interns term keys to dense ids for a segment under construction, remembering each term's
/// folded key (the dictionary's sort key).
///
/// Called once per token, with the `KeywordCode` of its exact key that the tokenizer already
/// made: a key of at most 15 bytes is its code, so finding it (`existingID(_:)`) hashes and
/// compares two integers held in the slot itself, one memory access; its strings are needed
/// only when it is new. A longer key (an entity's) is hashed from its bytes and compared
/// with a copy kept in `longKeys`. Keys are NFC, so their bytes identify them.
final class TermTable {
    private(set) var exactKeys: [String] = []
    private(set) var foldedKeys: [String] = []
    /// Bytes held by the keys and the slots, for the buffer's memory estimate.
    private(set) var bytes = 0
    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    /// Keys longer than 15 bytes end to end, each after its length (4 bytes); a long key's
    /// slot has its offset as `low`.
    private var longKeys: [UInt8] = []

    /// A key's code (or, for a long key, the long code's `high` and its offset in
    /// `longKeys`), the top half of its hash and its id + 1 (0 marks an empty slot).
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var hash: UInt32 = 0
        var idPlusOne: UInt32 = 0
    }

    init() {
        mask = (1 << 12) - 1
        slots = .allocate(capacity: mask + 1)
        slots.initialize(repeating: Slot(), count: mask + 1)
        bytes = (mask + 1) * MemoryLayout<Slot>.stride
    }

    deinit { slots.deallocate() }

    var count: Int { exactKeys.count }

    /// The id of a short key, by its code, if the table has it; nil for a long key's code
    /// (`id(exact:code:folded:)` finds those).
    @inline(__always)
    func existingID(_ code: KeywordCode) -> UInt32? {
        guard !code.isLong else { return nil }
        var index = Int(Self.hash(code.mixed)) & mask
        while slots[index].idPlusOne != 0 {
            if slots[index].low == code.low, slots[index].high == code.high {
                return slots[index].idPlusOne - 1
            }
            index = (index + 1) & mask
        }
        return nil
    }

    /// The id of the key `exact`, whose code is `code`; added with its folded key when new.
    func id(exact: String, code: KeywordCode, folded: String) -> UInt32 {
        let slot: Int, hash: UInt32
        if code.isLong {
            var key = exact
            let found = key.withUTF8(findLong)
            if let id = found.id { return id }
            (slot, hash) = (found.slot, found.hash)
            slots[slot].low = UInt64(longKeys.count)
            longKeys.appendLittleEndian(UInt32(key.utf8.count))
            longKeys.append(contentsOf: key.utf8)
        } else {
            if let id = existingID(code) { return id }
            hash = Self.hash(code.mixed)
            var index = Int(hash) & mask
            while slots[index].idPlusOne != 0 { index = (index + 1) & mask }
            slot = index
            slots[slot].low = code.low
        }
        let id = UInt32(exactKeys.count)
        slots[slot].high = code.high
        slots[slot].hash = hash
        slots[slot].idPlusOne = id + 1
        exactKeys.append(exact)
        foldedKeys.append(folded)
        bytes += (code.isLong ? 2 : 1) * exact.utf8.count + folded.utf8.count + 40
        if exactKeys.count * 2 > mask + 1 { grow() }
        return id
    }

    /// Starts loading the slot where a short key's search begins (its id is asked for a
    /// few tokens later).
    @inline(__always)
    func prefetch(_ code: KeywordCode) {
        tc_prefetch(slots + (Int(Self.hash(code.mixed)) & mask))
    }

    /// The id of `exact`, whose code the table computes.
    func id(exact: String, folded: @autoclosure () -> String) -> UInt32 {
        let code = KeywordCode(exact)
        return existingID(code) ?? id(exact: exact, code: code, folded: folded())
    }

    /// Term ids in dictionary order: by folded key, then exact key, bytewise. Most pairs
    /// differ in their folded keys' first 8 bytes, compared as one integer.
    func sortedIDs() -> [UInt32] {
        let prefixes = foldedKeys.map(Self.prefix)
        return (0..<UInt32(count)).sorted { left, right in
            let l = Int(left), r = Int(right)
            if prefixes[l] != prefixes[r] { return prefixes[l] < prefixes[r] }
            if !Self.sameBytes(foldedKeys[l], foldedKeys[r]) {
                return foldedKeys[l].utf8.lexicographicallyPrecedes(foldedKeys[r].utf8)
            }
            return exactKeys[l].utf8.lexicographicallyPrecedes(exactKeys[r].utf8)
        }
    }

    /// A long key's hash and either its id or the empty slot where it belongs.
    private func findLong(_ key: UnsafeBufferPointer<UInt8>)
        -> (hash: UInt32, slot: Int, id: UInt32?)
    {
        // FNV-1a: its multiplications carry every byte into the high bits.
        var bytesHash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { bytesHash = (bytesHash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let hash = Self.hash(bytesHash)
        var index = Int(hash) & mask
        while slots[index].idPlusOne != 0 {
            if slots[index].hash == hash, slots[index].high == KeywordCode.long.high,
               longKey(at: Int(slots[index].low), equals: key) {
                return (hash, index, slots[index].idPlusOne - 1)
            }
            index = (index + 1) & mask
        }
        return (hash, index, nil)
    }

    private func longKey(at offset: Int, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
        longKeys.withUnsafeBytes { stored in
            let count = Int(stored.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            guard count == key.count, let bytes = key.baseAddress else { return count == 0 }
            return memcmp(stored.baseAddress! + offset + 4, bytes, count) == 0
        }
    }

    private func grow() {
        let capacity = (mask + 1) * 2
        let grown = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        grown.initialize(repeating: Slot(), count: capacity)
        let newMask = capacity - 1
        for old in 0...mask where slots[old].idPlusOne != 0 {
            var index = Int(slots[old].hash) & newMask
            while grown[index].idPlusOne != 0 { index = (index + 1) & newMask }
            grown[index] = slots[old]
        }
        slots.deallocate()
        slots = grown
        bytes += (capacity - mask - 1) * MemoryLayout<Slot>.stride
        mask = newMask
    }

    /// 32 bits of a well-mixed 64-bit hash, folded so that the slot (their low bits) depends
    /// on the high bits, which depend on every byte.
    @inline(__always)
    private static func hash(_ mixed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (mixed ^ mixed >> 31) >> 32)
    }

    /// The key's first 8 bytes, big-endian, zero-padded: ordered as the keys are, but for
    /// keys that differ only later (or in trailing zero bytes).
    private static func prefix(_ key: String) -> UInt64 {
        var value: UInt64 = 0, shift = 56
        for byte in key.utf8.prefix(8) {
            value |= UInt64(byte) << shift
            shift -= 8
        }
        return value
    }

    private static func sameBytes(_ stored: String, _ key: String) -> Bool {
        stored.utf8.count == key.utf8.count && stored.utf8.elementsEqual(key.utf8)
    }
}
