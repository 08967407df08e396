import TraCuuText

/// A query word typed with a Vietnamese input method off or glitching, without the spaces
/// between its syllables, or with a letter typo, and how it was read (`nghij` → `nghị`,
/// `d9inh5` → `định`, `dđịnh` → `định`, `NDd-CP` → `NĐ-CP`, `nghidinh` → `nghi dinh`,
/// `thnah` → `thanh`).
public struct WordReading: Sendable, Hashable {
    /// What was repaired.
    public enum Kind: String, Sendable, Hashable {
        /// Telex or VNI keys, or a letter an input method doubled, read as marks.
        case decoded
        /// Syllables typed without the spaces between them.
        case split
        /// A letter typo corrected in context (`TypoCorrection`).
        case corrected
    }

    /// The word as typed.
    public let typed: String
    /// The word searched instead.
    public let reading: String
    public let kind: Kind
}

/// Reads the words of a query that `TypedWord` finds keys or a doubled letter in, and then
/// the letter typos and missing spaces `TypoCorrection` finds in each run of neighbouring
/// words, before the query is planned, so entity recognisers see the reading (`nghij quyeets
/// soos 35` names Nghị quyết số 35). A one-syllable word stays as typed when the index holds
/// it as often as its reading (`taxi`, a loanword, is not read `tãi`); a code
/// (`63/2014/NDd-CP`) is always read. Words that are syllables, numbers or codes in capitals
/// are never decoded.
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
        read.clauses = QueryWords.map(query.clauses) { word, _ in
            reader.reading(of: word, into: &readings)
        }
        var correction = TypoCorrection(segments: segments, totalLength: totalLength)
        read.clauses = QueryWords.mapRuns(read.clauses,
                                          repairs: { correction.repairs(of: $0) }) { word, repair in
            guard let repair else { return word }
            readings.append(WordReading(typed: word, reading: repair,
                                        kind: repair.contains(" ") ? .split : .corrected))
            return repair
        }
        return (readings.isEmpty ? query : read, readings)
    }

    private func reading(of word: String, into readings: inout [WordReading]) -> String {
        let typedTokens = Tokenizer().tokens(in: word)
        guard let read = TypedWord.reading(of: word) else { return word }
        let readTokens = Tokenizer().tokens(in: read)
        if typedTokens.count == 1, readTokens.count == 1,
           frequency(of: typedTokens[0]) >= frequency(of: readTokens[0]) {
            return word
        }
        readings.append(WordReading(typed: word, reading: read, kind: .decoded))
        return read
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
