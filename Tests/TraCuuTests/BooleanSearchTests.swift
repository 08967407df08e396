import Testing
import TraCuu
import TraCuuTestSupport

/// Required, excluded and grouped clauses, and the counts, against a brute-force reading of
/// every document; with pruning (limit 1 and 5) and without (no limit).
@Suite struct BooleanSearchTests {
    /// Syllables whose folded forms differ, so a query word matches only itself.
    static let vocabulary = ["sơn", "chè", "mỏ", "hà", "nội", "đồi", "làng", "phố"]

    /// Each document's body words, by id.
    static let bodies: [String: [String]] = {
        var random = SeededGenerator(seed: 0xB001)
        var bodies: [String: [String]] = [:]
        for number in 0..<200 {
            bodies["d\(number)"] = (0..<(3 + Int(random.next() % 10))).map { _ in
                vocabulary[Int(random.next() % UInt64(vocabulary.count))]
            }
        }
        return bodies
    }()

    static let searcher: Searcher = {
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for number in 0..<200 {
                let id = "d\(number)"
                try writer.add(Document(id: id, title: "tin",
                                        body: (bodies[id] ?? []).joined(separator: " ")))
                if number == 99 { try writer.commit() }
            }
            try writer.commit()
            return try index.searcher()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }()

    static let queries = [
        "sơn chè", "+sơn chè", "sơn AND chè", "sơn OR chè mỏ", "+(sơn OR -chè) mỏ",
        "sơn -chè", "sơn NOT chè", "\"sơn chè\"", "+\"sơn chè\" mỏ", "(sơn OR \"chè mỏ\") hà",
        "sơn chè mỏ", "+sơn +chè -mỏ", "(+sơn -chè) OR mỏ", "sơn +(chè mỏ) -hà",
        "-sơn chè OR mỏ", "đồi OR làng OR phố", "+(đồi AND làng) OR phố",
    ]

    @Test("matches and counts are those of the brute-force reading, limited or not",
          arguments: queries, [false, true])
    func againstBruteForce(text: String, requiringAll: Bool) throws {
        let parsed = try Query(parsing: text, strict: true)
        let query = requiringAll ? parsed.requiringAllWords() : parsed
        let expected = Self.bodies.filter { Self.matches(query, $0.value) }
        let allWords = expected.filter { body in
            Self.positiveWords(query.clauses).allSatisfy { body.value.contains($0) }
        }
        let full = try Self.searcher.search(query, limit: .max)
        #expect(Set(full.hits.map(\.id)) == Set(expected.keys))
        #expect(full.totalMatches == expected.count)
        #expect(full.allWordsMatches == allWords.count)
        for limit in [1, 5] {
            let top = try Self.searcher.search(query, limit: limit)
            #expect(top.hits.map(\.id) == Array(full.hits.prefix(limit).map(\.id)))
            #expect(top.totalMatches == full.totalMatches)
            #expect(top.allWordsMatches == full.allWordsMatches)
        }
    }

    @Test("alternatives of OR are not neighbours: no proximity between them")
    func alternativesAreNotNeighbours() throws {
        let searcher = IndexFixtures.searcher(ofBodies: ["đồi chè sơn cước", "sơn ở xa chè"],
                                              title: "tin")
        let neighbours = try searcher.search(Query(parsing: "chè sơn"), limit: 2)
        let alternatives = try searcher.search(Query(parsing: "chè OR sơn"), limit: 2)
        #expect(neighbours.hits.first?.explanation.proximity ?? 0 > 0)
        #expect(alternatives.hits.map(\.explanation.proximity) == [0, 0])
        #expect(alternatives.totalMatches == 2)
    }

    /// Whether a document of `words` matches: it holds a word of the query not under an
    /// exclusion, every required clause and top-level phrase, and no top-level exclusion.
    static func matches(_ query: Query, _ words: [String]) -> Bool {
        positiveWords(query.clauses).contains { words.contains($0) }
            && query.clauses.allSatisfy { clause in
                switch clause {
                case .word, .anyOf: true
                case .phrase, .required, .excluded: satisfies(clause, words)
                }
            }
    }

    static func satisfies(_ clause: Query.Clause, _ words: [String]) -> Bool {
        switch clause {
        case .word(let word, _, _):
            return words.contains(word)
        case .phrase(let phrase, _):
            return words.indices.contains { start in
                Array(words[start...].prefix(phrase.count)) == phrase
            }
        case .required(let inner):
            return satisfies(inner, words)
        case .excluded(let inner):
            return !satisfies(inner, words)
        case .anyOf(let items):
            var required: [Query.Clause] = [], optional: [Query.Clause] = []
            for item in items {
                switch item {
                case .required(let inner): required.append(inner)
                case .excluded: required.append(item)
                default: optional.append(item)
                }
            }
            let hasRequired = items.contains { if case .required = $0 { true } else { false } }
            return required.allSatisfy { satisfies($0, words) }
                && (hasRequired || optional.isEmpty || optional.contains { satisfies($0, words) })
        }
    }

    /// The words of `clauses` not under an exclusion.
    static func positiveWords(_ clauses: [Query.Clause]) -> [String] {
        clauses.flatMap { clause -> [String] in
            switch clause {
            case .word(let word, _, _): [word]
            case .phrase(let words, _): words
            case .required(let inner): positiveWords([inner])
            case .excluded: []
            case .anyOf(let items): positiveWords(items)
            }
        }
    }
}
