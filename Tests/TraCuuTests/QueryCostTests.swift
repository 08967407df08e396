import Testing
import TraCuu

/// A query's cost is bounded: past `Searcher.maximumQueryTerms` syllables the rest is left
/// out (and counted), a prefix expands to at most that many words, and nothing recurses
/// per term (a pasted article used to overflow the stack).
@Suite struct QueryCostTests {
    /// The seed article's words made only of letters: one syllable each.
    static let syllables: [String] = IndexFixtures.seed.body
        .split(whereSeparator: \.isWhitespace)
        .map(String.init)
        .filter { $0.allSatisfy(\.isLetter) }

    static let searcher: Searcher = {
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for document in IndexFixtures.all { try writer.add(document) }
            try writer.commit()
            return try index.searcher()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }()

    /// `count` syllables of the seed article, its words over and over.
    static func pasted(_ count: Int) -> [String] {
        (0..<count).map { syllables[$0 % syllables.count] }
    }

    @Test("a 10,000-word query searches its first 1,024 syllables and counts the rest")
    func longQuery() throws {
        let words = Self.pasted(10_000)
        let results = try Self.searcher.search(Query(parsing: words.joined(separator: " ")))
        #expect(results.droppedTerms == 10_000 - Searcher.maximumQueryTerms)
        let first = try Self.searcher.search(Query(parsing: words
            .prefix(Searcher.maximumQueryTerms).joined(separator: " ")))
        #expect(first.droppedTerms == 0)
        #expect(results.hits.map(\.id) == first.hits.map(\.id))
        #expect(results.hits.map(\.score) == first.hits.map(\.score))
    }

    @Test("a quoted passage of 3,000 words is matched as a phrase of its first 1,024")
    func longPhrase() throws {
        let words = Self.pasted(3_000)
        let searcher = try IndexFixtures.index(
            ofBodies: [words.joined(separator: " "), words.reversed().joined(separator: " ")],
            title: "Bài").searcher()
        let results = try searcher.search(
            Query(parsing: "\"" + words.joined(separator: " ") + "\""))
        #expect(results.droppedTerms == 3_000 - Searcher.maximumQueryTerms)
        #expect(results.hits.map(\.id) == ["body0"])
    }

    @Test("a prefix matching more than 1,024 words is cut to the most frequent, and said so")
    func widePrefix() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<1_100).map { number in
            "xq" + String([letters[number / 26 % 26], letters[number % 26], letters[number / 676]])
        }
        let common = "xqzzz"
        let index = try IndexFixtures.index(
            ofBodies: [words.joined(separator: " "), common, common + " nữa"], title: "từ")
        let searcher = try index.searcher()
        let wide = try searcher.search(Query(parsing: "xq*"), limit: 5)
        #expect(wide.truncatedPrefixes == ["xq*"])
        #expect(Set(wide.hits.map(\.id)) == ["body0", "body1", "body2"])
        let narrow = try searcher.search(Query(parsing: "xqa*"), limit: 5)
        #expect(narrow.truncatedPrefixes.isEmpty)
    }
}
