/// Walks the words of a query's clauses in order, for the readings that rewrite them.
enum QueryWords {
    /// The clauses with each word (not prefix words) replaced by `transform(word, run)`, in
    /// query order. `run` numbers the runs of neighbouring words from 0: words of
    /// consecutive top-level word clauses, or of one phrase, share a run; every other word
    /// has one of its own. A phrase's words split (`nghidinh` → `nghi dinh`) stay one word
    /// here.
    static func map(_ clauses: [Query.Clause], _ transform: (String, Int) -> String)
        -> [Query.Clause]
    {
        var run = -1
        var followsWord = false
        return clauses.map { clause in
            let isWord = if case .word(_, _, false) = clause { true } else { false }
            if !(isWord && followsWord) { run += 1 }
            followsWord = isWord
            return mapClause(clause, run: &run, transform)
        }
    }

    private static func mapClause(_ clause: Query.Clause, run: inout Int,
                                  _ transform: (String, Int) -> String) -> Query.Clause {
        switch clause {
        case .word(let word, let field, let isPrefix):
            guard !isPrefix else { return clause }
            return .word(transform(word, run), field: field, isPrefix: false)
        case .phrase(let words, let field):
            return .phrase(words.map { transform($0, run) }, field: field)
        case .excluded(let inner):
            return .excluded(mapClause(inner, run: &run, transform))
        case .required(let inner):
            return .required(mapClause(inner, run: &run, transform))
        case .anyOf(let alternatives):
            return .anyOf(alternatives.enumerated().map { index, alternative in
                if index > 0 { run += 1 }
                return mapClause(alternative, run: &run, transform)
            })
        }
    }

    /// The clauses with every word replaced by `replace(word, repair)`, where `repair` is what
    /// `repairs` gives that word among the words of its run (nil: none), in query order.
    static func mapRuns(_ clauses: [Query.Clause], repairs: ([String]) -> [String?],
                        _ replace: (String, String?) -> String) -> [Query.Clause] {
        var runs: [Int: [String]] = [:]
        _ = map(clauses) { word, run in
            runs[run, default: []].append(word)
            return word
        }
        let repaired = runs.mapValues(repairs)
        var next: [Int: Int] = [:]
        return map(clauses) { word, run in
            defer { next[run, default: 0] += 1 }
            return replace(word, repaired[run]?[next[run, default: 0]] ?? nil)
        }
    }
}
