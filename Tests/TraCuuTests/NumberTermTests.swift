import Testing
import TraCuuText
@testable import TraCuu

/// A number typed in digits reads only its `num|` key (`TermExpansion.variants`): that holds
/// because every number token of the documents carries its key at its own position.
@Suite struct NumberTermTests {
    static let bodies = [
        "Nghị quyết số 05 ngày 16/6/2021 và Quyết định số 5 năm 2020.",
        "Chi 1.000 tỷ đồng, tăng 3,5% so với 1.00 năm trước; 0,5% còn lại.",
        "Hội nghị lần thứ 5 Ban Chấp hành khóa XII, 12 đại biểu, 005 phiếu.",
        "Mã 1234567890123456 dài quá; số 007 và 7.",
    ] + IndexFixtures.distractors.map(\.body) + [IndexFixtures.seed.body]

    static let searcher = IndexFixtures.searcher(ofBodies: bodies, title: "Số liệu")

    @Test("every number token's positions hold its num| key")
    func numberTokensCarryTheirKey() throws {
        let analyzer = Analyzer(mode: .document)
        for body in Self.bodies {
            let analysis = analyzer.analyze(body)
            for token in analysis.tokens where token.kind == .number {
                let keys = analysis.entities.filter {
                    $0.kind == .number && $0.positions == token.position..<(token.position + 1)
                }.map(\.keys.exact)
                guard let value = NumberRecognizer.integer(token.text) else {
                    #expect(keys.isEmpty, "\(token.text) has a number key")
                    continue
                }
                #expect(keys == ["num|\(value)"], "\(token.text) in \(body.prefix(30))")
            }
        }
    }

    @Test("a number finds every form of its value, as its forms' postings say", arguments: [
        "5", "05", "005", "1.000", "1000", "2020", "7", "12",
    ])
    func numberFindsItsForms(text: String) throws {
        let value = try #require(NumberRecognizer.integer(text))
        let expected = try Self.searcher.postings(exact: "num|\(value)", folded: "num|\(value)")
            .map(\.id)
        let found = try Self.searcher.search(Query(parsing: text), limit: .max).hits.map(\.id)
        #expect(!expected.isEmpty)
        #expect(Set(found) == Set(expected), "\(text)")
    }
}
