/// How many documents a search matched: those holding some of the query's words (or an
/// entity it names) that pass its filters, and of them those holding every word. Exact up
/// to `exactLimit` matches; past it a search stops visiting the documents that cannot make
/// its results, and the counts are lower bounds (`isExact` false).
struct MatchCounts {
    /// Matches counted exactly before a search starts skipping (as Lucene counts its total
    /// hits up to 1,000 by default).
    static let exactLimit = 1_000

    var total = 0
    var allWords = 0
    /// Whether no match was skipped: then `total` and `allWords` are exact.
    private(set) var isExact = true

    /// Whether matches are still all visited; once not, the counts are lower bounds.
    var isCounting: Bool { total < Self.exactLimit }

    /// Marks the counts as lower bounds: a search skipped documents.
    mutating func markInexact() {
        isExact = false
    }
}
