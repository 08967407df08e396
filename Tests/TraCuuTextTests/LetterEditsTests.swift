import Testing
import TraCuuText

@Suite struct LetterEditsTests {
    @Test("one letter left out, doubled, mistyped or swapped, the marks typed kept", arguments: [
        ("Tộv", "Tộc"), ("quytế", "quyết"), ("thnah", "thanh"), ("Nghhị", "Nghị"),
        ("Quết", "Quyết"), ("Nhị", "Nghị"), ("mih", "minh"), ("Mộột", "Một"),
        ("Tjông", "Thông"), ("dinnh", "dinh"), ("ngyuen", "nguyen"), ("Văj", "Văn"),
    ])
    func repairs(typed: String, intended: String) {
        let candidates = LetterEdits.candidates(of: typed).map(\.text)
        #expect(candidates.contains(intended), "\(candidates)")
    }

    @Test("a horn the edit leaves alone pairs up in ươ: Thyợng → Thượng, dưng → dương")
    func hornPairs() {
        #expect(LetterEdits.candidates(of: "Thyợng").map(\.text).contains("Thượng"))
        #expect(LetterEdits.candidates(of: "dưng").map(\.text).contains("dương"))
    }

    @Test("a word typed without its tone gets the tone a stop final needs (quytê → quyết)")
    func missingTone() {
        #expect(LetterEdits.candidates(of: "quyte").map(\.text).contains("quyet"))
        let marked = LetterEdits.candidates(of: "quytê").map(\.text)
        #expect(marked.contains("quyết") && marked.contains("quyệt"), "\(marked)")
        #expect(!marked.contains("quyêt"))
    }

    @Test("marks are never edits: the candidates of Tộv all keep ộ")
    func marksStay() {
        let candidates = LetterEdits.candidates(of: "Tộv")
        #expect(!candidates.isEmpty)
        #expect(candidates.allSatisfy { $0.text.contains("ộ") || $0.text.contains("Ộ") },
                "\(candidates.map(\.text))")
    }

    @Test("every candidate is one syllable, each once")
    func candidatesAreSyllables() {
        let candidates = LetterEdits.candidates(of: "thanh").map(\.text)
        #expect(Set(candidates).count == candidates.count)
        #expect(candidates.allSatisfy { Tokenizer().tokens(in: $0).count == 1 })
        #expect(!candidates.contains("thanh"))
    }

    @Test("an edit of the first letter is marked as such, a later one preferred")
    func firstLetter() {
        let rhong = LetterEdits.candidates(of: "Rhông")
        #expect(rhong.first { $0.text == "Thông" }?.editsFirstLetter == true)
        let tjong = LetterEdits.candidates(of: "Tjông")
        #expect(tjong.first { $0.text == "Thông" }?.editsFirstLetter == false)
    }

    @Test("numbers, codes, capitals, signs and one letter are never edited",
          arguments: ["UBND", "A4", "35", "Đắk-Lắk", "a", "NĐ-CP", "x.y", "北京", "nghiêngxyz"])
    func notWords(word: String) {
        #expect(LetterEdits.candidates(of: word).isEmpty)
    }

    @Test("the folded key of a word of letters, nil for the rest")
    func foldedKeys() {
        #expect(LetterEdits.foldedKey(of: "Tjông") == "tjong")
        #expect(LetterEdits.foldedKey(of: "nghidinh") == "nghidinh")
        #expect(LetterEdits.foldedKey(of: "Đảng") == "dang")
        #expect(LetterEdits.foldedKey(of: "UBND") == nil)
        #expect(LetterEdits.foldedKey(of: "2021") == nil)
    }
}
