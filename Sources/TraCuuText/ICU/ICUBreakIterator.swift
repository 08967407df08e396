internal import CICU

/// ICU's word break iterator, for runs of text in scripts without spaces (Chinese, Thai, …).
package enum ICUBreakIterator {
    /// The word segments of `text` as UTF-16 offset ranges (`tc_word_breaker_open`, `_next`,
    /// `_is_word`, `_close`); spaces and punctuation segments are left out.
    package static func wordRanges(in utf16: [UInt16]) -> [Range<Int>] {
        var status: Int32 = 0
        return utf16.withUnsafeBufferPointer { buffer -> [Range<Int>] in
            guard let base = buffer.baseAddress,
                  let breaker = tc_word_breaker_open(base, Int32(buffer.count), &status)
            else {
                ICUStatus.require(status == 0 ? 1 : status, "tc_word_breaker_open")
                return []
            }
            defer { tc_word_breaker_close(breaker) }
            var ranges: [Range<Int>] = []
            var start = 0
            while case let end = Int(tc_word_breaker_next(breaker)), end >= 0 {
                if tc_word_breaker_is_word(breaker) == 1 { ranges.append(start..<end) }
                start = end
            }
            return ranges
        }
    }
}
