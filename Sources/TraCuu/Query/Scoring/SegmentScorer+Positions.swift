/// The parts of the score that need positions: title matches, neighbouring syllables, and
/// the phrase and exclusion filters.
extension SegmentScorer {
    /// Title, proximity and whole-query phrase parts of `documents` (ascending): the
    /// positions of terms read without them are read now, for those documents only.
    func addPositionalParts(_ terms: [TermPostings], for documents: [UInt32],
                            to workspace: inout SegmentWorkspace) throws {
        guard !documents.isEmpty else { return }
        var read: [TermPostings] = []
        let postings = try terms.indices.map { index in
            guard !terms[index].hasPositions else { return terms[index] }
            read.append(try positions(of: terms[index], index: index, only: documents,
                                      reusing: workspace.takePostings()))
            return read[read.count - 1]
        }
        workspace.table.withColumns { columns in
            addTitles(postings, documents, to: columns)
            addProximity(postings, documents, to: columns)
        }
        addWholePhrase(postings, documents, to: &workspace.table)
        workspace.recycle(read)
    }

    /// Term `index` with positions for `documents` (ascending) only, from `found`, its
    /// postings read without them: where they lie when `found` kept that, else sought in
    /// the variants `found` says each holds; with the other forms of an abbreviation.
    func positions(of found: TermPostings, index: Int, only documents: [UInt32],
                           reusing spare: consuming TermPostings) throws -> TermPostings {
        let own = found.blockPositions.isEmpty
            ? try TermPostings(variants: expansion.terms[index], reader: segment.reader,
                               withPositions: true, only: documents,
                               holding: found.variantMasks.isEmpty ? nil : found,
                               reusing: spare)
            : try TermPostings(positionsOf: found, only: documents, reader: segment.reader,
                               reusing: spare)
        guard expansion.aliases.hasAliases(index) else { return own }
        return expansion.aliases.adding(to: own, term: index, field: plan.terms[index].field,
                                        documents: segment.reader.documents, only: documents)
    }

    /// Moves `next` to the first of `documents` (ascending) ≥ `ordinal`; whether it is that
    /// ordinal. Walks a list of documents, which may hold more, along `documents`.
    @inline(__always)
    static func isChosen(_ ordinal: UInt32, in documents: [UInt32],
                         from next: inout Int) -> Bool {
        while next < documents.count, documents[next] < ordinal { next += 1 }
        return next < documents.count && documents[next] == ordinal
    }

    /// Title part per term, in the order their title bounds were summed: a document has the
    /// syllable in its title when its first position is there (positions are ascending).
    private func addTitles(_ postings: [TermPostings], _ documents: [UInt32],
                           to columns: ScoreTable.Columns) {
        let table = segment.reader.documents
        let title = parameters.title
        for index in termsByBound {
            let idf = statistics.idf(term: index)
            postings[index].withBuffers { found in
                var next = 0
                for entry in 0..<found.count {
                    let ordinal = found.ordinals[entry]
                    guard Self.isChosen(ordinal, in: documents, from: &next) else { continue }
                    let document = Int(ordinal)
                    if found.positions[found.starts[entry]] < table.titleLength(document) {
                        columns.explanations[document].title += title * idf
                            * found.weights[entry]
                    }
                }
            }
        }
    }

    /// Neighbouring query syllables found next to each other, in order.
    private func addProximity(_ postings: [TermPostings], _ documents: [UInt32],
                              to columns: ScoreTable.Columns) {
        for index in plan.terms.indices.dropLast() where isPair(index) {
            let weight = proximityWeight(index)
            postings[index].withBuffers { first in
                postings[index + 1].withBuffers { second in
                    var other = 0, next = 0
                    for entry in 0..<first.count {
                        let ordinal = first.ordinals[entry]
                        while other < second.count, second.ordinals[other] < ordinal {
                            other += 1
                        }
                        guard other < second.count else { break }
                        guard second.ordinals[other] == ordinal,
                              Self.isChosen(ordinal, in: documents, from: &next),
                              PositionMatcher.hasAdjacent(first.positions(at: entry),
                                                          second.positions(at: other))
                        else { continue }
                        columns.explanations[Int(ordinal)].proximity += weight
                    }
                }
            }
        }
    }

    /// A query of three or more syllables typed in a row (no quotes) found whole and in
    /// order (`Phạm Văn Đồng đến`) scores once more as a phrase: `wholePhraseWeight`.
    private func addWholePhrase(_ postings: [TermPostings], _ documents: [UInt32],
                                to table: inout ScoreTable) {
        guard let weight = wholePhraseWeight else { return }
        let chosen = Set(documents)
        var found: [Int] = []
        PositionMatcher.forEachPhrase(postings[...]) { ordinal in
            if chosen.contains(UInt32(ordinal)) { found.append(ordinal) }
        }
        table.withColumns { columns in
            for ordinal in found { columns.explanations[ordinal].proximity += weight }
        }
    }

    /// What the whole query found as a phrase adds (the proximity weight times the sum of
    /// its syllables' IDF), or nil when the query is not three or more syllables in a row.
    var wholePhraseWeight: Double? {
        guard plan.terms.count > 2, plan.phrases.isEmpty,
              plan.terms.indices.dropFirst().allSatisfy(isPair(after:)) else { return nil }
        return parameters.proximity
            * plan.terms.indices.reduce(0) { $0 + statistics.idf(term: $1) }
    }

    /// Whether term `index` was typed right after term `index - 1`.
    private func isPair(after index: Int) -> Bool { isPair(index - 1) }

    /// Whether terms `index` and `index + 1` were typed next to each other.
    func isPair(_ index: Int) -> Bool {
        plan.terms[index + 1].sequence == plan.terms[index].sequence + 1
    }

    /// What a pair of neighbouring syllables adds when found adjacent.
    func proximityWeight(_ index: Int) -> Double {
        parameters.proximity
            * (statistics.idf(term: index) + statistics.idf(term: index + 1)) / 2
    }

    /// Documents holding an excluded word or phrase, marked as failing.
    func excludedDocuments() throws -> DocumentFilter {
        var filter = DocumentFilter(documentCount: segment.reader.documentCount)
        for run in plan.exclusions {
            let postings = try run.map { index in
                try TermPostings(variants: expansion.exclusionTerms[index],
                                 reader: segment.reader, withPositions: true)
            }
            PositionMatcher.forEachPhrase(postings[...]) { filter.reject($0) }
        }
        return filter
    }

    /// Leaves out documents that lack any of the plan's phrases: each phrase is looked for
    /// in the documents of `touched` holding all its words, reading their positions for
    /// those documents only when the term was read without.
    func keepPhrases(_ terms: [TermPostings], of touched: [UInt32],
                     in workspace: inout SegmentWorkspace, filter: inout DocumentFilter) throws {
        guard !plan.phrases.isEmpty else { return }
        var counts = [UInt16](repeating: 0, count: segment.reader.documentCount)
        for run in plan.phrases {
            // Terms past bit 63 cannot be told apart: left to the positions.
            let mask = run.reduce(UInt64(0)) { $1 < 63 ? $0 | 1 << UInt64($1) : $0 }
            let present = workspace.table.termsPresent
            let holding = touched.filter { present[Int($0)] & mask == mask }
            var read: [TermPostings] = []
            let postings = try run.map { index in
                guard !terms[index].hasPositions else { return terms[index] }
                read.append(try positions(of: terms[index], index: index, only: holding,
                                          reusing: workspace.takePostings()))
                return read[read.count - 1]
            }
            PositionMatcher.forEachPhrase(postings[...]) { counts[$0] &+= 1 }
            workspace.recycle(read)
        }
        filter.requireAll(counts, of: UInt16(truncatingIfNeeded: plan.phrases.count))
    }
}
