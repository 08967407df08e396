import TraCuuText

/// A document's date as one integer, as the `.doc` table keeps it and date filters compare
/// it: `yyyymmdd`, with `00` for the month or day a partial date leaves out (`2021` is
/// 20210000, `2021-06` is 20210600), and 0 for no date.
enum DateCode {
    /// The code of a document without a date.
    static let none: UInt32 = 0

    static func encode(_ date: CalendarDate?) -> UInt32 {
        guard let date else { return none }
        return UInt32(date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0))
    }

    /// The date of `code`; nil for `none` and for codes that are no date (a damaged table).
    static func decode(_ code: UInt32) -> CalendarDate? {
        guard code != none else { return nil }
        let month = Int(code / 100 % 100), day = Int(code % 100)
        guard month != 0 || day == 0 else { return nil }
        return CalendarDate(year: Int(code / 10_000), month: month == 0 ? nil : month,
                            day: day == 0 ? nil : day)
    }

    /// Whether `code` is `none` or a date.
    static func isValid(_ code: UInt32) -> Bool { code == none || decode(code) != nil }

    /// The first and last day `code` covers, as `yyyymmdd`. `code` is a valid code other
    /// than `none`.
    @inline(__always)
    static func days(_ code: UInt32) -> ClosedRange<UInt32> {
        if code % 10_000 == 0 { return (code + 101)...(code + 1231) }
        guard code % 100 == 0 else { return code...code }
        let last = CalendarDate.days(inMonth: Int(code / 100 % 100), of: Int(code / 10_000))
        return (code + 1)...(code + UInt32(last))
    }

    /// The days `date` covers, as `days(_:)` gives them.
    static func days(_ date: CalendarDate) -> ClosedRange<UInt32> { days(encode(date)) }
}
