/// Whether a decoded word reads as one Vietnamese syllable: the evidence the encoding
/// detector weighs. A wrong legacy decoding turns `tiếng` into `tiạng`, `TiƠng` or `tĩng`;
/// this check rejects all three.
///
/// Stricter than `SyllableStructure`, which it builds on: the case pattern (`viết`, `Viết`,
/// `VIẾT`, not `ViẾt`), one tone at most, Vietnamese letters only, a nucleus Vietnamese
/// writes, a coda that nucleus takes (`anh`, `ương`, not `ing`, `iêu` + coda), and only
/// sắc or nặng before the stop codas c, ch, p, t. Reuses its buffers: one per detector run.
struct SyllableValidator {
    private var sequence = LetterSequence()

    /// Whether `word` (letters and combining marks, nothing else) is one syllable.
    mutating func accepts(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        sequence.removeAll()
        var uppercase = 0
        var firstIsUppercase = false
        for scalar in word {
            if let letter = ASCIILetter(scalar) {
                if letter.isUppercase { uppercase += 1 }
                if sequence.letters.isEmpty { firstIsUppercase = letter.isUppercase }
                sequence.append(Letter(base: letter.lowercase), tone: .ngang)
            } else if let mark = LetterMark(combiningMark: scalar) {
                guard sequence.applyToLast(mark: mark) else { return false }
            } else if let tone = Tone(combiningMark: scalar) {
                guard sequence.toneCount == 0, sequence.applyToLast(tone: tone) else {
                    return false
                }
            } else {
                let entry = LetterTable.shared.entry(for: scalar.value)
                guard entry.isLetter, entry.tone == .ngang || sequence.toneCount == 0 else {
                    return false
                }
                if entry.isUppercase { uppercase += 1 }
                if sequence.letters.isEmpty { firstIsUppercase = entry.isUppercase }
                sequence.append(Letter(base: entry.base, mark: entry.mark), tone: entry.tone)
            }
        }
        let count = sequence.letters.count
        guard uppercase == 0 || uppercase == count || (uppercase == 1 && firstIsUppercase)
        else { return false }
        let tone = sequence.tones.first { $0 != .ngang } ?? .ngang
        return sequence.letters.withUnsafeBufferPointer { letters in
            guard let structure = SyllableStructure(letters) else { return false }
            return Self.hasValidRhyme(letters, structure, tone: tone)
        }
    }

    /// Nucleus, coda and tone agree.
    private static func hasValidRhyme(_ letters: UnsafeBufferPointer<Letter>,
                                      _ structure: SyllableStructure, tone: Tone) -> Bool {
        let nucleus = String(letters[structure.nucleusStart..<structure.nucleusEnd]
            .map(character))
        let coda = String(letters[structure.nucleusEnd...].map(character))
        guard let takesCoda = nuclei[nucleus] else { return false }
        if coda.isEmpty { return takesCoda != .always }
        guard takesCoda != .never else { return false }
        let afterGi = structure.nucleusStart == 2 && letters[0].base == Letter.g
            && letters[1].base == Letter.i && letters[1].mark == .none
        switch coda {
        case "ch", "nh":
            guard frontNuclei.contains(nucleus) else { return false }
        case "c", "ng":
            // `giếng`, `giêng`: the i of gi belongs to the nucleus iê.
            guard !frontOnlyNuclei.contains(nucleus) || (afterGi && nucleus == "ê") else {
                return false
            }
        default:
            break
        }
        let isStop = coda == "c" || coda == "ch" || coda == "p" || coda == "t"
        return !isStop || tone == .sac || tone == .nang
    }

    private enum Coda { case never, optional, always }

    /// The nuclei Vietnamese writes (after `qu` and `gi` onsets), and whether each takes a
    /// final consonant.
    private static let nuclei: [String: Coda] = {
        var table: [String: Coda] = [:]
        let optional = "a e ê i o ô ơ u ư y oa oe uê uy"
        let always = "ă â iê yê uô ươ oă uâ uyê oo"
        let never = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ưa ui ưi ưu uơ iêu yêu oai oao "
            + "oay oây oeo uây uêu uôi ươi ươu uya uyu"
        for (names, kind) in [(optional, Coda.optional), (always, .always), (never, .never)] {
            for name in names.split(separator: " ") { table[String(name)] = kind }
        }
        return table
    }()

    /// Nuclei before `ch` and `nh` (`ách`, `ếch`, `ích`, `quỳnh`, `oanh`, `khuếch`, `huỳnh`).
    private static let frontNuclei: Set<String> = ["a", "ê", "i", "y", "oa", "uê", "uy"]
    /// Those of them that never take `c` or `ng` (`a` and `oa` do: `ang`, `hoàng`).
    private static let frontOnlyNuclei: Set<String> = ["ê", "i", "y", "uê", "uy"]

    /// A toneless lowercase letter as written.
    private static func character(_ letter: Letter) -> Character {
        switch (letter.base, letter.mark) {
        case (Letter.a, .breve): "ă"
        case (Letter.a, .circumflex): "â"
        case (Letter.e, .circumflex): "ê"
        case (Letter.o, .circumflex): "ô"
        case (Letter.o, .horn): "ơ"
        case (Letter.u, .horn): "ư"
        case (Letter.d, .stroke): "đ"
        default: Character(Unicode.Scalar(letter.base))
        }
    }
}
