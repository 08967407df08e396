import TraCuuText

/// An abbreviation the query was read with (`AbbreviationTable`): the form typed and the
/// forms also searched, each with its weight (`SearchResults.abbreviations`).
public struct AbbreviationReading: Sendable, Hashable {
    /// A written form and what a match of it weighs against a match of the form typed.
    public struct Form: Sendable, Hashable {
        /// As the table writes it (`Ủy ban nhân dân`), or as typed for the first form.
        public let text: String
        public let weight: Double
    }

    /// The query's syllables that are the form typed, as typed (`ubnd`).
    public let typed: String
    /// The form typed (weight 1), then the others (`Ủy ban nhân dân`, 0.8).
    public let forms: [Form]
}

extension AbbreviationSpan {
    /// What the results say of the spans of `plan`.
    static func readings(of spans: [AbbreviationSpan], plan: QueryPlan,
                         table: AbbreviationForms = .table) -> [AbbreviationReading] {
        spans.map { span in
            let typed = span.terms.map { plan.terms[$0].keys.exact }.joined(separator: " ")
            return AbbreviationReading(
                typed: typed,
                forms: [AbbreviationReading.Form(text: table.forms[span.typed].text, weight: 1)]
                    + span.others.map { form in
                        AbbreviationReading.Form(text: table.forms[form].text,
                                                 weight: otherFormWeight)
                    })
        }
    }

    /// The query as read: each syllable in its reading (`readings`, else as typed), and each
    /// span as the group of its forms, `(ubnd OR "ủy ban nhân dân") tỉnh quảng ninh`.
    static func interpretation(of spans: [AbbreviationSpan], plan: QueryPlan,
                               readings: [String?], table: AbbreviationForms = .table)
        -> String
    {
        var words: [String] = []
        var index = 0
        for span in spans {
            while index < span.terms.lowerBound {
                words.append(readings[index] ?? plan.terms[index].keys.exact)
                index += 1
            }
            let typed = span.terms.map { readings[$0] ?? plan.terms[$0].keys.exact }
            let others = span.others.map { table.forms[$0].keys.map(\.exact) }
            words.append("(" + ([typed] + others).map { form in
                form.count == 1 ? form[0] : "\"" + form.joined(separator: " ") + "\""
            }.joined(separator: " OR ") + ")")
            index = span.terms.upperBound
        }
        while index < plan.terms.count {
            words.append(readings[index] ?? plan.terms[index].keys.exact)
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// Finds the spans of `plan` and reads their other forms in every segment, into
    /// `expansions` (one per segment, in order). O(terms) when the query holds none.
    static func expand(_ plan: QueryPlan, into expansions: inout [SegmentExpansion],
                       segments: [LoadedSegment]) throws -> [AbbreviationSpan] {
        let spans = spans(in: plan)
        guard !spans.isEmpty else { return [] }
        for index in expansions.indices {
            expansions[index].aliases = try AbbreviationAliases(
                spans: spans, plan: plan, reader: segments[index].reader)
        }
        return spans
    }
}
