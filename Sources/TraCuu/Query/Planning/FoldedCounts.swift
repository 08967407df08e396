import TraCuuText

/// How often the index holds a folded syllable in any form, and a pair of them side by side
/// (`QueryInterpretation`'s forms and bigram counts, summed over the forms); each syllable's
/// forms looked up once.
struct FoldedCounts {
    let segments: [LoadedSegment]
    private var forms: [String: [QueryInterpretation.Form]] = [:]

    init(segments: [LoadedSegment]) {
        self.segments = segments
    }

    /// How often the index holds `folded` in any form.
    mutating func count(of folded: String) -> Double {
        forms(of: folded).reduce(0) { $0 + $1.count }
    }

    /// How often the index holds `first` right before `second`, in any forms; zero without
    /// a look-up when either is unknown.
    mutating func pairCount(_ first: String, _ second: String) -> Double {
        let right = forms(of: second)
        var total = 0
        for left in forms(of: first) {
            for form in right { total += QueryInterpretation.bigram(left, form, segments) }
        }
        return Double(total)
    }

    /// The forms of `folded` in the index (`QueryInterpretation.allForms(of:in:)`).
    mutating func forms(of folded: String) -> [QueryInterpretation.Form] {
        if let found = forms[folded] { return found }
        let found = QueryInterpretation.allForms(of: folded, in: segments)
        forms[folded] = found
        return found
    }
}
