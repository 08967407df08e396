/// The parts of the score that need positions (title matches, neighbouring syllables, the
/// whole query as a phrase), and the filters: deletions, dates, exclusions, phrases and the
/// plan's condition. All for one document, its cursors standing on it.
extension SegmentScorer {
    /// Title, proximity and whole-phrase parts of `document`, for the distinct terms `held`.
    func addPositionalParts(_ document: UInt32, cursors: inout QueryCursors, held: [Bool],
                            order: [Int], to parts: inout Explanation) throws {
        let titleLength = segment.reader.documents.titleLength(Int(document))
        // A term is in the title when its first position is there (positions ascend).
        for index in order where held[cursors.termOf[index]] {
            let positions = try cursors.positions(ofTerm: cursors.termOf[index])
            if let first = positions.first, first < titleLength {
                parts.title += parameters.title * statistics.idf(term: index)
                    * cursors.terms[cursors.termOf[index]].weight
            }
        }
        for index in plan.terms.indices.dropLast() where isPair(index) {
            let (first, second) = (cursors.termOf[index], cursors.termOf[index + 1])
            guard held[first], held[second] else { continue }
            let left = try cursors.positions(ofTerm: first)
            let right = try cursors.positions(ofTerm: second)
            if PositionMatcher.hasAdjacent(left, right) {
                parts.proximity += proximityWeight(index)
            }
        }
        if let weight = wholePhraseWeight, cursors.termOf.allSatisfy({ held[$0] }),
           try PositionMatcher.hasPhrase(plan.terms.indices.map { index in
               try cursors.positions(ofTerm: cursors.termOf[index])
           }) {
            parts.proximity += weight
        }
    }

    /// Whether `document` is live, has a date the query's filters accept, holds none of the
    /// excluded words or phrases, every phrase, and satisfies the plan's condition.
    func passes(_ document: UInt32, cursors: inout QueryCursors, held: [Bool]) throws -> Bool {
        let ordinal = Int(document)
        guard !segment.isDeleted(ordinal) else { return false }
        if !dates.isEmpty, !dates.accepts(segment.reader.documents.dateCode(ordinal)) {
            return false
        }
        for run in plan.exclusions {
            var holdsAll = true
            for index in run where try !cursors.exclusionHolds(index, document) {
                holdsAll = false
            }
            guard holdsAll else { continue }
            if try run.count == 1
                || PositionMatcher.hasPhrase(run.map { try cursors.positions(ofExclusion: $0) }) {
                return false
            }
        }
        for run in plan.phrases {
            guard run.allSatisfy({ held[cursors.termOf[$0]] }),
                  try PositionMatcher.hasPhrase(run.map { index in
                      try cursors.positions(ofTerm: cursors.termOf[index])
                  })
            else { return false }
        }
        guard let condition = plan.condition else { return true }
        return try satisfies(condition, document, cursors: &cursors, held: held)
    }

    /// Whether `document` satisfies `condition`.
    private func satisfies(_ condition: QueryCondition, _ document: UInt32,
                           cursors: inout QueryCursors, held: [Bool]) throws -> Bool {
        switch condition {
        case .run(let run):
            var positions: [[UInt32]] = []
            for index in run.terms {
                if run.isScored {
                    guard held[cursors.termOf[index]] else { return false }
                    if run.isPhrase {
                        positions.append(try cursors.positions(ofTerm: cursors.termOf[index]))
                    }
                } else {
                    guard try cursors.exclusionHolds(index, document) else { return false }
                    if run.isPhrase { positions.append(try cursors.positions(ofExclusion: index)) }
                }
            }
            return !run.isPhrase || PositionMatcher.hasPhrase(positions)
        case .group(let required, let optional, let excluded):
            for part in required
            where try !satisfies(part, document, cursors: &cursors, held: held) {
                return false
            }
            if required.isEmpty, !optional.isEmpty {
                var any = false
                for part in optional where !any {
                    any = try satisfies(part, document, cursors: &cursors, held: held)
                }
                guard any else { return false }
            }
            for part in excluded
            where try satisfies(part, document, cursors: &cursors, held: held) {
                return false
            }
            return true
        }
    }

    /// What the whole query found as a phrase adds (the proximity weight times the sum of
    /// its syllables' IDF), or nil when the query is not three or more syllables in a row.
    var wholePhraseWeight: Double? {
        guard plan.terms.count > 2, plan.phrases.isEmpty,
              plan.terms.indices.dropFirst().allSatisfy({ isPair($0 - 1) }) else { return nil }
        return parameters.proximity
            * plan.terms.indices.reduce(0) { $0 + statistics.idf(term: $1) }
    }

    /// Whether terms `index` and `index + 1` were typed next to each other.
    func isPair(_ index: Int) -> Bool {
        plan.terms[index + 1].sequence == plan.terms[index].sequence + 1
    }

    /// What a pair of neighbouring syllables adds when found adjacent.
    func proximityWeight(_ index: Int) -> Double {
        parameters.proximity
            * (statistics.idf(term: index) + statistics.idf(term: index + 1)) / 2
    }
}
