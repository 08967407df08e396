import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// The entity pass's fast paths against the plain ones: keys compared as `KeywordCode`s
/// against byte equality, `KeywordIndex` against `Set`, and the analyzer's direct calls to
/// the standard recognisers (after their `mayStart` tests, with key codes from the scanner)
/// against calling the same recognisers through `EntityRecognizer` on tokens alone.
@Suite struct EntityFastPathTests {
    /// A recogniser the analyzer can only call through the protocol.
    struct ThroughProtocol: EntityRecognizer {
        let inner: any EntityRecognizer

        func match(at index: Int, in context: EntityContext) -> EntityMatch? {
            inner.match(at: index, in: context)
        }
    }

    static func bytes(_ count: Int, using generator: inout SeededGenerator) -> [UInt8] {
        let alphabet = Array("abcnghịếđư中 ".utf8)
        return (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
    }

    @Test("key codes are equal exactly when the bytes are, up to 15 bytes")
    func codesCompareBytes() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<20_000 {
            let first = Self.bytes(Int.random(in: 0...17, using: &generator), using: &generator)
            var second = first
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: break
            case 1 where !second.isEmpty:
                second[Int.random(in: 0..<second.count, using: &generator)] ^= 0x01
            case 2: second.append(UInt8(ascii: "a"))
            default: second = Self.bytes(first.count, using: &generator)
            }
            let codes = [first, second].map { bytes in
                bytes.withUnsafeBufferPointer { KeywordCode(bytes: $0) }
            }
            let expected = first == second || (first.count > 15 && second.count > 15)
            #expect((codes[0] == codes[1]) == expected, "\(first) \(second)")
        }
    }

    @Test("a key's code from its string is its code from its bytes")
    func codesFromStrings() {
        for word in ["", "a", "số", "nghị", "quyết", "trường", "Nguyễn Thái Hà", "中华人民共和国",
                     "http://example.vn/a"] {
            let fromBytes = Array(word.utf8).withUnsafeBufferPointer { KeywordCode(bytes: $0) }
            #expect(KeywordCode(word) == fromBytes, "\(word)")
        }
    }

    @Test("an index answers as a set does")
    func indexIsASet() {
        var generator = SeededGenerator(seed: 16)
        let words = Set((0..<300).map { _ in
            String(decoding: Self.bytes(Int.random(in: 1...15, using: &generator),
                                        using: &generator), as: UTF8.self)
        }.filter { $0.utf8.count <= 15 })
        let index = KeywordIndex(words.map { KeywordCode($0) })
        for word in words { #expect(index.contains(KeywordCode(word)), "\(word)") }
        for _ in 0..<5000 {
            let probe = String(decoding: Self.bytes(Int.random(in: 0...16, using: &generator),
                                                    using: &generator), as: UTF8.self)
            #expect(index.contains(KeywordCode(probe)) == words.contains(probe), "\(probe)")
        }
    }

    static let prefiltered: [any PrefilteredRecognizer] = [
        NumberRecognizer(), DateRecognizer(), DocumentReferenceRecognizer(), PlenumRecognizer(),
        PersonNameRecognizer(), PlaceRecognizer(),
    ]

    static func expectSameAnalysis(_ text: String, _ mode: AnalysisMode) {
        // Each cheap test holds wherever the search finds something.
        let tokens = Tokenizer().tokens(in: text)
        let context = EntityContext(text: text, tokens: tokens, mode: mode)
        for recognizer in prefiltered {
            for index in tokens.indices where recognizer.find(at: index, in: context) != nil {
                let mayStart = recognizer.mayStart(at: index, in: context)
                #expect(mayStart,
                        "\(type(of: recognizer)) at \(index) of \(UTF8Bytes(text)) (\(mode))")
            }
        }
        expectSameEntities(text, mode)
    }

    static func expectSameEntities(_ text: String, _ mode: AnalysisMode) {
        let fast = Analyzer(mode: mode).analyze(text)
        let plain = Analyzer(mode: mode,
                             recognizers: Analyzer.standardRecognizers.map(ThroughProtocol.init))
        let tokens = Tokenizer().tokens(in: text)
        #expect(fast.tokens == tokens)
        #expect(fast.entities == plain.entities(in: text, tokens: tokens),
                "\(mode) \(UTF8Bytes(text))")
        #expect(fast.entities == Analyzer(mode: mode).entities(in: text, tokens: tokens))
    }

    @Test("the analyzer finds what the recognisers find through the protocol, on real text",
          arguments: [AnalysisMode.document, .query])
    func realText(mode: AnalysisMode) throws {
        var texts = RealText.allTexts + [RepositoryFiles.seedArticleText()]
        texts += try EntityLabels.publicSentences().map(\.text)
        for text in texts { Self.expectSameAnalysis(text, mode) }
    }

    @Test("the analyzer finds what the recognisers find through the protocol, on random text",
          arguments: [AnalysisMode.document, .query])
    func randomText(mode: AnalysisMode) {
        var generator = SeededGenerator(seed: 17)
        let words = ["Nghị", "quyết", "nghị", "số", "05", "ngày", "16/6/2021", "tháng", "năm",
                     "2021", "NQ", "-", "/", "TW", "Hội", "hội", "Trung", "ương", "khóa", "XII",
                     "lần", "thứ", "Nguyễn", "Thái", "Hà", "ông", "đồng", "chí", "phường", "Mỏ",
                     "Chè", "TP.", "Hồ", "Chí", "Minh", "tỉnh", "Đắk", "Nông", "xã", "hội", ",",
                     ".", "1.000", "IV", "quy", "định", "69", "QĐ", "Thông", "tư", "đường", "Lê",
                     "Bí", "thư", "Phó", "Chủ", "tịch", "thành", "phố", "Huế", "Hà", "Nội"]
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += [" ", " ", " ", "", ", ", " - ", "/"].randomElement(using: &generator)!
            }
            Self.expectSameAnalysis(text, mode)
        }
    }
}
