import Testing
import TraCuuTestSupport
@testable import tracuu

/// `UTF8Repair` against Swift's own decoding, the oracle: the same text, one U+FFFD per
/// broken sequence, and valid input passed through.
@Suite struct UTF8RepairTests {
    @Test("repaired bytes equal Swift's decoding of random bytes, replacements counted")
    func matchesSwiftDecoding() {
        var generator = SeededGenerator(seed: 7)
        let pieces: [[UInt8]] = [Array("hòa ".utf8), Array("Nghị ".utf8), [0xFF], [0xE1, 0xBA],
                                 [0xC3], [0x80], [0xF0, 0x9F, 0x98], Array("\"}".utf8)]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator) ?? []
            }
            let (repaired, count) = UTF8Repair.repaired(bytes)
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(repaired == Array(decoded.utf8))
            #expect(count == decoded.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }

    @Test("valid UTF-8 comes back unchanged with no replacement")
    func validPassesThrough() {
        let bytes = Array(#"{"id":"a","body":"Đảng bộ phường Mỏ Chè"}"#.utf8)
        let (repaired, count) = UTF8Repair.repaired(bytes)
        #expect(repaired == bytes)
        #expect(count == 0)
    }
}
