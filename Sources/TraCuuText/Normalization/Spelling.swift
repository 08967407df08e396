/// A word's letters with their tones taken off, the tones apart: what the typing repairs and
/// `MarkDistance` compare words by.
struct Spelling {
    /// The lowercase letters, without tone.
    let letters: [Letter]
    /// The tone marks the word carries, in order (one for a syllable).
    let tones: [Tone]

    /// The spelling of an NFC word, or nil when it holds a scalar that is neither ASCII nor a
    /// Latin letter `LetterTable` knows. ASCII is lowercased, letters or not.
    init?(_ word: String) {
        var letters: [Letter] = []
        var tones: [Tone] = []
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                letters.append(Letter(base: byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
                continue
            }
            let entry = LetterTable.shared.entry(for: scalar.value)
            guard entry.isLetter else { return nil }
            if entry.tone != .ngang { tones.append(entry.tone) }
            letters.append(Letter(base: entry.base, mark: entry.mark))
        }
        self.letters = letters
        self.tones = tones
    }
}
