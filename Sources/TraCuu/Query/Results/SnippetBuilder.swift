import TraCuuText

/// Picks the best window of about 30 syllables of a body: the one from a marked token with
/// the most distinct marked words (then the most marks), started at a sentence start when
/// one is within 10 syllables before it.
///
/// The marks come from the index (`SnippetMarks`), so the body is scanned only around the
/// window: from the checkpoint before it (`BodyCheckpoints`) to its end. Only the window's
/// tokens are made into whole tokens, for the recognisers to find the extent of the query's
/// entities in it.
enum SnippetBuilder {
    static let windowLength = 30
    /// How many syllables a snippet may start before its first mark, to begin a sentence.
    static let sentenceReach = 10

    /// A snippet of `body` highlighting its highlighted `marks` (in token order) and the
    /// tokens inside the window's mentions of `entities` (`EntitySpans`).
    static func snippet(of body: String, marks: [SnippetMark], entities: [Entity] = [],
                        checkpoints: BodyCheckpoints = BodyCheckpoints()) -> Snippet {
        var text = body
        return text.withUTF8 { bytes in
            let best = bestStart(marks)
            if let window = Window(bytes, around: best, from: checkpoints,
                                   withTokens: !entities.isEmpty) {
                return snippet(of: bytes, body: body, window: window, best: best, marks: marks,
                               entities: entities)
            }
            // Marks past the body's tokens (not the index's body): from the start instead.
            guard best > 0, let window = Window(bytes, around: 0, from: BodyCheckpoints(),
                                                withTokens: !entities.isEmpty)
            else { return Snippet(text: "", highlights: []) }
            return snippet(of: bytes, body: body, window: window, best: 0, marks: [],
                           entities: entities)
        }
    }

    /// The tokens around a window start, scanned up to one past the longest window.
    private struct Window {
        /// The first token kept: `sentenceReach + 1` before the start, for the sentence test.
        let first: Int
        /// Byte ranges of tokens `first...`.
        var ranges: [Range<Int>] = []
        /// The same tokens whole, when asked for.
        var tokens: [Token] = []

        /// Nil when the body has no token at `best`. Scans from the last of `checkpoints` at
        /// or before `first`.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, around best: Int,
              from checkpoints: BodyCheckpoints, withTokens: Bool) {
            first = max(0, best - sentenceReach - 1)
            let last = best + windowLength
            let start = checkpoints.start(before: first)
            var ranges: [Range<Int>] = [], tokens: [Token] = []
            let first = first
            var scanner = TokenScanner()
            scanner.scan(UnsafeBufferPointer(rebasing: bytes[start.offset...])) { scanner in
                let index = start.token + Int(scanner.position)
                guard index >= first else { return }
                let range = (start.offset + scanner.start)..<(start.offset + scanner.end)
                ranges.append(range)
                if withTokens {
                    let (text, keys) = scanner.renderToken()
                    tokens.append(Token(kind: scanner.kind, text: text, keys: keys,
                                        position: UInt32(index), utf8Range: range,
                                        isCapitalized: scanner.isCapitalized))
                }
                if index >= last { scanner.stopScanning() }
            }
            guard first + ranges.count > best else { return nil }
            self.ranges = ranges
            self.tokens = tokens
        }

        /// One past the last token scanned.
        var end: Int { first + ranges.count }

        func range(of token: Int) -> Range<Int> { ranges[token - first] }
    }

    private static func snippet(of bytes: UnsafeBufferPointer<UInt8>, body: String,
                                window: Window, best: Int, marks: [SnippetMark],
                                entities: [Entity]) -> Snippet {
        var start = best
        // Back up to the start of the sentence if it is within reach.
        for candidate in stride(from: best, through: max(0, best - sentenceReach), by: -1) {
            if candidate == 0 || isSentenceEnd(bytes, window.range(of: candidate - 1).upperBound
                                               ..< window.range(of: candidate).lowerBound) {
                start = candidate
                break
            }
        }
        let end = min(window.end, start + windowLength)
        let from = window.range(of: start).lowerBound
        // The scan went one token past the window unless the body ended.
        let to = end == window.end ? bytes.count : window.range(of: end - 1).upperBound
        let prefix = start > 0
            && !isSentenceEnd(bytes, window.range(of: start - 1).upperBound ..< from) ? "…" : ""
        let suffix = end < window.end ? " …" : ""
        let passage = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]).lazy
            .map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
        let spans = EntitySpans.spans(in: body, tokens: window.tokens, matching: entities)
        var isHighlighted = [Bool](repeating: false, count: end - start)
        for mark in marks where mark.isHighlighted && (start..<end).contains(mark.token) {
            isHighlighted[mark.token - start] = true
        }
        let shift = prefix.utf8.count - from
        let highlights = (start..<end).filter { token in
            isHighlighted[token - start]
                || spans.contains { $0.overlaps(window.range(of: token)) }
        }.map { token in
            let range = window.range(of: token)
            return (range.lowerBound + shift)..<(range.upperBound + shift)
        }
        return Snippet(text: prefix + passage + suffix, highlights: highlights)
    }

    /// The token starting the window with the most distinct marked words, then the most
    /// marks: the first such among the marked tokens; 0 without marks.
    static func bestStart(_ marks: [SnippetMark]) -> Int {
        guard let words = marks.map(\.word).max() else { return 0 }
        var counts = [Int](repeating: 0, count: words + 1)
        var distinct = 0, low = 0, high = 0
        var best = (start: 0, distinct: 0, count: 0)
        for index in marks.indices
        where index == 0 || marks[index - 1].token != marks[index].token {
            let start = marks[index].token
            while marks[low].token < start {
                counts[marks[low].word] -= 1
                if counts[marks[low].word] == 0 { distinct -= 1 }
                low += 1
            }
            while high < marks.count, marks[high].token < start + windowLength {
                if counts[marks[high].word] == 0 { distinct += 1 }
                counts[marks[high].word] += 1
                high += 1
            }
            if distinct > best.distinct || (distinct == best.distinct && high - low > best.count) {
                best = (start, distinct, high - low)
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
