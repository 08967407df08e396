/// A date with the precision it was written with: a year, a month or a day. A partial date
/// (`2021`, `2021-06`) stands for every day it covers, as a date filter or a document's date.
///
/// ```swift
/// let date = CalendarDate("16/6/2021")      // 2021-06-16; nil for text that is no date
/// let month = CalendarDate(year: 2021, month: 6)
/// ```
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Nil for impossible dates (31/2/2021, month 13) and years outside 1000–2999.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...2999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= CalendarDate.days(inMonth: month, of: year) else {
                return nil
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + CalendarDate.twoDigits(month) }
        if let day { text += "-" + CalendarDate.twoDigits(day) }
        return text
    }

    /// The number of days in `month` (1–12) of `year`, leap years counted.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
