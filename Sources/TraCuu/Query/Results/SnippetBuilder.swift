import TraCuuText

/// Picks the best window of about 30 syllables of a body: the one with the most distinct
/// matched words (then the most matches), started at a sentence start when one is near.
enum SnippetBuilder {
    static let windowLength = 30

    /// A snippet of `body` marking tokens that match `terms`, the tokens of `mentions`
    /// (ranges of token indices, `NameMentions`) and tokens inside the body's mentions of
    /// `entities` (`EntitySpans`). One pass of the tokenizer's scanner over the body (making
    /// whole tokens only when there are entities to find); a sliding window counts distinct
    /// matched words (by folded key).
    static func snippet(of body: String, terms: SnippetTerms, mentions: [Range<Int>] = [],
                        entities: [Entity] = []) -> Snippet {
        var text = body
        return text.withUTF8 { bytes in
            snippet(of: bytes, body: body, terms: terms, mentions: mentions,
                    entities: entities)
        }
    }

    private static func snippet(of bytes: UnsafeBufferPointer<UInt8>, body: String,
                                terms: SnippetTerms, mentions: [Range<Int>],
                                entities: [Entity]) -> Snippet {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 5)
        // Per token: -1 when not marked, else an id of its folded key.
        var wordIDs: [Int] = []
        wordIDs.reserveCapacity(bytes.count / 5)
        var ids: [[UInt8]: Int] = [:]
        func id(of folded: [UInt8]) -> Int {
            if let id = ids[folded] { return id }
            ids[folded] = ids.count
            return ids.count - 1
        }
        var tokens: [Token] = []
        var folded: [UInt8] = []
        var mention = 0
        var scanner = TokenScanner()
        scanner.scan(bytes) { scanner in
            if !entities.isEmpty {
                let (text, keys) = scanner.renderToken()
                tokens.append(Token(kind: scanner.kind, text: text, keys: keys,
                                    position: scanner.position,
                                    utf8Range: scanner.start..<scanner.end,
                                    isCapitalized: scanner.isCapitalized))
            }
            let index = ranges.count
            ranges.append(scanner.start..<scanner.end)
            while mention < mentions.count, mentions[mention].upperBound <= index { mention += 1 }
            let isMentioned = mention < mentions.count && mentions[mention].contains(index)
            if terms.matches(&scanner, folded: &folded) || isMentioned {
                wordIDs.append(id(of: folded))
            } else {
                wordIDs.append(-1)
            }
        }
        if !entities.isEmpty {
            let spans = EntitySpans.spans(in: body, tokens: tokens, matching: entities)
            for index in tokens.indices where wordIDs[index] < 0
                && spans.contains(where: { $0.overlaps(ranges[index]) }) {
                wordIDs[index] = id(of: Array(tokens[index].folded.utf8))
            }
        }
        guard !ranges.isEmpty else { return Snippet(text: "", highlights: []) }
        let best = bestWindow(wordIDs, distinctWords: ids.count)
        var start = best
        // Back up to the start of the sentence if it is within 10 syllables.
        for candidate in stride(from: best, through: max(0, best - 10), by: -1) {
            if candidate == 0 || isSentenceEnd(bytes, ranges[candidate - 1].upperBound
                                               ..< ranges[candidate].lowerBound) {
                start = candidate
                break
            }
        }
        let end = min(ranges.count, start + windowLength)
        let from = ranges[start].lowerBound
        let to = end == ranges.count ? bytes.count : ranges[end - 1].upperBound
        let prefix = start > 0 && !isSentenceEnd(bytes, ranges[start - 1].upperBound ..< from)
            ? "…" : ""
        let suffix = end < ranges.count ? " …" : ""
        let passage = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]).lazy
            .map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
        let text = prefix + passage + suffix
        let shift = prefix.utf8.count - from
        let highlights = (start..<end).filter { wordIDs[$0] >= 0 }.map {
            (ranges[$0].lowerBound + shift)..<(ranges[$0].upperBound + shift)
        }
        return Snippet(text: text, highlights: highlights)
    }

    /// The first start of the window with the most distinct marked words, then the most
    /// marked tokens. `wordIDs` holds each token's word id (0..<distinctWords) or -1.
    private static func bestWindow(_ wordIDs: [Int], distinctWords: Int) -> Int {
        var counts = [Int](repeating: 0, count: distinctWords)
        var distinct = 0, hits = 0
        func add(_ token: Int) {
            let id = wordIDs[token]
            guard id >= 0 else { return }
            hits += 1
            if counts[id] == 0 { distinct += 1 }
            counts[id] += 1
        }
        func remove(_ token: Int) {
            let id = wordIDs[token]
            guard id >= 0 else { return }
            hits -= 1
            counts[id] -= 1
            if counts[id] == 0 { distinct -= 1 }
        }
        for token in 0..<min(wordIDs.count, windowLength) { add(token) }
        var best = (start: 0, distinct: distinct, count: hits)
        for start in stride(from: 1, to: max(1, wordIDs.count - windowLength + 1), by: 1) {
            remove(start - 1)
            add(start + windowLength - 1)
            if distinct > best.distinct || (distinct == best.distinct && hits > best.count) {
                best = (start, distinct, hits)
            }
        }
        return best.start
    }

    private static func isSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>,
                                      _ gap: Range<Int>) -> Bool {
        bytes[gap].contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!")
            || $0 == UInt8(ascii: "?") || $0 == 0x0A }
    }
}
