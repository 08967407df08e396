import TraCuuText

/// Picks the best window of about 30 syllables of a body: the one with the most distinct
/// matched words (then the most matches), started at a sentence start when one is near.
enum SnippetBuilder {
    static let windowLength = 30

    /// A snippet of `body` marking tokens that `matches` accepts and entity spans in
    /// `entitySpans` (UTF-8 ranges of the body).
    static func snippet(of body: String, matches: (Token) -> Bool,
                        entitySpans: [Range<Int>]) -> Snippet {
        let tokens = Tokenizer().tokens(in: body)
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let marked = tokens.map { token in
            matches(token) || entitySpans.contains { $0.overlaps(token.utf8Range) }
        }
        var best = (start: 0, distinct: -1, count: -1)
        for start in 0..<max(1, tokens.count - windowLength + 1) {
            let window = start..<min(tokens.count, start + windowLength)
            let hits = window.filter { marked[$0] }
            let distinct = Set(hits.map { tokens[$0].folded }).count
            if distinct > best.distinct || (distinct == best.distinct && hits.count > best.count) {
                best = (start, distinct, hits.count)
            }
        }
        let bytes = Array(body.utf8)
        var start = best.start
        // Back up to the start of the sentence if it is within 10 syllables.
        for candidate in stride(from: best.start, through: max(0, best.start - 10), by: -1) {
            if candidate == 0 || isSentenceEnd(bytes[tokens[candidate - 1].utf8Range.upperBound
                                                     ..< tokens[candidate].utf8Range.lowerBound]) {
                start = candidate
                break
            }
        }
        let end = min(tokens.count, start + windowLength)
        let from = tokens[start].utf8Range.lowerBound
        let to = end == tokens.count ? bytes.count : tokens[end - 1].utf8Range.upperBound
        let prefix = start > 0 && !isSentenceEnd(bytes[tokens[start - 1].utf8Range.upperBound
                                                       ..< from]) ? "…" : ""
        let suffix = end < tokens.count ? " …" : ""
        let text = prefix + String(decoding: bytes[from..<to], as: UTF8.self)
            .replacingNewlines() + suffix
        let shift = prefix.utf8.count - from
        let highlights = (start..<end).filter { marked[$0] }.map {
            (tokens[$0].utf8Range.lowerBound + shift)..<(tokens[$0].utf8Range.upperBound + shift)
        }
        return Snippet(text: text, highlights: highlights)
    }

    private static func isSentenceEnd(_ gap: ArraySlice<UInt8>) -> Bool {
        gap.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?")
            || $0 == 0x0A }
    }
}

private extension String {
    /// Line breaks as spaces (same byte length, so highlight offsets hold).
    func replacingNewlines() -> String {
        String(decoding: utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}
