import Foundation

/// The most likely accented reading of syllables typed without marks, from the index's
/// syllable and syllable-bigram counts: `nghi quyet` → `nghị quyết`, not `nghỉ quyệt`;
/// `có bao nhiêu` keeps `bao` because `bao nhiêu` follows it.
///
/// Each run of neighbouring query syllables is read as a whole (Viterbi) under a bigram
/// model: a reading scores the log probability of its first form, then of each next form
/// given the one before, with the syllables typed with marks as fixed neighbours. The
/// probability of `w` after `v` mixes how often `v` goes on to `w` with how common `w` is
/// (Jelinek–Mercer): `λ·c(v w)/c(v) + (1 − λ)·c(w)/N`. Dividing by `c(v)` is what lets the
/// usual neighbour of a rarer word win over a chance pair of common ones: `co bao nhieu` is
/// `có bao nhiêu`, not `có báo nhiều`, though `báo` and `nhiều` are each far more common.
///
/// A query typed with marks nearly everywhere (`typesMarks(_:)`) is taken as typed: its few
/// unmarked syllables are toneless words or foreign ones (`cho`, `The Beatles`), not
/// syllables whose marks were left out, so they are not read.
enum QueryInterpretation {
    /// One candidate form of a query syllable: its exact key, its terms per segment, and
    /// how often the index holds it.
    private struct Form {
        let exact: String
        let terms: [Int?]
        let count: Double
    }

    /// The weight of the bigram part, λ; the unigram part has 1 − λ.
    static let bigramShare = 0.9

    /// For each plan term, the exact key chosen (nil for terms typed with marks or with no
    /// form in the index). `totalLength` is the index's token count, N.
    static func readings(of plan: QueryPlan, in segments: [LoadedSegment],
                         totalLength: UInt64) -> [String?] {
        var readings = [String?](repeating: nil, count: plan.terms.count)
        guard !typesMarks(plan) else { return readings }
        let total = Double(max(totalLength, 1))
        var start = 0
        while start < plan.terms.count {
            var end = start + 1
            while end < plan.terms.count,
                  plan.terms[end].sequence == plan.terms[end - 1].sequence + 1 { end += 1 }
            read(start..<end, of: plan, in: segments, total: total, into: &readings)
            start = end
        }
        return readings
    }

    /// Whether the query is typed with marks: at least three syllables carry them, and at
    /// least two thirds of all.
    static func typesMarks(_ plan: QueryPlan) -> Bool {
        let marked = plan.terms.count { $0.isMarked }
        return marked >= 3 && 3 * marked >= 2 * plan.terms.count
    }

    /// The best reading of the neighbouring terms `run`.
    private static func read(_ run: Range<Int>, of plan: QueryPlan, in segments: [LoadedSegment],
                             total: Double, into readings: inout [String?]) {
        guard run.contains(where: { !plan.terms[$0].isMarked && !plan.terms[$0].isPrefix })
        else { return }
        let candidates = run.map { forms(of: plan.terms[$0], in: segments) }
        func unigram(_ form: Form) -> Double { (form.count + 0.5) / total }
        // best[i][j]: the best log probability of a reading of the run's first i + 1 terms
        // ending in form j; from[i][j] the form before it.
        var best = [candidates[0].map { log(unigram($0)) }]
        var from: [[Int]] = [[]]
        for index in candidates.indices.dropFirst() {
            var scores: [Double] = [], previous: [Int] = []
            for form in candidates[index] {
                var top = -Double.infinity, topIndex = 0
                for (before, earlier) in candidates[index - 1].enumerated() {
                    let pair = Double(bigram(earlier, form, segments))
                    let following = earlier.count > 0 ? pair / earlier.count : 0
                    let score = best[index - 1][before]
                        + log(bigramShare * following + (1 - bigramShare) * unigram(form))
                    if score > top { (top, topIndex) = (score, before) }
                }
                scores.append(top)
                previous.append(topIndex)
            }
            best.append(scores)
            from.append(previous)
        }
        guard var choice = best[best.count - 1].indices.max(by: {
            best[best.count - 1][$0] < best[best.count - 1][$1]
        }) else { return }
        for index in candidates.indices.reversed() {
            let term = plan.terms[run.lowerBound + index]
            if !term.isMarked, !term.isPrefix, !candidates[index][choice].terms.isEmpty {
                readings[run.lowerBound + index] = candidates[index][choice].exact
            }
            if index > 0 { choice = from[index][choice] }
        }
    }

    /// The forms a term may stand for: itself when typed with marks (or as a prefix, or
    /// when the index has no form of it), else every exact form of its folded key; each
    /// with its total frequency over all segments.
    private static func forms(of term: QueryPlan.Term, in segments: [LoadedSegment]) -> [Form] {
        let folded = term.keys.folded
        guard !term.isMarked, !term.isPrefix else {
            var count: UInt64 = 0
            let terms = segments.map { segment in
                let dictionary = segment.reader.dictionary
                let ordinal = dictionary.term(exact: term.keys.exact, folded: folded)
                if let ordinal { count += dictionary.stats(ordinal).totalFrequency }
                return ordinal
            }
            return [Form(exact: term.keys.exact, terms: terms, count: Double(count))]
        }
        var totals: [String: UInt64] = [:]
        var terms: [String: [Int?]] = [:]
        var order: [String] = []
        for (index, segment) in segments.enumerated() {
            let dictionary = segment.reader.dictionary
            for ordinal in dictionary.terms(withFolded: folded) {
                let key = dictionary.exactKey(ordinal)
                if totals[key] == nil {
                    order.append(key)
                    terms[key] = Array(repeating: nil, count: segments.count)
                }
                totals[key, default: 0] += dictionary.stats(ordinal).totalFrequency
                terms[key]?[index] = ordinal
            }
        }
        guard !order.isEmpty else { return [Form(exact: term.keys.exact, terms: [], count: 0)] }
        return order.map { key in
            Form(exact: key, terms: terms[key] ?? [], count: Double(totals[key] ?? 0))
        }
    }

    /// How often `first` stands right before `second`, over all segments.
    private static func bigram(_ first: Form, _ second: Form, _ segments: [LoadedSegment])
        -> Int
    {
        var total = 0
        for (index, segment) in segments.enumerated() {
            guard index < first.terms.count, index < second.terms.count,
                  let left = first.terms[index], let right = second.terms[index] else { continue }
            total += segment.reader.bigramCount(left, right)
        }
        return total
    }
}
