/// Roman numerals as Vietnamese writes congress terms and plenums: `khóa XIII`, `lần thứ IX`.
enum RomanNumeral {
    /// The value of a canonical Roman numeral (`XIII` → 13, `IV` → 4), 1…3999; nil for
    /// anything else, including non-canonical forms such as `IIII` or `VX`.
    static func value(of text: String) -> Int? {
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.utf8.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            guard let digit = digits[character] else { return nil }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        guard (1...3999).contains(total), roman(total) == upper else { return nil }
        return total
    }

    /// False when `value(of:)` is certainly nil: for ASCII text with a character other than
    /// I V X L C D M in either case. A cheap test for callers that ask at every word; text
    /// with other characters gets true (`ı` uppercases to `I`).
    ///
    /// With `uppercase`, for callers that also require `text == text.uppercased()`: false
    /// unless every byte is one of I V X L C D M, since no other text equals its uppercase
    /// and uppercases to those letters.
    static func mayBeNumeral(_ utf8: some Sequence<UInt8>, uppercase: Bool = false) -> Bool {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"),
                 UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"):
                continue
            case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"),
                 UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"):
                if uppercase { return false }
            case 0x80...:
                if uppercase { return false }
                return true
            default:
                return false
            }
        }
        return true
    }

    /// The canonical numeral for `value` (1…3999).
    static func roman(_ value: Int) -> String {
        var remaining = value
        var text = ""
        for (number, letters) in symbols {
            while remaining >= number {
                text += letters
                remaining -= number
            }
        }
        return text
    }

    private static let digits: [Character: Int] = [
        "I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000,
    ]

    private static let symbols: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
}
