/// Numbers, so that `05` ≡ `5` and `1.000` ≡ `1000`; Roman numerals after `khóa`/`khoá`,
/// `lần thứ` and `Đại hội` (`khóa XIII` ≡ `khóa 13`), and in lists after them
/// (`khóa XII, XIII`). Key: `num|5`.
public struct NumberRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        let token = context.tokens[index]
        let value: Int?
        switch token.kind {
        case .number: value = Self.integer(token.text)
        case .word: value = Self.romanValue(at: index, in: context)
        case .url, .email: value = nil
        }
        guard let value else { return nil }
        return EntityMatch(tokens: index..<(index + 1), value: .number(value), key: "num|\(value)")
    }

    /// `05` → 5, `1.000.000` → 1000000 (dots group thousands); nil for `3,5`, `0,5%`, or
    /// more than 15 digits.
    static func integer(_ text: String) -> Int? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        let digits = groups.joined()
        guard digits.count <= 15 else { return nil }
        return Int(digits)
    }

    /// The value of a Roman numeral at `index` when a congress or plenum word precedes it.
    static func romanValue(at index: Int, in context: EntityContext) -> Int? {
        let token = context.tokens[index]
        guard context.mode == .query || token.text == token.text.uppercased(),
              let value = RomanNumeral.value(of: token.text),
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
                let level = context.mode.keywordLevel
                if Self.ordinalWords[level]?.contains(where: { phrase in
                    previous + 1 >= phrase.count
                        && context.phraseEnd(phrase, at: previous + 1 - phrase.count) == current
                }) == true { return true }
                return false
            }
            guard context.gap(after: previous, is: ", ") || context.gap(after: previous, is: ","),
                  RomanNumeral.value(of: context.tokens[previous].text) != nil
                    || context.tokens[previous].kind == .number else { return false }
            current = previous
        }
        return false
    }

    private static let ordinalWords: [MatchLevel: [[String]]] = {
        var table: [MatchLevel: [[String]]] = [:]
        for level in [MatchLevel.exact, .folded] {
            table[level] = ["khóa", "lần thứ", "đại hội"].map { Keywords.words($0, level) }
        }
        return table
    }()
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
