/// A user's query as FTS5 MATCH expressions, safe for any input: every word and every
/// `"quoted phrase"` becomes an FTS5 string (`"tok"`, a `"` inside doubled), so no character
/// of the query is read as FTS5 syntax (`AND`, `-`, `*`, `:`, parentheses).
///
///     let query = FTS5Query(#"nghị quyết "số 35" 2020"#)
///     query.allTerms   // "nghị" AND "quyết" AND "số 35" AND "2020"
///     query.anyTerm    // "nghị" OR "quyết" OR "số 35" OR "2020"
///     query.phrase     // "nghị quyết số 35 2020"
///
/// FTS5's tokenizer then cuts each string into tokens; a string with several tokens
/// (`"46/2015"`, `"số 35"`) is a phrase. Words with no letter or digit are dropped: they hold
/// no token, and an empty FTS5 string matches nothing.
public struct FTS5Query {
    /// The words and phrases of the query, as typed, without the quote marks.
    public let terms: [String]

    public init(_ text: String) {
        var terms: [String] = []
        for (index, part) in text.split(separator: "\"", omittingEmptySubsequences: false)
            .enumerated() {
            if index % 2 == 1 {
                terms.append(part.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            } else {
                terms += part.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        self.terms = terms.filter(Self.hasToken)
    }

    /// Every term must match: `"a" AND "b c"`.
    public var allTerms: String { terms.map(Self.quoted).joined(separator: " AND ") }

    /// Any term may match: `"a" OR "b c"`.
    public var anyTerm: String { terms.map(Self.quoted).joined(separator: " OR ") }

    /// All terms next to each other, in order: `"a b c"`.
    public var phrase: String { Self.quoted(terms.joined(separator: " ")) }

    /// Whether the query has anything FTS5 can search for.
    public var isEmpty: Bool { terms.isEmpty }

    /// `text` as an FTS5 string: in double quotes, each `"` doubled.
    public static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false)
            .joined(separator: "\"\"") + "\""
    }

    private static func hasToken(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }
}
