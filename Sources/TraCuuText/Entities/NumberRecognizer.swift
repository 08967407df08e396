/// Numbers, so that `05` ≡ `5` and `1.000` ≡ `1000`; Roman numerals after `khóa`/`khoá`,
/// `lần thứ` and `Đại hội` (`khóa XIII` ≡ `khóa 13`), and in lists after them
/// (`khóa XII, XIII`). Key: `num|5`.
public struct NumberRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The number at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        let value: Int?
        switch context.kind(index) {
        case .number: value = Self.integer(context.text(index))
        case .word: value = Self.romanValue(at: index, in: context)
        case .url, .email: value = nil
        }
        guard let value else { return nil }
        return EntityMatch(tokens: index..<(index + 1), value: .number(value),
                           key: "num|" + String(value))
    }

    /// Whether a number can start at `index`: a number token, or a word that may be a Roman
    /// numeral. Cheap; `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        switch context.kind(index) {
        case .number:
            return true
        case .word:
            // In documents the numeral is written in capitals: its first letter is one.
            guard context.mode == .query || context.isCapitalized(index) else {
                return false
            }
            return RomanNumeral.mayBeNumeral(context.utf8(index),
                                             uppercase: context.mode == .document)
        case .url, .email:
            return false
        }
    }

    /// `05` → 5, `1.000.000` → 1000000 (dots group thousands); nil for `3,5`, `0,5%`, or
    /// more than 15 digits. Reads bytes: anything but ASCII digits and dots (a comma, a
    /// combining mark after a digit) makes it nil.
    package static func integer(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        var groupLength = 0
        var groups = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                // Every group is non-empty; all but the first have three digits.
                guard groupLength > 0, groups == 0 || groupLength == 3 else { return nil }
                groups += 1
                groupLength = 0
            } else if CharacterClass.isDigit(byte) {
                digits += 1
                guard digits <= 15 else { return nil }
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
                groupLength += 1
            } else {
                return nil
            }
        }
        guard groupLength > 0, groups == 0 || groupLength == 3 else { return nil }
        return value
    }

    /// The value of a Roman numeral at `index` when a congress or plenum word precedes it.
    static func romanValue(at index: Int, in context: EntityContext) -> Int? {
        let text = context.text(index)
        guard RomanNumeral.mayBeNumeral(text.utf8),
              context.mode == .query || context.isAllUppercase(index),
              let value = RomanNumeral.value(of: text),
              isAfterOrdinalWord(index, in: context) else { return nil }
        return value
    }

    /// Whether `khóa`, `lần thứ` or `đại hội` precedes `index`, directly or through a list of
    /// numerals (`khóa XII, XIII`).
    static func isAfterOrdinalWord(_ index: Int, in context: EntityContext) -> Bool {
        var current = index
        while current > 0 {
            let previous = current - 1
            if context.isSpaced(after: previous) {
                return context.endsPhrase(Self.ordinalWords, before: current)
            }
            guard context.gap(after: previous, is: ", ") || context.gap(after: previous, is: ","),
                  RomanNumeral.value(of: context.text(previous)) != nil
                    || context.kind(previous) == .number else { return false }
            current = previous
        }
        return false
    }

    private static let ordinalWords = Keywords.table(
        ["khóa", "lần thứ", "đại hội"].map { ($0, ()) })
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
