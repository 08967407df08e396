import TraCuuText

/// The dictionary terms a query syllable matches in one segment, each with a weight for its
/// match level. One typed without marks matches every accented form of its folded key, the
/// most likely reading (`QueryInterpretation`) in full and the others at a lower weight. One
/// typed with marks matches those marks in full (any tone placement: `hòa` finds `hoà`), and
/// still every other form of its folded key, since people slip: the forms one mark away
/// (`sô`, `so` for `số`) at `oneMarkAwayWeight`, the rest at `otherFormWeight`; when its
/// reading found a slip (`Nghị đinh` read `Nghị định`), the reading counts in full and the
/// form as typed at `otherReadingWeight`.
struct TermExpansion {
    struct Variant {
        let term: Int
        let weight: Double
    }

    static let otherReadingWeight = 0.6
    static let oneMarkAwayWeight = 0.45
    static let otherFormWeight = 0.3
    static let prefixWeight = 0.7

    static func variants(of term: QueryPlan.Term, reading: String?,
                         in dictionary: TermDictionary) -> [Variant] {
        if term.isPrefix { return prefixVariants(of: term, in: dictionary).variants }
        var variants: [Variant] = []
        // A number token's forms in the documents (its text) are number tokens of the same
        // value, and `NumberRecognizer` gives each its `num|` key at its position: the key's
        // postings hold all of theirs. Read alone, it needs no merging of positions.
        if term.isNumberToken, !term.isPrefix, let numberKey = term.numberKey,
           let ordinal = dictionary.term(exact: numberKey, folded: numberKey) {
            return [Variant(term: ordinal, weight: 1)]
        }
        for ordinal in dictionary.terms(withFolded: term.keys.folded) {
            let exact = dictionary.exactKey(ordinal)
            if term.isMarked {
                variants.append(Variant(term: ordinal,
                                        weight: markedWeight(exact, term: term, reading: reading)))
            } else {
                let isReading = exact == (reading ?? term.keys.exact)
                variants.append(Variant(term: ordinal,
                                        weight: isReading ? 1 : otherReadingWeight))
            }
        }
        if let numberKey = term.numberKey,
           let ordinal = dictionary.term(exact: numberKey, folded: numberKey) {
            variants.append(Variant(term: ordinal, weight: 1))
        }
        return variants
    }

    /// The words a prefix term matches, at `prefixWeight`: with marks typed, those whose exact
    /// key starts with the typed one. Past `Searcher.maximumQueryTerms` words, the most
    /// frequent ones (by document frequency, then dictionary order), and `isTruncated`.
    /// O(matching words) to choose them.
    static func prefixVariants(of term: QueryPlan.Term, in dictionary: TermDictionary)
        -> (variants: [Variant], isTruncated: Bool)
    {
        var ordinals: [Int] = []
        for folded in dictionary.foldedKeys(withPrefix: term.keys.folded) {
            for ordinal in dictionary.terms(ofFoldedIndex: folded)
            where !term.isMarked || dictionary.exactKey(ordinal).hasPrefix(term.keys.exact) {
                ordinals.append(ordinal)
            }
        }
        let limit = Searcher.maximumQueryTerms
        let isTruncated = ordinals.count > limit
        if isTruncated {
            let frequencies = ordinals.map { dictionary.stats($0).documentFrequency }
            let chosen = ordinals.indices.sorted { left, right in
                frequencies[left] != frequencies[right] ? frequencies[left] > frequencies[right]
                    : left < right
            }.prefix(limit)
            ordinals = chosen.sorted().map { ordinals[$0] }
        }
        return (ordinals.map { Variant(term: $0, weight: prefixWeight) }, isTruncated)
    }

    /// Whether a variant of this weight is a form a slipped mark gives (one mark away or
    /// further from a syllable typed with marks): it counts in a document only where the
    /// document holds no form of higher weight, so a document is not ranked up or down by
    /// the other words a slip would spell (`đang` beside `Đặng`).
    static func isSlipped(_ weight: Double) -> Bool {
        weight < otherReadingWeight
    }

    /// The weight of a form of a syllable typed with marks: in full when it is the reading
    /// (the form as typed, unless a slip was read), then the form as typed, then the forms
    /// one mark from it, then the others.
    private static func markedWeight(_ exact: String, term: QueryPlan.Term, reading: String?)
        -> Double
    {
        if exact == (reading ?? term.keys.exact) { return 1 }
        if exact == term.keys.exact { return otherReadingWeight }
        return MarkDistance.between(exact, term.keys.exact) == 1
            ? oneMarkAwayWeight : otherFormWeight
    }

    /// The terms of an entity key: its exact key in full, other forms of its folded key
    /// (a name typed without marks) at the folded level's weight.
    static func entityVariants(exact: String, folded: String,
                               in dictionary: TermDictionary) -> [Variant] {
        dictionary.terms(withFolded: folded).map { ordinal in
            Variant(term: ordinal,
                    weight: dictionary.exactKey(ordinal) == exact ? 1 : otherReadingWeight)
        }
    }
}
