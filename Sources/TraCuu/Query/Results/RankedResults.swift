import TraCuuText

/// Where a ranked document sits in the snapshot of the searcher that ranked it. Only that
/// searcher reads it (`Searcher.document(_:)`); another throws `IndexError.Code.otherSearcher`.
public struct DocumentHandle: Hashable, Sendable {
    /// The searcher that made it (`Searcher.identity`).
    let searcher: UInt64
    /// Its segment, in the searcher's snapshot.
    let segment: Int
    /// Its ordinal in the segment.
    let ordinal: UInt32
}

/// One ranked document, without its stored fields or snippet: what a search that only
/// needs ids and scores pays for. `Searcher.hits(_:)` makes the full `Hit` of it.
public struct RankedHit: Sendable {
    /// Reads the document with the searcher that ranked it.
    public var handle: DocumentHandle
    /// The document's id, read beside the ranking data (no stored field is decompressed).
    public var id: String
    /// The score that ranks it: `explanation.total`, as `Hit.score`.
    public var score: Double
    /// The query's entities this document mentions.
    public var entities: [Entity]
    /// How the score was made.
    public var explanation: Explanation
    /// What the snippet needs: the query as it was searched.
    let query: RankedQuery
}

/// The ranked documents for one query, best first, with everything `SearchResults` tells
/// of the query; the hits' stored fields and snippets are read on demand
/// (`Searcher.document(_:)`, `Searcher.hits(_:)`). The hits keep the query as searched,
/// its terms in each segment, for their snippets.
public struct RankedResults: Sendable {
    /// Up to `limit` documents after `offset`, best first.
    public var hits: [RankedHit]
    /// As `SearchResults.totalMatches`.
    public var totalMatches: Int
    /// As `SearchResults.allWordsMatches`.
    public var allWordsMatches: Int
    /// As `SearchResults.countsAreExact`.
    public var countsAreExact = true
    /// As `SearchResults.interpretation`.
    public var interpretation: String?
    /// As `SearchResults.readWords`.
    public var readWords: [WordReading] = []
    /// As `SearchResults.droppedTerms`.
    public var droppedTerms = 0
    /// As `SearchResults.suggestion`.
    public var suggestion: String?
    /// As `SearchResults.syllableForms`.
    public var syllableForms: [SyllableForms] = []
    /// As `SearchResults.truncatedPrefixes`.
    public var truncatedPrefixes: [String] = []
    /// As `SearchResults.abbreviations`.
    public var abbreviations: [AbbreviationReading] = []
}

/// The query a ranking searched, kept with its hits so that their snippets mark what it
/// matched: the plan and its terms in each segment; no plan for a listing by date, whose
/// snippets are the bodies' beginnings.
final class RankedQuery: Sendable {
    let plan: QueryPlan?
    let expansions: [SegmentExpansion]

    init(plan: QueryPlan?, expansions: [SegmentExpansion]) {
        self.plan = plan
        self.expansions = expansions
    }

    static let dateListing = RankedQuery(plan: nil, expansions: [])
}

extension SearchResults {
    /// `ranked`'s figures with `hits`.
    init(_ ranked: RankedResults, hits: [Hit]) {
        self.init(hits: hits, totalMatches: ranked.totalMatches,
                  allWordsMatches: ranked.allWordsMatches,
                  countsAreExact: ranked.countsAreExact, interpretation: ranked.interpretation, readWords: ranked.readWords,
                  droppedTerms: ranked.droppedTerms, suggestion: ranked.suggestion,
                  syllableForms: ranked.syllableForms,
                  truncatedPrefixes: ranked.truncatedPrefixes,
                  abbreviations: ranked.abbreviations)
    }
}
