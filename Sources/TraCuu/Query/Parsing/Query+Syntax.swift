extension Query {
    /// The query written in its syntax, which `Query(parsing:)` reads back to the same
    /// clauses and dates: `title:Mỏ "Nghị quyết" -(a OR b) +nghi* date:2021-06`.
    public var syntax: String {
        (clauses.map(Self.syntax(of:)) + dates.map { "date:\($0)" }).joined(separator: " ")
    }

    private static func syntax(of clause: Clause) -> String {
        switch clause {
        case .word(let word, let field, let isPrefix):
            return prefix(field) + word + (isPrefix ? "*" : "")
        case .phrase(let words, let field):
            return prefix(field) + "\"" + words.joined(separator: " ") + "\""
        case .excluded(let inner):
            return "-" + syntax(of: inner)
        case .required(let inner):
            return "+" + syntax(of: inner)
        case .anyOf(let alternatives):
            // A group with required or excluded parts is written as the parentheses it was.
            let isChoice = alternatives.allSatisfy { alternative in
                switch alternative {
                case .required, .excluded: false
                default: true
                }
            }
            return "(" + alternatives.map(syntax(of:))
                .joined(separator: isChoice ? " OR " : " ") + ")"
        }
    }

    private static func prefix(_ field: Field?) -> String {
        field.map { "\($0.rawValue):" } ?? ""
    }
}
