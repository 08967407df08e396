/// The weights of TraCuu's ranking (DESIGN.md §6). Values, not globals: pass your own to
/// `Searcher.search(_:limit:offset:since:until:parameters:)` to tune.
public struct ScoringParameters: Sendable, Hashable {
    /// BM25 term-frequency saturation.
    public var k1 = 1.2
    /// BM25 length normalisation.
    public var b = 0.75
    /// Per pair of query syllables found adjacent and in order, times their mean IDF.
    public var proximity = 1.0
    /// Per query entity the document mentions, times the entity term's IDF.
    public var entity = 3.0
    /// Extra for a reference's year or issuer also matching, times its IDF.
    public var qualifiedEntity = 1.0
    /// Per query syllable found in the title, times its IDF.
    public var title = 0.5

    public init() {}
}
