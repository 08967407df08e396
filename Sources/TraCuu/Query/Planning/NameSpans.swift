import TraCuuText

/// A run of query syllables typed without marks that the index holds as a name: the folded
/// key of a place or person term it holds (`place|dien bien`), read as one exact form of it
/// (`place|điện biên` → `điện biên`).
struct NameSpan {
    /// The run positions it covers.
    let range: Range<Int>
    /// At each position, the index of the name's syllable among that position's forms.
    let forms: [Int]
    /// How often the index holds the name as a place (after a designator).
    let placeCount: Double
    /// How often it holds it as a person.
    let personCount: Double
}

/// Finds the name spans of a run of query terms (`NameSpan`), one per exact form of a name
/// term whose folded key the run's syllables spell.
enum NameSpans {
    /// The most syllables a name span covers, as the recognisers read them.
    static let longest = 4

    /// The spans among the run's terms: positions where `isRead` holds (unmarked syllables
    /// being read), `candidates` their forms. One-syllable spans are places only. Costs two
    /// dictionary look-ups per segment for each of the run's substrings of up to `longest`
    /// read syllables.
    static func find(in candidates: [[QueryInterpretation.Form]], folded: [String],
                     isRead: [Bool], segments: [LoadedSegment]) -> [NameSpan] {
        var spans: [NameSpan] = []
        for start in candidates.indices where isRead[start] {
            var end = start
            while end < candidates.count, end - start < longest, isRead[end] {
                end += 1
                let key = folded[start..<end].joined(separator: " ")
                var counts: [String: (place: UInt64, person: UInt64)] = [:]
                for (name, count) in names(of: "place|", key, in: segments) {
                    counts[name, default: (0, 0)].place += count
                }
                if end - start > 1 {
                    for (name, count) in names(of: "person|", key, in: segments) {
                        counts[name, default: (0, 0)].person += count
                    }
                }
                for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
                    let words = name.split(separator: " ")
                    guard words.count == end - start else { continue }
                    let forms = zip(start..<end, words).compactMap { position, word in
                        candidates[position].firstIndex { $0.exact == word }
                    }
                    guard forms.count == words.count else { continue }
                    spans.append(NameSpan(range: start..<end, forms: forms,
                                          placeCount: Double(count.place),
                                          personCount: Double(count.person)))
                }
            }
        }
        return spans
    }

    /// The names of the entity terms `kind` + `folded` (`place|` + `dien bien`), as their
    /// exact keys without the kind (`điện biên`), with their total frequency over all
    /// segments.
    private static func names(of kind: String, _ folded: String,
                              in segments: [LoadedSegment]) -> [String: UInt64] {
        var totals: [String: UInt64] = [:]
        for segment in segments {
            let dictionary = segment.reader.dictionary
            for ordinal in dictionary.terms(withFolded: kind + folded) {
                let name = String(dictionary.exactKey(ordinal).dropFirst(kind.count))
                totals[name, default: 0] += dictionary.stats(ordinal).totalFrequency
            }
        }
        return totals
    }
}
