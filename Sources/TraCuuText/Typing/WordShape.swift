/// Whether a word as typed spells one Vietnamese syllable: the test every typing repair
/// makes before and after it changes a word.
package enum WordShape {
    /// Whether `word` (any case, any normalization form) is one syllable: letters of the
    /// Vietnamese alphabet in an onset, vowel nucleus and coda Vietnamese has, with one tone
    /// mark at most.
    package static func isSyllable(_ word: String) -> Bool {
        let text = word.unicodeScalars.allSatisfy(\.isASCII)
            ? word : ICUNormalizer.normalized(word, .nfc)
        guard let spelling = Spelling(text), spelling.tones.count <= 1,
              spelling.letters.allSatisfy({ letter in
                  letter.base >= UInt8(ascii: "a") && letter.base <= UInt8(ascii: "z")
                      && Letter.isValid(base: letter.base, mark: letter.mark)
              }) else { return false }
        return isSyllable(spelling.letters)
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
