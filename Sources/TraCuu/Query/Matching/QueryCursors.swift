/// The cursors one search walks in one segment: one per distinct query term (a syllable the
/// query repeats, as a pasted text does, is walked once), one per entity and per qualified
/// key of an entity, and one per excluded term, made when first needed. Memory: O(the
/// query's terms and their forms), whatever the segment's size.
struct QueryCursors {
    /// Distinct terms; `termOf[i]` is plan term `i`'s.
    var terms: [TermCursor] = []
    let termOf: [Int]
    var entities: [TermCursor]
    /// Per entity, its qualified keys (a reference's year or issuer).
    var qualified: [[TermCursor]]
    /// Per excluded term (`QueryPlan.exclusionTerms`), once first sought.
    private var exclusions: [TermCursor?]
    private let exclusionVariants: [[TermExpansion.Variant]]
    private let exclusionFields: [Query.Field?]
    private let reader: SegmentReader

    init(plan: QueryPlan, expansion: SegmentExpansion, reader: SegmentReader) throws {
        self.reader = reader
        var first: [Key: Int] = [:]
        var termOf: [Int] = []
        for (index, term) in plan.terms.enumerated() {
            let variants = expansion.terms[index]
            if expansion.aliases.hasAliases(index) {
                var found = try TermPostings(variants: variants, reader: reader,
                                             withPositions: true, field: term.field)
                found = expansion.aliases.adding(to: found, term: index, field: term.field,
                                                 documents: reader.documents)
                termOf.append(terms.count)
                terms.append(TermCursor(merged: found, reader: reader))
                continue
            }
            let key = Key(terms: variants.map(\.term), weights: variants.map(\.weight),
                          field: term.field)
            if let same = first[key] {
                termOf.append(same)
                continue
            }
            first[key] = terms.count
            termOf.append(terms.count)
            terms.append(try TermCursor(variants: variants, reader: reader, field: term.field,
                                        formsMayOverlap: expansion.variantsMayOverlap[index]))
        }
        self.termOf = termOf
        entities = try expansion.entities.map { try TermCursor(variants: $0, reader: reader) }
        qualified = try expansion.qualifiedKeys.map { keys in
            try keys.map { try TermCursor(variants: $0, reader: reader) }
        }
        exclusionVariants = expansion.exclusionTerms
        exclusionFields = plan.exclusionTerms.map(\.field)
        exclusions = Array(repeating: nil, count: plan.exclusionTerms.count)
    }

    /// Whether the distinct term `cursor` stands on `document`.
    func holds(_ cursor: Int, _ document: UInt32) -> Bool { terms[cursor].document == document }

    /// Whether entity `index` (standing on `document`) carries a qualified key there.
    mutating func isQualified(_ index: Int, _ document: UInt32) throws -> Bool {
        for key in qualified[index].indices
        where try qualified[index][key].seek(to: document) == document {
            return true
        }
        return false
    }

    /// Excluded term `index` moved to the first document ≥ `document` holding it; whether
    /// it is `document`.
    mutating func exclusionHolds(_ index: Int, _ document: UInt32) throws -> Bool {
        if exclusions[index] == nil {
            exclusions[index] = try TermCursor(variants: exclusionVariants[index], reader: reader,
                                               field: exclusionFields[index])
        }
        return try exclusions[index]!.seek(to: document) == document
    }

    /// The positions of distinct term `cursor` in its current document.
    mutating func positions(ofTerm cursor: Int) throws -> [UInt32] {
        try terms[cursor].currentPositions()
    }

    /// The positions of excluded term `index` in the document it stands on.
    mutating func positions(ofExclusion index: Int) throws -> [UInt32] {
        try exclusions[index]!.currentPositions()
    }

    /// What a term's postings depend on: its forms, their weights and its field.
    private struct Key: Hashable {
        let terms: [Int]
        let weights: [Double]
        let field: Query.Field?
    }
}
