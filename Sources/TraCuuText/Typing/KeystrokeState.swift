/// The letters and tone of one word as an input method builds them, key by key
/// (`KeystrokeDecoder`).
struct KeystrokeState {
    private var letters: [Letter] = []
    private var uppercase: [Bool] = []
    private var tone = Tone.ngang
    private var hasToneKey = false
    /// Keys that acted (marks and tones), not letters.
    private(set) var keysUsed = 0

    init() {}

    /// A word already spelled: its letters, which of them are capitals, and its tone.
    init(letters: [Letter], uppercase: [Bool], tone: Tone) {
        self.letters = letters
        self.uppercase = uppercase
        self.tone = tone
    }

    mutating func append(_ base: UInt8, isUppercase: Bool) {
        letters.append(Letter(base: base))
        uppercase.append(isUppercase)
    }

    /// Applies a Telex key: true when it acted, false when it is a letter to append, nil when
    /// the word cannot be Telex (a second tone key, a `w` with nothing to mark after a vowel).
    mutating func applyTelex(_ key: UInt8) -> Bool? {
        switch key {
        case UInt8(ascii: "s"): return setTone(.sac)
        case UInt8(ascii: "f"): return setTone(.huyen)
        case UInt8(ascii: "r"): return setTone(.hoi)
        case UInt8(ascii: "x"): return setTone(.nga)
        case UInt8(ascii: "j"): return setTone(.nang)
        case UInt8(ascii: "z"): return setTone(.ngang)
        case UInt8(ascii: "d"):
            return letters.count == 1 && strokeOnset()
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"):
            return markLastVowel(among: [key], .circumflex)
        case UInt8(ascii: "w"):
            if markLastVowel(among: [UInt8(ascii: "a")], .breve) || horn() { return true }
            guard letters.last?.isVowel != true else { return nil }
            append(UInt8(ascii: "u"), isUppercase: false)
            letters[letters.count - 1].mark = .horn
            keysUsed += 1
            return true
        default: return false
        }
    }

    /// Applies a VNI key: true when it acted, false for a letter, nil when a digit cannot act
    /// (`7` with no u or o, a second tone).
    mutating func applyVNI(_ key: UInt8) -> Bool? {
        let acted: Bool?
        switch key {
        case UInt8(ascii: "1"): acted = setTone(.sac)
        case UInt8(ascii: "2"): acted = setTone(.huyen)
        case UInt8(ascii: "3"): acted = setTone(.hoi)
        case UInt8(ascii: "4"): acted = setTone(.nga)
        case UInt8(ascii: "5"): acted = setTone(.nang)
        case UInt8(ascii: "0"): acted = setTone(.ngang)
        case UInt8(ascii: "6"): acted = markLastVowel(among: Self.circumflexBases, .circumflex)
        case UInt8(ascii: "7"): acted = horn()
        case UInt8(ascii: "8"): acted = markLastVowel(among: [UInt8(ascii: "a")], .breve)
        case UInt8(ascii: "9"): acted = strokeOnset()
        default: return false
        }
        return acted == true ? true : nil
    }

    private static let circumflexBases = [UInt8(ascii: "a"), UInt8(ascii: "e"),
                                          UInt8(ascii: "o")]

    /// Sets the tone once the word has a vowel; before that a Telex tone key is a letter
    /// (`tr`, `s`, `x`, `r` start words).
    private mutating func setTone(_ newTone: Tone) -> Bool? {
        guard letters.contains(where: \.isVowel) else { return false }
        guard !hasToneKey else { return nil }
        hasToneKey = true
        tone = newTone
        keysUsed += 1
        return true
    }

    /// `dd` right after the first `d`, or VNI `9` anywhere: the onset `d` becomes `đ`.
    private mutating func strokeOnset() -> Bool {
        guard letters.first?.base == UInt8(ascii: "d"), letters[0].mark == .none else {
            return false
        }
        letters[0].mark = .stroke
        keysUsed += 1
        return true
    }

    /// The horn key: the last unmarked `u` or `o` takes a horn, and a `u` before that `o` one
    /// too (`ươ`, undone to `uơ` at the end of an open syllable, `thuở`); the `u` of `qu`
    /// never does.
    private mutating func horn() -> Bool {
        let start = letters.first?.base == UInt8(ascii: "q") ? 2 : 0
        guard start < letters.count else { return false }
        for index in (start..<letters.count).reversed() where letters[index].mark == .none {
            let base = letters[index].base
            guard base == UInt8(ascii: "u") || base == UInt8(ascii: "o") else { continue }
            letters[index].mark = .horn
            if base == UInt8(ascii: "o"), index > start,
               letters[index - 1].base == UInt8(ascii: "u") {
                letters[index - 1].mark = .horn
            }
            keysUsed += 1
            return true
        }
        return false
    }

    /// Marks the last vowel of the word if its base is one of `bases` and it is unmarked,
    /// whatever consonants follow it (`quyeets`: the `e` before `t`, `ts` typed after).
    private mutating func markLastVowel(among bases: [UInt8], _ mark: LetterMark) -> Bool {
        guard let index = letters.lastIndex(where: \.isVowel),
              bases.contains(letters[index].base), letters[index].mark == .none
        else { return false }
        letters[index].mark = mark
        keysUsed += 1
        return true
    }

    /// The syllable in NFC with the word's capitalisation, or nil when the letters are not one
    /// Vietnamese syllable or the tone does not go with its final consonant.
    func syllable() -> String? {
        var letters = letters
        if letters.count >= 2, letters[letters.count - 1] == Letter(base: UInt8(ascii: "o"),
                                                                    mark: .horn),
           letters[letters.count - 2].mark == .horn,
           letters[letters.count - 2].base == UInt8(ascii: "u") {
            letters[letters.count - 2].mark = .none
        }
        guard letters.allSatisfy({ Letter.isValid(base: $0.base, mark: $0.mark) }) else {
            return nil
        }
        guard WordShape.isSyllable(letters),
              let structure = letters.withUnsafeBufferPointer({ SyllableStructure($0) }),
              tone == .sac || tone == .nang || !Self.endsInStop(letters) else { return nil }
        let tonePosition = letters.withUnsafeBufferPointer { structure.tonePosition(in: $0) }
        var text = ""
        for (index, letter) in letters.enumerated() {
            var bytes: [UInt8] = []
            guard LetterTable.shared.appendComposed(
                letter.base, letter.mark, index == tonePosition ? tone : .ngang, to: &bytes)
            else { return nil }
            let character = String(decoding: bytes, as: UTF8.self)
            text += uppercase[index] ? character.uppercased() : character
        }
        return text
    }

    /// Whether the syllable ends in `c`, `ch`, `p` or `t`, after which only sắc and nặng go.
    private static func endsInStop(_ letters: [Letter]) -> Bool {
        switch letters.last?.base {
        case UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "t"): true
        case UInt8(ascii: "h"):
            letters.count >= 2 && letters[letters.count - 2].base == UInt8(ascii: "c")
        default: false
        }
    }
}
