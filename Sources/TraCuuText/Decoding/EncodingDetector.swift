/// Guesses the encoding of bytes: a BOM, then valid UTF-8, then the legacy encodings.
enum EncodingDetector {
    static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16 }
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        return .windows1258
    }
}
