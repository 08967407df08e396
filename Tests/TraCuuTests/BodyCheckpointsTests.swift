import Testing
import TraCuuText
@testable import TraCuu

/// Snippets scan a body from a checkpoint stored beside it (`BodyCheckpoints`): a scan from
/// any checkpoint must cut the same tokens as one from the start, and damaged checkpoints
/// must be ignored, never followed.
@Suite struct BodyCheckpointsTests {
    static let mixed = String(repeating: "Xem https://vnexpress.net/tin-tuc?id=1 hoặc thư "
        + "a.b@c.vn. 東京 là thủ đô Nhật Bản; số 1.000.000 và 3,5% (năm 2021).\n", count: 40)

    @Test("a scan from any checkpoint cuts the tokens of a scan from the start")
    func scansAgree() throws {
        let bodies = [IndexFixtures.seed.body, Self.mixed, String(repeating: "hòa ", count: 500)]
        let index = try IndexFixtures.index(ofBodies: bodies, title: "Tin")
        var checked = 0
        for segment in try index.searcher().loadedSegments() {
            for ordinal in 0..<segment.reader.documentCount {
                let (document, checkpoints) = try segment.reader.documentWithCheckpoints(ordinal)
                let tokens = Tokenizer().tokens(in: document.body)
                let bytes = Array(document.body.utf8)
                #expect(checkpoints.tokens.count >= tokens.count / 128, "too few checkpoints")
                for (token, offset) in zip(checkpoints.tokens, checkpoints.offsets) {
                    let rest = String(decoding: bytes[offset...], as: UTF8.self)
                    let scanned = Tokenizer().tokens(in: rest)
                    let expected = tokens[token...]
                    #expect(scanned.map(\.text) == expected.map(\.text))
                    #expect(scanned.map { $0.utf8Range.lowerBound + offset }
                            == expected.map(\.utf8Range.lowerBound))
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test("checkpoints that do not fit the body are ignored", arguments: [
        "64", "64 x", "64 3", "64 9999", "64 10 32 20", "64 10 64 15", "-1 5", "64 10 128 5",
    ])
    func damagedIgnored(value: String) {
        var body = "một hai ba bốn năm sáu bảy tám chín mười"
        let checkpoints = body.withUTF8 { BodyCheckpoints(field: value, body: $0) }
        #expect(checkpoints.tokens.isEmpty && checkpoints.offsets.isEmpty, "\(value)")
        #expect(checkpoints.start(before: 100) == (0, 0))
    }

    @Test("a sound field is read back, and the start is the last checkpoint at or before")
    func readBack() {
        var body = "một hai ba bốn năm sáu bảy tám chín mười"
        let checkpoints = body.withUTF8 { BodyCheckpoints(field: "2 10 5 24", body: $0) }
        #expect(checkpoints.tokens == [2, 5] && checkpoints.offsets == [10, 24])
        #expect(checkpoints.start(before: 1) == (0, 0))
        #expect(checkpoints.start(before: 4) == (2, 10))
        #expect(checkpoints.start(before: 9) == (5, 24))
    }
}
