/// Decodes VNI-Windows with `VNITable`: letters stand alone, and a mark byte after a letter
/// becomes combining marks on it (quality mark first, then tone), so `aá` decodes to
/// a + U+0302 + U+0301, which NFC composes to ấ. A mark byte after anything else (a space,
/// a digit, the start) reads as its CP1252 character.
///
/// Every input byte gives one or two scalars, so each output byte maps to one input byte.
enum VNIDecoder {
    static func decode(_ bytes: [UInt8]) -> DecodedText {
        let entries = VNITable.entries
        var builder = DecodedTextBuilder(inputCount: bytes.count)
        var followsLetter = false
        for (offset, byte) in bytes.enumerated() {
            let entry = entries[Int(byte)]
            if entry.isMark && followsLetter {
                if let quality = entry.quality { builder.append(quality, from: offset) }
                if let tone = entry.tone { builder.append(tone, from: offset) }
                // Still on the letter: converters that write `aâù` for ấ stay readable.
            } else {
                builder.append(entry.scalar, from: offset)
                followsLetter = entry.isLetter
            }
        }
        return builder.finished(as: .vni, inputCount: bytes.count)
    }
}
