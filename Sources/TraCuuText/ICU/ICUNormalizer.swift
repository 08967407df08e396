internal import CICU

/// ICU's normalization and case mapping, over Swift strings.
///
/// Each call converts to UTF-16 and back, so it allocates: it is the reference path and the
/// path for rare text, not the per-token hot loop.
package enum ICUNormalizer {
    /// Unicode normalization form.
    package enum Form { case nfc, nfd }

    /// `text` in the given form (`tc_normalize`).
    package static func normalized(_ text: String, _ form: Form) -> String {
        normalized(utf16: UTF16Transcoding.units(of: text), form)
    }

    /// The text of UTF-16 code units in the given form (`tc_normalize`): for callers that
    /// build text scalar by scalar, without a string in between.
    package static func normalized(utf16 source: [UInt16], _ form: Form) -> String {
        let code: Int32 = form == .nfc ? Int32(TC_NFC) : Int32(TC_NFD)
        return transformed(source, "tc_normalize") { dst, capacity, status in
            tc_normalize(code, source, Int32(source.count), dst, capacity, status)
        }
    }

    /// Whether `text` is already in the form (`tc_is_normalized`: quick check first).
    package static func isNormalized(_ text: String, _ form: Form) -> Bool {
        let source = UTF16Transcoding.units(of: text)
        let code: Int32 = form == .nfc ? Int32(TC_NFC) : Int32(TC_NFD)
        var status: Int32 = 0
        let result = tc_is_normalized(code, source, Int32(source.count), &status)
        ICUStatus.require(status, "tc_is_normalized")
        return result == 1
    }

    /// Full default case folding (`tc_fold_case`): `ĐẢNG` → `đảng`, `ß` → `ss`.
    package static func caseFolded(_ text: String) -> String {
        let source = UTF16Transcoding.units(of: text)
        return transformed(source, "tc_fold_case") { dst, capacity, status in
            tc_fold_case(source, Int32(source.count), dst, capacity, status)
        }
    }

    /// Lowercase for the root locale (`tc_to_lower`).
    package static func lowercased(_ text: String) -> String {
        let source = UTF16Transcoding.units(of: text)
        return transformed(source, "tc_to_lower") { dst, capacity, status in
            tc_to_lower(source, Int32(source.count), dst, capacity, status)
        }
    }

    /// Runs a shim function of the shape (dst, capacity, status) → needed length, growing the
    /// destination once when the first guess was short.
    static func transformed(
        _ source: [UInt16], _ function: StaticString,
        _ call: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) -> String {
        var capacity = source.count * 2 + 16
        while true {
            var status: Int32 = 0
            var needed: Int32 = 0
            let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = call(buffer.baseAddress!, Int32(capacity), &status)
                count = needed <= capacity ? Int(needed) : 0
            }
            ICUStatus.require(status, function)
            if Int(needed) <= capacity {
                return buffer.withUnsafeBufferPointer(UTF16Transcoding.string)
            }
            capacity = Int(needed)
        }
    }
}
