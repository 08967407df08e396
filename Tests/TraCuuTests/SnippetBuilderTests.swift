import Testing
import TraCuuText
@testable import TraCuu

/// Snippets from one scanner pass and a sliding window, checked against the plain way:
/// whole tokens, every entity of the body, and a set of words per window.
@Suite struct SnippetBuilderTests {
    static let bodies: [String] = {
        let seed = IndexFixtures.seed.body
        let paragraphs = seed.split(separator: "\n").map(String.init)
        return [seed, ""] + paragraphs + IndexFixtures.distractors.map(\.body)
            + ["Nghị quyết số 05 ngày 16/6/2021 của Đảng ủy phường Mỏ Chè; nghi quyet 5.",
               "Ông Nguyễn Thái Sơn và bà Nguyễn Thái Hà dự lễ.\nHòa hoà HOÀ hoa thủy thuỷ."]
    }()

    @Test("snippets match the plain algorithm's", arguments: [
        "Đảng bộ", "dang bo", "Mỏ Chè", "mo che", "phường", "hòa", "hoa", "hoà bình",
        "Nghị quyết số 05", "nghi quyet so 5", "Nguyễn Thái Sơn", "nguyen thai ha", "05",
        "xây*", "ngh*", "Trung tâm OR phường", "\"tổ chức cơ sở đảng\"", "năm 2021",
    ])
    func matchesPlainAlgorithm(text: String) throws {
        let plan = QueryPlan(try Query(parsing: text))
        let terms = SnippetTerms(plan)
        for body in Self.bodies {
            let fast = SnippetBuilder.snippet(of: body, terms: terms, entities: plan.entities)
            let plain = PlainSnippet.snippet(of: body, plan: plan, entities: plan.entities)
            #expect(fast.text == plain.text, "\(text) in \(body.prefix(40))")
            #expect(fast.highlights == plain.highlights, "\(text) in \(body.prefix(40))")
        }
    }

    @Test("tokens with one exact key have one folded key (snippets compare folded first)")
    func foldedKeyFollowsExactKey() {
        let text = Self.bodies.joined(separator: " ")
            + " Hòa hoà HOÀ hoa thủy thuỷ THUỶ lý lí quý quí Quỳnh Đảng ĐẢNG dang Ðảng"
            + " Schröder SCHRÖDER schroder İstanbul ﬁne Ǆemal ĐĂNG đăng Nguyễn NGUYỄN"
        var folded: [String: String] = [:]
        for token in Tokenizer().tokens(in: text) {
            #expect(folded[token.exact, default: token.folded] == token.folded, "\(token.text)")
            folded[token.exact] = token.folded
        }
    }
}

/// The snippet algorithm written plainly: `Tokenizer().tokens(in:)`, the body's entities
/// from the full analyzer, and a `Set` of folded keys per window.
private enum PlainSnippet {
    static func snippet(of body: String, plan: QueryPlan, entities: [Entity]) -> Snippet {
        let keys = Set(entities.flatMap { [$0.keys.exact, $0.keys.folded] })
        let spans = Analyzer(mode: .document).analyze(body).entities
            .filter { keys.contains($0.keys.exact) || keys.contains($0.keys.folded) }
            .map(\.utf8Range)
        let tokens = Tokenizer().tokens(in: body)
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let marked = tokens.map { token in
            plan.terms.contains { term in
                if term.isPrefix {
                    return token.folded.hasPrefix(term.keys.folded)
                        && (!term.isMarked || token.exact.hasPrefix(term.keys.exact))
                }
                return term.isMarked ? token.exact == term.keys.exact
                    : token.folded == term.keys.folded
            } || spans.contains { $0.overlaps(token.utf8Range) }
        }
        let length = SnippetBuilder.windowLength
        var best = (start: 0, distinct: -1, count: -1)
        for start in 0..<max(1, tokens.count - length + 1) {
            let hits = (start..<min(tokens.count, start + length)).filter { marked[$0] }
            let distinct = Set(hits.map { tokens[$0].folded }).count
            if distinct > best.distinct || (distinct == best.distinct && hits.count > best.count) {
                best = (start, distinct, hits.count)
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
        let highlights = (start..<end).filter { marked[$0] }.map {
            (tokens[$0].utf8Range.lowerBound + shift)..<(tokens[$0].utf8Range.upperBound + shift)
        }
        return Snippet(text: prefix + passage + suffix, highlights: highlights)
    }
}
