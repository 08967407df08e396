/// Reads dates from tokens and the text between them, for the date and reference recognisers.
enum DateParser {
    /// `16/6/2021`, `16/06/2021`, `16-6-2021`, `16.6.2021` starting at token `index`: the date
    /// and the index after it. Impossible dates are not dates.
    static func numericDate(at index: Int, in context: EntityContext)
        -> (date: CalendarDate, end: Int)?
    {
        guard index + 2 < context.tokens.count,
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

    /// A number of one or two digits.
    static func smallNumber(_ index: Int, in context: EntityContext) -> Int? {
        guard index < context.tokens.count, context.tokens[index].text.utf8.count <= 2 else {
            return nil
        }
        return context.integer(index)
    }

    /// A four-digit year.
    static func fourDigitYear(_ index: Int, in context: EntityContext) -> Int? {
        guard index < context.tokens.count, context.tokens[index].text.utf8.count == 4 else {
            return nil
        }
        return context.integer(index)
    }
}
