import TraCuuText

/// The dictionary terms a query syllable matches in one segment, each with a weight for its
/// match level. One typed without marks matches every accented form of its folded key, the
/// most likely reading (`QueryInterpretation`) in full and the others at a lower weight. One
/// typed with marks matches those marks (any tone placement: `hòa` finds `hoà`); when its
/// reading found a slipped mark (`Nghị đinh` read `nghị định`), the reading counts in full
/// and the form as typed at `otherReadingWeight`. Its other forms match only with lenient
/// marks, which `Searcher.search` asks for when the forms typed find too little: matching
/// them always made clean accented queries 1.6–2.2× slower.
struct TermExpansion {
    struct Variant {
        let term: Int
        let weight: Double
    }

    static let otherReadingWeight = 0.6
    static let prefixWeight = 0.7
    /// With lenient marks, the weight of a form one mark away from a syllable typed with
    /// marks, and of its other forms.
    static let slippedMarkWeight = 0.45
    static let otherMarksWeight = 0.3

    /// The variants of `term`. With `lenientMarks`, a syllable typed with marks also matches
    /// its other forms: one mark away at `slippedMarkWeight`, the rest at `otherMarksWeight`.
    static func variants(of term: QueryPlan.Term, reading: String?, lenientMarks: Bool = false,
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
                if let weight = markedWeight(exact, term: term, reading: reading) {
                    variants.append(Variant(term: ordinal, weight: weight))
                } else if lenientMarks {
                    let isSlip = MarkDistance.between(exact, term.keys.exact) == 1
                    variants.append(Variant(term: ordinal, weight: isSlip ? slippedMarkWeight
                                                                          : otherMarksWeight))
                }
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

    /// The weight of a form of a syllable typed with marks: in full when it is the reading
    /// (the form as typed, unless a slip was read), the form as typed at
    /// `otherReadingWeight` when a slip was read; nil for any other form.
    private static func markedWeight(_ exact: String, term: QueryPlan.Term, reading: String?)
        -> Double?
    {
        if exact == (reading ?? term.keys.exact) { return 1 }
        return exact == term.keys.exact ? otherReadingWeight : nil
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
