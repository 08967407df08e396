/// The dictionary terms of every part of a query plan in one segment, looked up once per
/// query and shared by the collection statistics and the scorer: each syllable term's
/// variants, each entity's variants and those of its qualified keys, and the excluded terms'.
struct SegmentExpansion {
    /// Per plan term (`QueryPlan.terms`).
    let terms: [[TermExpansion.Variant]]
    /// Per plan entity (`QueryPlan.entities`).
    let entities: [[TermExpansion.Variant]]
    /// Per plan entity, per qualified key (`Entity.qualifiedKeys`).
    let qualifiedKeys: [[[TermExpansion.Variant]]]
    /// Per plan term, whether two of its variants may stand at one position of a document
    /// (then the term's frequency there needs the positions, not the sum of frequencies).
    /// Only an entity term (key with `|`, which tokenizing never produces) shares a position
    /// with another term: a word's token has one key.
    let variantsMayOverlap: [Bool]
    /// Plan terms that are prefixes matching more than `Searcher.maximumQueryTerms` words.
    let truncatedPrefixes: Set<Int>
    /// Per excluded term (`QueryPlan.exclusionTerms`), read without a chosen reading.
    let exclusionTerms: [[TermExpansion.Variant]]
    /// The other forms of the query's abbreviations, for the terms typed as one.
    var aliases = AbbreviationAliases()

    /// `lenientMarks`: syllables typed with marks match their other forms too
    /// (`TermExpansion.variants(of:reading:lenientMarks:in:)`).
    init(plan: QueryPlan, readings: [String?], lenientMarks: Bool = false,
         dictionary: TermDictionary) {
        var truncated = Set<Int>()
        terms = plan.terms.indices.map { index in
            let term = plan.terms[index]
            guard term.isPrefix else {
                return TermExpansion.variants(of: term, reading: readings[index],
                                              lenientMarks: lenientMarks, in: dictionary)
            }
            let (variants, isTruncated) = TermExpansion.prefixVariants(of: term, in: dictionary)
            if isTruncated { truncated.insert(index) }
            return variants
        }
        truncatedPrefixes = truncated
        variantsMayOverlap = terms.map { variants in
            variants.count > 1 && variants.contains { variant in
                dictionary.exactKey(variant.term).utf8.contains(UInt8(ascii: "|"))
            }
        }
        entities = plan.entities.map { entity in
            TermExpansion.entityVariants(exact: entity.keys.exact, folded: entity.keys.folded,
                                         in: dictionary)
        }
        qualifiedKeys = plan.entities.map { entity in
            entity.qualifiedKeys.map { key in
                TermExpansion.entityVariants(exact: key, folded: key, in: dictionary)
            }
        }
        exclusionTerms = plan.exclusionTerms.map { term in
            TermExpansion.variants(of: term, reading: nil, in: dictionary)
        }
    }
}
