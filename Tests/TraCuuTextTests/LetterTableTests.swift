import Testing
import TraCuuTestSupport
@testable import TraCuuText

@Suite struct LetterTableTests {
    /// The Vietnamese alphabet's vowels with their six tones (ngang, huyền, hỏi, ngã, sắc,
    /// nặng), written out by hand rather than derived from ICU.
    static let tonedVowels: [(base: Character, mark: LetterMark, forms: String)] = [
        ("a", .none, "aàảãáạ"), ("a", .breve, "ăằẳẵắặ"), ("a", .circumflex, "âầẩẫấậ"),
        ("e", .none, "eèẻẽéẹ"), ("e", .circumflex, "êềểễếệ"), ("i", .none, "iìỉĩíị"),
        ("o", .none, "oòỏõóọ"), ("o", .circumflex, "ôồổỗốộ"), ("o", .horn, "ơờởỡớợ"),
        ("u", .none, "uùủũúụ"), ("u", .horn, "ưừửữứự"), ("y", .none, "yỳỷỹýỵ"),
    ]
    static let toneOrder: [Tone] = [.ngang, .huyen, .hoi, .nga, .sac, .nang]

    @Test("every Vietnamese letter, lower and upper case, decodes to its base, mark and tone",
          arguments: tonedVowels.indices)
    func decodesVowels(row: Int) {
        let (base, mark, forms) = Self.tonedVowels[row]
        let table = LetterTable.shared
        for (form, tone) in zip(forms, Self.toneOrder) {
            for (letter, isUppercase) in [(form, false), (Character(form.uppercased()), true)] {
                let scalar = letter.unicodeScalars.first!
                guard scalar.value >= 0x80 else { continue }
                let entry = table.entry(for: scalar.value)
                #expect(entry.isLetter, "\(letter)")
                #expect(entry.base == base.asciiValue, "\(letter)")
                #expect(entry.mark == mark, "\(letter)")
                #expect(entry.tone == tone, "\(letter)")
                #expect(entry.isUppercase == isUppercase, "\(letter)")
            }
        }
    }

    @Test("every Vietnamese letter composes back to its NFC bytes", arguments: tonedVowels.indices)
    func composesVowels(row: Int) {
        let (base, mark, forms) = Self.tonedVowels[row]
        for (form, tone) in zip(forms, Self.toneOrder) {
            var output: [UInt8] = []
            #expect(LetterTable.shared.appendComposed(base.asciiValue!, mark, tone, to: &output))
            #expect(output == Array(String(form).utf8), "\(form)")
        }
    }

    @Test("đ and its look-alikes Ð (U+00D0), ð, Ɖ (U+0189), ɖ decode as đ", arguments: [
        (0x0110, true), (0x0111, false), (0x00D0, true), (0x00F0, false), (0x0189, true),
        (0x0256, false),
    ] as [(UInt32, Bool)])
    func strokedD(scalar: UInt32, isUppercase: Bool) {
        let entry = LetterTable.shared.entry(for: scalar)
        #expect(entry.isLetter)
        #expect(entry.base == UInt8(ascii: "d"))
        #expect(entry.mark == .stroke)
        #expect(entry.tone == .ngang)
        #expect(entry.isUppercase == isUppercase)
        var output: [UInt8] = []
        #expect(LetterTable.shared.appendComposed(UInt8(ascii: "d"), .stroke, .ngang, to: &output))
        #expect(output == Array("đ".utf8))
    }

    @Test("accented letters of other languages are not in the table",
          arguments: Array("çñöüäëïøæåāēīōūǎǐǒǔßþœÿńśźżłčšžřěůőű"))
    func otherLatinLetters(letter: Character) {
        for form in [String(letter), String(letter).uppercased()] {
            guard form.unicodeScalars.count == 1, let scalar = form.unicodeScalars.first else {
                continue
            }
            #expect(!LetterTable.shared.entry(for: scalar.value).isLetter, "\(form)")
        }
    }

    @Test("combinations that are not Vietnamese letters do not compose", arguments: [
        (UInt8(ascii: "e"), LetterMark.breve, Tone.ngang), (UInt8(ascii: "i"), .circumflex, .ngang),
        (UInt8(ascii: "b"), .none, .sac), (UInt8(ascii: "a"), .horn, .huyen),
        (UInt8(ascii: "y"), .horn, .ngang), (UInt8(ascii: "a"), .stroke, .ngang),
    ])
    func invalidCombinations(base: UInt8, mark: LetterMark, tone: Tone) {
        var output: [UInt8] = []
        #expect(!LetterTable.shared.appendComposed(base, mark, tone, to: &output))
        #expect(output.isEmpty)
    }

    @Test("the table knows exactly the scalars whose NFD is a Vietnamese letter")
    func tableMatchesICU() {
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x01B0, 0x1EA0...0x1EF9]
        let alphabet = Set(Self.tonedVowels.flatMap { Array($0.forms) }
                           + Self.tonedVowels.flatMap { Array($0.forms.uppercased()) } + ["đ", "Đ"])
        let lookAlikes: Set<UInt32> = [0x00D0, 0x00F0, 0x0189]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = alphabet.contains(Character(scalar)) || lookAlikes.contains(value)
            #expect(LetterTable.shared.entry(for: value).isLetter == expected,
                    "U+\(String(value, radix: 16)) \(scalar)")
        }
    }
}
