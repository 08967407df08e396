/// The plain ICU path: a word's keys computed with ICU for every Unicode step (case folding,
/// NFD, NFC). It is the oracle the fast scanner is tested against, and the path the scanner
/// takes for words it has no table for (other Latin letters, other scripts, odd marks).
/// Allocates several strings per call.
package enum ReferenceNormalizer {
    /// The keys of one word (no spaces or punctuation expected).
    package static func keys(of word: String) -> WordKeys {
        let word = Decomposed(word)
        return WordKeys(exact: word.key(.exact), toneless: word.key(.toneless),
                        folded: word.key(.folded))
    }

    /// The key of one word at one level: `keys(of:)[level]`, without the other two.
    package static func key(of word: String, at level: MatchLevel) -> String {
        Decomposed(word).key(level)
    }

    /// A word case-folded and decomposed (NFD), read as Vietnamese letters when it is made
    /// of them.
    private enum Decomposed {
        case letters(LetterSequence)
        case opaque(String)

        init(_ word: String) {
            let decomposed = ICUNormalizer.normalized(ICUNormalizer.caseFolded(word), .nfd)
            if let sequence = ReferenceNormalizer.letterSequence(decomposed) {
                self = .letters(sequence)
            } else {
                self = .opaque(decomposed)
            }
        }

        func key(_ level: MatchLevel) -> String {
            switch self {
            case .letters(let sequence): ReferenceNormalizer.composed(sequence, level)
            case .opaque(let decomposed): ReferenceNormalizer.opaqueKey(decomposed, level)
            }
        }
    }

    /// The word as letters and tones, or nil when a letter is not a Vietnamese letter, ASCII
    /// letter or digit with at most one quality and one tone mark.
    static func letterSequence(_ decomposed: String) -> LetterSequence? {
        var sequence = LetterSequence()
        for scalar in decomposed.unicodeScalars {
            if let tone = Tone(combiningMark: scalar) {
                guard sequence.applyToLast(tone: tone) else { return nil }
            } else if let mark = LetterMark(combiningMark: scalar) {
                guard sequence.applyToLast(mark: mark) else { return nil }
            } else if isStrokedD(scalar) {
                sequence.append(Letter(base: Letter.d, mark: .stroke), tone: .ngang)
            } else if scalar.isASCII, scalar.properties.isAlphabetic || isDigit(scalar) {
                sequence.append(Letter(base: UInt8(scalar.value)), tone: .ngang)
            } else {
                return nil
            }
        }
        return sequence.letters.isEmpty ? nil : sequence
    }

    /// Builds the key as base letters and combining marks, then lets ICU compose it (NFC).
    static func composed(_ sequence: LetterSequence, _ level: MatchLevel) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(sequence.letters.count * 3)
        sequence.forEachRendered(at: level) { letter, tone in
            if letter.mark == .stroke {
                UTF16Transcoding.append("đ", to: &units)
            } else {
                units.append(UInt16(letter.base))
                if let quality = letter.mark.combiningMark {
                    UTF16Transcoding.append(quality, to: &units)
                }
            }
            if let toneMark = tone.combiningMark { UTF16Transcoding.append(toneMark, to: &units) }
        }
        return ICUNormalizer.normalized(utf16: units, .nfc)
    }

    /// The key of a word TraCuu has no syllable rules for: exact is its case-folded NFC,
    /// toneless drops the five tone marks, folded drops every combining mark and reads đ as d.
    static func opaqueKey(_ decomposed: String, _ level: MatchLevel) -> String {
        // Scalars are collected as UTF-16, the form ICU reads.
        var units: [UInt16] = []
        units.reserveCapacity(decomposed.utf8.count)
        for scalar in decomposed.unicodeScalars {
            let stroked = isStrokedD(scalar)
            switch level {
            case .exact:
                UTF16Transcoding.append(stroked ? "đ" : scalar, to: &units)
            case .toneless:
                if Tone(combiningMark: scalar) == nil {
                    UTF16Transcoding.append(stroked ? "đ" : scalar, to: &units)
                }
            case .folded:
                if stroked {
                    units.append(UInt16(UInt8(ascii: "d")))
                } else if ICUCharacter.characterClass(of: scalar) != .mark {
                    UTF16Transcoding.append(scalar, to: &units)
                }
            }
        }
        return ICUNormalizer.normalized(utf16: units, .nfc)
    }

    /// đ and its look-alikes after case folding: ð (U+00F0), ɖ (U+0256).
    static func isStrokedD(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0111 || scalar.value == 0x00F0 || scalar.value == 0x0256
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
