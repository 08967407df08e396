/// What a document must hold beyond matching some query word: the query's required
/// clauses, and groups (`+(a OR -b)`) whose alternatives include exclusions or phrases.
/// Plain words, top-level phrases and top-level exclusions stay out of it (they are scored,
/// and filtered by `DocumentFilter`, as before).
indirect enum QueryCondition: Equatable {
    /// A word (all its syllables) or a phrase (its syllables in a row).
    case run(Run)
    /// Every `required` condition, none of the `excluded`, and, without required ones, any
    /// `optional` one (all documents when there are neither).
    case group(required: [QueryCondition], optional: [QueryCondition],
               excluded: [QueryCondition])

    /// Syllable terms of one word or phrase: in `QueryPlan.terms` when scored, else (words
    /// under an exclusion) in `QueryPlan.exclusionTerms`.
    struct Run: Equatable {
        let terms: Range<Int>
        let isScored: Bool
        let isPhrase: Bool
    }
}
