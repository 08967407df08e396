/// The fast path's view of Vietnamese letters: precomposed scalar → (base, mark, tone, case),
/// and (base, mark, tone) → NFC UTF-8 bytes.
///
/// Both tables are derived once from ICU's NFD and NFC, so the fast path cannot disagree
/// with ICU about what a scalar is; the oracle tests check the rest. They live in memory that
/// is allocated once and never freed or written again, so a copy of the table is three
/// pointers: the scanner keeps one and reads it without reference counting.
struct LetterTable: @unchecked Sendable {
    /// The one table, built on first use (about 0.5 ms).
    static let shared = LetterTable()

    /// A decoded scalar: base 0 means "not a letter this table knows".
    struct Entry {
        let packed: UInt16

        var isLetter: Bool { packed & 0xFF != 0 }
        var base: UInt8 { UInt8(truncatingIfNeeded: packed) }
        var mark: LetterMark { LetterMark(rawValue: UInt8((packed >> 8) & 0x7)) ?? .none }
        var tone: Tone { Tone(rawValue: UInt8((packed >> 11) & 0x7)) ?? .ngang }
        var isUppercase: Bool { packed & 0x4000 != 0 }
        /// Mark and tone as one byte, `mark | tone << 3`: see `LetterTable.detail(_:_:)`.
        var detail: UInt8 { UInt8(truncatingIfNeeded: packed >> 8) & 0x3F }

        init(packed: UInt16) { self.packed = packed }

        init(base: UInt8, mark: LetterMark, tone: Tone, isUppercase: Bool) {
            packed = UInt16(base) | UInt16(mark.rawValue) << 8 | UInt16(tone.rawValue) << 11
                | (isUppercase ? 0x4000 : 0)
        }
    }

    private static let latinStart: UInt32 = 0x00C0, latinCount: UInt32 = 0x01B1 - 0x00C0
    private static let extendedStart: UInt32 = 0x1EA0, extendedCount: UInt32 = 0x1EFA - 0x1EA0

    private let latin: UnsafePointer<UInt16>
    private let extended: UnsafePointer<UInt16>
    /// Indexed by `(base - "a") << 6 | detail`: UTF-8 bytes, low byte first, and the byte
    /// count in the top byte; 0 for combinations that are not Vietnamese letters.
    private let composed: UnsafePointer<UInt32>

    init() {
        let latin = UnsafeMutablePointer<UInt16>.allocate(capacity: Int(Self.latinCount))
        for offset in 0..<Self.latinCount {
            latin[Int(offset)] = Self.entry(decomposing: Self.latinStart + offset).packed
        }
        let extended = UnsafeMutablePointer<UInt16>.allocate(capacity: Int(Self.extendedCount))
        for offset in 0..<Self.extendedCount {
            extended[Int(offset)] = Self.entry(decomposing: Self.extendedStart + offset).packed
        }
        let composed = UnsafeMutablePointer<UInt32>.allocate(capacity: 26 << 6)
        composed.initialize(repeating: 0, count: 26 << 6)
        for base in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for mark in LetterMark.allCases where Letter.isValid(base: base, mark: mark) {
                for tone in Tone.allCases where tone == .ngang || Letter.canCarryTone(base) {
                    composed[Self.composedIndex(base, Self.detail(mark, tone))] = Self.packedUTF8(
                        Self.composedString(base: base, mark: mark, tone: tone))
                }
            }
        }
        self.latin = UnsafePointer(latin)
        self.extended = UnsafePointer(extended)
        self.composed = UnsafePointer(composed)
    }

    /// What the table knows of a non-ASCII scalar.
    @inline(__always)
    func entry(for scalar: UInt32) -> Entry {
        let latinOffset = scalar &- Self.latinStart
        if latinOffset < Self.latinCount { return Entry(packed: latin[Int(latinOffset)]) }
        let extendedOffset = scalar &- Self.extendedStart
        if extendedOffset < Self.extendedCount {
            return Entry(packed: extended[Int(extendedOffset)])
        }
        if scalar == 0x0256 {
            return Entry(base: UInt8(ascii: "d"), mark: .stroke, tone: .ngang, isUppercase: false)
        }
        return Entry(packed: 0)
    }

    /// A letter's mark and tone packed in one byte, as the scanner stores them: the mark's
    /// raw value in bits 0–2, the tone's in bits 3–5. 0 is a plain letter.
    @inline(__always)
    static func detail(_ mark: LetterMark, _ tone: Tone) -> UInt8 {
        mark.rawValue | tone.rawValue << 3
    }

    /// The NFC UTF-8 bytes of a lowercase letter `a`…`z` with a mark and tone packed as by
    /// `detail(_:_:)`: the bytes low byte first, the byte count in the top byte; 0 when the
    /// combination is not a Vietnamese letter.
    @inline(__always)
    func composedBytes(_ base: UInt8, detail: UInt8) -> UInt32 {
        let offset = base &- UInt8(ascii: "a")
        guard offset < 26 else { return 0 }
        return composed[Self.composedIndex(base, detail & 0x3F)]
    }

    /// Appends the NFC UTF-8 bytes of a lowercase letter with a tone; false when the
    /// combination is not a Vietnamese letter.
    func appendComposed(_ base: UInt8, _ mark: LetterMark, _ tone: Tone,
                        to output: inout [UInt8]) -> Bool {
        if mark == .none && tone == .ngang {
            output.append(base)
            return true
        }
        var packed = composedBytes(base, detail: Self.detail(mark, tone))
        guard packed != 0 else { return false }
        let count = packed >> 24
        for _ in 0..<count {
            output.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
        return true
    }

    @inline(__always)
    private static func composedIndex(_ base: UInt8, _ detail: UInt8) -> Int {
        Int(base &- UInt8(ascii: "a")) << 6 | Int(detail)
    }

    private static func composedString(base: UInt8, mark: LetterMark, tone: Tone) -> String {
        if mark == .stroke { return "đ" }
        var scalars = String.UnicodeScalarView()
        scalars.append(Unicode.Scalar(base))
        if let quality = mark.combiningMark { scalars.append(quality) }
        if let toneMark = tone.combiningMark { scalars.append(toneMark) }
        return ICUNormalizer.normalized(String(scalars), .nfc)
    }

    private static func packedUTF8(_ string: String) -> UInt32 {
        let bytes = Array(string.utf8)
        precondition(bytes.count <= 3 && string.unicodeScalars.count == 1,
                     "ICU did not compose \(string) to one scalar")
        var packed = UInt32(bytes.count) << 24
        for (shift, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * shift) }
        return packed
    }

    /// Classifies a precomposed scalar through ICU's NFD. The look-alikes Ð (U+00D0),
    /// ð (U+00F0) and Ɖ (U+0189) read as Đ/đ.
    private static func entry(decomposing value: UInt32) -> Entry {
        switch value {
        case 0x0110, 0x00D0, 0x0189:
            return Entry(base: Letter.d, mark: .stroke, tone: .ngang, isUppercase: true)
        case 0x0111, 0x00F0:
            return Entry(base: Letter.d, mark: .stroke, tone: .ngang, isUppercase: false)
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return Entry(packed: 0) }
        let parts = Array(ICUNormalizer.normalized(String(scalar), .nfd).unicodeScalars)
        guard let first = parts.first, first.isASCII,
              let letter = ASCIILetter(first), parts.count <= 3 else { return Entry(packed: 0) }
        var mark = LetterMark.none
        var tone = Tone.ngang
        for part in parts.dropFirst() {
            if let quality = LetterMark(combiningMark: part), mark == .none {
                mark = quality
            } else if let written = Tone(combiningMark: part), tone == .ngang {
                tone = written
            } else {
                return Entry(packed: 0)
            }
        }
        guard Letter.isValid(base: letter.lowercase, mark: mark),
              tone == .ngang || Letter.canCarryTone(letter.lowercase)
        else { return Entry(packed: 0) }
        return Entry(base: letter.lowercase, mark: mark, tone: tone,
                     isUppercase: letter.isUppercase)
    }
}

/// An ASCII letter with its case.
struct ASCIILetter {
    let lowercase: UInt8
    let isUppercase: Bool

    init?(_ scalar: Unicode.Scalar) {
        guard scalar.isASCII else { return nil }
        let byte = UInt8(scalar.value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): (lowercase, isUppercase) = (byte, false)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): (lowercase, isUppercase) = (byte | 0x20, true)
        default: return nil
        }
    }
}
