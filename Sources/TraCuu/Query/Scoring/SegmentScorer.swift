/// Scores one segment's documents for a query plan: BM25 per syllable (best variant, by
/// match level), proximity of neighbouring syllables, entity matches, title matches, and
/// which words or phrases each document covers. Phrases and exclusions filter.
struct SegmentScorer {
    let segment: LoadedSegment
    let plan: QueryPlan
    let readings: [String?]
    let statistics: CollectionStatistics
    let parameters: ScoringParameters

    /// A scored document of this segment.
    struct Scored {
        let ordinal: Int
        var explanation: Explanation
        var matchedEntities: [Int]
    }

    func score() throws -> [Scored] {
        let reader = segment.reader
        var explanations: [Int: Explanation] = [:]
        var slots: [Int: UInt64] = [:]
        var positions: [[Int: [UInt32]]] = []
        for (index, term) in plan.terms.enumerated() {
            let variants = TermExpansion.variants(of: term, reading: readings[index],
                                                  in: reader.dictionary)
            let found = try collect(variants)
            let idf = statistics.idf(term: index)
            var termPositions: [Int: [UInt32]] = [:]
            for (ordinal, match) in found {
                let titleLength = reader.documents.titleLength(ordinal)
                let inField = match.positions.filter { position in
                    switch term.field {
                    case .title: position < titleLength
                    case .body: position > titleLength
                    case nil: true
                    }
                }
                guard !inField.isEmpty else { continue }
                termPositions[ordinal] = inField
                let frequency = Double(inField.count)
                let length = Double(reader.documents.length(ordinal))
                let norm = parameters.k1 * (1 - parameters.b
                    + parameters.b * length / statistics.averageLength)
                explanations[ordinal, default: Explanation()].bm25
                    += match.weight * idf * frequency * (parameters.k1 + 1) / (frequency + norm)
                if inField.contains(where: { $0 < titleLength }) {
                    explanations[ordinal, default: Explanation()].title
                        += parameters.title * idf * match.weight
                }
                slots[ordinal, default: 0] |= 1 << UInt64(min(term.slot, 63))
            }
            positions.append(termPositions)
        }
        addProximity(positions, to: &explanations)
        var matchedEntities: [Int: [Int]] = [:]
        try addEntities(to: &explanations, slots: &slots, matched: &matchedEntities)
        let excluded = try excludedDocuments()
        var scored: [Scored] = []
        for (ordinal, var explanation) in explanations
        where !segment.isDeleted(ordinal) && !excluded.contains(ordinal)
            && plan.phrases.allSatisfy({ Self.hasPhrase($0, ordinal, positions) }) {
            explanation.coverage = statistics.coverage(slots[ordinal, default: 0])
            scored.append(Scored(ordinal: ordinal, explanation: explanation,
                                 matchedEntities: matchedEntities[ordinal] ?? []))
        }
        return scored
    }

    /// Per document, the union of the variants' positions and the best variant's weight.
    private func collect(_ variants: [TermExpansion.Variant]) throws
        -> [Int: (positions: [UInt32], weight: Double)]
    {
        var found: [Int: (positions: [UInt32], weight: Double)] = [:]
        for variant in variants {
            var cursor = try segment.reader.postings(ofTerm: variant.term)
            while case let document = try cursor.advance(), document != PostingsCursor.end {
                let ordinal = Int(document)
                guard ordinal < segment.reader.documentCount else {
                    throw IndexError.corrupted(segment.reader.name + ".pst",
                                               "document out of range")
                }
                let positions = try cursor.positionsOfDocument()
                if var existing = found[ordinal] {
                    existing.positions = Array(Set(existing.positions + positions)).sorted()
                    existing.weight = max(existing.weight, variant.weight)
                    found[ordinal] = existing
                } else {
                    found[ordinal] = (positions, variant.weight)
                }
            }
        }
        return found
    }

    /// Neighbouring query syllables found next to each other, in order.
    private func addProximity(_ positions: [[Int: [UInt32]]],
                              to explanations: inout [Int: Explanation]) {
        for index in plan.terms.indices.dropLast()
        where plan.terms[index + 1].sequence == plan.terms[index].sequence + 1 {
            let weight = parameters.proximity
                * (statistics.idf(term: index) + statistics.idf(term: index + 1)) / 2
            for (ordinal, first) in positions[index] {
                guard let second = positions[index + 1][ordinal] else { continue }
                let following = Set(second)
                if first.contains(where: { following.contains($0 + 1) }) {
                    explanations[ordinal, default: Explanation()].proximity += weight
                }
            }
        }
    }

    /// Query entities the documents mention; an entity also covers the words it spans.
    private func addEntities(to explanations: inout [Int: Explanation],
                             slots: inout [Int: UInt64], matched: inout [Int: [Int]]) throws {
        for (index, entity) in plan.entities.enumerated() {
            let variants = TermExpansion.entityVariants(
                exact: entity.keys.exact, folded: entity.keys.folded,
                in: segment.reader.dictionary)
            let found = try collect(variants)
            let idf = statistics.entityIDF(index)
            var covered: UInt64 = 0
            for term in plan.terms where entity.positions.contains(UInt32(term.sequence)) {
                covered |= 1 << UInt64(min(term.slot, 63))
            }
            var qualified: Set<Int> = []
            for key in entity.qualifiedKeys {
                let variants = TermExpansion.entityVariants(exact: key, folded: key,
                                                            in: segment.reader.dictionary)
                qualified.formUnion(try collect(variants).keys)
            }
            for (ordinal, match) in found {
                explanations[ordinal, default: Explanation()].entities
                    += parameters.entity * idf * match.weight
                    + (qualified.contains(ordinal) ? parameters.qualifiedEntity * idf : 0)
                slots[ordinal, default: 0] |= covered
                matched[ordinal, default: []].append(index)
            }
        }
    }

    /// Documents holding an excluded word or phrase.
    private func excludedDocuments() throws -> Set<Int> {
        var excluded: Set<Int> = []
        for run in plan.exclusions {
            var positions: [[Int: [UInt32]]] = []
            for index in run {
                let term = plan.exclusionTerms[index]
                let variants = TermExpansion.variants(of: term, reading: nil,
                                                      in: segment.reader.dictionary)
                positions.append(try collect(variants).mapValues(\.positions))
            }
            let local = Array(0..<run.count)
            for ordinal in positions.first?.keys ?? [:].keys
            where Self.hasPhrase(local, ordinal, positions) {
                excluded.insert(ordinal)
            }
        }
        return excluded
    }

    /// Whether the terms of `run` stand at consecutive positions in the document.
    static func hasPhrase(_ run: [Int], _ ordinal: Int, _ positions: [[Int: [UInt32]]]) -> Bool {
        guard let first = run.first, let starts = positions[first][ordinal] else {
            return false
        }
        let rest = run.dropFirst().map { Set(positions[$0][ordinal] ?? []) }
        return starts.contains { start in
            rest.enumerated().allSatisfy { offset, set in
                set.contains(start + UInt32(offset + 1))
            }
        }
    }
}
