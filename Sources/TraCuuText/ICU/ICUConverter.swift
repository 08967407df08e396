internal import CICU

/// ICU's charset converters, for the legacy encodings ICU knows (Windows-1258).
package enum ICUConverter {
    /// Decodes `bytes` from the named ICU charset (`tc_decode`); unmappable bytes become
    /// U+FFFD. Throws `TextError.unknownEncoding` when ICU does not know the charset.
    package static func decode(_ bytes: [UInt8], charset: String) throws -> [UInt16] {
        var capacity = bytes.count + 16
        while true {
            var status: Int32 = 0
            var needed: Int32 = 0
            let output = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = tc_decode(charset, bytes, Int32(bytes.count), buffer.baseAddress!,
                                   Int32(capacity), &status)
                count = needed <= capacity ? Int(needed) : 0
            }
            if ICUStatus.isFailure(status) {
                throw TextError(.unknownEncoding,
                                "ICU cannot decode '\(charset)' (UErrorCode \(status))")
            }
            if Int(needed) <= capacity { return output }
            capacity = Int(needed)
        }
    }
}
