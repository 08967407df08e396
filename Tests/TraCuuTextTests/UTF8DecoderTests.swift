import Testing
import TraCuuTestSupport
import TraCuuText

/// Invalid UTF-8 becomes U+FFFD, one per maximal invalid subsequence (as Swift and ICU do),
/// is counted, and every decoded byte maps back to the input.
@Suite struct UTF8DecoderTests {
    @Test("valid UTF-8 decodes as it is, with no offset table")
    func valid() {
        let text = "Nghị quyết số 05 ngày 16/6/2021 😀 中华"
        let decoded = TextDecoder.decode(Array(text.utf8), as: .utf8)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes(text))
        #expect(decoded.replacementCount == 0)
        #expect(decoded.sourceOffsets == nil)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.sourceOffset(of: 7) == 7)
    }

    @Test("invalid sequences are replaced and counted", arguments: [
        ([0xFF], "\u{FFFD}", 1),
        ([0x61, 0x80, 0x62], "a\u{FFFD}b", 1),
        ([0xC3], "\u{FFFD}", 1),
        ([0xE1, 0xBB], "\u{FFFD}", 1),                       // ố (E1 BB 91) cut short
        ([0xE1, 0xBB, 0x41], "\u{FFFD}A", 1),
        ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}", 2),               // overlong /
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}", 3), // a UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", 4), // past U+10FFFF
        ([0xF0, 0x9F, 0x98], "\u{FFFD}", 1),                 // 😀 cut short
        ([0x48, 0x6F, 0xC3, 0xA0, 0xFE, 0x20, 0x62], "Hoà\u{FFFD} b", 1),
        ([0xEF, 0xBF, 0xBD, 0xFF], "\u{FFFD}\u{FFFD}", 1),   // a real U+FFFD is not counted
    ] as [([UInt8], String, Int)])
    func invalid(bytes: [UInt8], text: String, replacements: Int) {
        let decoded = TextDecoder.decode(bytes, as: .utf8)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes(text))
        #expect(decoded.replacementCount == replacements)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes(String(decoding: bytes, as: UTF8.self)))
    }

    @Test("a token after invalid bytes maps back to its bytes in the input")
    func offsetsMapBack() throws {
        let input = Array("Hoà".utf8) + [0xFF, 0xC3] + Array(" bình ".utf8) + [0xE1, 0xBB]
            + Array(" Đảng".utf8)
        let decoded = TextDecoder.decode(input, as: .utf8)
        #expect(decoded.replacementCount == 3)
        let tokens = Tokenizer().tokens(in: decoded.text)
        #expect(tokens.map(\.text) == ["Hoà", "bình", "Đảng"])
        for token in tokens {
            let start = decoded.sourceOffset(of: token.utf8Range.lowerBound)
            let end = decoded.sourceOffset(of: token.utf8Range.upperBound)
            #expect(UTF8Bytes(String(decoding: input[start..<end], as: UTF8.self))
                    == UTF8Bytes(token.text))
        }
        let offsets = try #require(decoded.sourceOffsets)
        #expect(offsets.count == decoded.text.utf8.count + 1)
        #expect(offsets.last == input.count)
    }

    @Test("a byte order mark is dropped and offsets still point into the input")
    func byteOrderMark() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hà".utf8), as: .utf8)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes("Hà"))
        #expect(decoded.replacementCount == 0)
        #expect((0...3).map(decoded.sourceOffset(of:)) == [3, 4, 5, 6])
    }

    @Test("random bytes decode as Swift decodes them, counted and mapped, without trapping")
    func randomBytes() {
        var generator = SeededGenerator(seed: 0x55_5446_38)
        let alphabet: [UInt8] = [0x00, 0x20, 0x41, 0x61, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBB, 0xBF,
                                 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF,
                                 0xF0, 0xF1, 0xF4, 0xF5, 0xFE, 0xFF]
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<24, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            let decoded = TextDecoder.decode(bytes, as: .utf8)
            let swift = String(decoding: bytes, as: UTF8.self)
            #expect(UTF8Bytes(decoded.text) == UTF8Bytes(swift), "\(bytes)")
            // The input has no EF BF BD, so every U+FFFD is a replacement.
            let hasRealReplacement = bytes.indices.dropLast(2).contains {
                bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBF && bytes[$0 + 2] == 0xBD
            }
            if !hasRealReplacement {
                #expect(decoded.replacementCount
                        == swift.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, "\(bytes)")
            }
            let offsets = decoded.sourceOffsets ?? Array(0...bytes.count)
            #expect(offsets.count == decoded.text.utf8.count + 1)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }, "\(bytes)")
            #expect(offsets.last == bytes.count)
        }
    }
}
