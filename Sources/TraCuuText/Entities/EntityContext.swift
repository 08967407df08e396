/// What recognisers see: the tokens, the original text between them (they need the `/`,
/// `-` and `.` of `05/2021/NQ-HĐND`, `16/6/2021`, `TP.`), and the analysis mode.
public struct EntityContext: Sendable {
    public let tokens: [Token]
    public let mode: AnalysisMode
    private let bytes: [UInt8]

    init(text: String, tokens: [Token], mode: AnalysisMode) {
        self.tokens = tokens
        self.mode = mode
        bytes = Array(text.utf8)
    }

    /// The original bytes between token `index` and the next one (to the end of the text
    /// for the last token).
    public func gap(after index: Int) -> ArraySlice<UInt8> {
        let start = tokens[index].utf8Range.upperBound
        let end = index + 1 < tokens.count ? tokens[index + 1].utf8Range.lowerBound : bytes.count
        return bytes[start..<end]
    }

    /// Whether the gap after token `index` is exactly `text` and another token follows.
    public func gap(after index: Int, is text: String) -> Bool {
        index + 1 < tokens.count && gap(after: index).elementsEqual(text.utf8)
    }

    /// Whether one or more spaces (no line break, no punctuation) separate token `index`
    /// from the next.
    public func isSpaced(after index: Int) -> Bool {
        let gap = gap(after: index)
        return index + 1 < tokens.count && !gap.isEmpty
            && gap.allSatisfy { $0 == UInt8(ascii: " ") || $0 == 0x09 }
    }

    /// Token `index`'s key at the level the mode compares fixed words at.
    public func keyword(_ index: Int) -> String {
        tokens[index].keys[mode.keywordLevel]
    }

    /// The end of `phrase` (words as `Normalizer` keys at the mode's level) when it starts at
    /// token `index` with only spaces between its words; nil otherwise.
    func phraseEnd(_ phrase: [String], at index: Int) -> Int? {
        guard index + phrase.count <= tokens.count else { return nil }
        for (offset, word) in phrase.enumerated() {
            guard keyword(index + offset) == word else { return nil }
            if offset > 0, !isSpaced(after: index + offset - 1) { return nil }
        }
        return index + phrase.count
    }

    /// The first of `phrases` that starts at `index`, with its end.
    func firstPhrase<Tag>(_ phrases: [(words: [String], tag: Tag)], at index: Int)
        -> (tag: Tag, end: Int)?
    {
        for phrase in phrases {
            if let end = phraseEnd(phrase.words, at: index) { return (phrase.tag, end) }
        }
        return nil
    }

    /// The integer value of a plain number token (`05` → 5); nil for `3,5`, `0,5%`, words.
    public func integer(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number,
              tokens[index].text.utf8.count <= 9 else { return nil }
        return Int(tokens[index].text)
    }

    /// Whether token `index` is a word whose first letter is uppercase, or any word in a query.
    func isNameLike(_ index: Int) -> Bool {
        tokens[index].kind == .word && (tokens[index].isCapitalized || mode == .query)
    }

    /// The original text of tokens `range`, gaps included.
    func text(of range: Range<Int>) -> String {
        let span = tokens[range.lowerBound].utf8Range.lowerBound
            ..< tokens[range.upperBound - 1].utf8Range.upperBound
        return String(decoding: bytes[span], as: UTF8.self)
    }

    func entity(_ match: EntityMatch) -> Entity {
        let first = tokens[match.tokens.lowerBound], last = tokens[match.tokens.upperBound - 1]
        return Entity(value: match.value, text: text(of: match.tokens),
                      utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound,
                      positions: first.position..<(last.position + 1), keys: match.keys)
    }
}

/// Words written as the mode compares them, built once per recogniser.
enum Keywords {
    /// `"nghị quyết"` → `["nghị", "quyết"]` at the given level.
    static func words(_ phrase: String, _ level: MatchLevel) -> [String] {
        Tokenizer().tokens(in: phrase).map { $0.keys[level] }
    }

    /// Both forms of a phrase list: exact for documents, folded for queries.
    static func table<Tag>(_ phrases: [(String, Tag)]) -> [AnalysisMode: [(words: [String], tag: Tag)]] {
        var table: [AnalysisMode: [(words: [String], tag: Tag)]] = [:]
        for mode in [AnalysisMode.document, .query] {
            table[mode] = phrases.map { (words($0.0, mode.keywordLevel), $0.1) }
                .sorted { $0.words.count > $1.words.count }
        }
        return table
    }
}
