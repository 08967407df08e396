import Testing
import TraCuuText

@Suite struct EncodingDetectorTests {
    // MARK: Unicode

    @Test("a byte order mark or valid UTF-8 is Unicode", arguments: [
        ("ef bb bf 61", TextEncoding.utf8),
        ("ff fe 61 00", .utf16),
        ("fe ff 00 61", .utf16),
        ("54 69 e1 ba bf 6e 67", .utf8),  // Tiếng
        ("", .utf8),
    ])
    func unicode(hex: String, expected: TextEncoding) {
        #expect(EncodingDetector.detect(LegacyTestVectors.hex(hex)) == expected)
    }

    // MARK: Self-contained fixtures

    // Made with glibc iconv (VISCII, TCVN5712-1, CP1258) and VNITestEncoder.
    @Test("one short phrase is enough to tell the legacy encodings apart", arguments: [
        ("54 69 aa 6e 67 20 56 69 ae 74 20 72 a4 74 20 68 61 79", TextEncoding.viscii),
        ("54 69 d5 6e 67 20 56 69 d6 74 20 72 ca 74 20 68 61 79", .tcvn3),
        ("54 69 ea ec 6e 67 20 56 69 ea f2 74 20 72 e2 ec 74 20 68 61 79", .windows1258),
        ("54 69 65 e1 6e 67 20 56 69 65 e4 74 20 72 61 e1 74 20 68 61 79", .vni),
        ("43 b5 6e 67 20 68 f2 61 20 78 e3 20 68 b5 69 20 63 68 fc 20 6e 67 68 ee 61",
         .viscii),  // Cộng hòa xã hội chủ nghĩa
        ("48 b5 20 4e e9 69", .tcvn3),  // Hà Nội
        ("48 e0 20 4e f4 f2 69", .windows1258),
        ("48 61 f8 20 4e 6f e4 69", .vni),
        ("d0 b5 63 20 6c a7 70 20 2d 20 54 f1 20 64 6f", .viscii),  // Độc lập - Tự do
        ("a7 e9 63 20 6c cb 70 20 2d 20 54 f9 20 64 6f", .tcvn3),
        ("d0 f4 f2 63 20 6c e2 f2 70 20 2d 20 54 fd f2 20 64 6f", .windows1258),
        ("d1 6f e4 63 20 6c 61 e4 70 20 2d 20 54 f6 ef 20 64 6f", .vni),
    ])
    func shortPhrases(hex: String, expected: TextEncoding) {
        let input = LegacyTestVectors.hex(hex)
        #expect(EncodingDetector.detect(input) == expected)
        #expect(TextDecoder.decode(input, as: .auto).encoding == expected)
    }

    // "Hà Nội" in VISCII reads as "Hổ Nài" in TCVN3: two real syllables either way, a tie.
    @Test("a phrase that is Vietnamese in two encodings goes to the earlier candidate")
    func ambiguousPhrase() {
        let visciiHaNoi = LegacyTestVectors.hex("48 e0 20 4e b5 69")
        #expect(EncodingDetector.score(visciiHaNoi, as: .viscii) == 2)
        #expect(EncodingDetector.score(visciiHaNoi, as: .tcvn3) == 2)
        #expect(EncodingDetector.detect(visciiHaNoi) == .tcvn3)
    }

    @Test("the VNI test encoder writes the fixtures' VNI bytes")
    func vniFixturesMatchTheEncoder() {
        let hex = LegacyTestVectors.hex
        #expect(VNITestEncoder.encode("Tiếng Việt rất hay")
            == hex("54 69 65 e1 6e 67 20 56 69 65 e4 74 20 72 61 e1 74 20 68 61 79"))
        #expect(VNITestEncoder.encode("Hà Nội") == hex("48 61 f8 20 4e 6f e4 69"))
        #expect(VNITestEncoder.encode("Độc lập - Tự do")
            == hex("d1 6f e4 63 20 6c 61 e4 70 20 2d 20 54 f6 ef 20 64 6f"))
    }

    // MARK: The shared iconv samples

    // Skipped, not failed, where ../shared (the project's corpus) is absent.
    @Test("each whole sample file is detected as its encoding",
          .enabled(if: LegacyTestVectors.isAvailable,
                   "needs ../shared/corpus/testvectors/legacy"),
          arguments: LegacyTestVectors.encodedFiles)
    func wholeSamples(file: String, encodingName: String) throws {
        let expected = try TextDecoder.encoding(named: encodingName)
        #expect(EncodingDetector.detect(LegacyTestVectors.bytes(of: file)) == expected)
    }

    // Skipped, not failed, where ../shared (the project's corpus) is absent.
    @Test("each line of the samples is detected as its encoding on its own",
          .enabled(if: LegacyTestVectors.isAvailable,
                   "needs ../shared/corpus/testvectors/legacy"),
          arguments: LegacyTestVectors.encodedFiles)
    func sampleLines(file: String, encodingName: String) throws {
        let expected = try TextDecoder.encoding(named: encodingName)
        for (number, line) in LegacyTestVectors.lines(of: file).enumerated() {
            let detected = EncodingDetector.detect(line)
            #expect(detected == expected, "\(file) line \(number + 1)")
        }
    }

    // Skipped, not failed, where ../shared (the project's corpus) is absent.
    @Test("the Unicode sample encoded as VNI is detected as VNI, whole and line by line",
          .enabled(if: LegacyTestVectors.isAvailable,
                   "needs ../shared/corpus/testvectors/legacy"))
    func vniSample() throws {
        var whole: [UInt8] = []
        for (number, line) in LegacyTestVectors.referenceLines().enumerated() {
            let encoded = try #require(VNITestEncoder.encode(line))
            #expect(EncodingDetector.detect(encoded) == .vni, "line \(number + 1)")
            whole += encoded + [0x0A]
        }
        #expect(EncodingDetector.detect(whole) == .vni)
    }
}
