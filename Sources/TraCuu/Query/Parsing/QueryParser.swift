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
        var clauses: [Query.Clause] = []
        var dates: [String] = []
        var pendingOr: Int?
        while skipSpaces() {
            let start = index
            if word(at: index) == "OR" {
                index += 2
                if clauses.isEmpty || pendingOr != nil || !skipSpaces() {
                    try note(.danglingOr, "OR needs a word or phrase on both sides",
                             readAs: "the word OR", at: start)
                    clauses.append(.word("OR", field: nil, isPrefix: false))
                    pendingOr = nil
                } else {
                    pendingOr = start
                }
                continue
            }
            if hasPrefix("date:") {
                index += 5
                let value = readWord()
                guard Self.isDate(value) else {
                    try note(.badDate, "date: takes YYYY, YYYY-MM or YYYY-MM-DD",
                             readAs: "words", at: start)
                    clauses.append(.word("date:" + value, field: nil, isPrefix: false))
                    continue
                }
                dates.append(value)
                continue
            }
            guard let clause = try readClause() else { continue }
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
            try note(.danglingOr, "OR needs a word or phrase on both sides",
                     readAs: "nothing", at: pendingOr)
        }
        guard !clauses.isEmpty else {
            throw error(.empty, "the query has no words to search for", at: 0)
        }
        return Query(clauses: clauses, dates: dates, text: text, notes: notes)
    }

    /// `-x`, `title:x`, `"…"` or a word; nil for text that reads as nothing (a lone `-`).
    private mutating func readClause() throws -> Query.Clause? {
        let start = index
        if scalars[index] == "-" {
            index += 1
            guard index < scalars.count, !isSpace(scalars[index]) else {
                // Between words (`Hà Nội - Hải Phòng`) it can only be a dash: no note.
                if isStrict || start == 0 || !skipSpaces() {
                    try note(.loneMinus, "'-' must stand right before a word or phrase",
                             readAs: "a dash", at: start)
                }
                return nil
            }
            return try readClause().map { .excluded($0) }
        }
        for field in [Query.Field.title, .body] where hasPrefix(field.rawValue + ":") {
            index += field.rawValue.count + 1
            guard index < scalars.count, !isSpace(scalars[index]) else {
                try note(.emptyField, "'\(field.rawValue):' must stand right before a word "
                         + "or phrase", readAs: "the word \(field.rawValue)", at: start)
                return .word(field.rawValue, field: nil, isPrefix: false)
            }
            return try readPrimary(field: field)
        }
        return try readPrimary(field: nil)
    }

    private mutating func readPrimary(field: Query.Field?) throws -> Query.Clause? {
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
        let word = readWord()
        if word.unicodeScalars.count > 1, word.hasSuffix("*") {
            return .word(String(word.dropLast()), field: field, isPrefix: true)
        }
        return .word(word, field: field, isPrefix: false)
    }

    /// The characters up to the next space or quote.
    private mutating func readWord() -> String {
        let start = index
        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != "\"" {
            index += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// The word starting at `start` if it stands alone (for `OR`).
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

    private static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = parts.map(\.count)
        return [[4], [4, 2], [4, 2, 2]].contains(lengths)
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Strict: throws the error. Otherwise notes it, saying how the text was read.
    private mutating func note(_ code: QueryError.Code, _ message: String, readAs reading: String,
                               at scalarIndex: Int) throws {
        guard !isStrict else { throw error(code, message, at: scalarIndex) }
        notes.append(error(code, message + "; read as " + reading, at: scalarIndex))
    }

    private func error(_ code: QueryError.Code, _ message: String, at scalarIndex: Int)
        -> QueryError
    {
        QueryError(code: code, message: message, offset: offsets[scalarIndex],
                   column: String(String.UnicodeScalarView(scalars[0..<scalarIndex])).count + 1)
    }
}
