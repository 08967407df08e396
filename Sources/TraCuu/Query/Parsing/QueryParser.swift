import TraCuuText

/// Reads the query syntax of `Query` from left to right, one clause at a time.
///
/// Strict, a place the syntax cannot read throws. Otherwise it is read as text (a quote
/// never closed starts words, a `-` before a space is a dash, a lone `OR` a word) and noted.
struct QueryParser {
    private let text: String
    private let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, and one past the end.
    private let offsets: [Int]
    private let isStrict: Bool
    private var index = 0
    private var notes: [QueryError] = []
    /// Parentheses open at `index`.
    private var depth = 0
    /// The most parentheses open at once.
    static let maximumDepth = 32
    /// The most notes kept: the first ones (each costs a pass over the text before it).
    static let maximumNotes = 16

    init(_ text: String, strict: Bool) {
        self.text = text
        isStrict = strict
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    mutating func parse() throws -> Query {
        var dates: [CalendarDate] = []
        let clauses = try readSequence(opening: nil, dates: &dates)
        guard !clauses.isEmpty || !dates.isEmpty else {
            throw error(.empty, "the query has no words to search for", at: 0)
        }
        return Query(clauses: clauses, dates: dates, text: text, notes: notes)
    }

    /// Clauses up to the end or, after the `(` at `opening`, up to its `)`. `OR` joins the
    /// clauses beside it into one `anyOf`; `AND` makes those beside it required (`OR` binds
    /// tighter: `a OR b AND c` requires `c` and one of `a`, `b`).
    private mutating func readSequence(opening: Int?, dates: inout [CalendarDate]) throws
        -> [Query.Clause]
    {
        var clauses: [Query.Clause] = []
        // Indices of clauses beside an AND, and of those made by OR.
        var joinedByAnd = Set<Int>(), orChains = Set<Int>()
        var pendingOr: Int?, pendingAnd: Int?
        var isClosed = false
        while skipSpaces() {
            let start = index
            if scalars[index] == ")" {
                index += 1
                guard opening == nil else {
                    isClosed = true
                    break
                }
                try note(.unbalancedParenthesis, "')' closes no '('", readAs: "nothing",
                         at: start)
                continue
            }
            let keyword = word(at: index)
            if keyword == "OR" || keyword == "AND" {
                index += keyword.unicodeScalars.count
                if clauses.isEmpty || pendingOr != nil || pendingAnd != nil || !skipSpaces()
                    || (opening != nil && scalars[index] == ")") {
                    try note(keyword == "OR" ? .danglingOr : .danglingAnd,
                             "\(keyword) needs a word or phrase on both sides",
                             readAs: "the word \(keyword)", at: start)
                    clauses.append(.word(keyword, field: nil, isPrefix: false))
                    (pendingOr, pendingAnd) = (nil, nil)
                } else if keyword == "OR" {
                    pendingOr = start
                } else {
                    pendingAnd = start
                    joinedByAnd.insert(clauses.count - 1)
                }
                continue
            }
            if hasPrefix("date:") {
                index += 5
                let value = readWord(inGroup: opening != nil)
                guard let date = CalendarDate(value) else {
                    try note(.badDate, "date: takes \(CalendarDate.acceptedForms)",
                             readAs: "words", at: start)
                    clauses.append(.word("date:" + value, field: nil, isPrefix: false))
                    continue
                }
                dates.append(date)
                continue
            }
            guard let clause = try readClause(inGroup: opening != nil, dates: &dates) else {
                continue
            }
            if pendingOr != nil, let last = clauses.popLast() {
                // An OR chain grows; a group in parentheses is one alternative.
                if case .anyOf(let alternatives) = last, orChains.contains(clauses.count) {
                    clauses.append(.anyOf(alternatives + [clause]))
                } else {
                    clauses.append(.anyOf([last, clause]))
                }
                orChains.insert(clauses.count - 1)
                pendingOr = nil
            } else {
                if pendingAnd != nil { joinedByAnd.insert(clauses.count) }
                clauses.append(clause)
            }
            pendingAnd = nil
        }
        if let pending = pendingOr ?? pendingAnd {
            try note(pendingOr != nil ? .danglingOr : .danglingAnd,
                     "\(pendingOr != nil ? "OR" : "AND") needs a word or phrase on both sides",
                     readAs: "nothing", at: pending)
        }
        if let opening, !isClosed {
            try note(.unbalancedParenthesis, "this '(' is never closed",
                     readAs: "closed at the end", at: opening)
        }
        return clauses.indices.map { index in
            joinedByAnd.contains(index) ? Self.required(clauses[index]) : clauses[index]
        }
    }

    /// `clause` required, unless it already says whether it is required or excluded.
    private static func required(_ clause: Query.Clause) -> Query.Clause {
        switch clause {
        case .required, .excluded: clause
        default: .required(clause)
        }
    }

    /// `-x`, `+x`, `NOT x`, `title:x`, `(…)`, `"…"` or a word; nil for text that reads as
    /// nothing (a lone `-`). Operators before a clause are read in a loop and folded, so a
    /// pasted run of them costs no stack: an odd number of `-`/`NOT` excludes (`--x` is
    /// `+x`), otherwise any of them requires.
    private mutating func readClause(inGroup: Bool, dates: inout [CalendarDate]) throws
        -> Query.Clause?
    {
        var exclusions = 0, hasOperator = false
        while index < scalars.count {
            let start = index
            if scalars[index] == "-" || scalars[index] == "+" {
                let isMinus = scalars[index] == "-"
                index += 1
                guard index < scalars.count, !isSpace(scalars[index]) else {
                    // Between words (`Hà Nội - Hải Phòng`) it can only be a dash: no note.
                    if isStrict || start == 0 || !skipSpaces() {
                        try note(isMinus ? .loneMinus : .lonePlus,
                                 "'\(isMinus ? "-" : "+")' must stand right before a word or "
                                 + "phrase", readAs: isMinus ? "a dash" : "a plus sign",
                                 at: start)
                    }
                    return nil
                }
                if isMinus { exclusions += 1 }
            } else if word(at: index) == "NOT" {
                index += 3
                guard skipSpaces(), !(inGroup && scalars[index] == ")") else {
                    try note(.danglingNot, "NOT needs a word or phrase after it",
                             readAs: "the word NOT", at: start)
                    return .word("NOT", field: nil, isPrefix: false)
                }
                exclusions += 1
            } else {
                break
            }
            hasOperator = true
        }
        guard index < scalars.count,
              let operand = try readOperand(inGroup: inGroup, dates: &dates) else { return nil }
        if exclusions % 2 == 1 { return .excluded(operand) }
        return hasOperator ? Self.required(operand) : operand
    }

    /// `title:x`, `(…)`, `"…"` or a word. Parentheses nested deeper than `maximumDepth` are
    /// read as text (with a note), so nesting costs bounded stack.
    private mutating func readOperand(inGroup: Bool, dates: inout [CalendarDate]) throws
        -> Query.Clause?
    {
        let start = index
        for field in [Query.Field.title, .body] where hasPrefix(field.rawValue + ":") {
            index += field.rawValue.count + 1
            guard index < scalars.count, !isSpace(scalars[index]) else {
                try note(.emptyField, "'\(field.rawValue):' must stand right before a word "
                         + "or phrase", readAs: "the word \(field.rawValue)", at: start)
                return .word(field.rawValue, field: nil, isPrefix: false)
            }
            return try readPrimary(field: field, inGroup: inGroup)
        }
        if scalars[index] == "(", depth >= Self.maximumDepth {
            try note(.nestingTooDeep, "parentheses nest more than \(Self.maximumDepth) deep",
                     readAs: "text", at: start)
        } else if scalars[index] == "(" {
            index += 1
            depth += 1
            defer { depth -= 1 }
            let group = try readSequence(opening: start, dates: &dates)
            guard group.count > 1 else { return group.first }
            return .anyOf(group)
        }
        return try readPrimary(field: nil, inGroup: inGroup)
    }

    private mutating func readPrimary(field: Query.Field?, inGroup: Bool) throws
        -> Query.Clause?
    {
        let start = index
        if scalars[index] == "\"" {
            var end = index + 1
            while end < scalars.count, scalars[end] != "\"" { end += 1 }
            guard end < scalars.count else {
                try note(.unbalancedQuote, "this quote is never closed",
                         readAs: "words", at: start)
                index += 1
                return nil
            }
            let phrase = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            index = end + 1
            let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else {
                try note(.empty, "the phrase is empty", readAs: "nothing", at: start)
                return nil
            }
            return .phrase(words, field: field)
        }
        let word = readWord(inGroup: inGroup)
        guard !word.isEmpty else { return nil }
        if word.unicodeScalars.count > 1, word.hasSuffix("*") {
            return .word(String(word.dropLast()), field: field, isPrefix: true)
        }
        return .word(word, field: field, isPrefix: false)
    }

    /// The characters up to the next space or quote (or `)`, in a group).
    private mutating func readWord(inGroup: Bool) -> String {
        let start = index
        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != "\"",
              !(inGroup && scalars[index] == ")") {
            index += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// The word starting at `start` if it stands alone (for `OR`, `AND`, `NOT`).
    private func word(at start: Int) -> String {
        var end = start
        while end < scalars.count, end - start < 3, !isSpace(scalars[end]) { end += 1 }
        guard end == scalars.count || isSpace(scalars[end]) else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        let wanted = Array(prefix.unicodeScalars)
        guard scalars.count - index >= wanted.count else { return false }
        return zip(scalars[index...], wanted).allSatisfy {
            $0.properties.lowercaseMapping == String($1)
        }
    }

    /// Skips spaces; false at the end.
    private mutating func skipSpaces() -> Bool {
        while index < scalars.count, isSpace(scalars[index]) { index += 1 }
        return index < scalars.count
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// Strict: throws the error. Otherwise notes it (the first `maximumNotes`), saying how
    /// the text was read.
    private mutating func note(_ code: QueryError.Code, _ message: String, readAs reading: String,
                               at scalarIndex: Int) throws {
        guard !isStrict else { throw error(code, message, at: scalarIndex) }
        guard notes.count < Self.maximumNotes else { return }
        notes.append(error(code, message + "; read as " + reading, at: scalarIndex))
    }

    private func error(_ code: QueryError.Code, _ message: String, at scalarIndex: Int)
        -> QueryError
    {
        QueryError(code: code, message: message, offset: offsets[scalarIndex],
                   column: String(String.UnicodeScalarView(scalars[0..<scalarIndex])).count + 1)
    }
}
