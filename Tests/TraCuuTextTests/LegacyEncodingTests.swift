import Testing
import TraCuuTestSupport
import TraCuuText

@Suite struct LegacyEncodingTests {
    // MARK: The shared iconv samples

    // Skipped, not failed, where ../shared (the project's corpus) is absent.
    @Test("each line of the iconv samples decodes to the matching Unicode line",
          .enabled(if: LegacyTestVectors.isAvailable,
                   "needs ../shared/corpus/testvectors/legacy"),
          arguments: LegacyTestVectors.encodedFiles)
    func samplesDecodeLineByLine(file: String, encodingName: String) throws {
        let encoding = try TextDecoder.encoding(named: encodingName)
        let reference = LegacyTestVectors.referenceLines()
        let lines = LegacyTestVectors.lines(of: file)
        try #require(reference.count == 300 && lines.count == reference.count)
        for (number, (line, expected)) in zip(lines, reference).enumerated() {
            let decoded = TextDecoder.decode(line, as: encoding)
            #expect(ICUNormalizer.normalized(decoded.text, .nfc) == expected,
                    "\(file) line \(number + 1)")
            #expect(decoded.replacementCount == 0, "\(file) line \(number + 1)")
        }
    }

    // Skipped, not failed, where ../shared (the project's corpus) is absent.
    @Test("the Unicode sample encoded as VNI decodes back line by line",
          .enabled(if: LegacyTestVectors.isAvailable,
                   "needs ../shared/corpus/testvectors/legacy"))
    func vniRoundTripOfTheSample() throws {
        for (number, expected) in LegacyTestVectors.referenceLines().enumerated() {
            let bytes = try #require(VNITestEncoder.encode(expected), "line \(number + 1)")
            let decoded = TextDecoder.decode(bytes, as: .vni)
            #expect(ICUNormalizer.normalized(decoded.text, .nfc) == expected,
                    "line \(number + 1)")
            #expect(decoded.replacementCount == 0)
        }
    }

    // MARK: Self-contained examples

    // The two phrases of the README of github.com/duydev/vietnamese-conversion (MIT), as in
    // ../shared/corpus/testvectors/legacy/peer_examples_vietnamese_conversion.tsv: VNI and
    // TCVN3 shown as their CP1252 rendering, so the bytes are the characters' code points.
    @Test("the peer converter's examples decode", arguments: [
        ("Tieáng Vieät raát hay", TextEncoding.vni, "Tiếng Việt rất hay"),
        ("Xin chaøo caùc baïn", .vni, "Xin chào các bạn"),
        ("TiÕng ViÖt rÊt hay", .tcvn3, "Tiếng Việt rất hay"),
    ])
    func peerExamples(rendered: String, encoding: TextEncoding, expected: String) {
        let decoded = TextDecoder.decode(LegacyTestVectors.latin1(rendered), as: encoding)
        #expect(ICUNormalizer.normalized(decoded.text, .nfc) == expected)
        #expect(decoded.replacementCount == 0)
    }

    @Test("handmade byte strings decode to Vietnamese", arguments: [
        // VISCII (RFC 1456)
        ("56 69 ae 74 20 4e 61 6d", TextEncoding.viscii, "Việt Nam"),
        ("d0 b5 63 20 6c a7 70", .viscii, "Độc lập"),
        ("f0 df fe 63 20 62 bd 69", .viscii, "được bơi"),
        ("43 93 4e 47 20 48 d2 41", .viscii, "CỘNG HÒA"),
        // TCVN3: đường, Hà Nội, and a combining tone byte after a base letter
        ("ae ad ea 6e 67", .tcvn3, "đường"),
        ("48 b5 20 4e e9 69", .tcvn3, "Hà Nội"),
        ("63 61 b3 63", .tcvn3, "các"),
        ("a7 e9 63 20 6c cb 70", .tcvn3, "Độc lập"),
        // VNI
        ("f1 f6 f4 ef 63", .vni, "được"),
        ("43 6f e4 6e 67 20 68 6f f8 61", .vni, "Cộng hòa"),
        ("6e 67 68 f3 61", .vni, "nghĩa"),
        ("6b 68 75 79 65 e2 6e", .vni, "khuyên"),
        ("d1 41 cf 49 20 48 4f cf 43", .vni, "ĐẠI HỌC"),
        ("54 d6 d8 20 56 49 45 c4 54", .vni, "TỪ VIỆT"),
        ("6d 61 fb 20 6d 61 f5 20 6d 61 ef", .vni, "mả mã mạ"),
        ("61 ea 6e 20 61 e9 74 20 61 fc 20 61 eb 63", .vni, "ăn ắt ẵ ặc"),
        ("6b e6 20 6c ed 20 6d 79 f5 20 ee", .vni, "kỉ lí mỹ ỵ"),
        ("93 f1 61 f9 94", .vni, "“đá”"),
        // Windows-1258 (through ICU), with combining tone bytes
        ("56 69 ea f2 74 20 4e 61 6d", .windows1258, "Việt Nam"),
        ("d0 f4 f2 63 20 6c e2 f2 70", .windows1258, "Độc lập"),
    ])
    func handmadeBytes(hex: String, encoding: TextEncoding, expected: String) {
        let decoded = TextDecoder.decode(LegacyTestVectors.hex(hex), as: encoding)
        #expect(ICUNormalizer.normalized(decoded.text, .nfc) == expected)
        #expect(decoded.encoding == encoding)
        #expect(decoded.replacementCount == 0)
    }

    @Test("TCVN3 tone bytes 0xB0–0xB4 stay combining marks")
    func tcvn3ToneBytesStayCombining() {
        let decoded = TextDecoder.decode([0x61, 0xB0, 0x61, 0xB1, 0x61, 0xB2, 0x61, 0xB3,
                                          0x61, 0xB4], as: .tcvn3)
        #expect(decoded.text.unicodeScalars.map(\.value)
            == [0x61, 0x300, 0x61, 0x309, 0x61, 0x303, 0x61, 0x301, 0x61, 0x323])
        #expect(ICUNormalizer.normalized(decoded.text, .nfc) == "àảãáạ")
    }

    @Test("VNI marks become combining marks, quality before tone")
    func vniMarksAreCombining() {
        let decoded = TextDecoder.decode([0x61, 0xE1], as: .vni)  // aá = ấ
        #expect(decoded.text.unicodeScalars.map(\.value) == [0x61, 0x302, 0x301])
        #expect(decoded.sourceOffsets == [0, 1, 1, 1, 1, 2])
    }

    @Test("a VNI mark byte with no letter before it reads as its CP1252 character")
    func vniMarkWithoutLetter() {
        let decoded = TextDecoder.decode([0xF9, 0x20, 0x31, 0xE2], as: .vni)
        #expect(decoded.text == "ù 1â")
        #expect(decoded.replacementCount == 0)
    }

    @Test("bytes that CP1252 leaves undefined are replaced and counted in VNI")
    func vniUndefinedBytes() {
        let decoded = TextDecoder.decode([0x61, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x62], as: .vni)
        #expect(decoded.text == "a\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}b")
        #expect(decoded.replacementCount == 5)
    }

    @Test("source offsets point at the input byte of each decoded character")
    func sourceOffsetsPointIntoTheInput() throws {
        let input = LegacyTestVectors.hex("48 b5 20 4e e9 69")  // TCVN3 "Hà Nội"
        let decoded = TextDecoder.decode(input, as: .tcvn3)
        let utf8 = Array(decoded.text.utf8)
        let start = try #require(utf8.firstIndex(of: UInt8(ascii: "N")))
        #expect(decoded.sourceOffset(of: start) == 3)
        #expect(decoded.sourceOffset(of: start + 1) == 4)  // ộ, 3 UTF-8 bytes from one
        #expect(decoded.sourceOffset(of: start + 3) == 4)
        #expect(decoded.sourceOffset(of: utf8.count) == input.count)
    }

    // MARK: Robustness

    @Test("every single byte decodes in every legacy encoding", arguments: legacyEncodings)
    func everyByteDecodes(encoding: TextEncoding) {
        var replaced = 0
        for byte in 0...255 {
            let decoded = TextDecoder.decode([UInt8(byte)], as: encoding)
            let count = decoded.text.utf8.count
            #expect(count > 0, "byte \(byte)")
            #expect(decoded.sourceOffsets == Array(repeating: 0, count: count) + [1],
                    "byte \(byte)")
            replaced += decoded.replacementCount
        }
        // VISCII and TCVN3 (glibc) map all 256 bytes; VNI has CP1252's five holes.
        let expected: [TextEncoding: Int] = [.viscii: 0, .tcvn3: 0, .vni: 5]
        if let expected = expected[encoding] { #expect(replaced == expected) }
    }

    @Test("random bytes never trap and keep source offsets in order",
          arguments: legacyEncodings + [.auto])
    func randomBytes(encoding: TextEncoding) {
        var generator = SeededGenerator(seed: 0x7261_6375_7531)
        for round in 0..<200 {
            let count = Int(generator.next() % 300)
            let input = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let decoded = TextDecoder.decode(input, as: encoding)
            let utf8Count = decoded.text.utf8.count
            guard let offsets = decoded.sourceOffsets else {
                #expect(utf8Count == input.count, "round \(round)")
                continue
            }
            #expect(offsets.count == utf8Count + 1, "round \(round)")
            #expect(offsets.last == input.count, "round \(round)")
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }, "round \(round)")
            #expect(offsets.allSatisfy { (0...input.count).contains($0) }, "round \(round)")
            #expect(decoded.replacementCount
                    == decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }
}

private let legacyEncodings: [TextEncoding] = [.viscii, .tcvn3, .vni, .windows1258]

