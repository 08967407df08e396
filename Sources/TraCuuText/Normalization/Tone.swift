/// The six Vietnamese tones. `ngang` (level) has no mark.
public enum Tone: UInt8, CaseIterable, Sendable, Hashable {
    /// Level tone, no mark: `ma`.
    case ngang = 0
    /// Falling tone, grave accent U+0300: `mà`.
    case huyen
    /// Rising tone, acute accent U+0301: `má`.
    case sac
    /// Dipping tone, hook above U+0309: `mả`.
    case hoi
    /// Broken tone, tilde U+0303: `mã`.
    case nga
    /// Heavy tone, dot below U+0323: `mạ`.
    case nang

    /// The combining mark that writes this tone, or nil for `ngang`.
    public var combiningMark: Unicode.Scalar? {
        switch self {
        case .ngang: nil
        case .huyen: "\u{0300}"
        case .sac: "\u{0301}"
        case .hoi: "\u{0309}"
        case .nga: "\u{0303}"
        case .nang: "\u{0323}"
        }
    }

    /// The tone that a combining mark writes, if it writes one.
    public init?(combiningMark scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0300: self = .huyen
        case 0x0301: self = .sac
        case 0x0309: self = .hoi
        case 0x0303: self = .nga
        case 0x0323: self = .nang
        default: return nil
        }
    }
}
