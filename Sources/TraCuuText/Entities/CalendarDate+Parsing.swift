/// Reading a `CalendarDate` from text as people and data files write it.
extension CalendarDate: LosslessStringConvertible {
    /// The forms `init?(_:)` reads, for messages that refuse other text.
    public static let acceptedForms = "YYYY-MM-DD, YYYY-MM, YYYY, D/M/YYYY "
        + "or an ISO 8601 timestamp (YYYY-MM-DDThh:mm:ss…)"

    /// Reads `YYYY-MM-DD`, `YYYY-MM`, `YYYY` (month and day may have one digit, `/` may stand
    /// for `-`), `D/M/YYYY` (day first, as Vietnamese writes it; `-` or `.` may stand for
    /// `/`) or an ISO 8601 timestamp (`2021-06-16T08:30:00+07:00`: its date as written, the
    /// offset not applied). Spaces around are ignored. Nil for anything else and for
    /// impossible dates (`2017-13-45`, `31/2/2021`).
    public init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while bytes.first == UInt8(ascii: " ") { bytes.removeFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        if bytes.count > 10, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")]
            .contains(bytes[bytes.startIndex + 10]) {
            guard Self.isTime(bytes.dropFirst(11)) else { return nil }
            bytes = bytes.prefix(10)
            guard bytes[bytes.startIndex + 4] == UInt8(ascii: "-") else { return nil }
        }
        guard let date = Self.date(bytes) else { return nil }
        self = date
    }

    /// A date of one to three numbers with one kind of separator between them.
    private static func date(_ bytes: ArraySlice<UInt8>) -> CalendarDate? {
        let separators: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]
        let separator = bytes.first { separators.contains($0) }
        let parts = separator.map { bytes.split(separator: $0, omittingEmptySubsequences: false) }
            ?? [bytes]
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let digits = parts.map(\.count)
        let isShort = { (index: Int) in digits[index] <= 2 }
        if digits[0] == 4, separator != UInt8(ascii: "."), digits.count <= 3,
           digits.indices.dropFirst().allSatisfy(isShort) {
            return CalendarDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                                day: numbers.count > 2 ? numbers[2] : nil)
        }
        if digits.count == 3, digits[2] == 4, isShort(0), isShort(1) {
            return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
        }
        return nil
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff`, then nothing, `Z` or an offset (`±hh`,
    /// `±hh:mm`, `±hhmm`).
    private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        guard twoDigits(&rest, below: 24) != nil, take(":", from: &rest),
              twoDigits(&rest, below: 60) != nil else { return false }
        if take(":", from: &rest) {
            guard twoDigits(&rest, below: 61) != nil else { return false }
            if take(".", from: &rest) || take(",", from: &rest) {
                guard rest.first.map(isDigit) == true else { return false }
                while rest.first.map(isDigit) == true { rest.removeFirst() }
            }
        }
        if rest.isEmpty { return true }
        if take("Z", from: &rest) || take("z", from: &rest) { return rest.isEmpty }
        guard take("+", from: &rest) || take("-", from: &rest),
              twoDigits(&rest, below: 24) != nil else { return false }
        if rest.isEmpty { return true }
        _ = take(":", from: &rest)
        return twoDigits(&rest, below: 60) != nil && rest.isEmpty
    }

    /// Two digits making a number below `limit`, taken from the front of `bytes`.
    private static func twoDigits(_ bytes: inout ArraySlice<UInt8>, below limit: Int) -> Int? {
        guard bytes.count >= 2, isDigit(bytes[bytes.startIndex]),
              isDigit(bytes[bytes.startIndex + 1]) else { return nil }
        let value = Int(bytes[bytes.startIndex] - UInt8(ascii: "0")) * 10
            + Int(bytes[bytes.startIndex + 1] - UInt8(ascii: "0"))
        bytes.removeFirst(2)
        return value < limit ? value : nil
    }

    /// Whether `bytes` starts with `character`; if so, it is taken off.
    private static func take(_ character: Unicode.Scalar, from bytes: inout ArraySlice<UInt8>)
        -> Bool
    {
        guard bytes.first == UInt8(ascii: character) else { return false }
        bytes.removeFirst()
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
