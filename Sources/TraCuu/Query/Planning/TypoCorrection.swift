import Foundation
import TraCuuText

/// Letter typos and missing spaces in a run of neighbouring query words, repaired in
/// context: `Nghhị`, `thnah`, `Tộv`, `quytế` and `mih` are words the index lacks; `tran mih
/// hoang` reads `tran minh hoang` because `tran minh` and `minh hoang` stand side by side in
/// the index, and `nghidinh` reads `nghi dinh` (`SyllableSplit`).
///
/// A word is repaired only when it needs it: the index lacks it; it was typed with marks no
/// form of it has (`Trâ`, which may be a slipped mark or a letter left out); or it is a word
/// the index holds that never stands next to a neighbour typed beside it (`nguyen phi log`
/// → `long`). Its choices are the word as typed, the syllables one letter edit away that
/// the index holds (`LetterEdits`: the marks typed stay, so marks are never edits; at most
/// `maximumCandidates`, the most frequent), and for a word the index lacks, its split into
/// syllables. The run is then read as `QueryInterpretation` reads accents: the likeliest
/// sequence under the index's bigram model, where a word typed with marks counts in the
/// forms with those marks and one typed without in all its forms, and a correction pays a
/// penalty: `unknownWordPenalty` when the word as typed is not in the index (it mostly ranks
/// corrections against splits), `knownWordPenalty` when it is, so only neighbours that make
/// the correction far likelier choose it, and `firstLetterPenalty` more when it changes the
/// first letter. Words other than letters (numbers, codes, capitals such as `UBND`, other
/// scripts) are never repaired and end a run.
struct TypoCorrection {
    static let unknownWordPenalty = 1e-3
    static let knownWordPenalty = 1e-4
    /// The penalty on correcting a word the index holds when a suggestion is sought.
    static let eagerPenalty = 1e-2
    /// Fewer occurrences than this, and a word counts as one the index lacks: a typo in the
    /// archive itself, more likely than a word.
    static let rareCount = 3.0
    static let firstLetterPenalty = 1e-2
    /// Candidates kept per word, the most frequent in the index (fewer when every word is
    /// open to correction, which costs pairs of candidates of neighbours).
    static let maximumCandidates = 12
    static let maximumEagerCandidates = 5

    /// One way to read a word: one syllable, or several (a split), with the forms of the
    /// first and last in the index and the log probability of those between.
    private struct Choice {
        /// The word searched when chosen; nil for the word as typed.
        let repair: String?
        let first: [QueryInterpretation.Form]
        let last: [QueryInterpretation.Form]
        let firstCount: Double
        let lastCount: Double
        /// The log probability of the syllables after the first, given the ones before.
        var inner = 0.0
        let penalty: Double

        init(repair: String?, first: [QueryInterpretation.Form],
             last: [QueryInterpretation.Form]? = nil, penalty: Double) {
            self.repair = repair
            self.first = first
            self.last = last ?? first
            firstCount = first.reduce(0) { $0 + $1.count }
            lastCount = self.last.reduce(0) { $0 + $1.count }
            self.penalty = penalty
        }
    }

    private var counts: FoldedCounts
    private let totalLength: UInt64
    private let total: Double
    /// Whether every word is a candidate for correction, a word the index holds at
    /// `eagerPenalty`: for a suggestion when the query as read finds little.
    private let isEager: Bool

    init(segments: [LoadedSegment], totalLength: UInt64, isEager: Bool = false) {
        counts = FoldedCounts(segments: segments)
        self.isEager = isEager
        self.totalLength = totalLength
        total = Double(max(totalLength, 1))
    }

    /// For each word of `run`, neighbours in the query, its repair (syllables separated by
    /// spaces), or nil to keep it.
    mutating func repairs(of run: [String]) -> [String?] {
        var result = [String?](repeating: nil, count: run.count)
        var start = 0
        while start < run.count {
            guard LetterEdits.foldedKey(of: run[start]) != nil else { start += 1; continue }
            var end = start + 1
            while end < run.count, LetterEdits.foldedKey(of: run[end]) != nil { end += 1 }
            result.replaceSubrange(start..<end, with: repair(Array(run[start..<end])))
            start = end
        }
        return result
    }

    /// Whether the index holds some form of `word`'s letters.
    mutating func holds(_ word: String) -> Bool {
        !forms(of: word, keepingMarks: false).isEmpty
    }

    /// The repairs of one run of words of letters.
    private mutating func repair(_ words: [String]) -> [String?] {
        let typed = words.map { self.typed($0) }
        let needs = words.indices.map { index in
            guard typed[index].isKnown, !isEager else { return true }
            return [index - 1, index + 1].contains { neighbour in
                guard typed.indices.contains(neighbour), typed[neighbour].isKnown else {
                    return false
                }
                let (left, right) = neighbour < index ? (neighbour, index) : (index, neighbour)
                return !holdsPair(typed[left].choice, typed[right].choice)
            }
        }
        guard needs.contains(true) else { return Array(repeating: nil, count: words.count) }
        let choices = words.indices.map { index in
            guard needs[index] else { return [typed[index].choice] }
            let penalty = log(!typed[index].hasForms ? Self.unknownWordPenalty
                              : isEager ? Self.eagerPenalty : Self.knownWordPenalty)
            var choices = [typed[index].choice] + slips(of: words[index])
                + corrections(of: words[index], penalty: penalty)
            if typed[index].choice.firstCount == 0, let split = split(words[index]) {
                choices.append(split)
            }
            return choices
        }
        return viterbi(choices).map(\.repair)
    }

    /// The word as typed: typed with marks, its forms with those marks (any tone placement);
    /// without, all forms of its letters. `isKnown` when those forms occur `rareCount` times
    /// or more. A word typed with marks no form has (`sô`) stands for all forms of its
    /// letters at `QueryInterpretation.slipPenalty`: a slipped mark, which
    /// `QueryInterpretation` reads, competes with the letter typos.
    private mutating func typed(_ word: String)
        -> (choice: Choice, isKnown: Bool, hasForms: Bool)
    {
        let all = forms(of: word, keepingMarks: false)
        let marked = forms(of: word, keepingMarks: true)
        guard marked.isEmpty, !all.isEmpty else {
            // Kept as typed, a word the index lacks pays what a correction does: the
            // choice is the one the index's counts make likelier.
            let isKnown = marked.reduce(0) { $0 + $1.count } >= Self.rareCount
            return (Choice(repair: nil, first: marked,
                           penalty: marked.isEmpty ? log(Self.unknownWordPenalty) : 0),
                    isKnown, isKnown)
        }
        return (Choice(repair: nil, first: all,
                       penalty: log(QueryInterpretation.slipPenalty)), false, false)
    }

    /// The forms of `word` in the index: with the marks typed, or all forms of its letters.
    private mutating func forms(of word: String, keepingMarks: Bool)
        -> [QueryInterpretation.Form]
    {
        guard let token = Tokenizer().tokens(in: word).first else { return [] }
        let all = counts.forms(of: token.keys.folded)
        let isMarked = word.unicodeScalars.contains { !$0.isASCII }
        return keepingMarks && isMarked ? all.filter { $0.exact == token.keys.exact } : all
    }

    /// The forms one mark away from a word typed with marks (`só` → `số`), as one choice at
    /// `QueryInterpretation.slipPenalty` that keeps the word as typed: `QueryInterpretation`
    /// reads the slip.
    private mutating func slips(of word: String) -> [Choice] {
        guard word.unicodeScalars.contains(where: { !$0.isASCII }),
              let token = Tokenizer().tokens(in: word).first else { return [] }
        let forms = counts.forms(of: token.keys.folded).filter {
            MarkDistance.between($0.exact, token.keys.exact) == 1
        }
        return forms.isEmpty ? [] : [Choice(repair: nil, first: forms,
                                            penalty: log(QueryInterpretation.slipPenalty))]
    }

    /// The syllables one edit from `word` that the index holds, the most frequent first.
    private mutating func corrections(of word: String, penalty: Double) -> [Choice] {
        var found: [Choice] = []
        for candidate in LetterEdits.candidates(of: word)
        where !counts.forms(of: candidate.folded).isEmpty {
            let forms = forms(of: candidate.text, keepingMarks: true)
            guard !forms.isEmpty else { continue }
            found.append(Choice(
                repair: candidate.text, first: forms,
                penalty: penalty + (candidate.editsFirstLetter ? log(Self.firstLetterPenalty)
                                                               : 0)))
        }
        return Array(found.sorted { $0.firstCount > $1.firstCount }
            .prefix(isEager ? Self.maximumEagerCandidates : Self.maximumCandidates))
    }

    /// `word` split into syllables the index holds, when it splits.
    private mutating func split(_ word: String) -> Choice? {
        guard let (syllables, logProbability) = SyllableSplit.split(
            word, counts: &counts, totalLength: totalLength),
            let first = syllables.first, let last = syllables.last else { return nil }
        var choice = Choice(repair: syllables.joined(separator: " "),
                            first: counts.forms(of: first), last: counts.forms(of: last),
                            penalty: 0)
        choice.inner = logProbability - log(choice.firstCount / total)
        return choice
    }

    /// How often the index holds the last syllable of `first` right before the first of
    /// `second`, in any of their forms.
    private func pairCount(_ first: Choice, _ second: Choice) -> Double {
        var total = 0
        for left in first.last {
            for right in second.first {
                total += QueryInterpretation.bigram(left, right, counts.segments)
            }
        }
        return Double(total)
    }

    /// Whether `pairCount` is above zero, found without counting every pair.
    private func holdsPair(_ first: Choice, _ second: Choice) -> Bool {
        first.last.contains { left in
            second.first.contains { QueryInterpretation.bigram(left, $0, counts.segments) > 0 }
        }
    }

    /// The likeliest sequence of choices under the bigram model, with their penalties.
    private func viterbi(_ choices: [[Choice]]) -> [Choice] {
        func unigram(_ choice: Choice) -> Double { (choice.firstCount + 0.5) / total }
        var best = [choices[0].map { log(unigram($0)) + $0.inner + $0.penalty }]
        var from: [[Int]] = [[]]
        for index in choices.indices.dropFirst() {
            var scores: [Double] = [], previous: [Int] = []
            for choice in choices[index] {
                var top = -Double.infinity, topIndex = 0
                for (before, earlier) in choices[index - 1].enumerated() {
                    let following = earlier.lastCount > 0 && choice.firstCount > 0
                        ? pairCount(earlier, choice) / earlier.lastCount : 0
                    let score = best[index - 1][before] + choice.inner + choice.penalty
                        + log(QueryInterpretation.bigramShare * following
                              + (1 - QueryInterpretation.bigramShare) * unigram(choice))
                    if score > top { (top, topIndex) = (score, before) }
                }
                scores.append(top)
                previous.append(topIndex)
            }
            best.append(scores)
            from.append(previous)
        }
        let last = best[best.count - 1]
        var choice = last.indices.max { last[$0] < last[$1] } ?? 0
        var path: [Choice] = []
        for index in choices.indices.reversed() {
            path.append(choices[index][choice])
            if index > 0 { choice = from[index][choice] }
        }
        return path.reversed()
    }
}
