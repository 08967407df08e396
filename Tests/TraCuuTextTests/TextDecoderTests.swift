import Foundation
import Testing
import TraCuuTestSupport
@testable import TraCuuText

@Suite struct TextDecoderTests {
    @Test("encoding names and their aliases", arguments: [
        ("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("utf16", .utf16), ("UTF-16", .utf16),
        ("windows-1258", .windows1258), ("CP1258", .windows1258), ("auto", .auto),
        ("viscii", .viscii), ("tcvn3", .tcvn3), ("TCVN", .tcvn3), ("abc", .tcvn3),
        ("vni", .vni), ("VNI-Windows", .vni),
    ])
    func names(name: String, encoding: TextEncoding) throws {
        #expect(try TextDecoder.encoding(named: name) == encoding)
    }

    @Test("an unknown encoding name is a TextError that names the valid values",
          arguments: ["bogus", "", "utf-32", "latin1", "windows-1252"])
    func unknownName(name: String) {
        let error = #expect(throws: TextError.self) { try TextDecoder.encoding(named: name) }
        #expect(error?.code == .unknownEncoding)
        for valid in TextEncoding.allCases {
            #expect(error?.message.contains(valid.rawValue) == true, "\(valid)")
        }
        #expect(error?.message.contains("'\(name)'") == true)
    }

    @Test("Windows-1258 decodes to its half-composed form, which normalizes like NFC")
    func windows1258() {
        // "Việt Nam, Đảng": ê is 0xEA, the dot below 0xF2, Đ 0xD0, the hook above 0xD2.
        let bytes: [UInt8] = [0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x2C, 0x20,
                              0xD0, 0x61, 0xD2, 0x6E, 0x67]
        let decoded = TextDecoder.decode(bytes, as: .windows1258)
        #expect(UTF8Bytes(decoded.text)
                == UTF8Bytes("Vi\u{00EA}\u{0323}t Nam, \u{0110}a\u{0309}ng"))
        #expect(decoded.replacementCount == 0)
        #expect(UTF8Bytes(Normalizer(level: .exact).normalize(decoded.text).text)
                == UTF8Bytes("việt nam, đảng"))
        let tokens = Tokenizer().tokens(in: decoded.text)
        #expect(tokens.map { decoded.sourceOffset(of: $0.utf8Range.lowerBound) } == [0, 6, 11])
        #expect(tokens.map { decoded.sourceOffset(of: $0.utf8Range.upperBound) } == [5, 9, 16])
    }

    @Test("a byte order mark or valid UTF-8 is detected as such", arguments: [
        ([0xEF, 0xBB, 0xBF, 0x61], TextEncoding.utf8),
        (Array("Hoà bình".utf8), .utf8),
        ([0xFF, 0xFE, 0x61, 0x00], .utf16),
        ([0xFE, 0xFF, 0x00, 0x61], .utf16),
    ] as [([UInt8], TextEncoding)])
    func detection(bytes: [UInt8], encoding: TextEncoding) {
        let decoded = TextDecoder.decode(bytes, as: .auto)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text.hasSuffix("a") || decoded.text == "Hoà bình")
    }

    @Test("auto reads mostly valid UTF-8 with a stray invalid byte as UTF-8, replacing the byte")
    func autoWithStrayInvalidByte() {
        // Invalid UTF-8 is replaced and counted, not read as Windows-1258
        // (which would turn every Vietnamese letter into mojibake: "Hoà" → "HoÃ\u{A0}").
        let bytes = Array("Hoà bình, Đảng bộ phường Mỏ Chè".utf8) + [0xFF] + Array(" nhân dân".utf8)
        let decoded = TextDecoder.decode(bytes, as: .auto)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replacementCount == 1)
        #expect(decoded.text.hasPrefix("Hoà bình"))
    }

    /// `legacy/sample.*` are 300 news sentences, line-aligned, in UTF-8 NFC and NFD and
    /// converted by iconv to Windows-1258 (tones as combining marks). Read from the shared
    /// corpus at test time, never copied into the repository (news text is not ours).
    @Test("the Windows-1258 and NFD samples normalize exactly like the NFC sample",
          .enabled(if: SharedCorpus.exists, "needs the shared corpus at ../shared"))
    func legacySamples() throws {
        let folder = "corpus/testvectors/legacy/"
        let nfc = try #require(SharedCorpus.lines(folder + "sample.utf8-nfc.txt"))
        let nfd = try #require(SharedCorpus.lines(folder + "sample.utf8-nfd.txt"))
        let cp1258Path = SharedCorpus.file(folder + "sample.cp1258.txt").path
        let cp1258Data = try #require(FileManager.default.contents(atPath: cp1258Path))
        let cp1258 = TextDecoder.decode([UInt8](cp1258Data), as: .windows1258)
        #expect(cp1258.replacementCount == 0)
        let decodedLines = cp1258.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        #expect(nfc.count == decodedLines.count)
        #expect(nfc.count == nfd.count)
        var mismatches = 0
        for level in MatchLevel.allCases {
            let normalizer = Normalizer(level: level)
            for (index, line) in nfc.enumerated() {
                let expected = UTF8Bytes(normalizer.normalize(line).text)
                if UTF8Bytes(normalizer.normalize(nfd[index]).text) != expected
                    || UTF8Bytes(normalizer.normalize(decodedLines[index]).text) != expected {
                    mismatches += 1
                    if mismatches <= 5 { Issue.record("\(level) line \(index + 1) differs") }
                }
            }
        }
        #expect(mismatches == 0)
    }
}
