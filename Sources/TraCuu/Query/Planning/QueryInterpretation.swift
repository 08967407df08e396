import Foundation
import TraCuuText

/// The most likely accented reading of syllables typed without marks, from the index's
/// syllable and syllable-bigram counts: `nghi quyet` → `nghị quyết`, not `nghỉ quyệt`.
/// Reads left to right, each syllable choosing the form that best follows the previous
/// choice (bigram count) and is frequent on its own.
enum QueryInterpretation {
    /// For each plan term, the exact key chosen (nil for terms typed with marks or with no
    /// form in the index).
    static func readings(of plan: QueryPlan, in segments: [LoadedSegment]) -> [String?] {
        var readings: [String?] = []
        var previous: (key: String, sequence: Int)?
        for term in plan.terms {
            guard !term.isMarked, !term.isPrefix else {
                readings.append(nil)
                previous = (term.keys.exact, term.sequence)
                continue
            }
            var best: (key: String, score: Double)?
            for (key, frequency) in forms(of: term.keys.folded, in: segments) {
                var score = log(1 + Double(frequency))
                if let previous, previous.sequence + 1 == term.sequence {
                    score += 3 * log(1 + Double(bigram(previous.key, key, term, in: segments)))
                }
                if best == nil || score > best!.score { best = (key, score) }
            }
            readings.append(best?.key)
            previous = best.map { ($0.key, term.sequence) }
        }
        return readings
    }

    /// The exact forms of a folded key with their total frequency over all segments.
    private static func forms(of folded: String, in segments: [LoadedSegment])
        -> [(String, UInt64)]
    {
        var totals: [String: UInt64] = [:]
        var order: [String] = []
        for segment in segments {
            let dictionary = segment.reader.dictionary
            for ordinal in dictionary.terms(withFolded: folded) {
                let key = dictionary.exactKey(ordinal)
                if totals[key] == nil { order.append(key) }
                totals[key, default: 0] += dictionary.stats(ordinal).totalFrequency
            }
        }
        return order.map { ($0, totals[$0] ?? 0) }
    }

    private static func bigram(_ first: String, _ second: String, _ term: QueryPlan.Term,
                               in segments: [LoadedSegment]) -> Int {
        segments.reduce(0) { total, segment in
            let dictionary = segment.reader.dictionary
            guard let left = firstTerm(exact: first, in: dictionary),
                  let right = dictionary.term(exact: second, folded: term.keys.folded)
            else { return total }
            return total + segment.reader.bigramCount(left, right)
        }
    }

    private static func firstTerm(exact: String, in dictionary: TermDictionary) -> Int? {
        dictionary.term(exact: exact, folded: Normalizer(level: .folded).key(of: exact))
    }
}
