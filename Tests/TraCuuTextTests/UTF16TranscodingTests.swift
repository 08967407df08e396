import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// The hand-written UTF-8 ⇄ UTF-16 conversions at the ICU seam against the standard
/// library's.
@Suite struct UTF16TranscodingTests {
    static let samples = [
        "", "a", "Nghị quyết số 05", "ĐẢNG", "中华人民共和国", "😀 x 𝔸", "Shinzō", "\u{0}",
        "ﬃ ß İ", String(repeating: "ệ😀", count: 300),
    ]

    @Test("a string's UTF-16 code units are the standard library's", arguments: samples)
    func units(text: String) {
        #expect(UTF16Transcoding.units(of: text) == Array(text.utf16))
    }

    @Test("UTF-16 code units decode as the standard library decodes them", arguments: samples)
    func string(text: String) {
        let units = Array(text.utf16)
        let decoded = units.withUnsafeBufferPointer(UTF16Transcoding.string)
        #expect(UTF8Bytes(decoded) == UTF8Bytes(text))
    }

    @Test("unpaired surrogates become U+FFFD, as in String(decoding:as:)", arguments: [
        [0xD800], [0xDC00], [0x61, 0xD83D], [0xD83D, 0x61], [0xDE00, 0xD83D, 0xDE00],
        [0xD83D, 0xD83D, 0xDE00], [0xDBFF, 0xDFFF, 0xDC00, 0xD800],
    ] as [[UInt16]])
    func unpairedSurrogates(units: [UInt16]) {
        let decoded = units.withUnsafeBufferPointer(UTF16Transcoding.string)
        #expect(UTF8Bytes(decoded) == UTF8Bytes(String(decoding: units, as: UTF16.self)))
    }

    @Test("random code units decode as the standard library decodes them")
    func randomUnits() {
        var generator = SeededGenerator(seed: 16)
        let interesting: [UInt16] = [0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF,
                                     0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x1EA1, 0x0301]
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                interesting.randomElement(using: &generator)!
            }
            let decoded = units.withUnsafeBufferPointer(UTF16Transcoding.string)
            #expect(UTF8Bytes(decoded) == UTF8Bytes(String(decoding: units, as: UTF16.self)),
                    "\(units)")
        }
    }
}
