/// The parts of the score that need positions (title matches, neighbouring syllables, the
/// whole query as a phrase), and the filters: deletions, dates, exclusions, phrases and the
/// plan's condition. All for one document, its cursors standing on it.
extension SegmentScorer {
    /// Title, proximity and whole-phrase parts of `document`, for the distinct terms `held`;
    /// false as soon as the document cannot beat `giveUp` (the collector's worst kept):
    /// `bound.most` is its score with every such part, lowered by each part found missing,
    /// the pairs and the whole phrase first (they weigh most), so that a document that
    /// cannot make it leaves the positions of its other terms unread. The parts are then
    /// summed in the order their bound was: titles by `order`, pairs, the whole phrase.
    func addPositionalParts(_ document: UInt32, cursors: inout QueryCursors, held: [Bool],
                            order: [Int], to parts: inout Explanation,
                            giveUp threshold: TopKCollector.Entry?,
                            bound: (most: Double, entityCount: Int),
                            pairs: [(index: Int, weight: Double)]) throws -> Bool {
        var most = bound.most
        func canBeat() -> Bool {
            beats(threshold, document, entityCount: bound.entityCount,
                  score: most * ScoreBounds.margin)
        }
        let phraseWeight = cursors.termOf.allSatisfy({ held[$0] }) ? wholePhraseWeight : nil
        var phraseMayStand = phraseWeight != nil
        var adjacent = [Bool](repeating: false, count: pairs.count)
        for (number, pair) in pairs.enumerated() {
            let (first, second) = (cursors.termOf[pair.index], cursors.termOf[pair.index + 1])
            guard held[first], held[second] else { continue }
            adjacent[number] = PositionMatcher.hasAdjacent(
                try cursors.positions(ofTerm: first), try cursors.positions(ofTerm: second))
            guard !adjacent[number] else { continue }
            most -= pair.weight
            if phraseMayStand, let phraseWeight {
                most -= phraseWeight
                phraseMayStand = false
            }
            guard canBeat() else { return false }
        }
        var phraseStands = false
        if phraseMayStand, let phraseWeight {
            phraseStands = try PositionMatcher.hasPhrase(plan.terms.indices.map { index in
                try cursors.positions(ofTerm: cursors.termOf[index])
            })
            if !phraseStands {
                most -= phraseWeight
                guard canBeat() else { return false }
            }
        }
        let titleLength = segment.reader.documents.titleLength(Int(document))
        // A term is in the title when its first position is there (positions ascend).
        for index in order where held[cursors.termOf[index]] {
            let cursor = cursors.termOf[index]
            let weight = parameters.title * statistics.idf(term: index)
                * cursors.terms[cursor].weight
            if let first = try cursors.positions(ofTerm: cursor).first, first < titleLength {
                parts.title += weight
            } else {
                most -= weight
                guard canBeat() else { return false }
            }
        }
        for (number, pair) in pairs.enumerated() where adjacent[number] {
            parts.proximity += pair.weight
        }
        if phraseStands, let phraseWeight { parts.proximity += phraseWeight }
        return true
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
