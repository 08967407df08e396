/// Words written as the mode compares them, built once per recogniser.
enum Keywords {
    /// `"nghị quyết"` → `["nghị", "quyết"]` at the given level.
    static func words(_ phrase: String, _ level: MatchLevel) -> [String] {
        Tokenizer().tokens(in: phrase).map { $0.keys[level] }
    }

    /// Both forms of a phrase list: exact for documents, folded for queries.
    static func table<Tag>(_ phrases: [(String, Tag)]) -> PhraseTable<Tag> {
        PhraseTable(phrases)
    }

    /// Codes of fixed words, for `EntityContext`'s code look-ups.
    static func index(_ words: some Sequence<String>) -> KeywordIndex {
        KeywordIndex(words.map { KeywordCode(fixedWord: $0) })
    }
}

/// A list of fixed phrases (`đồng chí`, `bí thư`, …) in both forms: words as `Normalizer`
/// keys at the exact level for documents and at the folded level for queries; for each, the
/// phrases longest first (in list order among equals), indexed by first and by last word.
///
/// The indexes are plain values (`KeywordIndex`), so a token that starts or ends no phrase
/// costs one look-up and no reference counting; the phrases themselves are read only then.
struct PhraseTable<Tag: Sendable>: Sendable {
    struct Phrase: Sendable {
        let words: [String]
        let codes: [KeywordCode]
        /// The words' codes at the exact level (the same as `codes` for documents).
        let exactCodes: [KeywordCode]
        let tag: Tag
    }

    /// One mode's phrases and their groups by first and by last word: each group lists
    /// indices into `all` in `all` order, found through the index as `start << 16 | count`.
    final class Phrases: Sendable {
        let all: [Phrase]
        let firstOrder: [Int]
        let lastOrder: [Int]

        init(all: [Phrase], firstOrder: [Int], lastOrder: [Int]) {
            self.all = all
            self.firstOrder = firstOrder
            self.lastOrder = lastOrder
        }
    }

    let document: Phrases
    let query: Phrases
    private let documentFirst: KeywordIndex
    private let documentLast: KeywordIndex
    private let queryFirst: KeywordIndex
    private let queryLast: KeywordIndex

    init(_ phrases: [(String, Tag)]) {
        (document, documentFirst, documentLast) = Self.build(phrases, .document)
        (query, queryFirst, queryLast) = Self.build(phrases, .query)
    }

    /// The phrases at `mode`'s level.
    func phrases(_ mode: AnalysisMode) -> Phrases {
        mode == .document ? document : query
    }

    /// The group of phrases whose first word has `code`, as `start << 16 | count` in
    /// `Phrases.firstOrder`; -1 when none.
    @inline(__always)
    func firstWordGroup(_ code: KeywordCode, _ mode: AnalysisMode) -> Int32 {
        (mode == .document ? documentFirst : queryFirst).value(for: code)
    }

    /// The same for last words, in `Phrases.lastOrder`.
    @inline(__always)
    func lastWordGroup(_ code: KeywordCode, _ mode: AnalysisMode) -> Int32 {
        (mode == .document ? documentLast : queryLast).value(for: code)
    }

    private static func build(_ phrases: [(String, Tag)], _ mode: AnalysisMode)
        -> (Phrases, KeywordIndex, KeywordIndex)
    {
        let all = phrases.map { phrase, tag in
            let words = Keywords.words(phrase, mode.keywordLevel)
            return Phrase(words: words, codes: words.map { KeywordCode($0) },
                          exactCodes: Keywords.words(phrase, .exact).map { KeywordCode($0) },
                          tag: tag)
        }.sorted { $0.words.count > $1.words.count }
        let (firstOrder, first) = groups(all.indices.map { (all[$0].codes[0], $0) })
        let (lastOrder, last) = groups(all.indices.map {
            (all[$0].codes[all[$0].codes.count - 1], $0)
        })
        return (Phrases(all: all, firstOrder: firstOrder, lastOrder: lastOrder), first, last)
    }

    private static func groups(_ keyed: [(KeywordCode, Int)]) -> ([Int], KeywordIndex) {
        var order: [Int] = []
        var pairs: [(code: KeywordCode, value: Int32)] = []
        var seen = Set<KeywordCode>()
        for (code, _) in keyed where seen.insert(code).inserted {
            let members = keyed.filter { $0.0 == code }.map(\.1)
            pairs.append((code, Int32(order.count << 16 | members.count)))
            order += members
        }
        return (order, KeywordIndex(pairs))
    }
}
