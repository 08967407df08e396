/// A query syllable as it was searched, and the forms of it the index holds with the weight
/// each counts at (`--explain`): `nghi` typed without marks matches `nghị` at 1 (its
/// reading) and `nghỉ`, `nghi` at `TermExpansion.otherReadingWeight`.
public struct SyllableForms: Sendable, Hashable {
    /// One form in the index and its weight, 1 for the form read.
    public struct Form: Sendable, Hashable {
        /// The form's exact key (`num|5` stands for every way of writing the number 5).
        public let form: String
        public let weight: Double
    }

    /// The syllable as searched: its reading, or as typed (`*` ends a prefix).
    public let syllable: String
    /// The heaviest forms first, at most `listedForms` of them.
    public let forms: [Form]
    /// How many forms it matched in all, listed or not.
    public let formCount: Int

    /// Forms listed per syllable.
    public static let listedForms = 16
}

extension SyllableForms {
    /// The forms of each plan term over all segments (a form's weight is the same in each).
    static func of(_ plan: QueryPlan, readings: [String?], expansions: [SegmentExpansion],
                   segments: [LoadedSegment]) -> [SyllableForms] {
        plan.terms.indices.map { index in
            var weights: [String: Double] = [:]
            var order: [String] = []
            for (expansion, segment) in zip(expansions, segments) {
                for variant in expansion.terms[index] {
                    let key = segment.reader.dictionary.exactKey(variant.term)
                    if weights[key] == nil { order.append(key) }
                    weights[key] = max(weights[key] ?? 0, variant.weight)
                }
            }
            let sorted = order.enumerated().sorted { left, right in
                let (a, b) = (weights[left.element] ?? 0, weights[right.element] ?? 0)
                return a != b ? a > b : left.offset < right.offset
            }.map(\.element)
            let term = plan.terms[index]
            return SyllableForms(
                syllable: (readings[index] ?? term.keys.exact) + (term.isPrefix ? "*" : ""),
                forms: sorted.prefix(listedForms).map { Form(form: $0, weight: weights[$0] ?? 0) },
                formCount: sorted.count)
        }
    }
}
