import TraCuuText

/// Unicode → VNI-Windows bytes, for tests only: makes VNI fixtures from the UTF-8 samples.
/// Written from the VNI tables of public converters (see `VNITable`), independently of the
/// decoder's table, so a round trip checks one against the other.
enum VNITestEncoder {
    /// The VNI bytes of `text` (any normalization form); nil when it holds a character
    /// other than ASCII and Vietnamese letters.
    static func encode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in ICUNormalizer.normalized(text, .nfc).unicodeScalars {
            guard let encoded = encode(scalar) else { return nil }
            bytes += encoded
        }
        return bytes
    }

    private static func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if scalar.isASCII { return [UInt8(scalar.value)] }
        switch scalar.value {
        case 0x0111: return [0xF1]  // đ
        case 0x0110: return [0xD1]  // Đ
        default: break
        }
        let parts = Array(ICUNormalizer.normalized(String(scalar), .nfd).unicodeScalars)
        guard let base = parts.first, base.isASCII, base.properties.isAlphabetic else {
            return nil
        }
        let isUppercase = base.properties.isUppercase
        let lower = UInt8(base.value) | 0x20
        var quality: UInt32?
        var tone: UInt32?
        for mark in parts.dropFirst() {
            switch mark.value {
            case 0x0302, 0x0306, 0x031B: quality = mark.value
            case 0x0300, 0x0301, 0x0309, 0x0303, 0x0323: tone = mark.value
            default: return nil
            }
        }
        let caseShift: UInt8 = isUppercase ? 0x20 : 0
        // Single-byte letters: ơ ư, i with a tone, ỵ.
        if quality == 0x031B {
            let letter: UInt8 = lower == UInt8(ascii: "o") ? 0xF4 : 0xF6
            var bytes = [letter - caseShift]
            if let mark = toneByte(tone) { bytes.append(mark - caseShift) }
            return bytes
        }
        if lower == UInt8(ascii: "i"), let tone, let byte = iWithTone[tone] {
            return [byte - caseShift]
        }
        if lower == UInt8(ascii: "y"), tone == 0x0323 { return [0xEE - caseShift] }
        var bytes = [UInt8(base.value)]
        let mark: UInt8?
        switch quality {
        case 0x0302: mark = circumflex[tone ?? 0]
        case 0x0306: mark = breve[tone ?? 0]
        default: mark = toneByte(tone)
        }
        if let mark { bytes.append(mark - caseShift) }
        return bytes
    }

    private static func toneByte(_ tone: UInt32?) -> UInt8? {
        tone.flatMap { toneOnly[$0] }
    }

    // Lowercase mark bytes by tone (0 = no tone); uppercase ones are 0x20 lower.
    private static let toneOnly: [UInt32: UInt8] = [
        0x0300: 0xF8, 0x0301: 0xF9, 0x0309: 0xFB, 0x0303: 0xF5, 0x0323: 0xEF,
    ]
    private static let circumflex: [UInt32: UInt8] = [
        0: 0xE2, 0x0300: 0xE0, 0x0301: 0xE1, 0x0309: 0xE5, 0x0303: 0xE3, 0x0323: 0xE4,
    ]
    private static let breve: [UInt32: UInt8] = [
        0: 0xEA, 0x0300: 0xE8, 0x0301: 0xE9, 0x0309: 0xFA, 0x0303: 0xFC, 0x0323: 0xEB,
    ]
    private static let iWithTone: [UInt32: UInt8] = [
        0x0300: 0xEC, 0x0301: 0xED, 0x0309: 0xE6, 0x0303: 0xF3, 0x0323: 0xF2,
    ]
}
