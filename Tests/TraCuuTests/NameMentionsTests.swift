import Testing
import TraCuuText
@testable import TraCuu

/// Snippets take the mentions of a person or place from the index (`NameMentions`); the
/// recognisers, run over the body again, must find the very same ones.
@Suite struct NameMentionsTests {
    @Test("names' mentions read from the index are those the recognisers find", arguments: [
        "Nguyễn Thái Sơn", "nguyen thai son", "Nguyễn Thái Hà", "nguyen thai ha", "phường Mỏ Chè",
        "phuong mo che", "Trần Văn Hà", "Quang Trung",
    ])
    func mentionsMatchRecognisers(text: String) throws {
        let plan = QueryPlan(try Query(parsing: text))
        let names = plan.entities.indices.filter {
            [.person, .place].contains(plan.entities[$0].kind)
        }
        #expect(!names.isEmpty, "\(text) names no one")
        let searcher = Self.searcher
        for segment in searcher.segments {
            let reader = segment.reader
            let expansion = SegmentExpansion(plan: plan, readings: plan.terms.map { _ in nil },
                                             dictionary: reader.dictionary)
            for ordinal in 0..<reader.documentCount {
                let body = try reader.document(ordinal).body
                let tokens = Tokenizer().tokens(in: body)
                for index in names {
                    let entity = plan.entities[index]
                    let fromIndex = try NameMentions.tokenRanges(
                        of: entity, variants: expansion.entities[index], in: reader,
                        document: UInt32(ordinal)
                    ).map { tokens[$0.lowerBound].utf8Range.lowerBound
                        ..< tokens[$0.upperBound - 1].utf8Range.upperBound }
                    let found = Analyzer(mode: .document).analyze(body).entities.filter {
                        $0.keys.folded == entity.keys.folded || $0.keys.exact == entity.keys.exact
                            || $0.keys.exact == entity.keys.folded
                    }.map(\.utf8Range)
                    #expect(fromIndex == found, "\(text) in \(body.prefix(50))")
                }
            }
        }
    }

    /// The snippet test bodies and the acceptance distractors, one document each.
    static let searcher: Searcher = {
        let bodies = SnippetBuilderTests.bodies + SearchAcceptanceTests.distractors.map(\.body)
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for (number, body) in bodies.enumerated() {
                try writer.add(Document(id: "body\(number)", title: "Tin tức", body: body))
            }
            try writer.commit()
            return try index.searcher()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }()
}
