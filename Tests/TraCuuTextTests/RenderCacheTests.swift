import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// Tokens rendered through a `RenderCache` against tokens rendered afresh: the same texts,
/// keys, codes and entities, on first sight (misses) and on the second pass (hits), with
/// thousands of distinct words so that entries are replaced.
@Suite struct RenderCacheTests {
    static func expectSameAnalyses(of texts: [String],
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        let analyzer = Analyzer(mode: .document)
        let cache = RenderCache()
        for _ in 0..<2 {
            for text in texts {
                let cached = analyzer.analyzeWithCodes(text, cache: cache)
                let fresh = analyzer.analyzeWithCodes(text)
                #expect(cached.analysis == fresh.analysis, sourceLocation: sourceLocation)
                #expect(cached.exactCodes == fresh.exactCodes, sourceLocation: sourceLocation)
            }
        }
    }

    @Test("the seed article and words that differ only in marks, case, kind or length")
    func seedAndLookalikes() {
        Self.expectSameAnalyses(of: [
            RepositoryFiles.seedArticleText(),
            "Hoà hòa hoa HOA Hoa hoá hóa, quý qui QUÝ kỷ kỉ Kỷ, đảng Đảng dang ĐẢNG",
            "05 5 5% 0,5 3.000 2021 II XIII www.a.vn a@b.vn nghiêng nghiêngnghiêng",
            "Ngu\u{031B}\u{0300}o\u{031B}i người Москва 北京 naïve café Zürich _ x",
            // The same first 8 bytes: the codes differ only in their second word.
            "interest interesting interested information informatics 123456789 1234567890",
        ])
    }

    @Test("the 6,600 words of vi_VN.dic, enough for entries to collide and be replaced",
          .enabled(if: SharedCorpus.exists, "needs ../shared/corpus"))
    func dictionaryWords() throws {
        let words = Array(try #require(SharedCorpus.lines("corpus/testvectors/vi_VN.dic")).dropFirst())
        let texts = stride(from: 0, to: words.count, by: 500).map {
            words[$0..<min($0 + 500, words.count)].joined(separator: " ")
        }
        Self.expectSameAnalyses(of: texts + texts.map { $0.uppercased() })
    }
}
