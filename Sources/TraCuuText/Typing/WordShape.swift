/// Whether a word as typed spells one Vietnamese syllable: the test every typing repair
/// makes before and after it changes a word.
package enum WordShape {
    /// Whether `word` (any case, any normalization form) is one syllable: letters of the
    /// Vietnamese alphabet in an onset, vowel nucleus and coda Vietnamese has, with one tone
    /// mark at most.
    package static func isSyllable(_ word: String) -> Bool {
        let text = word.unicodeScalars.allSatisfy(\.isASCII)
            ? word : ICUNormalizer.normalized(word, .nfc)
        var letters: [Letter] = []
        var tones = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value) | 0x20
                guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return false }
                letters.append(Letter(base: byte))
                continue
            }
            let entry = LetterTable.shared.entry(for: scalar.value)
            guard entry.isLetter else { return false }
            if entry.tone != .ngang { tones += 1 }
            letters.append(Letter(base: entry.base, mark: entry.mark))
        }
        guard tones <= 1,
              letters.allSatisfy({ Letter.isValid(base: $0.base, mark: $0.mark) }) else {
            return false
        }
        return isSyllable(letters)
    }

    /// Whether lowercase, toneless letters are one syllable whose vowels are a nucleus
    /// Vietnamese writes (`VowelCluster`).
    static func isSyllable(_ letters: [Letter]) -> Bool {
        guard let structure = letters.withUnsafeBufferPointer({ SyllableStructure($0) }) else {
            return false
        }
        return VowelCluster.isValid(letters[structure.nucleusStart..<structure.nucleusEnd])
    }
}
