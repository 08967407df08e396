import Foundation
import TraCuuText

/// The best reading of a run of neighbouring query terms (Viterbi), over states that are one
/// form of one term or a name span (`NameSpan`) ending at it.
///
/// A form scores as `QueryInterpretation` describes: the log probability of the run's first
/// form, then of each next form given the one before, `λ·c(v w)/c(v) + (1 − λ)·c(w)/N`.
/// A name span of two syllables or more adds to the probability of its syllables in a row
/// that of the name as a whole, `(w · c(place) + c(person))/N` (`w` is `placeWeight`, or
/// `wholeRunPlaceWeight` for a name that is the whole run), at the unigram share `1 − λ`
/// after another word, as a pair the model has not seen would get. After a
/// designator (`phường`, `thị xã`), a place scores `c(place)/c(designator)` (at most 1)
/// when that beats its syllables in a row, one-syllable places too. So `dien bien` reads
/// `điện biên`, a province, though `diễn biến` is commoner; `dien bien phuc tap` stays
/// `diễn biến phức tạp`, since `phức tạp` follows `biến`, not `biên`; `phuong hoan kiem`
/// reads `phường hoàn kiếm`, the designator and its place, not `phượng hoàn kiếm`; and a
/// rare place does not take the words of a common phrase (`hien dai la gi`: `là gì`, not
/// the town `La Gi`).
struct ReadingLattice {
    typealias Form = QueryInterpretation.Form

    /// How much likelier a query is to name a place than the place's count says: the index
    /// counts a place only after a designator (`tỉnh Điện Biên`), not where it stands alone.
    /// On the news index, at 10 `bi ai bac bo` (rejected by whom) reads `bị ai bắc bộ`.
    static let placeWeight = 5.0

    /// The same for a place that is the whole run (`dien bien` alone): a search for the
    /// name rather than for the words. At 5, `dien bien` alone reads `diễn biến` on an index
    /// of the first 3,000 news articles (136 `diễn biến`, 42 `điện biên`, 13 of them after
    /// a designator); `la gi` alone stays `là gì` (538 against 19 `La Gi` after `thị xã`).
    static let wholeRunPlaceWeight = 20.0

    let candidates: [[Form]]
    let spans: [NameSpan]
    /// The folded key of each position's term, for designators of two words (`thi xa`).
    let folded: [String]
    let segments: [LoadedSegment]
    let total: Double

    /// One state: the forms it reads at positions `start...` up to its end.
    private struct State {
        let start: Int
        let forms: [Int]
        let span: NameSpan?
    }

    /// The chosen form at each position (an index into its candidates); nil for an empty run.
    func bestPath() -> [Int]? {
        guard !candidates.isEmpty, candidates.allSatisfy({ !$0.isEmpty }) else { return nil }
        var states: [[State]] = candidates.indices.map { position in
            candidates[position].indices.map { State(start: position, forms: [$0], span: nil) }
        }
        for span in spans {
            states[span.range.upperBound - 1].append(
                State(start: span.range.lowerBound, forms: span.forms, span: span))
        }
        // best[i][s]: the best log probability of a reading of the first i + 1 positions
        // ending in state s; from[i][s] the state at its start − 1 that it follows.
        var best: [[Double]] = [], from: [[Int]] = []
        for position in candidates.indices {
            var scores: [Double] = [], previous: [Int] = []
            for state in states[position] {
                let (inner, penalty) = innerProbability(of: state)
                let first = candidates[state.start][state.forms[0]]
                guard state.start > 0 else {
                    let whole = state.span.map(nameProbability) ?? 0
                    scores.append(log(unigram(first) * inner + whole) + penalty)
                    previous.append(0)
                    continue
                }
                var top = -Double.infinity, topIndex = 0
                let before = state.start - 1
                for (index, earlier) in states[before].enumerated() {
                    let last = candidates[before][earlier.forms[earlier.forms.count - 1]]
                    let entry = transition(last, first)
                    var probability = entry * inner
                    if let span = state.span {
                        probability = max(
                            probability + (1 - QueryInterpretation.bigramShare)
                                * nameProbability(span),
                            designated(span, after: last, at: before) ?? 0)
                    }
                    let score = best[before][index] + penalty + log(probability)
                    if score > top { (top, topIndex) = (score, index) }
                }
                scores.append(top)
                previous.append(topIndex)
            }
            best.append(scores)
            from.append(previous)
        }
        let last = candidates.count - 1
        guard var state = best[last].indices.max(by: { best[last][$0] < best[last][$1] })
        else { return nil }
        var path = [Int](repeating: 0, count: candidates.count)
        var position = last
        while position >= 0 {
            let chosen = states[position][state]
            for (offset, form) in chosen.forms.enumerated() { path[chosen.start + offset] = form }
            if chosen.start > 0 { state = from[position][state] }
            position = chosen.start - 1
        }
        return path
    }

    /// The probability of a state's forms after its first, one after the other, and the sum
    /// of their slip penalties.
    private func innerProbability(of state: State) -> (Double, Double) {
        var probability = 1.0
        var penalty = candidates[state.start][state.forms[0]].penalty
        for offset in state.forms.indices.dropFirst() {
            let previous = candidates[state.start + offset - 1][state.forms[offset - 1]]
            let form = candidates[state.start + offset][state.forms[offset]]
            probability *= transition(previous, form)
            penalty += form.penalty
        }
        return (probability, penalty)
    }

    /// The probability of `span` as a place after the designator that `last` ends at
    /// `position`; nil when it ends none or the span is no place.
    private func designated(_ span: NameSpan, after last: Form, at position: Int) -> Double? {
        guard span.placeCount > 0, last.count > 0, isDesignator(last.exact, endingAt: position)
        else { return nil }
        return min(1, span.placeCount / last.count)
    }

    /// The probability of the name as a whole, from how often the index holds it as a
    /// name: `(placeWeight · c(place) + c(person)) / N` (`wholeRunPlaceWeight` for a name
    /// that is the whole run); zero for one syllable.
    private func nameProbability(_ span: NameSpan) -> Double {
        guard span.range.count > 1 else { return 0 }
        let weight = span.range == candidates.indices ? Self.wholeRunPlaceWeight
            : Self.placeWeight
        return (weight * span.placeCount + span.personCount) / total
    }

    /// Whether the word `exact` at `position` ends a designator whose earlier words, if any,
    /// are the terms before it (`xã` alone, or after `thi`).
    private func isDesignator(_ exact: String, endingAt position: Int) -> Bool {
        guard let earlier = Self.designators[exact] else { return false }
        return earlier.contains { words in
            words.count <= position
                && Array(folded[(position - words.count)..<position]) == words
        }
    }

    /// The designators by their last word (exact key), with their earlier words folded:
    /// `xã` → `[[], ["thi"]]`, `phố` → `[["thanh"]]`.
    private static let designators: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for phrase in PlaceRecognizer.designatorPhrases {
            let tokens = Tokenizer().tokens(in: phrase)
            guard let last = tokens.last else { continue }
            table[last.keys.exact, default: []].append(tokens.dropLast().map(\.keys.folded))
        }
        return table
    }()

    private func unigram(_ form: Form) -> Double { (form.count + 0.5) / total }

    /// The probability of `form` after `earlier`, the bigram part mixed with the unigram.
    private func transition(_ earlier: Form, _ form: Form) -> Double {
        let pair = Double(QueryInterpretation.bigram(earlier, form, segments))
        let following = earlier.count > 0 ? pair / earlier.count : 0
        let share = QueryInterpretation.bigramShare
        return share * following + (1 - share) * unigram(form)
    }
}
