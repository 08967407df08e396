/// The documents of one segment that mention a query entity, with the best variant's
/// weight, and those that also carry one of its qualified keys (a reference's year or
/// issuer).
struct EntityPostings {
    let documents: TermPostings
    private let qualified: [TermPostings]

    /// `variants` are the entity key's, `qualified` those of each qualified key.
    init(variants: [TermExpansion.Variant], qualified: [[TermExpansion.Variant]],
         reader: SegmentReader) throws {
        documents = try TermPostings(variants: variants, reader: reader, withPositions: false)
        self.qualified = try qualified.map { variants in
            try TermPostings(variants: variants, reader: reader, withPositions: false)
        }
    }

    /// Whether `ordinal` carries a qualified key: a binary search per key.
    func isQualified(_ ordinal: UInt32) -> Bool {
        qualified.contains { postings in
            let ordinals = postings.ordinals
            var low = 0, high = ordinals.count
            while low < high {
                let middle = (low + high) / 2
                if ordinals[middle] < ordinal { low = middle + 1 } else { high = middle }
            }
            return low < ordinals.count && ordinals[low] == ordinal
        }
    }
}
