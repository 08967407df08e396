import TraCuuText

/// Builds a `Query` without writing query syntax: the same `Query` (clauses, dates and
/// text) as `Query(parsing:)` gives for the text it writes.
///
/// ```swift
/// let query = QueryBuilder()
///     .words("Đinh La Thăng")
///     .required(QueryBuilder().phrase("Bộ Chính trị"))
///     .excluded(QueryBuilder().words("Ninh Bình", field: .title))
///     .anyOf([QueryBuilder().words("Sơn"), QueryBuilder().prefix("chè")])
///     .date(CalendarDate(year: 2017)!)
///     .query
/// // Đinh La Thăng +"Bộ Chính trị" -title:Ninh -title:Bình (Sơn OR chè*) date:2017
/// ```
/// Words are split at spaces. A word holding query syntax (a `"`, a `(` or `)`, a leading
/// `-` or `+`, a trailing `*`, `title:`, an upper-case `OR`, `AND` or `NOT`) is searched as
/// given, but `Query.text` then reads differently. A date range (`since`, `until`) is not
/// part of a query: pass it to `Searcher.search(_:limit:offset:since:until:parameters:)`.
public struct QueryBuilder: Sendable, Hashable {
    private var clauses: [Query.Clause] = []
    private var dates: [CalendarDate] = []

    /// No clauses yet.
    public init() {}

    /// Adds each word of `text` (split at spaces), optional, in `field` when given.
    public func words(_ text: String, field: Query.Field? = nil) -> QueryBuilder {
        adding(text.split(whereSeparator: \.isWhitespace).map { word in
            .word(String(word), field: field, isPrefix: false)
        })
    }

    /// Adds `text` as a phrase: its words next to each other, in order. Nothing for no words.
    public func phrase(_ text: String, field: Query.Field? = nil) -> QueryBuilder {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        return adding(words.isEmpty ? [] : [.phrase(words, field: field)])
    }

    /// Adds a prefix: any word starting with `start` (`chè*`).
    public func prefix(_ start: String, field: Query.Field? = nil) -> QueryBuilder {
        adding(start.isEmpty ? [] : [.word(start, field: field, isPrefix: true)])
    }

    /// Adds every clause of `part`, each required (`+word`).
    public func required(_ part: QueryBuilder) -> QueryBuilder {
        adding(part.clauses.map { clause in
            switch clause {
            case .required, .excluded: clause
            default: .required(clause)
            }
        })
    }

    /// Adds every clause of `part`, each excluded (`-word`).
    public func excluded(_ part: QueryBuilder) -> QueryBuilder {
        adding(part.clauses.map { .excluded($0) })
    }

    /// Adds one group of alternatives (`(a OR b)`): a part of several clauses is one
    /// alternative, a group of its own (`((a b) OR c)`). Parts without clauses are skipped.
    public func anyOf(_ parts: [QueryBuilder]) -> QueryBuilder {
        let alternatives = parts.compactMap { part -> Query.Clause? in
            part.clauses.count > 1 ? .anyOf(part.clauses) : part.clauses.first
        }
        guard alternatives.count > 1 else { return adding(alternatives) }
        return adding([.anyOf(alternatives)])
    }

    /// Adds a `date:` filter: a year, a month or a day.
    public func date(_ value: CalendarDate) -> QueryBuilder {
        var copy = self
        copy.dates.append(value)
        return copy
    }

    /// The query, with its text in the query syntax.
    public var query: Query {
        let text = (clauses.map { Self.text(of: $0) }
            + dates.map { "date:\($0)" }).joined(separator: " ")
        return Query(clauses: clauses, dates: dates, text: text)
    }

    private func adding(_ added: [Query.Clause]) -> QueryBuilder {
        var copy = self
        copy.clauses += added
        return copy
    }

    /// `clause` in the query syntax; a group in parentheses (its alternatives joined by `OR`
    /// when they are words or phrases, by spaces otherwise).
    private static func text(of clause: Query.Clause) -> String {
        switch clause {
        case .word(let word, let field, let isPrefix):
            return (field.map { $0.rawValue + ":" } ?? "") + word + (isPrefix ? "*" : "")
        case .phrase(let words, let field):
            return (field.map { $0.rawValue + ":" } ?? "") + "\"" + words.joined(separator: " ")
                + "\""
        case .required(let inner):
            return "+" + text(of: inner)
        case .excluded(let inner):
            return "-" + text(of: inner)
        case .anyOf(let items):
            let isChoice = items.allSatisfy { item in
                switch item {
                case .required, .excluded: false
                default: true
                }
            }
            return "(" + items.map { text(of: $0) }
                .joined(separator: isChoice ? " OR " : " ") + ")"
        }
    }
}
