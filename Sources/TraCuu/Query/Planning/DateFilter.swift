import TraCuuText

/// `date:` filters and `since`/`until` bounds, over the `DateCode`s of the `.doc` table. A
/// document passes when every day its date covers fits: a document dated `2021` passes
/// `date:2021` but not `date:2021-06` nor a `since` of 2021-06-01. Documents without a date
/// never pass a filter.
struct DateFilter {
    /// The days each `date:` filter covers; a document must fit one of them.
    private let dates: [ClosedRange<UInt32>]
    /// The first and last day `since` and `until` allow.
    private let bounds: ClosedRange<UInt32>
    /// Whether `until` comes before `since`, so that nothing can pass.
    private let isContradictory: Bool
    /// Whether there is no filter at all.
    let isEmpty: Bool

    init(dates: [CalendarDate], since: CalendarDate?, until: CalendarDate?) {
        self.dates = dates.map(DateCode.days)
        let first = since.map { DateCode.days($0).lowerBound } ?? 0
        let last = until.map { DateCode.days($0).upperBound } ?? .max
        bounds = first...max(first, last)
        isEmpty = dates.isEmpty && since == nil && until == nil
        isContradictory = last < first
    }

    /// Whether a document dated `code` passes.
    func accepts(_ code: UInt32) -> Bool {
        guard !isEmpty else { return true }
        guard code != DateCode.none, !isContradictory else { return false }
        let days = DateCode.days(code)
        return bounds.contains(days.lowerBound) && bounds.contains(days.upperBound)
            && (dates.isEmpty || dates.contains {
                $0.contains(days.lowerBound) && $0.contains(days.upperBound)
            })
    }
}
