import TraCuuText

extension Searcher {
    /// "Did you mean": `query`, as read (`TypedReading`), with every word of letters open to
    /// correction (`TypoCorrection` at its eager penalty) and the words of letters the index
    /// lacks in any form left out, so it names only words the index holds; nil when that changes
    /// nothing, leaves nothing to search, or does not find more documents holding all its
    /// words than `found`. Written in the query syntax (`Query.syntax`). Costs one more
    /// search, only for queries that find little.
    func suggestion(for query: Query, finding found: Int, since: CalendarDate?,
                    until: CalendarDate?) throws -> String? {
        let segments = try loadedSegments()
        let totalLength = Self.totalLength(of: segments)
        let (read, _) = TypedReading.read(query, in: segments, totalLength: totalLength)
        var correction = TypoCorrection(segments: segments, totalLength: totalLength,
                                        isEager: true)
        var changed = false
        let suggested = QueryWords.mapRuns(read.clauses,
                                           repairs: { correction.repairs(of: $0) }) { word, repair in
            var suggested = repair ?? word
            if repair == nil, LetterEdits.foldedKey(of: word) != nil,
               !correction.holds(word) {
                suggested = ""
            }
            if suggested != word { changed = true }
            return suggested
        }
        guard changed else { return nil }
        var suggestedQuery = read
        suggestedQuery.clauses = Self.withoutEmptyWords(suggested)
        guard !suggestedQuery.clauses.isEmpty else { return nil }
        let results = try rankedResults(suggestedQuery, limit: 0, offset: 0, since: since,
                                        until: until, parameters: ScoringParameters())
        guard results.allWordsMatches > found else { return nil }
        return suggestedQuery.syntax
    }

    /// The clauses with the words emptied left out, and clauses left empty with them.
    private static func withoutEmptyWords(_ clauses: [Query.Clause]) -> [Query.Clause] {
        clauses.compactMap { clause in
            switch clause {
            case .word(let word, _, _):
                return word.isEmpty ? nil : clause
            case .phrase(let words, let field):
                let kept = words.filter { !$0.isEmpty }
                return kept.isEmpty ? nil : .phrase(kept, field: field)
            case .excluded(let inner):
                return withoutEmptyWords([inner]).first.map { .excluded($0) }
            case .required(let inner):
                return withoutEmptyWords([inner]).first.map { .required($0) }
            case .anyOf(let alternatives):
                let kept = withoutEmptyWords(alternatives)
                return kept.isEmpty ? nil : .anyOf(kept)
            }
        }
    }
}
