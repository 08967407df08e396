import Testing
import TraCuuText
@testable import TraCuu

/// Snippets from the index's positions (`SnippetMarks`) and a scan that stops after the
/// window, checked against the plain way: whole tokens, every entity of the body from the
/// recognisers, and every window tried.
@Suite struct SnippetBuilderTests {
    static let bodies: [String] = {
        let seed = IndexFixtures.seed.body
        let paragraphs = seed.split(separator: "\n").map(String.init)
        return [seed, ""] + paragraphs + IndexFixtures.distractors.map(\.body)
            + SearchAcceptanceTests.distractors.map(\.body)
            + ["Nghị quyết số 05 ngày 16/6/2021 của Đảng ủy phường Mỏ Chè; nghi quyet 5.",
               "Ông Nguyễn Thái Sơn và bà Nguyễn Thái Hà dự lễ.\nHòa hoà HOÀ hoa thủy thuỷ."]
    }()

    /// The bodies, one document each, under one title.
    static let searcher = IndexFixtures.searcher(ofBodies: bodies, title: "Tin tức")

    @Test("every hit's snippet is the plain algorithm's", arguments: [
        "Đảng bộ", "dang bo", "Mỏ Chè", "mo che", "phường Mỏ Chè", "phuong mo che", "phường",
        "hòa", "hoa", "hoà bình", "Nghị quyết số 05", "nghi quyet so 5", "Nguyễn Thái Sơn",
        "nguyen thai ha", "Trần Văn Hà", "Quang Trung", "05", "xây*", "ngh*",
        "Trung tâm OR phường", "\"tổ chức cơ sở đảng\"", "năm 2021", "16/6/2021",
    ])
    func matchesPlainAlgorithm(text: String) throws {
        let query = try Query(parsing: text)
        let plan = QueryPlan(query)
        // The marks as typed: the plain way knows no lenient marks.
        let ranked = try Self.searcher.rankedResults(query, limit: Int.max, offset: 0,
                                                     since: nil, until: nil,
                                                     parameters: ScoringParameters())
        let hits = try Self.searcher.hits(ranked.hits)
        #expect(!hits.isEmpty, "\(text) finds nothing")
        for hit in hits {
            let body = try #require(try Self.searcher.document(id: hit.id)).body
            let plain = PlainSnippet.snippet(of: body, plan: plan)
            #expect(hit.snippet.text == plain.text, "\(text) in \(body.prefix(40))")
            #expect(hit.snippet.highlights == plain.highlights, "\(text) in \(body.prefix(40))")
        }
    }

    @Test("the window starts at the first marked token with the most distinct words")
    func bestStart() {
        func marks(_ pairs: [(Int, Int)]) -> [SnippetMark] {
            pairs.map { SnippetMark(token: $0.0, word: $0.1, isHighlighted: true) }
        }
        #expect(SnippetBuilder.bestStart([]) == 0)
        #expect(SnippetBuilder.bestStart(marks([(5, 0), (40, 0), (41, 1)])) == 40)
        #expect(SnippetBuilder.bestStart(marks([(5, 0), (6, 1), (40, 0), (41, 1)])) == 5)
        // Same words, more marks.
        #expect(SnippetBuilder.bestStart(marks([(5, 0), (50, 0), (51, 0)])) == 50)
        // Two marks on one token leave the window together.
        #expect(SnippetBuilder.bestStart(marks([(7, 0), (7, 1), (20, 2), (40, 3), (41, 0),
                                                (42, 1)])) == 20)
    }

    @Test("marks past the body's end give the body's start, not a crash")
    func marksPastTheEnd() {
        let snippet = SnippetBuilder.snippet(
            of: "Hòa bình.", marks: [SnippetMark(token: 99, word: 0, isHighlighted: true)])
        #expect(snippet.text == "Hòa bình.")
        #expect(snippet.highlights.isEmpty)
        #expect(SnippetBuilder.snippet(of: "", marks: []).text == "")
    }
}

/// The snippet algorithm written plainly: `Tokenizer().tokens(in:)`, the body's entities
/// from the full analyzer, and every marked token tried as the window's start.
private enum PlainSnippet {
    static func snippet(of body: String, plan: QueryPlan) -> Snippet {
        let tokens = Tokenizer().tokens(in: body)
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let entities = Analyzer(mode: .document).analyze(body).entities
        var words: [String: Int] = [:]
        for term in plan.terms where words[term.keys.folded] == nil {
            words[term.keys.folded] = words.count
        }
        // (token, word, highlighted) for the terms' tokens, the names' tokens and where the
        // other entities start.
        var marks: [(token: Int, word: Int, isHighlighted: Bool)] = []
        for (index, token) in tokens.enumerated() {
            for term in plan.terms where matches(token, term) {
                marks.append((index, words[term.keys.folded]!, true))
            }
        }
        // A number matches by value: where a number entity with its key starts.
        for entity in entities where entity.kind == .number {
            for term in plan.terms where term.numberKey == entity.keys.exact {
                marks.append((Int(entity.positions.lowerBound), words[term.keys.folded]!, true))
            }
        }
        var spans: [Range<Int>] = []
        for (index, wanted) in plan.entities.enumerated() {
            for entity in entities where entity.keys.folded == wanted.keys.folded {
                let isName = wanted.kind == .person || wanted.kind == .place
                let first = Int(entity.positions.lowerBound)
                let covered = isName ? first..<Int(entity.positions.upperBound) : first..<first + 1
                for token in covered { marks.append((token, words.count + index, isName)) }
                if !isName { spans.append(entity.utf8Range) }
            }
        }
        let length = SnippetBuilder.windowLength
        var best = (start: 0, distinct: 0, count: 0)
        for start in Set(marks.map(\.token)).sorted() {
            let inside = marks.filter { (start..<start + length).contains($0.token) }
            let distinct = Set(inside.map(\.word)).count
            let count = Set(inside.map { [$0.token, $0.word] }).count
            if distinct > best.distinct || (distinct == best.distinct && count > best.count) {
                best = (start, distinct, count)
            }
        }
        let bytes = Array(body.utf8)
        func isSentenceEnd(_ gap: Range<Int>) -> Bool {
            bytes[gap].contains { ".!?\n".utf8.contains($0) }
        }
        var start = best.start
        for candidate in stride(from: best.start, through: max(0, best.start - 10), by: -1) {
            if candidate == 0 || isSentenceEnd(tokens[candidate - 1].utf8Range.upperBound
                                               ..< tokens[candidate].utf8Range.lowerBound) {
                start = candidate
                break
            }
        }
        let end = min(tokens.count, start + length)
        let from = tokens[start].utf8Range.lowerBound
        let to = end == tokens.count ? bytes.count : tokens[end - 1].utf8Range.upperBound
        let prefix = start > 0
            && !isSentenceEnd(tokens[start - 1].utf8Range.upperBound ..< from) ? "…" : ""
        let suffix = end < tokens.count ? " …" : ""
        let passage = String(decoding: bytes[from..<to].map { $0 == 0x0A || $0 == 0x0D
                                                                ? 0x20 : $0 }, as: UTF8.self)
        let shift = prefix.utf8.count - from
        let highlights = (start..<end).filter { token in
            marks.contains { $0.token == token && $0.isHighlighted }
                || spans.contains { $0.overlaps(tokens[token].utf8Range) }
        }.map {
            (tokens[$0].utf8Range.lowerBound + shift)..<(tokens[$0].utf8Range.upperBound + shift)
        }
        return Snippet(text: prefix + passage + suffix, highlights: highlights)
    }

    /// A syllable typed with marks matches its exact key, one without its folded key; a
    /// prefix matches keys that start with it.
    private static func matches(_ token: Token, _ term: QueryPlan.Term) -> Bool {
        if term.isPrefix {
            return token.folded.hasPrefix(term.keys.folded)
                && (!term.isMarked || token.exact.hasPrefix(term.keys.exact))
        }
        return term.isMarked ? token.exact == term.keys.exact : token.folded == term.keys.folded
    }
}
