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
    init?(_ letters: UnsafeBufferPointer<Letter>) {
        let count = letters.count
        guard count > 0, count <= 7 else { return nil }
        var start = Self.onsetLength(letters)
        guard start >= 0 else { return nil }
        // `gi`, `qu` before no other vowel: the `i`/`u` is the nucleus.
        if start == 2, count == 2 || !letters[2].isVowel,
           letters[0].base == Letter.g && letters[1].base == Letter.i {
            start = 1
        }
        var end = start
        while end < count && letters[end].isVowel { end += 1 }
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
    func tonePosition(in letters: UnsafeBufferPointer<Letter>) -> Int {
        var marked = -1
        for index in nucleusStart..<nucleusEnd where letters[index].mark != .none {
            marked = index
        }
        if marked >= 0 { return marked }
        let vowels = nucleusEnd - nucleusStart
        if vowels == 1 { return nucleusStart }
        if nucleusEnd < letters.count { return nucleusEnd - 1 }
        if vowels == 3 { return nucleusStart + 1 }
        let first = letters[nucleusStart].base, second = letters[nucleusStart + 1].base
        let opensOnSecond = (first == Letter.o && (second == Letter.a || second == Letter.e))
            || (first == Letter.u && second == Letter.y)
        return opensOnSecond ? nucleusStart + 1 : nucleusStart
    }

    /// The index of a lone `i`/`y` ending an open syllable after h k l m t s v n or qu
    /// (`lý`/`lí`, `kỹ`/`kĩ`, `quy`/`qui`): spellings that are one word below the exact
    /// level. Nil for `tuy`, `huy`, `ý` and everything else.
    func variantVowelIndex(in letters: UnsafeBufferPointer<Letter>) -> Int? {
        guard nucleusEnd == letters.count, nucleusEnd - nucleusStart == 1 else { return nil }
        let vowel = letters[nucleusStart]
        guard vowel.mark == .none, vowel.base == Letter.i || vowel.base == Letter.y else {
            return nil
        }
        if nucleusStart == 1 {
            return letters[0].mark == .none && Self.variantOnsets.contains(letters[0].base)
                ? nucleusStart : nil
        }
        if nucleusStart == 2 {
            return letters[0].base == Letter.q && letters[1].base == Letter.u ? nucleusStart : nil
        }
        return nil
    }

    private static let variantOnsets: Set<UInt8> = Set("hklmtsvn".utf8)

    /// Onsets, longest first; `đ` is matched by its stroke mark.
    private static let onsets: [[UInt8]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ].map { Array($0.utf8) }

    private static let codas: [[UInt8]] = ["ch", "ng", "nh", "c", "m", "n", "p", "t"]
        .map { Array($0.utf8) }

    /// Length of the onset, or -1 when the letters start with something that is not one.
    private static func onsetLength(_ letters: UnsafeBufferPointer<Letter>) -> Int {
        if letters[0].isVowel { return 0 }
        if letters[0].mark == .stroke { return 1 }
        for onset in onsets where onset.count <= letters.count {
            var matches = true
            for (offset, byte) in onset.enumerated()
            where letters[offset].base != byte || letters[offset].mark != .none {
                matches = false
                break
            }
            if matches { return onset.count }
        }
        return -1
    }

    private static func isCoda(_ letters: UnsafeBufferPointer<Letter>, from start: Int) -> Bool {
        let length = letters.count - start
        if length == 0 { return true }
        return codas.contains { coda in
            coda.count == length && coda.indices.allSatisfy {
                letters[start + $0].base == coda[$0] && letters[start + $0].mark == .none
            }
        }
    }
}
