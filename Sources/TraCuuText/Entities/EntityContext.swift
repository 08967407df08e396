/// What recognisers see: the tokens, the original text between them (they need the `/`,
/// `-` and `.` of `05/2021/NQ-HĐND`, `16/6/2021`, `TP.`), and the analysis mode.
///
/// Built once per text: besides the bytes, it keeps each token's exact and folded keys as
/// `KeywordCode`s and whether spaces follow it, so that recognisers asking at every token
/// compare integers, not strings.
public struct EntityContext: Sendable {
    public let mode: AnalysisMode
    /// Whether names may be written in lower case: in a query typed without capitals
    /// (`nguyen thai ha`), or capitalised only at its start. A query that capitalises a
    /// later word (`Trước Roosevelt, từ năm 1984 …`) capitalises its names too.
    public let allowsLowercaseNames: Bool
    /// Per token of a query read again (`Analyzer.analyze(_:readWords:)`), whether it is a
    /// word the reading wrote out: it stands for its own marks only (`quan` is then not the
    /// designator `quận`). Empty otherwise.
    private let readWords: [Bool]
    private let bytes: [UInt8]
    private let columns: TokenColumns
    /// The tokens the context was made from; nil when made from columns (`Analyzer`'s path
    /// for the index builder).
    private let givenTokens: [Token]?
    /// Whether `isSpaced(after:)` holds, and what each token may start.
    private let spacedAfter: [Bool]
    private let tokenStarts: [EntityStarts]

    init(text: String, tokens: [Token], mode: AnalysisMode, readWords: [Bool] = []) {
        var exactCodes: [KeywordCode] = []
        var foldedCodes: [KeywordCode] = []
        exactCodes.reserveCapacity(tokens.count)
        foldedCodes.reserveCapacity(tokens.count)
        for index in tokens.indices {
            exactCodes.append(KeywordCode(tokens[index].keys.exact))
            foldedCodes.append(KeywordCode(tokens[index].keys.folded))
        }
        self.init(text: text, tokens: tokens, mode: mode, exactCodes: exactCodes,
                  foldedCodes: foldedCodes, readWords: readWords)
    }

    /// A context whose tokens' key codes are known (`Tokenizer.tokensWithCodes(in:)`).
    init(text: String, tokens: [Token], mode: AnalysisMode, exactCodes: [KeywordCode],
         foldedCodes: [KeywordCode], readWords: [Bool] = []) {
        self.init(text: text, columns: TokenColumns(tokens, exactCodes: exactCodes,
                                                     foldedCodes: foldedCodes),
                  tokens: tokens, mode: mode, readWords: readWords)
    }

    /// A context on columns (`Tokenizer.columns(in:cache:)`), and the tokens they were made
    /// from if any.
    init(text: String, columns: TokenColumns, tokens: [Token]? = nil, mode: AnalysisMode,
         readWords: [Bool] = []) {
        self.columns = columns
        givenTokens = tokens
        self.mode = mode
        self.readWords = readWords
        let bytes = Array(text.utf8)
        self.bytes = bytes
        allowsLowercaseNames = mode == .query && !columns.entries.dropFirst().contains { token in
            guard token.kind == .word, token.isCapitalized else { return false }
            let text = String(decoding: bytes[token.range], as: UTF8.self)
            return text != text.uppercased()
        }
        tokenStarts = mode == .document && columns.documentStarts.count == columns.count
            ? columns.documentStarts
            : EntityStarts.of(keywordCodes: mode == .document ? columns.exactCodes
                                                              : columns.foldedCodes,
                              foldedCodes: columns.foldedCodes, mode: mode)
        spacedAfter = bytes.withUnsafeBufferPointer { bytes in
            let entries = columns.entries
            return entries.indices.map { index in
                guard index + 1 < entries.count else { return false }
                let gap = entries[index].range.upperBound ..< entries[index + 1].range.lowerBound
                guard !gap.isEmpty else { return false }
                for offset in gap
                where bytes[offset] != UInt8(ascii: " ") && bytes[offset] != 0x09 {
                    return false
                }
                return true
            }
        }
    }

    /// The tokens. A context the index builder made holds columns only (`TokenColumns`):
    /// then each call builds the array; recognisers read single tokens through `token(_:)`,
    /// `kind(_:)`, `text(_:)` and the other accessors instead.
    public var tokens: [Token] {
        givenTokens ?? (0..<count).map(token)
    }

    /// The number of tokens.
    public var count: Int { columns.count }

    /// Token `index`.
    public func token(_ index: Int) -> Token {
        if let givenTokens { return givenTokens[index] }
        return Token(kind: columns.entries[index].kind, text: text(index), keys: keys(index),
                     position: UInt32(index), utf8Range: columns.entries[index].range,
                     isCapitalized: columns.entries[index].isCapitalized)
    }

    /// Token `index`'s kind.
    @inline(__always)
    public func kind(_ index: Int) -> Token.Kind { columns.entries[index].kind }

    /// Whether token `index`'s first letter is uppercase.
    @inline(__always)
    public func isCapitalized(_ index: Int) -> Bool { columns.entries[index].isCapitalized }

    /// Token `index`'s UTF-8 byte offsets in the text.
    @inline(__always)
    public func utf8Range(_ index: Int) -> Range<Int> { columns.entries[index].range }

    /// Token `index`'s text as written.
    public func text(_ index: Int) -> String {
        if let givenTokens { return givenTokens[index].text }
        return String(decoding: utf8(index), as: UTF8.self)
    }

    /// Token `index`'s UTF-8 length.
    @inline(__always)
    public func byteCount(_ index: Int) -> Int { columns.entries[index].range.count }

    /// Token `index`'s UTF-8 bytes, for tests that need no `String`.
    @inline(__always)
    func utf8(_ index: Int) -> ArraySlice<UInt8> { bytes[columns.entries[index].range] }

    /// Whether token `index`'s text is its own uppercase (`NQ`, `HĐND`, `XIV`, `2021`).
    public func isAllUppercase(_ index: Int) -> Bool {
        // A lowercase ASCII letter settles it without building strings.
        guard !utf8(index).contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        let text = text(index)
        return text == text.uppercased()
    }

    /// Token `index`'s keys at the three levels.
    public func keys(_ index: Int) -> WordKeys {
        if let givenTokens { return givenTokens[index].keys }
        if let kept = columns.keptKeys(index) { return kept }
        var scanner = TokenScanner()
        return bytes.withUnsafeBufferPointer { columns.keys(index, in: $0, scanner: &scanner) }
    }

    /// The original bytes between token `index` and the next one (to the end of the text
    /// for the last token).
    public func gap(after index: Int) -> ArraySlice<UInt8> {
        let start = columns.entries[index].range.upperBound
        let end = index + 1 < count ? columns.entries[index + 1].range.lowerBound : bytes.count
        return bytes[start..<end]
    }

    /// Whether the gap after token `index` is exactly `text` and another token follows.
    public func gap(after index: Int, is text: String) -> Bool {
        guard index + 1 < count else { return false }
        let start = columns.entries[index].range.upperBound
        guard columns.entries[index + 1].range.lowerBound - start == text.utf8.count else {
            return false
        }
        var offset = start
        for byte in text.utf8 {
            guard bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// Whether one or more spaces (no line break, no punctuation) separate token `index`
    /// from the next.
    public func isSpaced(after index: Int) -> Bool {
        spacedAfter[index]
    }

    /// Token `index`'s key at the level the mode compares fixed words at.
    public func keyword(_ index: Int) -> String {
        keys(index)[mode.keywordLevel]
    }

    /// `keyword(index)` as a code.
    @inline(__always)
    func keywordCode(_ index: Int) -> KeywordCode {
        mode == .document ? columns.exactCodes[index] : columns.foldedCodes[index]
    }

    /// Whether no standard recogniser's `mayStart(at:in:)` can hold at token `index`: in a
    /// document, a token in lower case (numerals, names and places are capitalised there)
    /// that is no number and starts no keyword (`starts(_:)` is empty). Most tokens are.
    @inline(__always)
    func startsNoStandardEntity(_ index: Int) -> Bool {
        mode == .document && tokenStarts[index].isEmpty && columns.entries[index].kind != .number
            && !columns.entries[index].isCapitalized
    }

    /// What token `index` may start or end, for the standard recognisers' cheap tests.
    @inline(__always)
    func starts(_ index: Int) -> EntityStarts { tokenStarts[index] }

    /// Token `index`'s exact key as a code.
    @inline(__always)
    func exactCode(_ index: Int) -> KeywordCode { columns.exactCodes[index] }

    /// Token `index`'s folded key as a code.
    @inline(__always)
    func foldedCode(_ index: Int) -> KeywordCode { columns.foldedCodes[index] }

    /// Whether query token `index` was written out by a reading (`readWords`).
    @inline(__always)
    func isRead(_ index: Int) -> Bool { index < readWords.count && readWords[index] }

    /// Whether query token `index` stands for its own marks only: typed with marks, or
    /// written out by a reading.
    @inline(__always)
    func isMarked(_ index: Int) -> Bool {
        columns.exactCodes[index] != columns.foldedCodes[index] || isRead(index)
    }

    /// Whether `keyword(index)` is `word`, a fixed word's code at the mode's level.
    @inline(__always)
    func keyword(_ index: Int, is word: KeywordCode) -> Bool {
        index < count && keywordCode(index) == word
    }

    /// The end of `phrase` (words as codes of `Normalizer` keys at the mode's level) when it
    /// starts at token `index` with only spaces between its words; nil otherwise.
    func phraseEnd(_ phrase: [KeywordCode], at index: Int) -> Int? {
        guard index + phrase.count <= count else { return nil }
        for (offset, word) in phrase.enumerated() {
            guard keywordCode(index + offset) == word else { return nil }
            if offset > 0, !isSpaced(after: index + offset - 1) { return nil }
        }
        return index + phrase.count
    }

    /// `phraseEnd(phrase.codes, at:)`, where a query word typed with marks must also have
    /// the phrase word's marks (`quân` is not `quận`).
    private func phraseEnd<Tag>(_ phrase: PhraseTable<Tag>.Phrase, at index: Int) -> Int? {
        guard let end = phraseEnd(phrase.codes, at: index) else { return nil }
        if mode == .query {
            for (offset, exact) in phrase.exactCodes.enumerated()
            where isMarked(index + offset) && columns.exactCodes[index + offset] != exact {
                return nil
            }
        }
        return end
    }

    /// The first of `table`'s phrases that starts at `index`, with its end.
    @inline(__always)
    func firstPhrase<Tag>(_ table: PhraseTable<Tag>, at index: Int) -> (tag: Tag, end: Int)? {
        guard index < count else { return nil }
        let group = table.firstWordGroup(keywordCode(index), mode)
        guard group >= 0 else { return nil }
        return firstPhrase(table.phrases(mode), group, at: index)
    }

    /// Whether a phrase of `table` may start at `index`: its first word is there. A cheap
    /// test for recognisers to run before anything else.
    @inline(__always)
    func startsPhrase<Tag>(_ table: PhraseTable<Tag>, at index: Int) -> Bool {
        index < count && table.firstWordGroup(keywordCode(index), mode) >= 0
    }

    @inline(never)
    private func firstPhrase<Tag>(_ phrases: PhraseTable<Tag>.Phrases, _ group: Int32,
                                  at index: Int) -> (tag: Tag, end: Int)? {
        let start = Int(group >> 16), count = Int(group & 0xFFFF)
        for member in phrases.firstOrder[start..<(start + count)] {
            let phrase = phrases.all[member]
            if let end = phraseEnd(phrase, at: index) { return (phrase.tag, end) }
        }
        return nil
    }

    /// Whether one of `table`'s phrases ends right before `index` (covers the tokens up to
    /// `index - 1`) and `accepts` it.
    @inline(__always)
    func endsPhrase<Tag>(_ table: PhraseTable<Tag>, before index: Int,
                         where accepts: (PhraseTable<Tag>.Phrase) -> Bool = { _ in true })
        -> Bool
    {
        guard index > 0 else { return false }
        let group = table.lastWordGroup(keywordCode(index - 1), mode)
        guard group >= 0 else { return false }
        let phrases = table.phrases(mode)
        let start = Int(group >> 16), count = Int(group & 0xFFFF)
        for member in phrases.lastOrder[start..<(start + count)] {
            let phrase = phrases.all[member]
            if index >= phrase.codes.count,
               phraseEnd(phrase, at: index - phrase.codes.count) == index,
               accepts(phrase) {
                return true
            }
        }
        return false
    }

    /// The integer value of a plain number token (`05` → 5); nil for `3,5`, `0,5%`, words.
    public func integer(_ index: Int) -> Int? {
        guard index < count, columns.entries[index].kind == .number, byteCount(index) <= 9 else {
            return nil
        }
        return Int(text(index))
    }

    /// The original text of tokens `range`, gaps included.
    func text(of range: Range<Int>) -> String {
        let span = columns.entries[range.lowerBound].range.lowerBound
            ..< columns.entries[range.upperBound - 1].range.upperBound
        return String(decoding: bytes[span], as: UTF8.self)
    }

    func entity(_ match: EntityMatch) -> Entity {
        let first = match.tokens.lowerBound, last = match.tokens.upperBound - 1
        let start = columns.entries[first].range.lowerBound
        let end = columns.entries[last].range.upperBound
        return Entity(value: match.value, text: text(of: match.tokens), utf8Range: start..<end,
                      positions: position(first)..<(position(last) + 1), keys: match.keys)
    }

    /// Token `index`'s position: its index, unless the tokens given say otherwise.
    private func position(_ index: Int) -> UInt32 {
        givenTokens?[index].position ?? UInt32(index)
    }
}
