/// Dates with the precision they carry: `16/6/2021`, `16/06/2021`, `16-6-2021`,
/// `ngày 16 tháng 6 năm 2021` (day); `tháng 6/2021`, `tháng 6 năm 2021` (month);
/// `năm 2021` (year). Impossible dates (`31/2/2021`) are not dates; a bare `2021`, a range
/// `2017-2021` and `ngày 16/6` are not either. Key: `date|2021-06-16`.
public struct DateRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        if let (date, end) = DateParser.numericDate(at: index, in: context) {
            return Self.match(index..<end, date)
        }
        guard let keywords = Self.keywords[context.mode.keywordLevel] else { return nil }
        let word = context.keyword(index)
        if word == keywords.day, let day = DateParser.smallNumber(index + 1, in: context),
           context.isSpaced(after: index), context.isSpaced(after: index + 1),
           let (month, end) = monthAndYear(from: index + 2, in: context, keywords),
           let date = CalendarDate(year: month.year, month: month.month, day: day) {
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

    /// `tháng 6/2021`, `tháng 6-2021`, `tháng 6 năm 2021` from the `tháng` at `index`.
    private func monthAndYear(from index: Int, in context: EntityContext, _ keywords: Words)
        -> (date: CalendarDate, end: Int)?
    {
        guard index + 2 < context.tokens.count, context.keyword(index) == keywords.month,
              context.isSpaced(after: index),
              let month = DateParser.smallNumber(index + 1, in: context) else { return nil }
        if context.gap(after: index + 1, is: "/") || context.gap(after: index + 1, is: "-"),
           let year = DateParser.fourDigitYear(index + 2, in: context),
           let date = CalendarDate(year: year, month: month) {
            return (date, index + 3)
        }
        if index + 3 < context.tokens.count, context.isSpaced(after: index + 1),
           context.keyword(index + 2) == keywords.year, context.isSpaced(after: index + 2),
           let year = DateParser.fourDigitYear(index + 3, in: context),
           let date = CalendarDate(year: year, month: month) {
            return (date, index + 4)
        }
        return nil
    }

    /// Whether `2017-2021`-style range continues after the year at `index`.
    private static func startsRange(after index: Int, in context: EntityContext) -> Bool {
        (context.gap(after: index, is: "-") || context.gap(after: index, is: "–"))
            && DateParser.fourDigitYear(index + 1, in: context) != nil
    }

    private static func match(_ tokens: Range<Int>, _ date: CalendarDate) -> EntityMatch {
        EntityMatch(tokens: tokens, value: .date(date), key: "date|\(date)")
    }

    struct Words: Sendable {
        let day: String, month: String, year: String
    }

    private static let keywords: [MatchLevel: Words] = {
        var table: [MatchLevel: Words] = [:]
        for level in [MatchLevel.exact, .folded] {
            let normalizer = Normalizer(level: level)
            table[level] = Words(day: normalizer.key(of: "ngày"), month: normalizer.key(of: "tháng"),
                                 year: normalizer.key(of: "năm"))
        }
        return table
    }()
}
