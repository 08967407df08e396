import TraCuuText

/// A query word typed with a Vietnamese input method off or glitching, or without the spaces
/// between its syllables, and how it was read (`nghij` → `nghị`, `d9inh5` → `định`,
/// `dđịnh` → `định`, `NDd-CP` → `NĐ-CP`, `nghidinh` → `nghi dinh`).
public struct WordReading: Sendable, Hashable {
    /// The word as typed.
    public let typed: String
    /// The word searched instead.
    public let reading: String
}

/// Reads the words of a query that `TypedWord` finds keys or a doubled letter in, and the
/// words the index lacks that `SyllableSplit` splits into syllables it holds, before the
/// query is planned, so entity recognisers see the reading (`nghij quyeets soos 35` names
/// Nghị quyết số 35). A one-syllable word stays as typed when the index holds it as often as
/// its reading (`taxi`, a loanword, is not read `tãi`); a code (`63/2014/NDd-CP`) is always
/// read. Words that are syllables, numbers or codes in capitals are never read.
struct TypedReading {
    let segments: [LoadedSegment]
    let totalLength: UInt64

    /// The query with its typed words read, and the words read, in query order.
    static func read(_ query: Query, in segments: [LoadedSegment], totalLength: UInt64)
        -> (Query, [WordReading])
    {
        let reader = TypedReading(segments: segments, totalLength: totalLength)
        var readings: [WordReading] = []
        var read = query
        read.clauses = query.clauses.map { reader.reading(of: $0, into: &readings) }
        return (readings.isEmpty ? query : read, readings)
    }

    private func reading(of clause: Query.Clause, into readings: inout [WordReading])
        -> Query.Clause
    {
        switch clause {
        case .word(let word, let field, let isPrefix):
            guard !isPrefix else { return clause }
            return .word(reading(of: word, into: &readings), field: field,
                         isPrefix: false)
        case .phrase(let words, let field):
            return .phrase(words.map { reading(of: $0, into: &readings) },
                           field: field)
        case .excluded(let inner):
            return .excluded(reading(of: inner, into: &readings))
        case .required(let inner):
            return .required(reading(of: inner, into: &readings))
        case .anyOf(let alternatives):
            return .anyOf(alternatives.map { reading(of: $0, into: &readings) })
        }
    }

    private func reading(of word: String, into readings: inout [WordReading]) -> String {
        let typedTokens = Tokenizer().tokens(in: word)
        guard let read = TypedWord.reading(of: word) else {
            guard typedTokens.count == 1, !WordShape.isSyllable(word),
                  !isKnown(folded: typedTokens[0].keys.folded),
                  let split = SyllableSplit.split(word, in: segments, totalLength: totalLength)
            else { return word }
            readings.append(WordReading(typed: word, reading: split))
            return split
        }
        let readTokens = Tokenizer().tokens(in: read)
        if typedTokens.count == 1, readTokens.count == 1,
           frequency(of: typedTokens[0]) >= frequency(of: readTokens[0]) {
            return word
        }
        readings.append(WordReading(typed: word, reading: read))
        return read
    }

    /// Whether the index holds any form of this folded key.
    private func isKnown(folded: String) -> Bool {
        segments.contains { !$0.reader.dictionary.terms(withFolded: folded).isEmpty }
    }

    /// How often the index holds the token's exact form, over all segments.
    private func frequency(of token: Token) -> UInt64 {
        segments.reduce(0) { total, segment in
            let dictionary = segment.reader.dictionary
            guard let term = dictionary.term(exact: token.keys.exact, folded: token.keys.folded)
            else { return total }
            return total + dictionary.stats(term).totalFrequency
        }
    }
}
