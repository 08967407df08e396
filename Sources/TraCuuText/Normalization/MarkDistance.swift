/// How far apart two spellings of one syllable are in marks: each letter whose quality mark
/// (hat, breve, horn, the stroke of đ) differs counts one, and a different tone one. `số`
/// and `sô` are one apart (the tone), `số` and `só` one (the hat), `bước` and `buớc` one
/// (the horn on u), `định` and `dinh` two.
package enum MarkDistance {
    /// The distance between two lowercase NFC words with the same letters once folded; nil
    /// when their letters differ.
    package static func between(_ first: String, _ second: String) -> Int? {
        guard let left = Spelling(first), let right = Spelling(second),
              left.letters.count == right.letters.count else { return nil }
        var distance = left.tones.last == right.tones.last ? 0 : 1
        for (a, b) in zip(left.letters, right.letters) {
            guard a.base == b.base else { return nil }
            if a.mark != b.mark { distance += 1 }
        }
        return distance
    }
}
