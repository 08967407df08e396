/// A query that cannot be parsed: what is wrong and where.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a value callers can match on.
    public struct Code: Hashable, Sendable {
        let name: String
        /// The query has no words.
        public static let empty = Code(name: "empty")
        /// A `"` without its closing `"`.
        public static let unbalancedQuote = Code(name: "unbalancedQuote")
        /// A `-` with nothing after it.
        public static let loneMinus = Code(name: "loneMinus")
        /// `title:` or `body:` with nothing after it.
        public static let emptyField = Code(name: "emptyField")
        /// `OR` without a clause on both sides.
        public static let danglingOr = Code(name: "danglingOr")
        /// `AND` without a clause on both sides.
        public static let danglingAnd = Code(name: "danglingAnd")
        /// `NOT` with nothing after it.
        public static let danglingNot = Code(name: "danglingNot")
        /// A `+` with nothing after it.
        public static let lonePlus = Code(name: "lonePlus")
        /// A `(` never closed, or a `)` that closes none.
        public static let unbalancedParenthesis = Code(name: "unbalancedParenthesis")
        /// Parentheses nested more than 32 deep.
        public static let nestingTooDeep = Code(name: "nestingTooDeep")
        /// `date:` with something that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        public static let badDate = Code(name: "badDate")
    }

    public let code: Code
    public let message: String
    /// UTF-8 offset of the offending character in the query.
    public let offset: Int
    /// The column (1-based, in characters) of the offending character, for people.
    public let column: Int

    public var description: String { "\(message) (column \(column))" }
}
