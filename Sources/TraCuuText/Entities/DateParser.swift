/// Reads dates from tokens and the text between them, for the date and reference recognisers.
enum DateParser {
    /// `16/6/2021`, `16/06/2021`, `16-6-2021`, `16.6.2021` starting at token `index`: the date
    /// and the index after it. Impossible dates are not dates.
    static func numericDate(at index: Int, in context: EntityContext)
        -> (date: CalendarDate, end: Int)?
    {
        guard index + 2 < context.count,
              let day = smallNumber(index, in: context),
              let month = smallNumber(index + 1, in: context),
              let year = fourDigitYear(index + 2, in: context) else { return nil }
        let separator = context.gap(after: index)
        guard separator.count == 1, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]
                .contains(separator.first!),
              context.gap(after: index + 1).elementsEqual(separator),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (date, index + 3)
    }

    /// ISO `2021-06-16`: the date and the index after it.
    static func isoDate(at index: Int, in context: EntityContext)
        -> (date: CalendarDate, end: Int)?
    {
        guard index + 2 < context.count,
              let year = fourDigitYear(index, in: context),
              context.gap(after: index, is: "-"), context.gap(after: index + 1, is: "-"),
              context.byteCount(index + 1) == 2,
              context.byteCount(index + 2) == 2,
              let month = smallNumber(index + 1, in: context),
              let day = smallNumber(index + 2, in: context),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (date, index + 3)
    }

    /// `22.11.1999`, which the tokenizer keeps as one number token.
    static func dottedDate(at index: Int, in context: EntityContext) -> CalendarDate? {
        // Only digits and two dots, 8 to 10 bytes (`1.1.2021` to `22.11.1999`), can be one.
        guard context.kind(index) == .number,
              (8...10).contains(context.byteCount(index)) else { return nil }
        let parts = context.text(index).split(separator: ".",
                                                     omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
              let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Whether the gap after token `index` is a dash, with or without spaces around it.
    static func isDash(after index: Int, in context: EntityContext) -> Bool {
        let trimmed = context.gap(after: index).filter { $0 != UInt8(ascii: " ") }
        return index + 1 < context.count
            && (trimmed.elementsEqual("-".utf8) || trimmed.elementsEqual("–".utf8))
    }

    /// A number of one or two digits.
    static func smallNumber(_ index: Int, in context: EntityContext) -> Int? {
        guard index < context.count, context.byteCount(index) <= 2 else {
            return nil
        }
        return context.integer(index)
    }

    /// A four-digit year.
    static func fourDigitYear(_ index: Int, in context: EntityContext) -> Int? {
        guard index < context.count, context.byteCount(index) == 4 else {
            return nil
        }
        return context.integer(index)
    }
}
