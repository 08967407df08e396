/// The plan's condition (required clauses, groups) over the documents the query's words
/// touched: each word or phrase gives the candidates holding it, ascending, and groups
/// combine those lists by linear merges. The terms were read in full (no term only counts
/// when there is a condition, `newDocumentsCannotMakeIt`), so a candidate's absence from a
/// term's postings means the document lacks it.
extension SegmentScorer {
    /// Rejects in `filter` the candidates (ascending) the plan's condition leaves out.
    func applyCondition(_ terms: [TermPostings], to candidates: [UInt32],
                        workspace: inout SegmentWorkspace,
                        filter: inout DocumentFilter) throws {
        guard let condition = plan.condition else { return }
        let kept = try documents(satisfying: condition, among: candidates, terms: terms,
                                 workspace: &workspace)
        var next = 0
        for ordinal in candidates where !Self.isChosen(ordinal, in: kept, from: &next) {
            filter.reject(Int(ordinal))
        }
    }

    /// The documents of `candidates` (ascending) that satisfy `condition`, ascending.
    private func documents(satisfying condition: QueryCondition, among candidates: [UInt32],
                           terms: [TermPostings],
                           workspace: inout SegmentWorkspace) throws -> [UInt32] {
        switch condition {
        case .run(let run):
            return try documents(holding: run, among: candidates, terms: terms,
                                 workspace: &workspace)
        case .group(let required, let optional, let excluded):
            var result = candidates
            if !required.isEmpty {
                for part in required where !result.isEmpty {
                    result = try documents(satisfying: part, among: result, terms: terms,
                                           workspace: &workspace)
                }
            } else if !optional.isEmpty {
                result = []
                for part in optional {
                    result = Self.union(result, try documents(
                        satisfying: part, among: candidates, terms: terms,
                        workspace: &workspace))
                }
            }
            for part in excluded where !result.isEmpty {
                let found = try documents(satisfying: part, among: result, terms: terms,
                                          workspace: &workspace)
                var next = 0
                result.removeAll { Self.isChosen($0, in: found, from: &next) }
            }
            return result
        }
    }

    /// The candidates holding every syllable of `run` (in a row, for a phrase).
    private func documents(holding run: QueryCondition.Run, among candidates: [UInt32],
                           terms: [TermPostings],
                           workspace: inout SegmentWorkspace) throws -> [UInt32] {
        let postings = try run.terms.map { index in
            run.isScored ? terms[index]
                : try TermPostings(variants: expansion.exclusionTerms[index],
                                   reader: segment.reader,
                                   withPositions: run.isPhrase
                                       || plan.exclusionTerms[index].field != nil,
                                   field: plan.exclusionTerms[index].field)
        }
        // Where each term's postings stand: candidates come in ascending order.
        var entries = [Int](repeating: 0, count: postings.count)
        let holding = candidates.filter { ordinal in
            postings.indices.allSatisfy { postings[$0].find(ordinal, from: &entries[$0]) }
        }
        guard run.isPhrase, !holding.isEmpty else { return holding }
        var read: [TermPostings] = []
        let positioned = try postings.indices.map { offset in
            let found = postings[offset]
            guard !found.hasPositions else { return found }
            read.append(try positions(of: found, index: run.terms.lowerBound + offset,
                                      only: holding, reusing: workspace.takePostings()))
            return read[read.count - 1]
        }
        var inRow: [UInt32] = []
        PositionMatcher.forEachPhrase(positioned[...]) { inRow.append(UInt32($0)) }
        workspace.recycle(read)
        return inRow
    }

    /// The documents of two ascending lists, ascending, without repeats.
    private static func union(_ left: [UInt32], _ right: [UInt32]) -> [UInt32] {
        var merged: [UInt32] = []
        merged.reserveCapacity(left.count + right.count)
        var (first, second) = (0, 0)
        while first < left.count || second < right.count {
            if second == right.count || first < left.count && left[first] < right[second] {
                merged.append(left[first])
                first += 1
            } else if first == left.count || right[second] < left[first] {
                merged.append(right[second])
                second += 1
            } else {
                merged.append(left[first])
                first += 1
                second += 1
            }
        }
        return merged
    }
}
