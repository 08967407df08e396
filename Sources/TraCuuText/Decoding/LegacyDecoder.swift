/// Decodes the legacy Vietnamese byte encodings. Windows-1258 goes through ICU; VISCII,
/// TCVN3 and VNI need tables of our own, which ICU does not have.
enum LegacyDecoder {
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> DecodedText {
        switch encoding {
        case .windows1258: decodeWithICU(bytes, charset: "windows-1258", as: encoding)
        default: preconditionFailure("no legacy table for \(encoding) yet")
        }
    }

    /// A single-byte charset through ICU: one UTF-16 unit per byte, so offsets map 1:1.
    private static func decodeWithICU(_ bytes: [UInt8], charset: String,
                                      as encoding: TextEncoding) -> DecodedText {
        guard let utf16 = try? ICUConverter.decode(bytes, charset: charset),
              utf16.count == bytes.count else {
            return DecodedText(text: String(repeating: "\u{FFFD}", count: bytes.count),
                               encoding: encoding, replacementCount: bytes.count)
        }
        var text = String.UnicodeScalarView()
        var offsets: [Int] = []
        var replaced = 0
        for (index, unit) in utf16.enumerated() {
            let scalar = Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}"
            if scalar == "\u{FFFD}" { replaced += 1 }
            text.append(scalar)
            offsets.append(contentsOf: repeatElement(index, count: UTF8.width(scalar)))
        }
        offsets.append(bytes.count)
        return DecodedText(text: String(text), encoding: encoding, replacementCount: replaced,
                           sourceOffsets: offsets)
    }
}
