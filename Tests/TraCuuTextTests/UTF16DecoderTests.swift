import Testing
import TraCuuTestSupport
import TraCuuText

/// UTF-16 with or without a byte order mark; lone surrogates and an odd last byte become
/// U+FFFD and are counted.
@Suite struct UTF16DecoderTests {
    static func littleEndian(_ units: [UInt16]) -> [UInt8] {
        units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    static func bigEndian(_ units: [UInt16]) -> [UInt8] {
        units.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
    }

    @Test("Vietnamese text in UTF-16 with either byte order decodes, offsets in bytes")
    func byteOrders() {
        let text = "Hoà bình 😀 ĐẢNG"
        let units = Array(text.utf16)
        for bytes in [[0xFF, 0xFE] + Self.littleEndian(units), [0xFE, 0xFF] + Self.bigEndian(units),
                      Self.littleEndian(units)] {
            let decoded = TextDecoder.decode(bytes, as: .utf16)
            #expect(UTF8Bytes(decoded.text) == UTF8Bytes(text))
            #expect(decoded.replacementCount == 0)
            let tokens = Tokenizer().tokens(in: decoded.text)
            let bom = bytes.count - units.count * 2
            // bình starts at UTF-16 unit 4, ĐẢNG at unit 12 (😀 is two units).
            #expect(decoded.sourceOffset(of: tokens[1].utf8Range.lowerBound) == bom + 8)
            #expect(decoded.sourceOffset(of: tokens[2].utf8Range.lowerBound) == bom + 24)
            #expect(decoded.sourceOffset(of: decoded.text.utf8.count) == bytes.count)
        }
    }

    @Test("lone surrogates and an odd byte are replaced and counted", arguments: [
        ([0xD800, 0x0061], "\u{FFFD}a", 1),
        ([0x0061, 0xDC00], "a\u{FFFD}", 1),
        ([0xDC00, 0xD800], "\u{FFFD}\u{FFFD}", 2),
        ([0xD83D], "\u{FFFD}", 1),
        ([0xD83D, 0xDE00, 0xDE00], "😀\u{FFFD}", 1),
        ([0x0048, 0x00E0, 0xD800, 0x0020, 0x0062], "Hà\u{FFFD} b", 1),
    ] as [([UInt16], String, Int)])
    func loneSurrogates(units: [UInt16], text: String, replacements: Int) {
        let decoded = TextDecoder.decode([0xFF, 0xFE] + Self.littleEndian(units), as: .utf16)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes(text))
        #expect(decoded.replacementCount == replacements)
    }

    @Test("an odd number of bytes ends in one counted U+FFFD")
    func oddByte() {
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00, 0x62], as: .utf16)
        #expect(UTF8Bytes(decoded.text) == UTF8Bytes("a\u{FFFD}"))
        #expect(decoded.replacementCount == 1)
        #expect(decoded.sourceOffset(of: 1) == 4)
    }

    @Test("random code units decode as Swift decodes them, without trapping")
    func randomUnits() {
        var generator = SeededGenerator(seed: 1_258)
        let alphabet: [UInt16] = [0x0000, 0x0041, 0x00E0, 0x1EA1, 0xD800, 0xD83D, 0xDBFF, 0xDC00,
                                  0xDE00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF]
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 0..<16, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            var bytes = [0xFF, 0xFE] + Self.littleEndian(units)
            if Bool.random(using: &generator) { bytes.append(0x41) }
            let decoded = TextDecoder.decode(bytes, as: .utf16)
            let swift = String(decoding: units, as: UTF16.self)
                + (bytes.count % 2 == 1 ? "\u{FFFD}" : "")
            #expect(UTF8Bytes(decoded.text) == UTF8Bytes(swift), "\(units)")
            let real = units.filter { $0 == 0xFFFD }.count
            #expect(decoded.replacementCount
                    == swift.unicodeScalars.filter { $0 == "\u{FFFD}" }.count - real, "\(units)")
            let offsets = decoded.sourceOffsets ?? []
            #expect(offsets.count == decoded.text.utf8.count + 1)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(offsets.last == bytes.count)
        }
    }
}
