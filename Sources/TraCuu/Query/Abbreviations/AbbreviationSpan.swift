import TraCuuText

/// A run of query syllables that is one written form of an abbreviation in
/// `AbbreviationTable` (`UBND`, or `ủy ban nhân dân` typed with or without marks), and the
/// entry's other forms, which the run also matches at `otherFormWeight`: each syllable of
/// the run matches where an other form stands (`AbbreviationAliases`).
///
/// Not read: syllables of a quoted phrase (the user asked for those words in a row), of an
/// exclusion, prefixes, numbers, and the codes of a document reference (`HĐND` in
/// `05/NQ-HĐND`); a form whose entry reads only before a name (`TP`) when no word follows.
struct AbbreviationSpan: Equatable {
    /// What an other form of the abbreviation weighs against the form typed, whose weight
    /// stays that of its match level.
    static let otherFormWeight = 0.8

    /// The plan terms (`QueryPlan.terms`) of the form typed.
    let terms: Range<Int>
    /// The form typed (`AbbreviationForms.forms`).
    let typed: Int
    /// The entry's other forms.
    let others: [Int]

    /// The spans of `plan`, in query order; none overlap. The longest form wins where
    /// several start at one syllable (`thành phố Hồ Chí Minh` over `thành phố`). O(terms)
    /// dictionary look-ups; nothing when the query holds no form of the table.
    static func spans(in plan: QueryPlan, table: AbbreviationForms = .table)
        -> [AbbreviationSpan]
    {
        let terms = plan.terms
        guard terms.contains(where: { !table.forms(startingWith: $0.keys.folded).isEmpty })
        else { return [] }
        let readable = readableTerms(of: plan)
        var spans: [AbbreviationSpan] = []
        var start = 0
        while start < terms.count {
            guard readable[start], let form = table.forms(startingWith: terms[start].keys.folded)
                .first(where: { isForm($0, at: start, in: plan, readable: readable,
                                       table: table) })
            else {
                start += 1
                continue
            }
            let length = table.forms[form].keys.count
            spans.append(AbbreviationSpan(terms: start..<(start + length), typed: form,
                                          others: table.otherForms(of: form)))
            start += length
        }
        return spans
    }

    /// Whether the terms from `start` on are `form`: its folded keys, typed in a row in one
    /// field, and, for an entry read only before a name, a word after them.
    private static func isForm(_ form: Int, at start: Int, in plan: QueryPlan,
                               readable: [Bool], table: AbbreviationForms) -> Bool {
        let keys = table.forms[form].keys
        let terms = plan.terms
        let end = start + keys.count
        guard end <= terms.count else { return false }
        for offset in keys.indices {
            let index = start + offset
            guard readable[index], terms[index].keys.folded == keys[offset].folded else {
                return false
            }
            if offset > 0, !follows(index, in: terms) { return false }
        }
        guard AbbreviationTable.entries[table.forms[form].entry].context == .beforeName else {
            return true
        }
        return end < terms.count && follows(end, in: terms) && !terms[end].isNumberToken
    }

    /// Whether term `index` was typed right after term `index - 1`, in the same field.
    private static func follows(_ index: Int, in terms: [QueryPlan.Term]) -> Bool {
        terms[index].sequence == terms[index - 1].sequence + 1
            && terms[index].field == terms[index - 1].field
    }

    /// Per plan term, whether it may be read as (part of) an abbreviation: not a prefix, a
    /// number, a syllable of a quoted phrase, or within a document reference or plenum the
    /// query names. When the entity text's tokens do not line up with the terms, no term of
    /// a query naming a reference is read.
    private static func readableTerms(of plan: QueryPlan) -> [Bool] {
        var readable = plan.terms.map { !$0.isPrefix && !$0.isNumberToken }
        for run in plan.phrases { for index in run { readable[index] = false } }
        if let condition = plan.condition { markPhrases(of: condition, in: &readable) }
        let references = plan.entities.filter { $0.kind == .docref || $0.kind == .plenum }
        guard !references.isEmpty else { return readable }
        let tokens = plan.entityTokens
        let isAligned = tokens.count == plan.terms.count
            && zip(tokens, plan.terms).allSatisfy { $0.keys.folded == $1.keys.folded }
        guard isAligned else { return readable.map { _ in false } }
        for reference in references {
            for position in reference.positions {
                guard let index = tokens.firstIndex(where: { $0.position == position })
                else { continue }
                readable[index] = false
            }
        }
        return readable
    }

    /// Marks the scored terms of the condition's phrases as not readable.
    private static func markPhrases(of condition: QueryCondition, in readable: inout [Bool]) {
        switch condition {
        case .run(let run):
            guard run.isPhrase, run.isScored else { return }
            for index in run.terms { readable[index] = false }
        case .group(let required, let optional, let excluded):
            for part in required + optional + excluded { markPhrases(of: part, in: &readable) }
        }
    }
}
