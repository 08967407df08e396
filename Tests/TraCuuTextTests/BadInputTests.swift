import Testing
import TraCuuTestSupport
import TraCuuText

/// Input that could crash or stall a text pipeline: NUL bytes, empty input, one huge line.
/// Nothing here asserts timings; the tests only have to finish (the 10 MB line takes about
/// half a minute in a debug build).
@Suite struct BadInputTests {
    @Test("NUL bytes separate words and are kept between them")
    func nulBytes() {
        let text = "Hà\u{0}Nội\u{0}\u{0}2021\u{0}"
        TokenizerTests.expectTokens("⟦Hà⟧\u{0}⟦Nội⟧\u{0}\u{0}⟦2021⟧\u{0}")
        #expect(UTF8Bytes(Normalizer(level: .folded).normalize(text).text)
                == UTF8Bytes("ha\u{0}noi\u{0}\u{0}2021\u{0}"))
        let decoded = TextDecoder.decode(Array(text.utf8), as: .utf8)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes(text))
        #expect(decoded.replacementCount == 0)
        let utf16 = TextDecoder.decode([0xFF, 0xFE] + text.utf16.flatMap {
            [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)]
        }, as: .utf16)
        #expect(UTF8Bytes(utf16.text) == UTF8Bytes(text))
    }

    @Test("empty input gives no tokens and empty text", arguments: TextEncoding.allCases.filter {
        [.auto, .utf8, .utf16, .windows1258].contains($0)
    })
    func emptyInput(encoding: TextEncoding) {
        let decoded = TextDecoder.decode([], as: encoding)
        #expect(decoded.text.isEmpty)
        #expect(decoded.replacementCount == 0)
        #expect(decoded.sourceOffset(of: 0) == 0)
        #expect(Tokenizer().tokens(in: decoded.text).isEmpty)
        for level in MatchLevel.allCases {
            let normalized = Normalizer(level: level).normalize(decoded.text)
            #expect(normalized.text.isEmpty)
            #expect(normalized.offsets.sourceRange(ofOutputOffset: 0) == nil)
        }
        var calls = 0
        Tokenizer().forEachKey(in: "", level: .exact) { _, _, _, _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test("a single 10 MB line of Vietnamese is tokenized and normalized")
    func tenMegabyteLine() {
        let sentence = "Đảng uỷ đã ban hành Nghị quyết số 05 ngày 16/6/2021, hoà bình… "
        let repeats = 10_000_000 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: repeats)
        #expect(text.utf8.count >= 10_000_000)
        var count = 0
        var lastRange = 0..<0
        Tokenizer().forEachKey(in: text, level: .folded) { _, _, _, range in
            count += 1
            lastRange = range
        }
        #expect(count == 15 * repeats)
        #expect(lastRange.upperBound == text.utf8.count - "… ".utf8.count)
        let folded = Normalizer(level: .folded).normalize(text).text
        let expected = String(
            repeating: "dang uy da ban hanh nghi quyet so 05 ngay 16/6/2021, hoa binh… ",
            count: repeats)
        #expect(UTF8Bytes(folded) == UTF8Bytes(expected))
    }

    @Test("a single 10 MB word, and a megabyte of stray combining marks")
    func hugeWords() {
        let word = String(repeating: "a", count: 10_000_000)
        let tokens = Tokenizer().tokens(in: word)
        #expect(tokens.count == 1)
        #expect(tokens.first?.utf8Range == 0..<10_000_000)
        let marks = "a" + String(repeating: "\u{0301}", count: 500_000) + " b"
        let markTokens = Tokenizer().tokens(in: marks)
        #expect(markTokens.map(\.folded) == ["a", "b"])
        let invalid = [UInt8](repeating: 0xFF, count: 1_000_000)
        let decoded = TextDecoder.decode(invalid, as: .utf8)
        #expect(decoded.replacementCount == 1_000_000)
        #expect(Tokenizer().tokens(in: decoded.text).isEmpty)
    }
}
