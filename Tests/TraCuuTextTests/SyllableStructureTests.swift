import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// The syllable rules on their own. Letters are marked with ⟦ ⟧: the nucleus, the letter
/// that takes the tone, or the i/y that is a spelling variant. Each letter is one
/// `Character` of the (NFC) word.
@Suite struct SyllableStructureTests {
    /// Runs `body` on the letters of a lowercase word, as the reference path reads them.
    static func withLetters<T>(_ word: String, _ body: (UnsafeBufferPointer<Letter>) -> T) -> T {
        let decomposed = ICUNormalizer.normalized(word, .nfd)
        guard let sequence = ReferenceNormalizer.letterSequence(decomposed) else {
            preconditionFailure("'\(word)' is not made of Vietnamese letters")
        }
        return sequence.letters.withUnsafeBufferPointer(body)
    }

    /// The marked span of `marked` as a range of letter indices.
    static func letterRange(_ marked: MarkedText) -> Range<Int> {
        let range = marked.ranges[0]
        let utf8 = Array(marked.text.utf8)
        let before = String(decoding: utf8[..<range.lowerBound], as: UTF8.self).count
        let inside = String(decoding: utf8[range], as: UTF8.self).count
        return before..<(before + inside)
    }

    @Test("the nucleus starts after qu and gi, except for a gi with no other vowel",
          arguments: [
              "qu⟦y⟧", "qu⟦y⟧nh", "qu⟦a⟧", "qu⟦yê⟧t", "qu⟦ô⟧c", "gi⟦a⟧", "gi⟦ư⟧", "gi⟦ưa⟧",
              "gi⟦ươ⟧ng", "gi⟦ê⟧ng", "g⟦i⟧", "g⟦i⟧n", "g⟦i⟧t", "ngh⟦iê⟧ng", "ng⟦ươi⟧",
              "kh⟦uyu⟧", "ng⟦uyê⟧n", "⟦y⟧", "⟦yêu⟧", "⟦oa⟧", "đ⟦ô⟧ng", "tr⟦ươ⟧ng", "h⟦oa⟧",
              "c⟦ua⟧", "b⟦ô⟧", "ph⟦o⟧ng",
          ])
    func nucleus(marked: String) {
        let marked = MarkedText(marked)
        let structure = Self.withLetters(marked.text) { SyllableStructure($0) }
        let nucleus = structure.map { $0.nucleusStart..<$0.nucleusEnd }
        #expect(nucleus == Self.letterRange(marked))
    }

    @Test("letters that are not one Vietnamese syllable have no structure", arguments: [
        "xyz", "str", "2021", "bcd", "tk", "ak", "hoaiu", "ngiêngg", "abcdefgh", "gh", "wifi",
        "email", "ab", "ex", "q",
    ])
    func notASyllable(word: String) {
        #expect(Self.withLetters(word) { SyllableStructure($0) } == nil)
    }

    @Test("the tone goes on the main vowel", arguments: [
        // A lone vowel.
        "m⟦a⟧", "qu⟦y⟧", "gi⟦a⟧", "g⟦i⟧n", "gi⟦ư⟧", "qu⟦y⟧nh", "⟦y⟧",
        // A vowel with a quality mark; of ươ, the ơ.
        "ng⟦ư⟧a", "ngư⟦ơ⟧i", "ngư⟦ơ⟧ng", "nguy⟦ê⟧n", "tu⟦â⟧n", "ho⟦ă⟧c", "thu⟦ơ⟧",
        // Before a coda, the last vowel.
        "ho⟦a⟧ng", "kho⟦a⟧ng", "so⟦o⟧c", "hu⟦y⟧t", "ch⟦a⟧nh",
        // Three open vowels: the middle one.
        "ngo⟦a⟧i", "khu⟦y⟧u", "xo⟦a⟧y",
        // Two open vowels: the second for oa, oe, uy; the first otherwise.
        "ho⟦a⟧", "kho⟦e⟧", "thu⟦y⟧", "u⟦y⟧", "c⟦u⟧a", "m⟦a⟧i", "k⟦i⟧a", "n⟦u⟧i", "m⟦u⟧a",
        "t⟦u⟧i",
    ])
    func tonePosition(marked: String) {
        let marked = MarkedText(marked)
        let position = Self.withLetters(marked.text) { letters in
            SyllableStructure(letters)?.tonePosition(in: letters)
        }
        #expect(position == Self.letterRange(marked).lowerBound)
    }

    @Test("a lone final i/y after h k l m t s v n or qu is a spelling variant", arguments: [
        "l⟦y⟧", "l⟦i⟧", "k⟦y⟧", "m⟦y⟧", "qu⟦y⟧", "qu⟦i⟧", "h⟦y⟧", "t⟦y⟧", "s⟦y⟧", "v⟦y⟧",
        "n⟦i⟧",
    ])
    func variantVowel(marked: String) {
        let marked = MarkedText(marked)
        let index = Self.withLetters(marked.text) { letters in
            SyllableStructure(letters)?.variantVowelIndex(in: letters)
        }
        #expect(index == Self.letterRange(marked).lowerBound)
    }

    @Test("other i/y spellings are not variants", arguments: [
        "tuy", "huy", "y", "i", "lin", "linh", "quynh", "đi", "di", "gi", "chi", "thy", "khi",
        "ai", "ay", "mai", "may",
    ])
    func notVariant(word: String) {
        let index = Self.withLetters(word) { letters in
            SyllableStructure(letters)?.variantVowelIndex(in: letters)
        }
        #expect(index == nil)
    }
}
