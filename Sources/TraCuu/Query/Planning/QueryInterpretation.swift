import Foundation
import TraCuuText

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
/// Names are read as the names the index holds (`NameSpans`, `ReadingLattice`): a run of
/// unmarked syllables that spells the folded key of a place or person term may be read as
/// that term, so `dien bien` is the province `điện biên` and `phuong ba dinh` the ward
/// `phường ba đình`, while the words around a name still decide (`diễn biến phức tạp`).
///
/// A query typed with marks nearly everywhere (`typesMarks(_:)`) is taken as typed: its few
/// unmarked syllables are toneless words or foreign ones (`cho`, `The Beatles`), not
/// syllables whose marks were left out, so they are not read.
///
/// A syllable typed with marks may have slipped one (`Nghị đinh`, `sô`, `buớc`): it is read
/// too, among its form as typed and the forms one mark away (`MarkDistance`), each of those
/// at `slipPenalty` times its probability, so only a far likelier neighbour (`nghị định`)
/// overrides what was typed.
enum QueryInterpretation {
    /// One candidate form of a query syllable: its exact key, its terms per segment, how
    /// often the index holds it, and the log penalty of reading it (a slipped mark).
    struct Form {
        let exact: String
        let terms: [Int?]
        let count: Double
        var penalty = 0.0
    }

    /// The weight of the bigram part, λ; the unigram part has 1 − λ.
    static let bigramShare = 0.9

    /// The factor on the probability of a form one mark away from a syllable typed with
    /// marks: a slip must make the reading a hundred times likelier to be read.
    static let slipPenalty = 1e-2

    /// For each plan term, the exact key chosen (nil for prefixes, terms with no form in the
    /// index, and unmarked syllables of a query typed with marks). `totalLength` is the
    /// index's token count, N.
    static func readings(of plan: QueryPlan, in segments: [LoadedSegment],
                         totalLength: UInt64) -> [String?] {
        var readings = [String?](repeating: nil, count: plan.terms.count)
        let readsUnmarked = !typesMarks(plan)
        let total = Double(max(totalLength, 1))
        var start = 0
        while start < plan.terms.count {
            var end = start + 1
            while end < plan.terms.count,
                  plan.terms[end].sequence == plan.terms[end - 1].sequence + 1 { end += 1 }
            read(start..<end, of: plan, readsUnmarked: readsUnmarked, in: segments,
                 total: total, into: &readings)
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
    private static func read(_ run: Range<Int>, of plan: QueryPlan, readsUnmarked: Bool,
                             in segments: [LoadedSegment], total: Double,
                             into readings: inout [String?]) {
        let candidates = run.map { index in
            let term = plan.terms[index]
            return forms(of: term, in: segments,
                         isRead: !term.isPrefix && (term.isMarked || readsUnmarked))
        }
        guard zip(run, candidates).contains(where: { index, forms in
            forms.count > 1 || (readsUnmarked && !plan.terms[index].isMarked)
        }) else { return }
        let isRead = run.map { readsUnmarked && !plan.terms[$0].isMarked
            && !plan.terms[$0].isPrefix }
        let folded = run.map { plan.terms[$0].keys.folded }
        let spans = isRead.contains(true)
            ? NameSpans.find(in: candidates, folded: folded, isRead: isRead, segments: segments)
            : []
        let lattice = ReadingLattice(candidates: candidates, spans: spans, folded: folded,
                                     segments: segments, total: total)
        guard let path = lattice.bestPath() else { return }
        for (index, choice) in path.enumerated() {
            let term = plan.terms[run.lowerBound + index], form = candidates[index][choice]
            if !term.isPrefix, term.isMarked || readsUnmarked, !form.terms.isEmpty,
               !term.isMarked || form.exact != term.keys.exact {
                readings[run.lowerBound + index] = form.exact
            }
        }
    }

    /// The forms a term may stand for: itself when it is not read (a prefix, or an unmarked
    /// syllable of a query typed with marks); for a syllable typed with marks, itself and
    /// the forms one mark away, at the slip penalty; else every exact form of its folded
    /// key. Each with its total frequency over all segments.
    private static func forms(of term: QueryPlan.Term, in segments: [LoadedSegment],
                              isRead: Bool) -> [Form] {
        let typed = typedForm(of: term, in: segments)
        guard isRead else { return [typed] }
        var forms = allForms(of: term.keys.folded, in: segments)
        if term.isMarked {
            forms = forms.filter { MarkDistance.between($0.exact, term.keys.exact) == 1 }
                .map { form in
                    var slipped = form
                    slipped.penalty = log(slipPenalty)
                    return slipped
                }
            return [typed] + forms
        }
        return forms.isEmpty ? [Form(exact: term.keys.exact, terms: [], count: 0)] : forms
    }

    /// The term as typed, with its terms and count (zero when the index lacks it).
    private static func typedForm(of term: QueryPlan.Term, in segments: [LoadedSegment])
        -> Form
    {
        var count: UInt64 = 0
        let terms = segments.map { segment in
            let dictionary = segment.reader.dictionary
            let ordinal = dictionary.term(exact: term.keys.exact, folded: term.keys.folded)
            if let ordinal { count += dictionary.stats(ordinal).totalFrequency }
            return ordinal
        }
        return Form(exact: term.keys.exact, terms: terms, count: Double(count))
    }

    /// Every exact form of a folded key in the index, in dictionary order.
    static func allForms(of folded: String, in segments: [LoadedSegment]) -> [Form] {
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
        return order.map { key in
            Form(exact: key, terms: terms[key] ?? [], count: Double(totals[key] ?? 0))
        }
    }

    /// How often `first` stands right before `second`, over all segments.
    static func bigram(_ first: Form, _ second: Form, _ segments: [LoadedSegment])
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
