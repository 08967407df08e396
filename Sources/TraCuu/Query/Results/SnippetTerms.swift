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

    init(_ plan: QueryPlan) {
        terms = plan.terms.map { term in
            Term(folded: Array(term.keys.folded.utf8), exact: Array(term.keys.exact.utf8),
                 isMarked: term.isMarked, isPrefix: term.isPrefix)
        }
    }

    /// Whether the scanner's current token matches a term. Renders its folded key, and its
    /// exact key only when a term typed with marks has the same folded key (or, for a
    /// prefix, a folded prefix): equal exact keys have equal folded keys, the folded key
    /// being the exact one without marks. `folded` receives the folded key.
    func matches(_ scanner: inout TokenScanner, folded: inout [UInt8]) -> Bool {
        scanner.renderKey(.folded)
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: scanner.key)
        var needsExactKey = false
        for term in terms {
            let matchesFolded = term.isPrefix ? Self.starts(folded, with: term.folded)
                : Self.equals(folded, term.folded)
            guard matchesFolded else { continue }
            guard term.isMarked else { return true }
            needsExactKey = true
        }
        guard needsExactKey else { return false }
        scanner.renderKey(.exact)
        let exact = scanner.key
        for term in terms where term.isMarked {
            if term.isPrefix {
                if Self.starts(exact, with: term.exact), Self.starts(folded, with: term.folded) {
                    return true
                }
            } else if Self.equals(exact, term.exact) {
                return true
            }
        }
        return false
    }

    @inline(__always)
    private static func equals(_ left: some Collection<UInt8>, _ right: [UInt8]) -> Bool {
        left.count == right.count && left.elementsEqual(right)
    }

    @inline(__always)
    private static func starts(_ key: some Collection<UInt8>, with prefix: [UInt8]) -> Bool {
        key.count >= prefix.count && key.starts(with: prefix)
    }
}
