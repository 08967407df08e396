import TraCuuText

/// Turning required clauses and groups into a `QueryCondition`: their words are scored like
/// any other (those under an exclusion only looked up), and the condition says which
/// documents may match.
extension QueryPlan {
    /// Whether `clause` is a word or a phrase.
    static func isLeaf(_ clause: Query.Clause) -> Bool {
        switch clause {
        case .word, .phrase: true
        case .excluded, .required, .anyOf: false
        }
    }

    /// Whether `clause` is a word.
    static func isWord(_ clause: Query.Clause) -> Bool {
        if case .word = clause { return true }
        return false
    }

    /// The condition of `clause`, adding its words' terms: to `terms` when `isScored`, else
    /// to `exclusionTerms` (looked up only). Nil for a clause with no syllable (`+-`), which
    /// then asks nothing. A group's alternatives are not neighbours (no proximity).
    mutating func condition(of clause: Query.Clause, isScored: Bool, analyzer: Analyzer,
                            sequence: inout Int, text: inout [String]) -> QueryCondition? {
        switch clause {
        case .word, .phrase:
            let run = kept(Self.terms(of: clause, analyzer: analyzer, sequence: &sequence))
            guard !run.isEmpty else { return nil }
            let isPhrase: Bool
            if case .phrase(let words, _) = clause {
                isPhrase = true
                if isScored { text.append(contentsOf: words.prefix(run.count)) }
            } else {
                isPhrase = false
                if isScored, case .word(let word, _, _) = clause { text.append(word) }
            }
            let start = isScored ? terms.count : exclusionTerms.count
            if isScored { terms.append(contentsOf: run) } else {
                exclusionTerms.append(contentsOf: run)
            }
            return .run(QueryCondition.Run(terms: start..<(start + run.count),
                                           isScored: isScored, isPhrase: isPhrase))
        case .required(let inner):
            return condition(of: inner, isScored: isScored, analyzer: analyzer,
                             sequence: &sequence, text: &text)
                .map { .group(required: [$0], optional: [], excluded: []) }
        case .excluded(let inner):
            return condition(of: inner, isScored: false, analyzer: analyzer,
                             sequence: &sequence, text: &text)
                .map { .group(required: [], optional: [], excluded: [$0]) }
        case .anyOf(let items):
            var required: [QueryCondition] = [], optional: [QueryCondition] = []
            var excluded: [QueryCondition] = []
            for (number, item) in items.enumerated() {
                if number > 0 { sequence += 1 }
                switch item {
                case .required(let inner):
                    condition(of: inner, isScored: isScored, analyzer: analyzer,
                              sequence: &sequence, text: &text).map { required.append($0) }
                case .excluded(let inner):
                    condition(of: inner, isScored: false, analyzer: analyzer,
                              sequence: &sequence, text: &text).map { excluded.append($0) }
                default:
                    condition(of: item, isScored: isScored, analyzer: analyzer,
                              sequence: &sequence, text: &text).map { optional.append($0) }
                }
            }
            guard !required.isEmpty || !optional.isEmpty || !excluded.isEmpty else {
                return nil
            }
            return .group(required: required, optional: optional, excluded: excluded)
        }
    }
}
