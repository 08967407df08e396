/// How far apart two spellings of one syllable are in marks: each letter whose quality mark
/// (hat, breve, horn, the stroke of đ) differs counts one, and a different tone one. `số`
/// and `sô` are one apart (the tone), `số` and `só` one (the hat), `bước` and `buớc` one
/// (the horn on u), `định` and `dinh` two.
package enum MarkDistance {
    /// The distance between two lowercase NFC words with the same letters once folded; nil
    /// when their letters differ.
    package static func between(_ first: String, _ second: String) -> Int? {
        let left = spelling(first), right = spelling(second)
        guard left.letters.count == right.letters.count else { return nil }
        var distance = left.tone == right.tone ? 0 : 1
        for (a, b) in zip(left.letters, right.letters) {
            guard a.base == b.base else { return nil }
            if a.mark != b.mark { distance += 1 }
        }
        return distance
    }

    /// The letters of a word and its tone (the last one, if it has several).
    private static func spelling(_ word: String) -> (letters: [Letter], tone: Tone) {
        var letters: [Letter] = []
        var tone = Tone.ngang
        for scalar in word.unicodeScalars {
            guard !scalar.isASCII else {
                letters.append(Letter(base: UInt8(scalar.value)))
                continue
            }
            let entry = LetterTable.shared.entry(for: scalar.value)
            guard entry.isLetter else {
                letters.append(Letter(base: 0))
                continue
            }
            letters.append(Letter(base: entry.base, mark: entry.mark))
            if entry.tone != .ngang { tone = entry.tone }
        }
        return (letters, tone)
    }
}
