/// How strictly two spellings must agree to match.
///
/// - `exact`: lowercase, NFC, one canonical tone placement: `hòa` ≡ `hoà`, `hòa` ≠ `hóa`.
/// - `toneless`: vowel qualities and `đ` kept, tones dropped: `mã` → `ma`, `mâ` ≠ `ma`;
///   i/y spelling variants are one (`lý` ≡ `lí`).
/// - `folded`: plain ASCII, `đ` → `d`: `Đảng` → `dang`.
public enum MatchLevel: String, CaseIterable, Sendable, Hashable, Comparable {
    case exact, toneless, folded

    public static func < (lhs: MatchLevel, rhs: MatchLevel) -> Bool {
        lhs.strictness > rhs.strictness
    }

    /// 2 for exact, 1 for toneless, 0 for folded.
    var strictness: Int {
        switch self {
        case .exact: 2
        case .toneless: 1
        case .folded: 0
        }
    }
}
