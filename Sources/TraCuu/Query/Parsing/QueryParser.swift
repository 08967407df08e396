import TraCuuText

/// Reads the query syntax of `Query` from left to right, one clause at a time.
struct QueryParser {
    private let text: String
    private let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, and one past the end.
    private let offsets: [Int]
    private var index = 0

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    mutating func parse() throws -> Query {
        var clauses: [Query.Clause] = []
        var dates: [CalendarDate] = []
        var pendingOr: Int?
        while skipSpaces() {
            let start = index
            if word(at: index) == "OR" {
                guard !clauses.isEmpty, pendingOr == nil else {
                    throw error(.danglingOr, "OR needs a word or phrase on both sides", at: start)
                }
                pendingOr = start
                index += 2
                continue
            }
            if hasPrefix("date:") {
                index += 5
                guard let date = CalendarDate(readWord()) else {
                    throw error(.badDate, "date: takes \(CalendarDate.acceptedForms)", at: start)
                }
                dates.append(date)
                continue
            }
            let clause = try readClause()
            if pendingOr != nil, let last = clauses.popLast() {
                if case .anyOf(let alternatives) = last {
                    clauses.append(.anyOf(alternatives + [clause]))
                } else {
                    clauses.append(.anyOf([last, clause]))
                }
                pendingOr = nil
            } else {
                clauses.append(clause)
            }
        }
        if let pendingOr {
            throw error(.danglingOr, "OR needs a word or phrase on both sides", at: pendingOr)
        }
        guard !clauses.isEmpty || !dates.isEmpty else {
            throw error(.empty, "the query has no words to search for", at: 0)
        }
        return Query(clauses: clauses, dates: dates, text: text)
    }

    /// `-x`, `title:x`, `"…"` or a word.
    private mutating func readClause() throws -> Query.Clause {
        let start = index
        if scalars[index] == "-" {
            index += 1
            guard index < scalars.count, !isSpace(scalars[index]) else {
                throw error(.loneMinus, "'-' must stand right before a word or phrase", at: start)
            }
            return .excluded(try readClause())
        }
        for field in [Query.Field.title, .body] where hasPrefix(field.rawValue + ":") {
            index += field.rawValue.count + 1
            guard index < scalars.count, !isSpace(scalars[index]) else {
                throw error(.emptyField, "'\(field.rawValue):' must stand right before a word "
                            + "or phrase", at: start)
            }
            return try readPrimary(field: field)
        }
        return try readPrimary(field: nil)
    }

    private mutating func readPrimary(field: Query.Field?) throws -> Query.Clause {
        let start = index
        if scalars[index] == "\"" {
            index += 1
            var phrase = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != "\"" {
                phrase.append(scalars[index])
                index += 1
            }
            guard index < scalars.count else {
                throw error(.unbalancedQuote, "this quote is never closed", at: start)
            }
            index += 1
            let words = String(phrase).split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else {
                throw error(.empty, "the phrase is empty", at: start)
            }
            return .phrase(words, field: field)
        }
        let word = readWord()
        if word.count > 1, word.hasSuffix("*") {
            return .word(String(word.dropLast()), field: field, isPrefix: true)
        }
        return .word(word, field: field, isPrefix: false)
    }

    /// The characters up to the next space or quote.
    private mutating func readWord() -> String {
        var word = String.UnicodeScalarView()
        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != "\"" {
            word.append(scalars[index])
            index += 1
        }
        return String(word)
    }

    /// The word starting at `start` if it stands alone (for `OR`).
    private func word(at start: Int) -> String {
        var end = start
        while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
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

    private func error(_ code: QueryError.Code, _ message: String, at scalarIndex: Int)
        -> QueryError
    {
        QueryError(code: code, message: message, offset: offsets[scalarIndex],
                   column: String(String.UnicodeScalarView(scalars[0..<scalarIndex])).count + 1)
    }
}
