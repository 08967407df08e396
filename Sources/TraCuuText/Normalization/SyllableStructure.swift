/// Read access to the lowercase letters of one word, however they are stored: the reference
/// path keeps `Letter` values in an array, the scanner keeps bases and marks in two columns of
/// its own buffers.
protocol LetterColumns {
    var count: Int { get }
    /// The ASCII base of letter `index` (a letter or digit).
    func base(_ index: Int) -> UInt8
    /// The quality mark of letter `index` (`.stroke` for đ).
    func mark(_ index: Int) -> LetterMark
}

extension UnsafeBufferPointer: LetterColumns where Element == Letter {
    @inline(__always)
    func base(_ index: Int) -> UInt8 { self[index].base }

    @inline(__always)
    func mark(_ index: Int) -> LetterMark { self[index].mark }
}

/// Onset, nucleus and coda of a written Vietnamese syllable, and the rules that depend on
/// them: where the tone mark goes, and which i/y spellings are variants of each other.
///
/// `qu` and `gi` are onsets (`quý`, `già`, `giữ`), except that `gi` before no other vowel
/// is `g` + `i` (`gì`, `gìn`).
struct SyllableStructure {
    /// Index of the first vowel of the nucleus.
    let nucleusStart: Int
    /// One past the last vowel of the nucleus; the coda starts here.
    let nucleusEnd: Int

    /// Parses lowercase letters; nil when they are not one Vietnamese syllable (no vowel,
    /// more than three vowels, an onset or coda Vietnamese does not have, a digit).
    init?(_ letters: some LetterColumns) {
        let count = letters.count
        guard count > 0, count <= 7 else { return nil }
        var start = Self.onsetLength(letters)
        guard start >= 0 else { return nil }
        // `gi`, `qu` before no other vowel: the `i`/`u` is the nucleus.
        if start == 2, count == 2 || !Self.isVowel(letters, 2),
           letters.base(0) == UInt8(ascii: "g") && letters.base(1) == UInt8(ascii: "i") {
            start = 1
        }
        var end = start
        while end < count && Self.isVowel(letters, end) { end += 1 }
        guard end > start, end - start <= 3, Self.isCoda(letters, from: end) else { return nil }
        nucleusStart = start
        nucleusEnd = end
    }

    /// Whether a lowercase toneless key (`nguyên`, `ubnd`) spells one Vietnamese syllable.
    static func isSyllable(_ key: String) -> Bool {
        var letters: [Letter] = []
        for scalar in key.unicodeScalars {
            if scalar.isASCII {
                letters.append(Letter(base: UInt8(scalar.value)))
                continue
            }
            let entry = LetterTable.shared.entry(for: scalar.value)
            guard entry.isLetter, entry.tone == .ngang else { return false }
            letters.append(Letter(base: entry.base, mark: entry.mark))
        }
        return letters.withUnsafeBufferPointer { SyllableStructure($0) != nil }
    }

    /// Where the one tone mark goes: on the vowel with a quality mark (the last one, for
    /// `ươ`), else on a lone vowel, else on the last vowel before a coda, else on the middle
    /// of three; of two open vowels, on the second for `oa`, `oe`, `uy` (`hoà`, `thuỷ`:
    /// the newer, main-vowel convention) and on the first otherwise (`của`, `mái`).
    func tonePosition(in letters: some LetterColumns) -> Int {
        var marked = -1
        for index in nucleusStart..<nucleusEnd where letters.mark(index) != .none {
            marked = index
        }
        if marked >= 0 { return marked }
        let vowels = nucleusEnd - nucleusStart
        if vowels == 1 { return nucleusStart }
        if nucleusEnd < letters.count { return nucleusEnd - 1 }
        if vowels == 3 { return nucleusStart + 1 }
        let first = letters.base(nucleusStart), second = letters.base(nucleusStart + 1)
        let opensOnSecond = (first == UInt8(ascii: "o")
                             && (second == UInt8(ascii: "a") || second == UInt8(ascii: "e")))
            || (first == UInt8(ascii: "u") && second == UInt8(ascii: "y"))
        return opensOnSecond ? nucleusStart + 1 : nucleusStart
    }

    /// The index of a lone `i`/`y` ending an open syllable after h k l m t s v n or qu
    /// (`lý`/`lí`, `kỹ`/`kĩ`, `quy`/`qui`): spellings that are one word below the exact
    /// level. Nil for `tuy`, `huy`, `ý` and everything else.
    func variantVowelIndex(in letters: some LetterColumns) -> Int? {
        guard nucleusEnd == letters.count, nucleusEnd - nucleusStart == 1 else { return nil }
        let base = letters.base(nucleusStart)
        guard letters.mark(nucleusStart) == .none,
              base == UInt8(ascii: "i") || base == UInt8(ascii: "y") else { return nil }
        if nucleusStart == 1 {
            return letters.mark(0) == .none && Self.isVariantOnset(letters.base(0))
                ? nucleusStart : nil
        }
        if nucleusStart == 2 {
            return letters.base(0) == UInt8(ascii: "q") && letters.base(1) == UInt8(ascii: "u")
                ? nucleusStart : nil
        }
        return nil
    }

    /// The onsets before which i and y are variants: h k l m t s v n.
    private static func isVariantOnset(_ base: UInt8) -> Bool {
        switch base {
        case UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"),
             UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "v"), UInt8(ascii: "n"): true
        default: false
        }
    }

    @inline(__always)
    private static func isVowel(_ letters: some LetterColumns, _ index: Int) -> Bool {
        Letter.canCarryTone(letters.base(index))
    }

    /// The base of letter `index` when it has no mark and exists, else 0.
    @inline(__always)
    private static func plainBase(_ letters: some LetterColumns, _ index: Int) -> UInt8 {
        index < letters.count && letters.mark(index) == .none ? letters.base(index) : 0
    }

    /// Length of the onset, or -1 when the letters start with something that is not one.
    /// The onsets: ngh ng nh ch gh gi kh ph qu th tr, b c d g h k l m n p r s t v x, and đ
    /// (matched by its stroke). The longest one that matches counts.
    private static func onsetLength(_ letters: some LetterColumns) -> Int {
        if isVowel(letters, 0) { return 0 }
        let mark = letters.mark(0)
        if mark == .stroke { return 1 }
        guard mark == .none else { return -1 }
        let second = plainBase(letters, 1)
        switch letters.base(0) {
        case UInt8(ascii: "n"):
            if second == UInt8(ascii: "g") {
                return plainBase(letters, 2) == UInt8(ascii: "h") ? 3 : 2
            }
            return second == UInt8(ascii: "h") ? 2 : 1
        case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "p"):
            return second == UInt8(ascii: "h") ? 2 : 1
        case UInt8(ascii: "t"):
            return second == UInt8(ascii: "h") || second == UInt8(ascii: "r") ? 2 : 1
        case UInt8(ascii: "g"):
            return second == UInt8(ascii: "h") || second == UInt8(ascii: "i") ? 2 : 1
        case UInt8(ascii: "q"):
            return second == UInt8(ascii: "u") ? 2 : -1
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "l"),
             UInt8(ascii: "m"), UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "v"),
             UInt8(ascii: "x"):
            return 1
        default:
            return -1
        }
    }

    /// Whether the letters from `start` are a coda: none, or ch ng nh c m n p t.
    private static func isCoda(_ letters: some LetterColumns, from start: Int) -> Bool {
        switch letters.count - start {
        case 0:
            return true
        case 1:
            switch plainBase(letters, start) {
            case UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"),
                 UInt8(ascii: "t"): return true
            default: return false
            }
        case 2:
            switch (plainBase(letters, start), plainBase(letters, start + 1)) {
            case (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "n"), UInt8(ascii: "g")),
                 (UInt8(ascii: "n"), UInt8(ascii: "h")): return true
            default: return false
            }
        default:
            return false
        }
    }
}
