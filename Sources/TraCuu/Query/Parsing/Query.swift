import TraCuuText

/// A parsed search query: words, phrases, exclusions, alternatives, field restrictions,
/// prefixes and date filters.
///
/// ```swift
/// let query = try Query(parsing: #"Nghị quyết số 05 -"kế hoạch" title:Mỏ date:2021"#)
/// ```
/// Syntax: `word`, `"exact phrase"`, `-word`, `-"phrase"`, `a OR b`, `title:word`,
/// `body:"phrase"`, `prefix*`, `date:2021`, `date:2021-06`, `date:2021-06-16` (or any form
/// `CalendarDate.init?(_:)` reads). A query of `date:` filters only lists the documents
/// that fit, newest first.
public struct Query: Sendable, Hashable {
    /// One element of a query.
    public indirect enum Clause: Sendable, Hashable {
        /// A word as typed (may be a number, a code such as `NQ`, or a prefix `nghi*`).
        case word(String, field: Field?, isPrefix: Bool)
        /// Words that must stand next to each other, in order.
        case phrase([String], field: Field?)
        /// Documents matching this clause are left out.
        case excluded(Clause)
        /// Any one of these clauses.
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

    /// Parses `text`; throws `QueryError` pointing at the offending column.
    public init(parsing text: String) throws {
        var parser = QueryParser(text)
        self = try parser.parse()
    }

    init(clauses: [Clause], dates: [CalendarDate], text: String) {
        self.clauses = clauses
        self.dates = dates
        self.text = text
    }
}
