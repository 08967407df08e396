import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// Every output byte of the normalizer maps back to the source: a word's bytes to the whole
/// original word, a copied byte to itself. Source and expected output are both marked, word
/// for word, so no offset is counted by hand.
@Suite struct OffsetMapTests {
    @Test("each output byte maps back to its word or to the byte it was copied from",
          arguments: [
              (MatchLevel.folded, "⟦Hoà⟧ ⟦bình⟧, ⟦ĐẢNG⟧ ⟦BỘ⟧!", "⟦hoa⟧ ⟦binh⟧, ⟦dang⟧ ⟦bo⟧!"),
              (.exact, "⟦Hòa⟧ ⟦bình⟧\n⟦THỦY⟧", "⟦hoà⟧ ⟦bình⟧\n⟦thuỷ⟧"),
              (.toneless, "«⟦Nghị⟧ ⟦quyết⟧ ⟦số⟧ ⟦05⟧»", "«⟦nghi⟧ ⟦quyêt⟧ ⟦sô⟧ ⟦05⟧»"),
              (.folded, "⟦Ngu\u{031B}\u{0300}o\u{031B}i⟧ — ⟦Vie\u{0302}\u{0323}t⟧",
               "⟦nguoi⟧ — ⟦viet⟧"),
              (.folded, "⟦Vi\u{00EA}\u{0323}t⟧ ⟦Nam⟧…", "⟦viet⟧ ⟦nam⟧…"),
              (.folded, "⟦ß⟧ ⟦İ⟧ ⟦Москва⟧", "⟦ss⟧ ⟦i⟧ ⟦москва⟧"),
              (.exact, "  ", "  "),
              (.exact, "", ""),
              (.folded, "(⟦0,5%⟧) ⟦https://Vi.Wikipedia.org⟧.",
               "(⟦0,5%⟧) ⟦https://vi.wikipedia.org⟧."),
          ])
    func mapsBack(level: MatchLevel, source: String, output: String) {
        let source = MarkedText(source)
        let expected = MarkedText(output)
        let normalized = Normalizer(level: level).normalize(source.text)
        #expect(UTF8Bytes(normalized.text) == UTF8Bytes(expected.text))
        #expect(expected.ranges.count == source.ranges.count, "bad test table")

        let sourceBytes = Array(source.text.utf8)
        let outputBytes = Array(normalized.text.utf8)
        for offset in outputBytes.indices {
            let mapped = normalized.offsets.sourceRange(ofOutputOffset: offset)
            if let word = expected.ranges.firstIndex(where: { $0.contains(offset) }) {
                #expect(mapped == source.ranges[word], "output byte \(offset)")
            } else if let mapped {
                #expect(mapped.count == 1, "output byte \(offset)")
                #expect(sourceBytes[mapped.lowerBound] == outputBytes[offset],
                        "output byte \(offset)")
            } else {
                Issue.record("output byte \(offset) maps to nothing")
            }
        }
        #expect(normalized.offsets.sourceRange(ofOutputOffset: outputBytes.count) == nil)
        #expect(normalized.offsets.sourceRange(ofOutputOffset: -1) == nil)
    }

    @Test("the mapped source ranges cover the source in order, without gaps or overlaps")
    func coversSource() {
        let text = RepositoryFiles.seedArticleText()
        for level in MatchLevel.allCases {
            let normalized = Normalizer(level: level).normalize(text)
            var covered = 0
            for offset in 0..<normalized.text.utf8.count {
                guard let range = normalized.offsets.sourceRange(ofOutputOffset: offset) else {
                    Issue.record("\(level): output byte \(offset) maps to nothing")
                    return
                }
                if range.lowerBound == covered {
                    covered = range.upperBound
                } else {
                    #expect(range.upperBound == covered, "\(level): output byte \(offset)")
                }
            }
            #expect(covered == text.utf8.count, "\(level)")
        }
    }

    @Test("composed with a decoder's offsets, every output byte maps to input bytes")
    func composedWithDecoderOffsets() throws {
        // "Hoà", an invalid byte, " bình".
        let input: [UInt8] = Array("Hoà".utf8) + [0xFF] + Array(" bình".utf8)
        let decoded = TextDecoder.decode(input, as: .utf8)
        let offsets = try #require(decoded.sourceOffsets)
        let normalized = Normalizer(level: .folded).normalize(decoded.text)
        #expect(normalized.text == "hoa\u{FFFD} binh")
        let map = normalized.offsets.composed(with: offsets)
        for offset in 0..<normalized.text.utf8.count {
            let range = try #require(map.sourceRange(ofOutputOffset: offset))
            #expect(!range.isEmpty, "output byte \(offset) maps to an empty range")
            #expect(range.lowerBound >= 0 && range.upperBound <= input.count)
        }
        #expect(map.sourceRange(ofOutputOffset: 0) == 0..<4)
        // The replacement character's three bytes all map to the invalid byte.
        for offset in 3..<6 { #expect(map.sourceRange(ofOutputOffset: offset) == 4..<5) }
    }
}
