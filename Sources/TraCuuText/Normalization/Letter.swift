/// A vowel quality mark, or the stroke of `đ`.
public enum LetterMark: UInt8, CaseIterable, Sendable, Hashable {
    case none = 0
    /// U+0302: â ê ô.
    case circumflex
    /// U+0306: ă.
    case breve
    /// U+031B: ơ ư.
    case horn
    /// đ, which has no decomposition.
    case stroke

    /// The combining mark for this quality, nil for none and stroke.
    var combiningMark: Unicode.Scalar? {
        switch self {
        case .none, .stroke: nil
        case .circumflex: "\u{0302}"
        case .breve: "\u{0306}"
        case .horn: "\u{031B}"
        }
    }

    /// The quality a combining mark writes, if it is one of the three.
    init?(combiningMark scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0302: self = .circumflex
        case 0x0306: self = .breve
        case 0x031B: self = .horn
        default: return nil
        }
    }
}

/// One lowercase letter of a Vietnamese word without its tone: an ASCII base (or digit)
/// and a quality mark. `ư` is `u` + `.horn`, `đ` is `d` + `.stroke`.
public struct Letter: Hashable, Sendable {
    /// ASCII lowercase letter or digit.
    public var base: UInt8
    public var mark: LetterMark

    public init(base: UInt8, mark: LetterMark = .none) {
        self.base = base
        self.mark = mark
    }

    /// Whether the pair is a letter of the Vietnamese alphabet or a plain ASCII letter/digit:
    /// â ê ô only with a circumflex, ă with a breve, ơ ư with a horn, đ with a stroke.
    static func isValid(base: UInt8, mark: LetterMark) -> Bool {
        switch mark {
        case .none: return true
        case .circumflex: return base == a || base == e || base == o
        case .breve: return base == a
        case .horn: return base == o || base == u
        case .stroke: return base == d
        }
    }

    /// Whether this letter is a vowel (a ă â e ê i o ô ơ u ư y).
    var isVowel: Bool { Letter.canCarryTone(base) }

    /// Whether a tone mark may sit on `base` (the six vowels a e i o u y).
    @inline(__always)
    static func canCarryTone(_ base: UInt8) -> Bool {
        // Bit n is set when the letter n places after `a` is a vowel: a e i o u y are bits
        // 0, 4, 8, 14, 20, 24.
        let offset = base &- UInt8(ascii: "a")
        return offset < 26 && (0x0110_4111 as UInt32) &>> UInt32(offset) & 1 != 0
    }

    static let a = UInt8(ascii: "a"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e")
    static let g = UInt8(ascii: "g"), h = UInt8(ascii: "h"), i = UInt8(ascii: "i")
    static let o = UInt8(ascii: "o"), q = UInt8(ascii: "q"), u = UInt8(ascii: "u")
    static let y = UInt8(ascii: "y")
}
