import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// Oracle tests, ICU being the reference: the fast path (`TokenScanner`, behind `Tokenizer` and
/// `Normalizer`) must give exactly the keys the plain ICU path (`ReferenceNormalizer`) gives,
/// for every token, on seeded random strings and on real text.
@Suite struct TokenScannerTests {
    /// Building blocks of random text: everything the scanner has a branch for.
    static let pieces: [[String]] = [
        // ASCII letters, digits, punctuation, spaces.
        (Array("abcdeghiklmnopqrstuvxyABDGHIKLMNOQTUY") + Array("0123456789")).map { String($0) },
        [".", ",", "%", "@", ":", "/", "-", "_", "'", "\"", "(", ")", "<", "=", ">", "!", "?",
         " ", " ", " ", "\n", "\t"],
        // Precomposed Vietnamese letters, both cases, and the Đ look-alikes.
        Array("àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ"
              + "ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰỲỶỸÝỴ"
              + "\u{00D0}\u{00F0}\u{0189}\u{0256}").map { String($0) },
        // Bare vowels and the letters that take part in onsets, to be followed by marks.
        ["a", "e", "i", "o", "u", "y", "A", "O", "U", "qu", "gi", "Gi", "ng", "th", "d", "5"],
        // Combining marks: the five tones, the three qualities, and others.
        ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}", "\u{0302}", "\u{0306}",
         "\u{031B}", "\u{0308}", "\u{0304}", "\u{030C}", "\u{0338}", "\u{0327}"],
        // Other scripts, other Latin letters, specials.
        ["中", "华", "人", "民", "国", "ภ", "า", "ษ", "ไ", "ท", "ย", "\u{0E48}", "\u{0E34}",
         "М", "о", "с", "к", "в", "а", "Ж", "あ", "べ", "한", "ß", "İ", "ō", "ñ", "ɕ", "ʲ", "Ǆ",
         "\u{0}", "\u{FFFD}", "\u{00A0}", "…", "”", "\u{200B}", "\u{FEFF}", "٣", "😀"],
        // Fragments that start URLs, e-mails and numbers.
        ["http://", "https://", "www.", "@", ".vn", ".com", "0,5%", "1.000", "3,5"],
    ]

    /// A random string of up to `maxPieces` pieces, NFD-mangled now and then.
    static func randomString(using generator: inout SeededGenerator,
                             maxPieces: Int = 40) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &generator) {
            // Marks and letters more often than the rest, so syllables form.
            let group = [0, 0, 1, 2, 2, 3, 3, 4, 4, 5, 6].randomElement(using: &generator)!
            text += pieces[group].randomElement(using: &generator)!
        }
        if Int.random(in: 0..<4, using: &generator) == 0 {
            text = ICUNormalizer.normalized(text, .nfd)
        }
        return text
    }

    /// Every token's keys against the reference, and the normalizer against the tokens;
    /// returns descriptions of the disagreements.
    static func disagreements(in text: String) -> [String] {
        var problems: [String] = []
        let tokens = Tokenizer().tokens(in: text)
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for token in tokens {
            let reference = ReferenceNormalizer.keys(of: token.text)
            for level in MatchLevel.allCases {
                let key = token.keys[level]
                if UTF8Bytes(key) != UTF8Bytes(reference[level]) {
                    problems.append("\(level) key of \(UTF8Bytes(token.text)) (\(token.kind)): "
                                    + "fast \(UTF8Bytes(key)), ICU \(UTF8Bytes(reference[level]))")
                }
                if UTF8Bytes(ICUNormalizer.normalized(key, .nfc)) != UTF8Bytes(key) {
                    problems.append("\(level) key \(UTF8Bytes(key)) is not NFC")
                }
            }
            if token.utf8Range.lowerBound < previousEnd || token.utf8Range.isEmpty
                || UTF8Bytes(String(decoding: bytes[token.utf8Range], as: UTF8.self))
                != UTF8Bytes(token.text) {
                problems.append("bad range \(token.utf8Range) for \(UTF8Bytes(token.text))")
            }
            previousEnd = token.utf8Range.upperBound
        }
        problems += keyDisagreements(in: text, tokens: tokens)
        for level in MatchLevel.allCases {
            let output = Normalizer(level: level).normalize(text).text
            // The normalizer writes each token's key in its place and the text between
            // tokens in NFC.
            var spliced: [UInt8] = []
            var copied = 0
            func gap(_ range: Range<Int>) -> [UInt8] {
                Array(ICUNormalizer.normalized(String(decoding: bytes[range], as: UTF8.self),
                                               .nfc).utf8)
            }
            for token in tokens {
                spliced += gap(copied..<token.utf8Range.lowerBound)
                spliced += Array(token.keys[level].utf8)
                copied = token.utf8Range.upperBound
            }
            spliced += gap(copied..<bytes.count)
            if Array(output.utf8) != spliced {
                problems.append("\(level) normalizer output \(UTF8Bytes(output)) is not the "
                                + "tokens' keys in place: "
                                + "\(UTF8Bytes(String(decoding: spliced, as: UTF8.self)))")
            }
        }
        return problems
    }

    /// `forEachKey` at each level against `tokens(in:)`: the one-level path renders a key
    /// from the scanner's letters on its own (the folded key is the stored bases as they
    /// are), `tokens(in:)` renders all three and shares equal strings.
    static func keyDisagreements(in text: String, tokens: [Token]) -> [String] {
        var problems: [String] = []
        for level in MatchLevel.allCases {
            var index = 0
            Tokenizer().forEachKey(in: text, level: level) { key, kind, position, range in
                defer { index += 1 }
                guard index < tokens.count else {
                    problems.append("\(level): forEachKey reports more tokens than tokens(in:)")
                    return
                }
                let token = tokens[index]
                var bytes: [UInt8] = []
                for offset in key.indices { bytes.append(key[offset]) }
                if bytes != Array(token.keys[level].utf8) || kind != token.kind
                    || position != token.position || range != token.utf8Range {
                    problems.append("\(level) forEachKey of \(UTF8Bytes(token.text)): "
                                    + "\(UTF8Bytes(String(decoding: bytes, as: UTF8.self))) "
                                    + "\(kind) \(position) \(range), tokens(in:) "
                                    + "\(UTF8Bytes(token.keys[level])) \(token.kind) "
                                    + "\(token.position) \(token.utf8Range)")
                }
            }
            if index != tokens.count {
                problems.append("\(level): forEachKey reports \(index) tokens, tokens(in:) "
                                + "\(tokens.count)")
            }
        }
        return problems
    }

    /// Whether the whole normalizer output at each level is NFC, not only its keys.
    static func outputIsNFC(_ text: String) -> Bool {
        MatchLevel.allCases.allSatisfy { level in
            let output = Normalizer(level: level).normalize(text).text
            return UTF8Bytes(ICUNormalizer.normalized(output, .nfc)) == UTF8Bytes(output)
        }
    }

    @Test("the fast path gives the ICU path's keys on seeded random strings",
          arguments: [0x7472_6163_7575 as UInt64, 20_240_601, 5])
    func randomStrings(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var failures: [String] = []
        var failingCount = 0
        var notNFC: [String] = []
        for index in 0..<1500 {
            let text = Self.randomString(using: &generator)
            if !Self.outputIsNFC(text) { notNFC.append(text) }
            let problems = Self.disagreements(in: text)
            guard !problems.isEmpty else { continue }
            failingCount += 1
            if failures.count < 10 {
                failures.append("seed \(seed) string \(index) \(UTF8Bytes(text)): "
                                + problems.joined(separator: "; "))
            }
        }
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        #expect(failingCount == 0, "\(failingCount) of 1500 random strings disagree")
        // Text between words is NFC-normalized too: combining marks standing outside any
        // word (a U+0303 U+0327 after a space, = U+0338 which is NFC ≠).
        #expect(notNFC.isEmpty,
                "\(notNFC.count) of 1500, e.g. \(notNFC.prefix(3).map(UTF8Bytes.init))")
    }

    @Test("the fast path gives the ICU path's keys on the seed article and the real-text tables")
    func realText() {
        for text in RealText.allTexts {
            let nfd = ICUNormalizer.normalized(text, .nfd)
            for problem in Self.disagreements(in: text).prefix(10) {
                Issue.record(Comment(rawValue: problem))
            }
            for problem in Self.disagreements(in: nfd).prefix(10) {
                Issue.record(Comment(rawValue: "NFD: " + problem))
            }
            #expect(Self.outputIsNFC(text))
            #expect(Self.outputIsNFC(nfd))
        }
    }

    @Test("words longer than the scanner's letter columns take the reference path",
          arguments: [31, 32, 33, 40, 100])
    func longWords(letters: Int) {
        var generator = SeededGenerator(seed: UInt64(letters))
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƯ").map { String($0) }
        let marks = ["", "", "", "\u{0300}", "\u{0301}", "\u{0323}", "\u{0302}", "\u{031B}"]
        var words = [
            String(repeating: "a", count: letters), String(repeating: "y", count: letters),
            String(repeating: "7", count: letters), String(repeating: "ệ", count: letters),
            String(repeating: "Đ", count: letters - 1) + "ý",
            String(repeating: "1", count: letters - 1) + "%",
            (0..<letters).map { $0 % 4 == 3 ? "." : "5" }.joined(),
        ]
        for _ in 0..<20 {
            words.append((0..<letters).map { _ in
                alphabet.randomElement(using: &generator)!
                    + marks.randomElement(using: &generator)!
            }.joined())
        }
        for word in words {
            for text in [word, "Lý " + word + " quy", ICUNormalizer.normalized(word, .nfd)] {
                for problem in Self.disagreements(in: text).prefix(5) {
                    Issue.record(Comment(rawValue: problem))
                }
            }
        }
    }

    @Test("words the reference path remembers are told apart by their bytes")
    func rememberedReferenceKeys() {
        // The scanner remembers the reference keys of each text it sent to ICU, by its exact
        // bytes: NFC and NFD spellings, and cases, must each get their own keys.
        let words = ["Müller", "Mu\u{0308}ller", "MÜLLER", "müller", "\u{1FB3}", "\u{03B1}\u{0345}",
                     "\u{01C4}", "\u{01C5}", "\u{01C6}", "Straße", "STRASSE", "\u{1E9E}", "Shinzō",
                     "Shinzo\u{0304}", "中华", "Ångström", "A\u{030A}ngstro\u{0308}m"]
        let text = (words + words.reversed() + words).joined(separator: " ")
        for problem in Self.disagreements(in: text).prefix(10) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("the reference path's key at one level is its keys' key at that level")
    func referenceKeyAtOneLevel() {
        var generator = SeededGenerator(seed: 11)
        var words = ["Müller", "Shinzō", "中华", "Москва", "ß", "Hoà", "quý", "Đ\u{0323}"]
        for _ in 0..<500 {
            words += Tokenizer().tokens(in: Self.randomString(using: &generator)).map(\.text)
        }
        for word in words {
            let keys = ReferenceNormalizer.keys(of: word)
            for level in MatchLevel.allCases {
                #expect(UTF8Bytes(ReferenceNormalizer.key(of: word, at: level))
                        == UTF8Bytes(keys[level]), "\(level) \(UTF8Bytes(word))")
            }
        }
    }

    @Test("the seeded generator repeats itself")
    func deterministic() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let a = (0..<5).map { _ in Self.randomString(using: &first) }
        let b = (0..<5).map { _ in Self.randomString(using: &second) }
        #expect(a.map(UTF8Bytes.init) == b.map(UTF8Bytes.init))
    }
}
