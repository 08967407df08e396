import TraCuuText

/// Encodes text in a legacy encoding by inverting its decoder, for seed inputs: every
/// one- and two-byte sequence is decoded, and each character it yields maps back to it.
enum LegacyEncoder {
    /// `text` in `encoding`, or nil when a character has no encoding there.
    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        switch encoding {
        case .auto, .utf8: return Array(text.utf8)
        case .utf16: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        default: break
        }
        let table = reverseTable(encoding)
        var bytes: [UInt8] = []
        for character in text {
            if character.isASCII, let ascii = character.asciiValue {
                bytes.append(ascii)
            } else if let encoded = table[character] {
                bytes += encoded
            } else {
                return nil
            }
        }
        return bytes
    }

    private static func reverseTable(_ encoding: TextEncoding) -> [Character: [UInt8]] {
        var table: [Character: [UInt8]] = [:]
        func learn(_ sequence: [UInt8]) {
            let decoded = TextDecoder.decode(sequence, as: encoding)
            guard decoded.replacementCount == 0, decoded.text.count == 1,
                  let character = decoded.text.first, !character.isASCII,
                  table[character] == nil || sequence.count < table[character]?.count ?? 0
            else { return }
            table[character] = sequence
        }
        for byte in UInt8(0x80)...0xFF { learn([byte]) }
        for first in UInt8(0x41)...0xFF where first >= 0x80 || (first | 0x20) >= 0x61 {
            for second in UInt8(0x80)...0xFF { learn([first, second]) }
        }
        return table
    }
}
