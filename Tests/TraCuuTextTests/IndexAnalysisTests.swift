import Testing
import TraCuuTestSupport
@testable import TraCuuText

/// The index builder's analysis (`Analyzer.analyzeForIndex`: columns, most tokens through a
/// `RenderCache`, keys kept for some tokens and rendered again for the others) against
/// `Analyzer.analyze`: the same entities, and every token the same when read back through an
/// `EntityContext` on the columns. Each text twice, so that tokens come from cache misses and
/// then hits, with thousands of distinct words so that entries are replaced.
@Suite struct IndexAnalysisTests {
    static func expectSameAnalyses(of texts: [String],
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        let analyzer = Analyzer(mode: .document)
        let cache = RenderCache()
        var differences: [String] = []
        for _ in 0..<2 {
            for text in texts {
                let fresh = analyzer.analyze(text)
                let (columns, entities) = analyzer.analyzeForIndex(text, cache: cache)
                let context = EntityContext(text: text, columns: columns, mode: .document)
                if entities != fresh.entities {
                    differences.append("entities of \(text.prefix(40))")
                }
                guard columns.count == fresh.tokens.count else {
                    differences.append("token count of \(text.prefix(40))")
                    continue
                }
                for (index, token) in fresh.tokens.enumerated()
                where context.token(index) != token
                    || columns.exactCodes[index] != KeywordCode(token.exact)
                    || columns.foldedCodes[index] != KeywordCode(token.folded) {
                    differences.append("\(token.text) in \(text.prefix(40))")
                }
            }
        }
        #expect(differences.prefix(10) == [], "\(differences.count) differences",
                sourceLocation: sourceLocation)
    }

    @Test("the seed, real text samples, and words that differ only in marks, case, kind or length")
    func seedAndLookalikes() {
        Self.expectSameAnalyses(of: RealText.allTexts + [
            "Hoà hòa hoa HOA Hoa hoá hóa, quý qui QUÝ kỷ kỉ Kỷ, đảng Đảng dang ĐẢNG",
            "05 5 5% 0,5 3.000 2021 II XIII www.a.vn a@b.vn nghiêng nghiêngnghiêng",
            "Ngu\u{031B}\u{0300}o\u{031B}i người Москва 北京 naïve café Zürich _ x",
            // The same first 8 bytes: the codes differ only in their second word.
            "interest interesting interested information informatics 123456789 1234567890",
            // Long words and numbers, URLs, e-mail, other scripts, next to entities.
            "Nghị quyết số 05/2021/NQ-HĐND ngày 16/6/2021 của HĐND tỉnh Thái Bình, xem "
                + "https://thaibinh.gov.vn/van-ban?id=5 hoặc vanthu@thaibinh.gov.vn; "
                + "đồng chí Nguyễn Văn A. và ông Trần Thị Thu Hà ở TP. Hồ Chí Minh, "
                + "Hội nghị Trung ương lần thứ năm khóa XIII, 1234567890123456789 "
                + "supercalifragilistic 東京都 กรุงเทพมหานคร Đắk Lắk Cư M'gar",
        ])
    }

    @Test("labelled entity sentences, news ones when ../shared is there")
    func labelledSentences() throws {
        var sentences = try EntityLabels.publicSentences()
        if EntityLabels.hasNewsCorpus { sentences += try EntityLabels.newsSentences() }
        Self.expectSameAnalyses(of: sentences.map(\.text))
    }

    @Test("the 6,600 words of vi_VN.dic, enough for entries to collide and be replaced",
          .enabled(if: SharedCorpus.exists, "needs ../shared/corpus"))
    func dictionaryWords() throws {
        let words = Array(try #require(SharedCorpus.lines("corpus/testvectors/vi_VN.dic")).dropFirst())
        let texts = stride(from: 0, to: words.count, by: 500).map {
            words[$0..<min($0 + 500, words.count)].joined(separator: " ")
        }
        Self.expectSameAnalyses(of: texts + texts.map { $0.uppercased() }
                                + texts.map { $0.capitalized })
    }
}
