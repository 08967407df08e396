/// Reads a word typed with a Vietnamese input method switched off, as the input method would
/// have turned it into a syllable: Telex `nghij` → `nghị`, `quyeets` → `quyết`, `ddinhj` →
/// `định`, `truwowngf` → `trường`; VNI `nghi5` → `nghị`, `d9inh5` → `định`, `quye6t1` →
/// `quyết`.
///
/// Keys act as the common input methods let them, in any order after the letters they modify:
/// Telex `aa ee oo` (â ê ô), `aw ow uw` (ă ơ ư), `uow` (ươ), `w` alone (ư), `dd` (đ), tones
/// `s f r x j` (sắc huyền hỏi ngã nặng) and `z` (none); VNI `6` (â ê ô), `7` (ơ ư, ươ),
/// `8` (ă), `9` (đ), tones `1`–`5` and `0`. A tone key counts only once the word has a vowel
/// (so `tr`, `s`, `x` and `r` at the start stay letters), and only one tone key may be used.
/// The result must be one Vietnamese syllable, with a tone its final consonant allows, or
/// there is no reading. Words that already are syllables, numbers, or codes in capitals
/// (`TW`, `A4`, `U23`) are never decoded; loanwords such as `xoong` are not syllables and read
/// `xông`, so a searcher should keep a word as typed when its index holds it.
public enum KeystrokeDecoder {
    /// The two keyboard layouts.
    public enum Layout: Sendable, CaseIterable {
        case telex, vni
    }

    /// The syllable `word` reads as when typed in `layout` with the input method off, in the
    /// word's capitalisation (`Nghij` → `Nghị`); nil when the word has no key of that layout,
    /// is already a syllable, or does not decode to one.
    public static func reading(of word: String, layout: Layout) -> String? {
        let characters = Array(word.unicodeScalars)
        guard (2...12).contains(characters.count),
              characters.allSatisfy({ $0.isASCII && isAlphanumeric(UInt8($0.value)) }),
              isLetter(UInt8(characters[0].value)) else { return nil }
        let hasDigit = characters.contains { isDigit(UInt8($0.value)) }
        guard hasDigit == (layout == .vni),
              characters.contains(where: { isLowercase(UInt8($0.value)) }),
              hasDigit || !WordShape.isSyllable(word) else { return nil }
        var state = KeystrokeState()
        for scalar in characters {
            let byte = UInt8(scalar.value)
            let key = isLetter(byte) ? byte | 0x20 : byte
            let handled = layout == .telex ? state.applyTelex(key) : state.applyVNI(key)
            if handled == nil { return nil }
            if handled == false { state.append(key, isUppercase: isUppercase(byte)) }
        }
        guard state.keysUsed > 0 else { return nil }
        return state.syllable()
    }

    /// The reading in either layout: Telex for words of letters, VNI for words with digits.
    public static func reading(of word: String) -> String? {
        reading(of: word, layout: .telex) ?? reading(of: word, layout: .vni)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    private static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
