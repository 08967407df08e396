/// Repairs the letter an input method leaves doubled before the marked one it composed
/// (`dđịnh` → `định`, `Quyeết` → `Quyết`, `soố` → `số`, `quaả` → `quả`): a plain letter
/// right before the same letter with a mark or tone is dropped when the word is a syllable
/// without it (Vietnamese never writes such a pair: `oố`, `eế`, `dđ`).
public enum InputMethodGlitch {
    /// The repaired word, or nil when there is nothing to repair.
    public static func repaired(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.contains(where: { !$0.isASCII }) else { return nil }
        var kept = String.UnicodeScalarView()
        var dropped = false
        for (index, scalar) in scalars.enumerated() {
            if index + 1 < scalars.count, scalar.isASCII, !scalars[index + 1].isASCII {
                let next = LetterTable.shared.entry(for: scalars[index + 1].value)
                if next.isLetter, next.base == UInt8(scalar.value) | 0x20 {
                    dropped = true
                    continue
                }
            }
            kept.append(scalar)
        }
        guard dropped else { return nil }
        let repaired = String(kept)
        return WordShape.isSyllable(repaired) ? repaired : nil
    }
}
