/// The syllables one letter slip away from a typed word, keeping the marks and tone it was
/// typed with: a letter left out (`Quết` → `Quyết`), typed twice or added (`Nghhị` → `Nghị`),
/// mistyped (`Tộv` → `Tộc`), or two neighbours swapped (`thnah` → `thanh`, `quytế` →
/// `quyết`). What typo correction chooses among; the index decides which exist.
package enum LetterEdits {
    /// One syllable an edit away.
    package struct Candidate: Hashable, Sendable {
        /// The syllable in NFC, with the word's tone and marks, and its first letter a
        /// capital when the word's was.
        package let text: String
        /// Its folded key: lowercase ASCII letters.
        package let folded: String
        /// Whether the edit touched the first letter, which people rarely mistype.
        package let editsFirstLetter: Bool
    }

    /// Letters an edit may add or put in another's place: without marks.
    private static let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))

    /// The folded key of a word typo correction may change or split (`Tjông` → `tjong`,
    /// `mih`, `nghidinh`): up to 28 letters of the Vietnamese alphabet, a capital first at
    /// most, one tone at most; nil for numbers, codes and capitals (`A4`, `UBND`), signs and
    /// other scripts.
    package static func foldedKey(of word: String) -> String? {
        spelling(of: word).map { String(decoding: $0.letters.map(\.base), as: UTF8.self) }
    }

    private static func spelling(of word: String) -> Spelling? {
        let text = word.unicodeScalars.allSatisfy(\.isASCII)
            ? word : ICUNormalizer.normalized(word, .nfc)
        guard text.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase }),
              let spelling = Spelling(text), (1...28).contains(spelling.letters.count),
              Set(spelling.tones).count <= 1,
              spelling.letters.allSatisfy({ alphabet.contains($0.base)
                  && Letter.isValid(base: $0.base, mark: $0.mark) })
        else { return nil }
        return spelling
    }

    /// The distinct syllables one edit away from `word`, each once (an edit of a later letter
    /// preferred). Empty unless `word` has a `foldedKey(of:)` of 2 to 8 letters. At most
    /// 54·n + 26 edits of an n-letter word are tried, each kept only when it spells a
    /// syllable (a word typed without marks, with the tone it may have left out).
    package static func candidates(of word: String) -> [Candidate] {
        guard let spelling = spelling(of: word), (2...8).contains(spelling.letters.count)
        else { return [] }
        let letters = spelling.letters
        let tone = spelling.tones.first ?? .ngang
        let capitalized = word.first?.isUppercase == true
        let isUnmarked = tone == .ngang && letters.allSatisfy { $0.mark == .none }
        // A word may have left its tone out: `quyet` is `quyết`, `quyêt` `quyết` or `quyệt`
        // (a level tone cannot end in c, ch, p or t).
        func render(_ edited: [Letter]) -> [String] {
            if isUnmarked {
                guard WordShape.isSyllable(edited) else { return [] }
                let text = String(decoding: edited.map(\.base), as: UTF8.self)
                return [capitalized ? text.prefix(1).uppercased() + text.dropFirst() : text]
            }
            var uppercase = [Bool](repeating: false, count: edited.count)
            uppercase[0] = capitalized
            func syllable(_ tone: Tone) -> String? {
                KeystrokeState(letters: edited, uppercase: uppercase, tone: tone).syllable()
            }
            if let typed = syllable(tone) { return [typed] }
            return tone == .ngang ? [Tone.sac, .nang].compactMap(syllable) : []
        }
        var found: [String: Candidate] = [:]
        var order: [String] = []
        func add(_ edited: [Letter], firstLetter: Bool) {
            guard edited != letters, !edited.isEmpty else { return }
            for syllable in render(hornPaired(edited)) {
                if let known = found[syllable] {
                    if known.editsFirstLetter && !firstLetter { found[syllable] = Candidate(
                        text: syllable, folded: known.folded, editsFirstLetter: false) }
                    continue
                }
                order.append(syllable)
                found[syllable] = Candidate(
                    text: syllable, folded: String(decoding: edited.map(\.base), as: UTF8.self),
                    editsFirstLetter: firstLetter)
            }
        }
        for index in letters.indices {
            var dropped = letters
            dropped.remove(at: index)
            add(dropped, firstLetter: index == 0)
            if index + 1 < letters.count {
                var swapped = letters
                swapped.swapAt(index, index + 1)
                add(swapped, firstLetter: index == 0)
            }
            for base in alphabet where base != letters[index].base {
                var changed = letters
                changed[index] = Letter(base: base)
                add(changed, firstLetter: index == 0)
            }
        }
        for index in 0...letters.count {
            for base in alphabet {
                var added = letters
                added.insert(Letter(base: base), at: index)
                add(added, firstLetter: index == 0)
            }
        }
        return order.compactMap { found[$0] }
    }

    /// `ươ` where an edit left one horn of the pair (`thyợng` → `thuợng` → `thượng`,
    /// `dưng` → `dưong` → `dương`); the `u` of `qu` takes none.
    private static func hornPaired(_ letters: [Letter]) -> [Letter] {
        var letters = letters
        for index in letters.indices.dropFirst() {
            let (before, letter) = (letters[index - 1], letters[index])
            guard before.base == UInt8(ascii: "u"), letter.base == UInt8(ascii: "o"),
                  before.mark == .horn || letter.mark == .horn,
                  index < 2 || letters[index - 2].base != UInt8(ascii: "q") else { continue }
            letters[index - 1].mark = .horn
            letters[index].mark = .horn
        }
        return letters
    }
}
