/// The fast path's view of Vietnamese letters: precomposed scalar → (base, mark, tone, case),
/// and (base, mark, tone) → NFC UTF-8 bytes.
///
/// Both tables are derived once from ICU's NFD and NFC, so the fast path cannot disagree
/// with ICU about what a scalar is; the oracle tests check the rest. Immutable after init.
struct LetterTable: Sendable {
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

        init(packed: UInt16) { self.packed = packed }

        init(base: UInt8, mark: LetterMark, tone: Tone, isUppercase: Bool) {
            packed = UInt16(base) | UInt16(mark.rawValue) << 8 | UInt16(tone.rawValue) << 11
                | (isUppercase ? 0x4000 : 0)
        }
    }

    private static let latinRange: Range<UInt32> = 0x00C0..<0x01B1
    private static let extendedRange: Range<UInt32> = 0x1EA0..<0x1EFA

    private let latin: [Entry]
    private let extended: [Entry]
    /// Indexed by ((base - "a") * 5 + mark) * 6 + tone: UTF-8 bytes, low byte first, and the
    /// byte count in the top byte; 0 for combinations that are not Vietnamese letters.
    private let composed: [UInt32]

    init() {
        latin = Self.latinRange.map(Self.entry(decomposing:))
        extended = Self.extendedRange.map(Self.entry(decomposing:))
        var composed = [UInt32](repeating: 0, count: 26 * 5 * 6)
        for base in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for mark in LetterMark.allCases where Letter.isValid(base: base, mark: mark) {
                for tone in Tone.allCases where tone == .ngang || Letter.canCarryTone(base) {
                    composed[Self.composedIndex(base, mark, tone)] = Self.packedUTF8(
                        Self.composedString(base: base, mark: mark, tone: tone))
                }
            }
        }
        self.composed = composed
    }

    /// What the table knows of a non-ASCII scalar.
    @inline(__always)
    func entry(for scalar: UInt32) -> Entry {
        if Self.latinRange.contains(scalar) {
            return latin[Int(scalar &- Self.latinRange.lowerBound)]
        }
        if Self.extendedRange.contains(scalar) {
            return extended[Int(scalar &- Self.extendedRange.lowerBound)]
        }
        if scalar == 0x0256 { return Entry(base: Letter.d, mark: .stroke, tone: .ngang,
                                           isUppercase: false) }
        return Entry(packed: 0)
    }

    /// Appends the NFC UTF-8 bytes of a lowercase letter with a tone; false when the
    /// combination is not a Vietnamese letter.
    @inline(__always)
    func appendComposed(_ base: UInt8, _ mark: LetterMark, _ tone: Tone,
                        to output: inout [UInt8]) -> Bool {
        if mark == .none && tone == .ngang {
            output.append(base)
            return true
        }
        guard base >= UInt8(ascii: "a"), base <= UInt8(ascii: "z") else { return false }
        var packed = composed[Self.composedIndex(base, mark, tone)]
        guard packed != 0 else { return false }
        let count = packed >> 24
        for _ in 0..<count {
            output.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
        return true
    }

    private static func composedIndex(_ base: UInt8, _ mark: LetterMark, _ tone: Tone) -> Int {
        (Int(base &- UInt8(ascii: "a")) * 5 + Int(mark.rawValue)) * 6 + Int(tone.rawValue)
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
