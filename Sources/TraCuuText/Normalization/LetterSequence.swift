/// A word as lowercase letters with each letter's tone apart: the representation in which
/// `hòa` and `hoà` are one value. The ICU reference path and the syllable validator build
/// it; the fast scanner keeps the same information in buffers of its own
/// (`ScannedLetters`). Both render keys by one `RenderingPlan`.
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
            let plan = RenderingPlan(letters, toneCount: toneCount, level: level)
            let singleTone = plan.tonePosition >= 0
                ? tones.first { $0 != .ngang } ?? .ngang : .ngang
            for index in letters.indices {
                var letter = letters[index]
                if index == plan.variant { letter.base = UInt8(ascii: "i") }
                switch level {
                case .exact:
                    let tone = plan.tonePosition >= 0
                        ? (index == plan.tonePosition ? singleTone : .ngang) : tones[index]
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

/// How a word's letters are written at one level, beyond dropping what the level drops: the
/// rules that need the syllable's structure (tone placement, i/y variants; see the
/// Architecture article of the TraCuu documentation).
struct RenderingPlan {
    /// At the exact level, for a word with exactly one tone that is one syllable: the index
    /// of the letter that carries the tone (`hòa` and `hoà` both put it on the `a`). -1 when
    /// every tone stays on the letter it was written on.
    var tonePosition = -1
    /// Below the exact level: the index of the `y` of an i/y variant (`lý`, `quy`), which is
    /// written `i`. -1 when there is none. (A variant spelled `i` is written as it is.)
    var variant = -1

    @inline(__always)
    init(_ letters: some LetterColumns, toneCount: Int, level: MatchLevel) {
        if level == .exact {
            if toneCount == 1, let structure = SyllableStructure(letters) {
                tonePosition = structure.tonePosition(in: letters)
            }
        } else if Self.mayBeVariant(letters), let structure = SyllableStructure(letters) {
            variant = structure.variantVowelIndex(in: letters) ?? -1
        }
    }

    /// Whether the word ends in a plain `y`: only then can a variant change what is written.
    @inline(__always)
    static func mayBeVariant(_ letters: some LetterColumns) -> Bool {
        let last = letters.count - 1
        return last >= 0 && letters.base(last) == UInt8(ascii: "y") && letters.mark(last) == .none
    }
}
