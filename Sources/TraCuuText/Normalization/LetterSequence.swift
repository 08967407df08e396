/// A word as lowercase letters with each letter's tone apart: the representation in which
/// `hòa` and `hoà` are one value. Shared by the fast scanner and the ICU reference path;
/// rendering to keys is theirs.
struct LetterSequence {
    var letters: [Letter] = []
    var tones: [Tone] = []
    private(set) var toneCount = 0

    mutating func removeAll() {
        letters.removeAll(keepingCapacity: true)
        tones.removeAll(keepingCapacity: true)
        toneCount = 0
    }

    mutating func append(_ letter: Letter, tone: Tone) {
        letters.append(letter)
        tones.append(tone)
        if tone != .ngang { toneCount += 1 }
    }

    /// Adds a combining quality or tone mark to the last letter; false when there is no
    /// letter, the slot is taken, or the result is not a Vietnamese letter.
    mutating func applyToLast(mark: LetterMark) -> Bool {
        guard let last = letters.indices.last, letters[last].mark == .none,
              Letter.isValid(base: letters[last].base, mark: mark) else { return false }
        letters[last].mark = mark
        return true
    }

    mutating func applyToLast(tone: Tone) -> Bool {
        guard let last = letters.indices.last, tones[last] == .ngang,
              Letter.canCarryTone(letters[last].base) else { return false }
        tones[last] = tone
        toneCount += 1
        return true
    }

    /// For each letter, the tone to write at `level`, and the letter to write (i/y variants
    /// become `i` below the exact level). Calls `body(letter, tone)` in order.
    func forEachRendered(at level: MatchLevel, _ body: (Letter, Tone) -> Void) {
        letters.withUnsafeBufferPointer { letters in
            let structure = (toneCount == 1 || level != .exact)
                ? SyllableStructure(letters) : nil
            var canonicalTone = -1
            var variant = -1
            if level == .exact, toneCount == 1, let structure {
                canonicalTone = structure.tonePosition(in: letters)
            }
            if level != .exact, let structure {
                variant = structure.variantVowelIndex(in: letters) ?? -1
            }
            let singleTone = canonicalTone >= 0 ? tones.first { $0 != .ngang } ?? .ngang : .ngang
            for index in letters.indices {
                var letter = letters[index]
                if index == variant { letter.base = Letter.i }
                switch level {
                case .exact:
                    let tone = canonicalTone >= 0
                        ? (index == canonicalTone ? singleTone : .ngang) : tones[index]
                    body(letter, tone)
                case .toneless:
                    body(letter, .ngang)
                case .folded:
                    body(Letter(base: letter.base), .ngang)
                }
            }
        }
    }
}
