/// Scores one segment's documents for a query plan: BM25 per syllable (best variant, by
/// match level), proximity of neighbouring syllables, entity matches, title matches, and
/// which words or phrases each document covers. Phrases and exclusions filter.
///
/// Term at a time into dense per-document arrays (`ScoreTable`); positions are decoded once
/// per posting into flat per-term arrays (`TermPostings`), and word order is checked with
/// linear merges only for documents holding both or all the terms concerned.
struct SegmentScorer {
    let segment: LoadedSegment
    let plan: QueryPlan
    let expansion: SegmentExpansion
    let statistics: CollectionStatistics
    let parameters: ScoringParameters

    func score() throws -> SegmentMatches {
        let reader = segment.reader
        var table = ScoreTable(documentCount: reader.documentCount)
        var postings: [TermPostings] = []
        for (index, term) in plan.terms.enumerated() {
            let found = try TermPostings(variants: expansion.terms[index], reader: reader,
                                         withPositions: true, field: term.field)
            addTerm(found, index: index, to: &table)
            postings.append(found)
        }
        addProximity(postings, to: &table)
        addWholePhrase(postings, to: &table)
        let entityDocuments = try addEntities(to: &table)
        var passes = try excludedDocuments()
        try keepPhrases(postings, in: &passes)
        let candidates = table.touched.filter { ordinal in
            passes.keeps(Int(ordinal)) && !segment.isDeleted(Int(ordinal))
        }
        return SegmentMatches(table: table, candidates: candidates,
                              entityDocuments: entityDocuments)
    }

    /// BM25 and title parts of one query syllable.
    private func addTerm(_ found: TermPostings, index: Int, to table: inout ScoreTable) {
        let documents = segment.reader.documents
        let idf = statistics.idf(term: index)
        for entry in 0..<found.count {
            let ordinal = Int(found.ordinals[entry])
            let weight = found.weights[entry]
            let positions = found.positions(at: entry)
            let titleLength = documents.titleLength(ordinal)
            let frequency = Double(positions.count)
            let length = Double(documents.length(ordinal))
            let norm = parameters.k1 * (1 - parameters.b
                + parameters.b * length / statistics.averageLength)
            table.touch(ordinal)
            table.addBM25(weight * idf * frequency * (parameters.k1 + 1) / (frequency + norm),
                          to: ordinal)
            if positions.contains(where: { $0 < titleLength }) {
                table.addTitle(parameters.title * idf * weight, to: ordinal)
            }
        }
    }

    /// Neighbouring query syllables found next to each other, in order.
    private func addProximity(_ postings: [TermPostings], to table: inout ScoreTable) {
        for index in plan.terms.indices.dropLast()
        where plan.terms[index + 1].sequence == plan.terms[index].sequence + 1 {
            let weight = parameters.proximity
                * (statistics.idf(term: index) + statistics.idf(term: index + 1)) / 2
            let first = postings[index], second = postings[index + 1]
            var other = 0
            for entry in 0..<first.count {
                let ordinal = first.ordinals[entry]
                while other < second.count, second.ordinals[other] < ordinal { other += 1 }
                guard other < second.count else { break }
                if second.ordinals[other] == ordinal,
                   PositionMatcher.hasAdjacent(first.positions(at: entry),
                                               second.positions(at: other)) {
                    table.addProximity(weight, to: Int(ordinal))
                }
            }
        }
    }

    /// A query of several syllables found whole, in order (`Phạm Văn Đồng đến`), counts
    /// as a phrase: once more the proximity weight times the sum of its syllables' IDF.
    private func addWholePhrase(_ postings: [TermPostings], to table: inout ScoreTable) {
        guard postings.count > 2, plan.phrases.isEmpty, plan.terms.indices.dropFirst().allSatisfy({
            plan.terms[$0].sequence == plan.terms[$0 - 1].sequence + 1
        }) else { return }
        let weight = parameters.proximity
            * plan.terms.indices.reduce(0) { $0 + statistics.idf(term: $1) }
        var slices: [ArraySlice<UInt32>] = []
        var cursors: [Int] = []
        forEachPhrase(postings, slices: &slices, cursors: &cursors) { ordinal in
            table.addProximity(weight, to: ordinal)
        }
    }

    /// Query entities the documents mention.
    /// Returns, per entity, the documents that mention it (ascending).
    private func addEntities(to table: inout ScoreTable) throws -> [[Int32]] {
        let reader = segment.reader
        var entityDocuments: [[Int32]] = []
        for (index, entity) in plan.entities.enumerated() {
            let found = try TermPostings(variants: expansion.entities[index], reader: reader,
                                         withPositions: false)
            let idf = statistics.entityIDF(index)
            var qualified: [TermPostings] = []
            for variants in expansion.qualifiedKeys[index] {
                qualified.append(try TermPostings(variants: variants, reader: reader,
                                                  withPositions: false))
            }
            var qualifiedNext = [Int](repeating: 0, count: qualified.count)
            for entry in 0..<found.count {
                let ordinal = found.ordinals[entry]
                var isQualified = false
                for key in qualified.indices {
                    let documents = qualified[key]
                    while qualifiedNext[key] < documents.count,
                          documents.ordinals[qualifiedNext[key]] < ordinal {
                        qualifiedNext[key] += 1
                    }
                    if qualifiedNext[key] < documents.count,
                       documents.ordinals[qualifiedNext[key]] == ordinal {
                        isQualified = true
                    }
                }
                table.touch(Int(ordinal))
                table.addEntity(parameters.entity * idf * found.weights[entry]
                                + (isQualified ? parameters.qualifiedEntity * idf : 0),
                                to: Int(ordinal))
            }
            entityDocuments.append(found.ordinals)
        }
        return entityDocuments
    }

    /// Documents holding an excluded word or phrase, marked as failing.
    private func excludedDocuments() throws -> DocumentFilter {
        var filter = DocumentFilter(documentCount: segment.reader.documentCount)
        var slices: [ArraySlice<UInt32>] = []
        var cursors: [Int] = []
        for run in plan.exclusions {
            let postings = try run.map { index in
                try TermPostings(variants: expansion.exclusionTerms[index],
                                 reader: segment.reader, withPositions: true)
            }
            forEachPhrase(postings, slices: &slices, cursors: &cursors) { ordinal in
                filter.reject(ordinal)
            }
        }
        return filter
    }

    /// Leaves out documents that lack any of the plan's phrases.
    private func keepPhrases(_ postings: [TermPostings], in filter: inout DocumentFilter) throws {
        guard !plan.phrases.isEmpty else { return }
        var counts = [UInt16](repeating: 0, count: segment.reader.documentCount)
        var slices: [ArraySlice<UInt32>] = []
        var cursors: [Int] = []
        for run in plan.phrases {
            forEachPhrase(run.map { postings[$0] }, slices: &slices, cursors: &cursors) {
                counts[$0] &+= 1
            }
        }
        filter.requireAll(counts, of: UInt16(truncatingIfNeeded: plan.phrases.count))
    }

    /// Calls `body` with each document where the run's terms stand in a row.
    private func forEachPhrase(_ run: [TermPostings], slices: inout [ArraySlice<UInt32>],
                               cursors: inout [Int], _ body: (Int) -> Void) {
        guard let first = run.first else { return }
        var next = [Int](repeating: 0, count: run.count)
        documents: for entry in 0..<first.count {
            let ordinal = first.ordinals[entry]
            slices.removeAll(keepingCapacity: true)
            slices.append(first.positions(at: entry))
            for term in 1..<max(1, run.count) {
                let postings = run[term]
                while next[term] < postings.count, postings.ordinals[next[term]] < ordinal {
                    next[term] += 1
                }
                guard next[term] < postings.count else { break documents }
                guard postings.ordinals[next[term]] == ordinal else { continue documents }
                slices.append(postings.positions(at: next[term]))
            }
            if PositionMatcher.hasPhrase(slices, cursors: &cursors) { body(Int(ordinal)) }
        }
    }
}
