import Foundation
import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// The shared test vectors in `<package root>/../shared/corpus/testvectors` (see its
/// README for sources and licences). They are not part of the repository, so on a fresh
/// clone these tests are skipped, not failed.
@Suite(.enabled(if: SharedCorpus.exists, "needs the shared corpus at ../shared"))
struct TestVectorTests {
    static let exact = Normalizer(level: .exact)

    /// NFC lowercase, through ICU.
    static func lowercaseNFC(_ word: String) -> String {
        ICUNormalizer.normalized(ICUNormalizer.lowercased(word), .nfc)
    }

    // MARK: tone_placement_pairs.tsv

    /// (tone on first vowel, tone on second vowel) from the counts file.
    static func tonePairs() throws -> [(first: String, second: String)] {
        let lines = try #require(SharedCorpus.lines("corpus/testvectors/tone_placement_pairs.tsv"))
        #expect(lines.first?.hasPrefix("tone_on_first_vowel\ttone_on_second_vowel") == true)
        return lines.dropFirst().filter { !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), String(fields[1]))
        }
    }

    /// Pairs in the counts whose letters are no Vietnamese syllable (the name Chloé, typos
    /// like `ttọa`): tone placement rules do not apply, so the exact level keeps them as
    /// written. They still match at the toneless and folded levels.
    static let nonSyllablePairs: Set<String> = ["chlóe", "khlóe", "ttọa", "gdọa", "ctòa"]

    @Test("every counted pair of tone placements is one word below the exact level")
    func tonePlacementPairs() throws {
        let pairs = try Self.tonePairs()
        #expect(pairs.count == 99)
        for (first, second) in pairs {
            for level in [MatchLevel.toneless, .folded] {
                let normalizer = Normalizer(level: level)
                #expect(UTF8Bytes(normalizer.key(of: first))
                        == UTF8Bytes(normalizer.key(of: second)),
                        "\(level): \(first) / \(second)")
            }
        }
    }

    @Test("every counted Vietnamese pair is one exact key, the newer main-vowel spelling")
    func tonePlacementPairsAtExactLevel() throws {
        let pairs = try Self.tonePairs()
        #expect(Set(pairs.map(\.first)).isSuperset(of: Self.nonSyllablePairs))
        for (first, second) in pairs where !Self.nonSyllablePairs.contains(first) {
            #expect(UTF8Bytes(Self.exact.key(of: first)) == UTF8Bytes(Self.lowercaseNFC(second)),
                    "\(first) / \(second)")
            #expect(UTF8Bytes(Self.exact.key(of: second)) == UTF8Bytes(Self.lowercaseNFC(second)),
                    "\(first) / \(second)")
        }
        for (first, second) in pairs where Self.nonSyllablePairs.contains(first) {
            #expect(UTF8Bytes(Self.exact.key(of: first)) == UTF8Bytes(Self.lowercaseNFC(first)))
            #expect(UTF8Bytes(Self.exact.key(of: second)) == UTF8Bytes(Self.lowercaseNFC(second)))
        }
    }

    // MARK: vi_VN.dic (hunspell-vi)

    @Test("every syllable of hunspell-vi's dictionary is its own exact key")
    func hunspellSyllables() throws {
        let lines = try #require(SharedCorpus.lines("corpus/testvectors/vi_VN.dic"))
        let declared = try #require(Int(lines[0].trimmingCharacters(in: .whitespaces)))
        let words = lines.dropFirst().filter { !$0.isEmpty }.map { line in
            String(line.split(separator: "/", maxSplits: 1)[0])
        }
        #expect(words.count == declared)
        var mismatches: [String] = []
        for word in words {
            let key = Self.exact.key(of: word)
            if UTF8Bytes(key) != UTF8Bytes(Self.lowercaseNFC(word)) {
                mismatches.append("\(word) → \(key)")
            }
        }
        #expect(mismatches.isEmpty,
                "\(mismatches.count) of \(words.count): \(mismatches.prefix(20))")
    }

    // MARK: syllables_soe_vinorm.txt

    /// Where a word stands with respect to the two tone placement conventions.
    enum Placement: Equatable {
        /// No tone, or the tone where both conventions put it.
        case agreed
        /// An open oa/oe/uy syllable with the tone on the o or u (`hòa`): its newer
        /// spelling, tone on the a/e/y (`hoà`).
        case traditional(newer: String)
        /// Tone on a vowel neither convention uses (`gìa`, `qùa`): a misspelling.
        case neither
    }

    static let onsets: Set<String> = [
        "", "ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "b", "c", "d", "đ", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]

    /// Whether a toneless word is an onset and one of the open rhymes oa, oe, uy (not after
    /// q: in `quy` the u is part of the onset).
    static func isOpenTwoVowelSyllable(_ word: String) -> Bool {
        ["oa", "oe", "uy"].contains { rhyme in
            word.hasSuffix(rhyme) && onsets.contains(String(word.dropLast(2)))
        }
    }

    /// Classifies a lowercase NFC word from its letters alone, independently of TraCuu's
    /// syllable rules: which character carries the tone, and whether that is where the
    /// traditional or the newer convention puts it.
    static func placement(of word: String) -> Placement {
        let characters = Array(word)
        let toned = characters.indices.filter { index in
            ICUNormalizer.normalized(String(characters[index]), .nfd).unicodeScalars
                .contains { Tone(combiningMark: $0) != nil }
        }
        guard toned.count == 1, let tonedIndex = toned.first else { return .agreed }
        let toneMark = ICUNormalizer.normalized(String(characters[tonedIndex]), .nfd)
            .unicodeScalars.first { Tone(combiningMark: $0) != nil }!
        let toneless = String(characters.map { character -> Character in
            let scalars = ICUNormalizer.normalized(String(character), .nfd).unicodeScalars
                .filter { Tone(combiningMark: $0) == nil }
            let letter = String(String.UnicodeScalarView(scalars))
            return Character(ICUNormalizer.normalized(letter, .nfc))
        })
        if isOpenTwoVowelSyllable(toneless) {
            if tonedIndex == characters.count - 1 { return .agreed }
            guard tonedIndex == characters.count - 2 else { return .neither }
            let last = String(characters[characters.count - 1]) + String(toneMark)
            return .traditional(newer: String(toneless.dropLast())
                                + ICUNormalizer.normalized(last, .nfc))
        }
        return exact.key(of: word) == word ? .agreed : .neither
    }

    /// Agreed forms are their own key, traditional oa/oe/uy forms take the newer placement,
    /// misspellings the syllable they meant.
    @Test("every syllable of the soe-vinorm list normalizes to the spelling it stands for")
    func soeSyllables() throws {
        let lines = try #require(SharedCorpus.lines("corpus/testvectors/syllables_soe_vinorm.txt"))
        let words = lines.filter { !$0.isEmpty }
        #expect(words.count == 18_143)
        var traditional = 0
        var neither: [String] = []
        var wrong: [String] = []
        for word in words {
            let lowercase = Self.lowercaseNFC(word)
            let key = Self.exact.key(of: word)
            switch Self.placement(of: lowercase) {
            case .agreed:
                if UTF8Bytes(key) != UTF8Bytes(lowercase) { wrong.append("\(word) → \(key)") }
            case .traditional(let newer):
                traditional += 1
                if UTF8Bytes(key) != UTF8Bytes(newer) {
                    wrong.append("\(word) → \(key), not \(newer)")
                }
            case .neither:
                neither.append(lowercase)
                // The tone moves to the main vowel; the letters and the tone stay.
                let toneless = Normalizer(level: .toneless)
                #expect(toneless.key(of: key) == toneless.key(of: word), "\(word) → \(key)")
                #expect(Self.exact.key(of: key) == key, "\(word) → \(key) is not stable")
                #expect(key != lowercase)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(20))")
        // Counted on the pinned list: lowercase forms with the traditional placement, and
        // misspellings with the tone on a vowel neither convention uses.
        #expect(traditional == 118)
        #expect(Set(neither) == Set(Self.soeMisspellings.keys), "\(neither.sorted())")
        for (misspelled, key) in Self.soeMisspellings {
            #expect(UTF8Bytes(Self.exact.key(of: misspelled)) == UTF8Bytes(key))
        }
    }

    /// The syllables of soe-vinorm's list whose tone sits where no convention puts it, and
    /// what TraCuu reads them as: real misspellings (`gìa` for `già`), all corrected.
    static let soeMisspellings: [String: String] = [
        "gìa": "già", "gỉa": "giả", "gĩa": "giã", "gía": "giá", "gịa": "giạ",
        "gìu": "giù", "gỉu": "giủ", "gĩu": "giũ", "gíu": "giú", "gịu": "giụ",
        "qùa": "quà", "qủa": "quả", "qũa": "quã", "qúa": "quá", "qụa": "quạ",
        "qùi": "quì", "qủi": "quỉ", "qũi": "quĩ", "qúi": "quí", "qụi": "quị",
        "khủyu": "khuỷu", "ngọai": "ngoại", "vưà": "vừa",
    ]
}
