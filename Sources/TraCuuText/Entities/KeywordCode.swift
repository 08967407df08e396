/// A short key as two integers: its UTF-8 bytes and their count. Two keys of at most 15 bytes
/// have equal codes exactly when their bytes are equal; longer keys all get `long`, which
/// equals no fixed word (every fixed word is shorter, `KeywordIndex` checks).
///
/// Token keys and the recognisers' fixed words are NFC, so equal bytes are what `==` on
/// their strings means; comparing codes is that comparison without Unicode's machinery.
package struct KeywordCode: Hashable, Sendable {
    package let low: UInt64
    /// The byte count in the top byte (255 for a long key), then the bytes past the eighth.
    package let high: UInt64

    /// The code of every key longer than 15 bytes.
    package static let long = KeywordCode(low: 0, high: 0xFF << 56)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The code of a fixed word written in source: NFC first, as `==` would compare it.
    init(fixedWord word: String) {
        self.init(ICUNormalizer.normalized(word, .nfc))
    }

    /// The code of a key (NFC, as the tokenizer makes them).
    package init(_ key: String) {
        var key = key
        self = key.withUTF8 { KeywordCode(bytes: $0) }
    }

    package init(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count <= 15 else {
            self = .long
            return
        }
        guard count > 0, let start = bytes.baseAddress else {
            self.init(low: 0, high: 0)
            return
        }
        // Whole words in at most two loads each, overlapping where the count is not a power
        // of two; bytes past the end are never read.
        let raw = UnsafeRawPointer(start)
        var low: UInt64 = 0
        var high = UInt64(count) << 56
        switch count {
        case 1...3:
            low = UInt64(start[0]) | UInt64(start[count / 2]) << (8 * (count / 2))
                | UInt64(start[count - 1]) << (8 * (count - 1))
        case 4...7:
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4,
                                                                     as: UInt32.self)))
            low = first | last << (8 * (count - 4))
        default:
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if count > 8 {
                let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8,
                                                                  as: UInt64.self))
                high |= last >> (8 * (16 - count))
            }
        }
        self.init(low: low, high: high)
    }

    package var isLong: Bool { self == .long }

    /// The code's two words mixed by multiplication, for hash tables: its high bits depend on
    /// every byte, so take a slot from them.
    @inline(__always)
    package var mixed: UInt64 { (low ^ high &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9 }
}

/// Fixed words (as codes) to small integers: an open-addressing table sized for few misses,
/// for the look-ups recognisers make at every token (`đồng chí`? a surname? a unit word?).
///
/// Its storage is allocated once and never freed, so that copying an index costs no
/// reference counting: build indexes only for tables that live as long as the process
/// (`static let`).
struct KeywordIndex: @unchecked Sendable {
    private let codes: UnsafePointer<KeywordCode>
    private let values: UnsafePointer<Int32>
    private let mask: Int
    private let shift: UInt64
    /// Bit n set when a word of n bytes is in the index: most look-ups stop there.
    private let lengths: UInt64

    /// `pairs` must not contain the same code twice, nor a code of a long key.
    init(_ pairs: [(code: KeywordCode, value: Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        let codes = UnsafeMutablePointer<KeywordCode>.allocate(capacity: capacity)
        codes.initialize(repeating: .long, count: capacity)
        let values = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        values.initialize(repeating: -1, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        var lengths: UInt64 = 0
        for (code, value) in pairs {
            lengths |= 1 << (code.high >> 56)
            precondition(!code.isLong, "a fixed word longer than 15 bytes")
            precondition(value >= 0, "a negative value")
            var slot = Self.slot(code, shift)
            while values[slot] >= 0 {
                precondition(codes[slot] != code, "a fixed word listed twice")
                slot = (slot + 1) & mask
            }
            codes[slot] = code
            values[slot] = value
        }
        self.codes = UnsafePointer(codes)
        self.values = UnsafePointer(values)
        self.lengths = lengths
    }

    /// A set: each code maps to 0.
    init(_ codes: some Sequence<KeywordCode>) {
        self.init(Set(codes).map { ($0, 0) })
    }

    @inline(__always)
    private static func slot(_ code: KeywordCode, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: code.mixed >> shift)
    }

    /// The value of `code`, or -1.
    @inline(__always)
    func value(for code: KeywordCode) -> Int32 {
        // (A long key's length, 255, shifts by 63: no fixed word is that long.)
        guard lengths &>> (code.high >> 56) & 1 != 0 else { return -1 }
        var slot = Self.slot(code, shift)
        while true {
            let value = values[slot]
            if value < 0 || codes[slot] == code { return value }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ code: KeywordCode) -> Bool { value(for: code) >= 0 }
}
