/// Dates with the precision they carry: `16/6/2021`, `16/06/2021`, `16-6-2021`,
/// `ngày 16 tháng 6 năm 2021` (day); `tháng 6/2021`, `tháng 6 năm 2021` (month);
/// `năm 2021` (year). Impossible dates (`31/2/2021`) are not dates; a bare `2021`, a range
/// `2017-2021` and `ngày 16/6` are not either. Key: `date|2021-06-16`.
public struct DateRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The date at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        let keywords = context.mode == .document ? Self.documentWords : Self.queryWords
        let word = context.keywordCode(index)
        if let (date, end) = DateParser.numericDate(at: index, in: context)
            ?? DateParser.isoDate(at: index, in: context) {
            return Self.match(index..<end, date)
        }
        if let date = DateParser.dottedDate(at: index, in: context) {
            return Self.match(index..<(index + 1), date)
        }
        if word == keywords.day, context.isSpaced(after: index),
           let (date, end) = dayMonthYear(from: index + 1, in: context, keywords) {
            return Self.match(index..<end, date)
        }
        if context.kind(index) == .number,
           index == 0 || !Self.joinsNumbers(context.gap(after: index - 1)),
           let (date, end) = dayMonthYear(from: index, in: context, keywords) {
            return Self.match(index..<end, date)
        }
        if word == keywords.month, let (date, end) = monthAndYear(from: index, in: context,
                                                                   keywords) {
            return Self.match(index..<end, date)
        }
        if word == keywords.year, context.isSpaced(after: index),
           let year = DateParser.fourDigitYear(index + 1, in: context),
           !Self.startsRange(after: index + 1, in: context),
           let date = CalendarDate(year: year) {
            return Self.match(index..<(index + 2), date)
        }
        return nil
    }

    /// Whether a date can start at `index`: every date starts with a number or with `ngày`,
    /// `tháng` or `năm`. Cheap; `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        context.kind(index) == .number || context.starts(index).contains(.dateWord)
    }

    /// `16 tháng 6 năm 2021`, `30, tháng 12/1899` from the day number at `index`.
    private func dayMonthYear(from index: Int, in context: EntityContext, _ keywords: Words)
        -> (date: CalendarDate, end: Int)?
    {
        guard let day = DateParser.smallNumber(index, in: context),
              context.isSpaced(after: index) || context.gap(after: index, is: ", "),
              let (monthDate, end) = monthAndYear(from: index + 1, in: context, keywords),
              let date = CalendarDate(year: monthDate.year, month: monthDate.month, day: day)
        else { return nil }
        return (date, end)
    }

    /// `tháng 6/2021`, `tháng 6-2021`, `tháng 6 năm 2021` from the `tháng` at `index`.
    private func monthAndYear(from index: Int, in context: EntityContext, _ keywords: Words)
        -> (date: CalendarDate, end: Int)?
    {
        guard index + 2 < context.count, context.keywordCode(index) == keywords.month,
              context.isSpaced(after: index),
              let month = DateParser.smallNumber(index + 1, in: context) else { return nil }
        if context.gap(after: index + 1, is: "/") || context.gap(after: index + 1, is: "-"),
           let year = DateParser.fourDigitYear(index + 2, in: context),
           let date = CalendarDate(year: year, month: month) {
            return (date, index + 3)
        }
        if index + 3 < context.count, context.isSpaced(after: index + 1),
           context.keywordCode(index + 2) == keywords.year, context.isSpaced(after: index + 2),
           let year = DateParser.fourDigitYear(index + 3, in: context),
           let date = CalendarDate(year: year, month: month) {
            return (date, index + 4)
        }
        return nil
    }

    /// Whether a gap ends in a separator that makes a number part of something else
    /// (`2.06-8 Tháng 2`: a version, not a day).
    private static func joinsNumbers(_ gap: ArraySlice<UInt8>) -> Bool {
        guard let last = gap.last else { return true }
        return [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":")]
            .contains(last)
    }

    /// Whether a `2017-2021` or `2003 – 2007` range continues after the year at `index`.
    private static func startsRange(after index: Int, in context: EntityContext) -> Bool {
        DateParser.isDash(after: index, in: context)
            && DateParser.fourDigitYear(index + 1, in: context) != nil
    }

    private static func match(_ tokens: Range<Int>, _ date: CalendarDate) -> EntityMatch {
        EntityMatch(tokens: tokens, value: .date(date), key: "date|\(date)")
    }

    /// `ngày`, `tháng`, `năm` at one mode's level, as codes.
    struct Words: Sendable {
        let day: KeywordCode, month: KeywordCode, year: KeywordCode

        init(_ level: MatchLevel) {
            let normalizer = Normalizer(level: level)
            day = KeywordCode(normalizer.key(of: "ngày"))
            month = KeywordCode(normalizer.key(of: "tháng"))
            year = KeywordCode(normalizer.key(of: "năm"))
        }
    }

    static let documentWords = Words(AnalysisMode.document.keywordLevel)
    static let queryWords = Words(AnalysisMode.query.keywordLevel)
}
