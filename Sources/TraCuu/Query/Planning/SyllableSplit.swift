import Foundation
import TraCuuText

/// A word typed without the spaces between its syllables (`nghidinh`, `uybannhandan`) split
/// into syllables the index holds, the split chosen as `QueryInterpretation` chooses a
/// reading: under a bigram model of the index's counts, here of folded syllables.
enum SyllableSplit {
    /// Letters in the longest Vietnamese syllable (`nghiêng`).
    private static let longestSyllable = 7

    /// `word`'s syllables (`nghi`, `dinh`) and the log probability of the split, or nil when
    /// the word is not letters only, or no split into two or more syllables the index holds
    /// has a pair of them the index holds side by side. O(letters × 7²) pair look-ups.
    static func split(_ word: String, counts: inout FoldedCounts, totalLength: UInt64)
        -> (syllables: [String], logProbability: Double)?
    {
        let letters = Array(word.lowercased().utf8)
        guard (4...28).contains(letters.count),
              letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        let total = Double(max(totalLength, 1))
        // best[end][length]: the best log probability of a split of letters[..<end] whose
        // last syllable has `length` letters, and whether a known pair was seen on the way.
        typealias Path = (score: Double, from: Int, hasPair: Bool)
        var best = [[Int: Path]](repeating: [:], count: letters.count + 1)
        for end in 1...letters.count {
            for length in 1...min(longestSyllable, end) {
                let syllable = String(decoding: letters[(end - length)..<end], as: UTF8.self)
                guard WordShape.isSyllable(syllable) else { continue }
                let count = counts.count(of: syllable)
                guard count > 0 else { continue }
                let start = end - length
                if start == 0 {
                    best[end][length] = (log(count / total), 0, false)
                    continue
                }
                for (previous, path) in best[start] {
                    let before = String(decoding: letters[(start - previous)..<start],
                                        as: UTF8.self)
                    let pair = counts.pairCount(before, syllable)
                    let beforeCount = counts.count(of: before)
                    let probability = QueryInterpretation.bigramShare * pair / beforeCount
                        + (1 - QueryInterpretation.bigramShare) * count / total
                    let score = path.score + log(probability)
                    if score > best[end][length]?.score ?? -.infinity {
                        best[end][length] = (score, previous, path.hasPair || pair > 0)
                    }
                }
            }
        }
        guard let last = best[letters.count].filter({ $0.key < letters.count && $0.value.hasPair })
            .max(by: { $0.value.score < $1.value.score }) else { return nil }
        var syllables: [String] = []
        var end = letters.count, length = last.key
        while end > 0 {
            syllables.append(String(decoding: letters[(end - length)..<end], as: UTF8.self))
            let from = best[end][length]?.from ?? 0
            end -= length
            length = from
        }
        return (syllables.reversed(), last.value.score)
    }
}
