import TraCuuText

/// Where a hit's body mentions a person or place the query names, read from the index
/// instead of found again by the recognisers: the index keeps an entity's key at the
/// position of its first syllable, and a name's key is its syllables' keys, one word each,
/// so a mention is that many tokens from there. Holds for a body analysed in one piece
/// (`FieldPieces`: up to 1 MiB); longer bodies go through `EntitySpans`.
enum NameMentions {
    /// The longest body whose token positions are the index's.
    static let bodyLimit = 1 << 20

    /// Whether `entity`'s mentions in `body` can be read from the index.
    static func applies(to entity: Entity, body: String) -> Bool {
        (entity.kind == .person || entity.kind == .place) && body.utf8.count <= bodyLimit
    }

    /// The body's mentions of `entity` in document `ordinal`, as ranges of token indices in
    /// the body; `variants` are the entity key's terms in `reader`. A seek per variant.
    static func tokenRanges(of entity: Entity, variants: [TermExpansion.Variant],
                            in reader: SegmentReader, document ordinal: UInt32) throws
        -> [Range<Int>]
    {
        let syllables = entity.keys.folded.split(separator: "|", maxSplits: 1).last
            .map { $0.split(separator: " ").count } ?? 1
        let bodyStart = Int(SegmentFormat.bodyStart(
            titleLength: reader.documents.titleLength(Int(ordinal))))
        var starts: [Int] = []
        for variant in variants {
            var cursor = try reader.postings(ofTerm: variant.term)
            guard try cursor.seek(to: ordinal) == ordinal else { continue }
            try cursor.withPositions { positions in
                for position in positions where Int(position) >= bodyStart {
                    starts.append(Int(position) - bodyStart)
                }
            }
        }
        return starts.sorted().map { $0..<($0 + syllables) }
    }
}
