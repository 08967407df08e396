import TraCuuText

/// A parsed search query: words, phrases, exclusions, alternatives, field restrictions,
/// prefixes and date filters.
///
/// ```swift
/// let query = try Query(parsing: #"Nghị quyết số 05 -"kế hoạch" title:Mỏ date:2021"#)
/// ```
/// Syntax: `word`, `"exact phrase"`, `-word`, `-"phrase"`, `a OR b`, `title:word`,
/// `body:"phrase"`, `prefix*`, `date:2021`, `date:2021-06`, `date:2021-06-16` (or any form
/// `CalendarDate.init?(_:)` reads), and, as in Lucene and web search, `+word` (required),
/// `NOT word` (as `-word`), `a AND b` (both required) and parentheses:
/// `+(Sơn OR Chè) -"Mỏ Chè"`. Only upper-case `OR`, `AND`, `NOT` are operators. Words without
/// an operator are optional: a document needs one of them, and ranks higher with more. `OR`
/// binds tighter than `AND`, and `AND` than words side by side. A query of `date:` filters
/// only lists the documents that fit, newest first.
///
/// The default parse reads whatever people paste: what the syntax cannot read (a quote
/// never closed, a `-` before a space, a lone `OR`) is read as text, and each such place is
/// described in `notes`. `Query(parsing:strict: true)` throws there instead.
public struct Query: Sendable, Hashable {
    /// One element of a query.
    public indirect enum Clause: Sendable, Hashable {
        /// A word as typed (may be a number, a code such as `NQ`, or a prefix `nghi*`).
        case word(String, field: Field?, isPrefix: Bool)
        /// Words that must stand next to each other, in order.
        case phrase([String], field: Field?)
        /// Documents matching this clause are left out.
        case excluded(Clause)
        /// Only documents matching this clause.
        case required(Clause)
        /// A group (`a OR b`, or parentheses): a document matches it when it matches every
        /// `.required` clause of it, no `.excluded` one and, without required ones, any other.
        case anyOf([Clause])
    }

    /// The fields a clause can be restricted to.
    public enum Field: String, Sendable, Hashable {
        case title, body
    }

    /// The clauses, in the order typed.
    public var clauses: [Clause]
    /// `date:` filters (`2021`, `2021-06`, `2021-06-16`); a document fits one of them.
    public var dates: [CalendarDate]
    /// The query as typed.
    public var text: String
    /// Where the default parse read the text other than the syntax would (the first 16
    /// places): each is the error a strict parse throws there, its message saying how the
    /// text was read instead.
    public var notes: [QueryError]

    /// Parses `text`. Without `strict`, text the syntax cannot read is read as words and
    /// described in `notes`; only a query with nothing to search throws (`.empty`). With
    /// `strict`, the first such place throws a `QueryError` pointing at its column.
    public init(parsing text: String, strict: Bool = false) throws {
        var parser = QueryParser(text, strict: strict)
        self = try parser.parse()
    }

    init(clauses: [Clause], dates: [CalendarDate], text: String, notes: [QueryError] = []) {
        self.clauses = clauses
        self.dates = dates
        self.text = text
        self.notes = notes
    }

    /// The query with every clause not marked required or excluded made required: only
    /// documents holding all its words (one alternative of each `OR`) and phrases match,
    /// as `tracuu search --all` asks.
    public func requiringAllWords() -> Query {
        var query = self
        query.clauses = clauses.map { clause in
            switch clause {
            case .required, .excluded: clause
            default: .required(clause)
            }
        }
        return query
    }
}
