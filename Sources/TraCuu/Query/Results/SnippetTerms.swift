import TraCuuText

/// The query's syllable terms as snippets match body tokens, their keys as bytes: a term
/// typed with marks matches tokens with its exact key, one without those with its folded
/// key; a prefix term matches keys that start with it (the exact key too when marked).
/// Made once per search.
struct SnippetTerms {
    struct Term {
        let folded: [UInt8]
        let exact: [UInt8]
        let isMarked: Bool
        let isPrefix: Bool
    }

    let terms: [Term]
    /// Whether any term needs a token's exact key.
    let needsExactKeys: Bool

    init(_ plan: QueryPlan) {
        terms = plan.terms.map { term in
            Term(folded: Array(term.keys.folded.utf8), exact: Array(term.keys.exact.utf8),
                 isMarked: term.isMarked, isPrefix: term.isPrefix)
        }
        needsExactKeys = terms.contains(where: \.isMarked)
    }

    /// Whether the scanner's current token matches a term. Renders its folded key, then its
    /// exact key when a term needs it; `folded` receives the folded key.
    func matches(_ scanner: inout TokenScanner, folded: inout [UInt8]) -> Bool {
        scanner.renderKey(.folded)
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: scanner.key)
        for term in terms where !term.isMarked {
            if term.isPrefix ? folded.starts(with: term.folded)
                : folded.elementsEqual(term.folded) {
                return true
            }
        }
        guard needsExactKeys else { return false }
        scanner.renderKey(.exact)
        let exact = scanner.key
        for term in terms where term.isMarked {
            if term.isPrefix {
                if exact.starts(with: term.exact), folded.starts(with: term.folded) {
                    return true
                }
            } else if exact.elementsEqual(term.exact) {
                return true
            }
        }
        return false
    }
}
