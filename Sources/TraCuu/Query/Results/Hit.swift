import TraCuuText

/// One search result.
public struct Hit: Sendable {
    public var id: String
    public var score: Double
    public var title: String
    /// The document's date; its `description` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var date: CalendarDate?
    public var source: String?
    public var path: String?
    /// The best passage of the body, matched words marked in their original spelling.
    public var snippet: Snippet
    /// The query's entities this document mentions.
    public var entities: [Entity]
    /// How the score was made.
    public var explanation: Explanation
}

/// Hits for one query. `Searcher.rank` gives the same without the hits' stored fields and
/// snippets (`RankedResults`).
public struct SearchResults: Sendable {
    public var hits: [Hit]
    /// Documents that matched (holding some of the query's words, or an entity it names),
    /// before `limit` and `offset`.
    public var totalMatches: Int
    /// Of `totalMatches`, those holding every syllable of the query's words and phrases
    /// (each alternative of an `OR` too; with marks, or any form of those typed without).
    public var allWordsMatches: Int
    /// Whether `totalMatches` and `allWordsMatches` are exact. A search counts every match
    /// up to 1,000; past that it skips the documents that cannot make its results, and the
    /// counts are lower bounds ("at least").
    public var countsAreExact = true
    /// The query with each syllable typed without marks read as its most likely accented
    /// form (`nghi quyet so 5` → `nghị quyết số 5`), a slipped mark read (`Nghị đinh` →
    /// `nghị định`), or a word typed with keys read (`readWords`); nil when nothing was.
    public var interpretation: String?
    /// Words typed with an input method off or glitching, without spaces, or with a letter
    /// typo, and what was read for them (`nghij` → `nghị`, `thnah` → `thanh`); the query
    /// was searched with the readings.
    public var readWords: [WordReading] = []
    /// Query syllables left out because the query had more than
    /// `Searcher.maximumQueryTerms` (a pasted article): only the first ones were searched.
    public var droppedTerms = 0
    /// When no document holds all the query's words (and no hit names what it names): the
    /// query with its words corrected to ones the index holds, and words it lacks left out,
    /// when that finds documents holding all of them ("did you mean"); nil otherwise.
    public var suggestion: String?
    /// Each query syllable searched, with the forms it matched and their weights.
    public var syllableForms: [SyllableForms] = []
    /// Prefixes (`a*`) that matched more than `Searcher.maximumQueryTerms` words: each was
    /// searched as its most frequent ones.
    public var truncatedPrefixes: [String] = []
    /// Abbreviations the query holds a form of (`UBND`, `Ủy ban nhân dân`), searched in all
    /// their forms (`AbbreviationTable`), each form with its weight.
    public var abbreviations: [AbbreviationReading] = []
}

/// The parts of a hit's score, as `--explain` prints them.
public struct Explanation: Sendable, Hashable {
    /// BM25 over the query's syllables, each weighted by its match level.
    public var bm25 = 0.0
    /// Query syllables found next to each other, in order.
    public var proximity = 0.0
    /// Entities of the query (reference, plenum, date, person, place) the document mentions.
    public var entities = 0.0
    /// Query syllables found in the title.
    public var title = 0.0

    /// The score: the sum of the parts.
    public var total: Double { bm25 + proximity + entities + title }
}
