/// The weights of TraCuu's ranking (the Architecture article lists the parts of a score).
/// Values, not globals: pass your own to
/// `Searcher.search(_:limit:offset:since:until:parameters:)` to tune. A search skips the
/// matches that cannot make its results only with the usual ranges (weights ≥ 0, `b` in
/// 0…1), where no part can lower a score; outside them it scores every match in full.
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

    /// Whether no part can lower a score, so that upper bounds hold (`SegmentScorer`).
    var boundsHold: Bool {
        k1 >= 0 && (0...1).contains(b) && proximity >= 0 && entity >= 0
            && qualifiedEntity >= 0 && title >= 0
    }
}
