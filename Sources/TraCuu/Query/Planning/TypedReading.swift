import TraCuuText

/// A query word typed with a Vietnamese input method off or glitching, and how it was read
/// (`nghij` → `nghị`, `d9inh5` → `định`, `dđịnh` → `định`, `NDd-CP` → `NĐ-CP`).
public struct WordReading: Sendable, Hashable {
    /// The word as typed.
    public let typed: String
    /// The word searched instead.
    public let reading: String
}

/// Reads the words of a query that `TypedWord` finds keys or a doubled letter in, before the
/// query is planned, so entity recognisers see the reading (`nghij quyeets soos 35` names
/// Nghị quyết số 35). A one-syllable word stays as typed when the index holds it as often as
/// its reading (`taxi`, a loanword, is not read `tãi`); a code (`63/2014/NDd-CP`) is always
/// read. Words that are syllables, numbers or codes in capitals are never read.
enum TypedReading {
    /// The query with its typed words read, and the words read, in query order.
    static func read(_ query: Query, in segments: [LoadedSegment]) -> (Query, [WordReading]) {
        var readings: [WordReading] = []
        var read = query
        read.clauses = query.clauses.map { reading(of: $0, segments, into: &readings) }
        return (readings.isEmpty ? query : read, readings)
    }

    private static func reading(of clause: Query.Clause, _ segments: [LoadedSegment],
                                into readings: inout [WordReading]) -> Query.Clause {
        switch clause {
        case .word(let word, let field, let isPrefix):
            guard !isPrefix else { return clause }
            return .word(reading(of: word, segments, into: &readings), field: field,
                         isPrefix: false)
        case .phrase(let words, let field):
            return .phrase(words.map { reading(of: $0, segments, into: &readings) },
                           field: field)
        case .excluded(let inner):
            return .excluded(reading(of: inner, segments, into: &readings))
        case .required(let inner):
            return .required(reading(of: inner, segments, into: &readings))
        case .anyOf(let alternatives):
            return .anyOf(alternatives.map { reading(of: $0, segments, into: &readings) })
        }
    }

    private static func reading(of word: String, _ segments: [LoadedSegment],
                                into readings: inout [WordReading]) -> String {
        guard let read = TypedWord.reading(of: word) else { return word }
        let typedTokens = Tokenizer().tokens(in: word)
        let readTokens = Tokenizer().tokens(in: read)
        if typedTokens.count == 1, readTokens.count == 1,
           frequency(of: typedTokens[0], segments) >= frequency(of: readTokens[0], segments) {
            return word
        }
        readings.append(WordReading(typed: word, reading: read))
        return read
    }

    /// How often the index holds the token's exact form, over all segments.
    private static func frequency(of token: Token, _ segments: [LoadedSegment]) -> UInt64 {
        segments.reduce(0) { total, segment in
            let dictionary = segment.reader.dictionary
            guard let term = dictionary.term(exact: token.keys.exact, folded: token.keys.folded)
            else { return total }
            return total + dictionary.stats(term).totalFrequency
        }
    }
}
