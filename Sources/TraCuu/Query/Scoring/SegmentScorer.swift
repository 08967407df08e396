/// Scores one segment's documents for a query plan: BM25 per syllable (best variant, by
/// match level), proximity of neighbouring syllables, entity matches, title matches, and
/// which words or phrases each document covers. Phrases and exclusions filter.
///
/// Term at a time into dense per-document arrays (`ScoreTable`), in two passes. The first
/// reads documents and frequencies, entities first, then terms rarest first: BM25, entities
/// and coverage are then final. Once the terms left cannot lift a document they alone match
/// into the collector's best, they only count those (`SegmentScorer+Counting.swift`). The
/// second needs positions, for the title and proximity parts: every match gets it when the
/// caller wants all matches in order; otherwise only the documents that can still make the
/// collector's best, by an upper bound on their score (`SegmentScorer+Pruning.swift`).
/// Phrases, exclusions, deletions and date filters are checked in between.
struct SegmentScorer {
    let segment: LoadedSegment
    /// The segment's place in the searcher, for the collector's order.
    let segmentIndex: Int
    let plan: QueryPlan
    let expansion: SegmentExpansion
    let statistics: CollectionStatistics
    let parameters: ScoringParameters
    /// The query's date filters, checked against the segment's document dates.
    let dates: DateFilter

    /// Adds the segment's matches to `collector` (those that cannot make it only counted, when
    /// `pruning`) and returns what the hits need, with `workspace` (clean, for this segment),
    /// and how many matches hold every query term.
    func score(into collector: inout TopKCollector, pruning: Bool,
               workspace: consuming SegmentWorkspace) throws -> SegmentMatches {
        let reader = segment.reader
        let entityDocuments = try addEntities(to: &workspace.table)
        var filter = try excludedDocuments()
        // Terms read with their positions now; the others (when pruning) get them later for
        // the few documents that need them. Rarest first: once the rest cannot lift a new
        // document into the results, they only count the documents they add.
        var read = [TermPostings?](repeating: nil, count: plan.terms.count)
        var countsOnly = false
        var firstRead: [ReadKey: Int] = [:]
        let order = termsByBound
        for (step, index) in order.enumerated() {
            let term = plan.terms[index]
            // Not before the first term is read in full: a document holding every term is
            // then touched, so `allWordsCount` sees it.
            if pruning, !countsOnly, step > 0 {
                countsOnly = newDocumentsCannotMakeIt(
                    terms: order[step...], table: workspace.table,
                    documents: entityDocuments + [read[order[step - 1]]!.ordinals],
                    filter: filter, collector: collector)
            }
            let variants = expansion.terms[index]
            // A syllable the query repeats (a pasted text) is read once: the same variants in
            // the same field give the same postings (while only counting too, as the
            // documents touched do not change then).
            let key = ReadKey(terms: variants.map(\.term), weights: variants.map(\.weight),
                              field: term.field)
            let hasAliases = expansion.aliases.hasAliases(index)
            if !hasAliases, let same = firstRead[key], let found = read[same] {
                addBM25(found, index: index, to: &workspace.table, countsOnly: countsOnly)
                read[index] = found
                continue
            }
            if !hasAliases { firstRead[key] = index }
            let readsPositions = !pruning || term.field != nil
                || expansion.variantsMayOverlap[index]
            let spare = workspace.takePostings()
            var found = !readsPositions && variants.count > 1
                ? try workspace.table.withColumns { columns in
                    try TermPostings(variants: variants, reader: reader,
                                     summingIn: &workspace.scratch,
                                     counting: countsOnly ? columns : nil, reusing: spare)
                }
                : try TermPostings(variants: variants, reader: reader,
                                   withPositions: readsPositions, field: term.field,
                                   reusing: spare)
            if hasAliases {
                found = expansion.aliases.adding(to: found, term: index, field: term.field,
                                                 documents: reader.documents)
            }
            addBM25(found, index: index, to: &workspace.table, countsOnly: countsOnly)
            read[index] = found
        }
        let terms = read.map { $0! }
        let touched = workspace.table.collectTouched()
        try keepPhrases(terms, of: touched, in: &workspace, filter: &filter)
        try applyCondition(terms, to: touched, workspace: &workspace, filter: &filter)
        let keepsAll = filter.keepsAll && !segment.hasDeletions && dates.isEmpty
        let candidates = keepsAll ? touched : touched.filter { passes(Int($0), filter) }
        let termCount = plan.terms.count
        let allWordsCount = termCount == 0 ? 0
            : candidates.count { Int(workspace.table.termCounts[Int($0)]) == termCount }
        if countsOnly {
            collector.countWithoutKeeping(workspace.table.takeCounted(
                where: keepsAll ? nil : { passes($0, filter) }))
        }
        if pruning {
            try addBest(of: candidates, terms: terms, workspace: &workspace,
                        collector: &collector)
        } else {
            try addPositionalParts(terms, for: candidates, to: &workspace)
            for ordinal in candidates {
                collector.add(workspace.table.entry(ordinal, segment: segmentIndex))
            }
        }
        workspace.recycle(terms)
        return SegmentMatches(workspace: workspace, entityDocuments: entityDocuments,
                              allWordsCount: allWordsCount)
    }

    /// Whether `document` passes `filter` (exclusions, phrases), is live and has a date the
    /// query's date filters accept.
    func passes(_ document: Int, _ filter: DocumentFilter) -> Bool {
        filter.keeps(document) && !segment.isDeleted(document)
            && (dates.isEmpty || dates.accepts(segment.reader.documents.dateCode(document)))
    }

    /// BM25 and coverage slot of one query syllable, and its bit and title bound. Without
    /// positions, the frequency is the variants' summed (they share no position). With
    /// `countsOnly`, documents not yet touched are only marked counted.
    private func addBM25(_ found: TermPostings, index: Int, to table: inout ScoreTable,
                         countsOnly: Bool) {
        let documents = segment.reader.documents
        let idf = statistics.idf(term: index)
        let termBit: UInt64 = 1 << UInt64(min(index, 63))
        let k1 = parameters.k1, b = parameters.b, title = parameters.title
        let averageLength = statistics.averageLength
        table.withColumns { columns in
            found.withBuffers { found in
                for entry in 0..<found.count {
                    let ordinal = Int(found.ordinals[entry])
                    if countsOnly, !columns.isTouched[ordinal] {
                        columns.isCounted[ordinal] = true
                        continue
                    }
                    let weight = found.weights[entry]
                    let frequency = Double(found.frequency(at: entry))
                    let length = Double(documents.length(ordinal))
                    let norm = k1 * (1 - b + b * length / averageLength)
                    columns.isTouched[ordinal] = true
                    columns.explanations[ordinal].bm25
                        += weight * idf * frequency * (k1 + 1) / (frequency + norm)
                    columns.titleBounds[ordinal] += title * idf * weight
                    columns.termsPresent[ordinal] |= termBit
                    columns.termCounts[ordinal] &+= 1
                }
            }
        }
    }

    /// Query entities the documents mention; an entity also covers the words it spans.
    /// Returns, per entity, the documents that mention it (ascending).
    private func addEntities(to table: inout ScoreTable) throws -> [[UInt32]] {
        var entityDocuments: [[UInt32]] = []
        for index in plan.entities.indices {
            let found = try EntityPostings(variants: expansion.entities[index],
                                           qualified: expansion.qualifiedKeys[index],
                                           reader: segment.reader)
            let idf = statistics.entityIDF(index)
            table.withColumns { columns in
                for entry in 0..<found.documents.count {
                    let ordinal = found.documents.ordinals[entry]
                    let document = Int(ordinal)
                    columns.isTouched[document] = true
                    columns.explanations[document].entities
                        += parameters.entity * idf * found.documents.weights[entry]
                        + (found.isQualified(ordinal) ? parameters.qualifiedEntity * idf : 0)
                    columns.entityCounts[document] += 1
                }
            }
            entityDocuments.append(found.documents.ordinals)
        }
        return entityDocuments
    }

    /// What a term's postings depend on: its variants and its field.
    private struct ReadKey: Hashable {
        let terms: [Int]
        let weights: [Double]
        let field: Query.Field?
    }
}
