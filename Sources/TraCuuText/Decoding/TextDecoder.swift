/// Turns bytes in any encoding TraCuu reads into Unicode text, counting what it had to
/// replace. Never traps on input: invalid bytes become U+FFFD.
public enum TextDecoder {
    /// Decodes `bytes` read as `encoding`; `.auto` detects the encoding first.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> DecodedText {
        switch encoding {
        case .auto: decode(bytes, as: EncodingDetector.detect(bytes))
        case .utf8: UTF8Decoder.decode(bytes)
        case .utf16: UTF16Decoder.decode(bytes)
        case .windows1258, .viscii, .tcvn3, .vni: LegacyDecoder.decode(bytes, as: encoding)
        }
    }

    /// The encoding named on a command line (`utf8`, `windows-1258`, …); throws
    /// `TextError.unknownEncoding` naming the valid values.
    public static func encoding(named name: String) throws -> TextEncoding {
        let lowered = name.lowercased()
        let aliases = ["utf-8": "utf8", "utf-16": "utf16", "cp1258": "windows-1258",
                       "tcvn": "tcvn3", "abc": "tcvn3", "vni-windows": "vni"]
        guard let encoding = TextEncoding(rawValue: aliases[lowered] ?? lowered) else {
            throw TextError(.unknownEncoding,
                            "unknown encoding '\(name)'; valid: \(TextEncoding.validNames)")
        }
        return encoding
    }
}
