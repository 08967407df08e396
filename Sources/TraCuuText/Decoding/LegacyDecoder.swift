/// Decodes the legacy Vietnamese byte encodings. Windows-1258 goes through ICU; VISCII,
/// TCVN3 and VNI need tables of our own, which ICU does not have.
enum LegacyDecoder {
    /// `bytes` read as a legacy encoding. Unmappable bytes become U+FFFD and are counted;
    /// `sourceOffsets` maps every output byte to the input byte it came from.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> DecodedText {
        switch encoding {
        case .viscii: decodeSingleByte(bytes, table: VISCIITable.scalars, as: encoding)
        case .tcvn3: decodeSingleByte(bytes, table: TCVN3Table.scalars, as: encoding)
        case .vni: VNIDecoder.decode(bytes)
        case .windows1258: decodeWithICU(bytes, charset: "windows-1258", as: encoding)
        // Not legacy encodings; TextDecoder does not send them here.
        case .auto, .utf8, .utf16: TextDecoder.decode(bytes, as: encoding)
        }
    }

    /// A charset where every byte is one scalar of a 256-entry table (generated from glibc
    /// iconv by `Scripts/generate-legacy-tables.py`).
    private static func decodeSingleByte(_ bytes: [UInt8], table: [UInt16],
                                         as encoding: TextEncoding) -> DecodedText {
        precondition(table.count == 256, "a single-byte table has 256 entries")
        var builder = DecodedTextBuilder(inputCount: bytes.count)
        for (offset, byte) in bytes.enumerated() {
            builder.append(Unicode.Scalar(table[Int(byte)]) ?? "\u{FFFD}", from: offset)
        }
        return builder.finished(as: encoding, inputCount: bytes.count)
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
