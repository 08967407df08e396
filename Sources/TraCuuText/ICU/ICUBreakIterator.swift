internal import CICU

/// ICU's word break iterator, for runs of text in scripts without spaces (Chinese, Thai, …).
package enum ICUBreakIterator {
    /// The word segments of `text` as UTF-16 offset ranges (`tc_word_breaker_open`, `_next`,
    /// `_is_word`, `_close`); spaces and punctuation segments are left out. Opens an
    /// iterator per call; `ICUWordBreaker` keeps one for many calls.
    package static func wordRanges(in utf16: [UInt16]) -> [Range<Int>] {
        ICUWordBreaker().wordRanges(in: utf16)
    }
}

/// One open ICU word break iterator, reused for run after run of text: opening one costs far
/// more than breaking a short run. Not for sharing across threads: ICU break iterators keep
/// their position as state.
final class ICUWordBreaker {
    private let breaker: UnsafeMutableRawPointer

    /// Opens the iterator (`tc_word_breaker_open`) over no text yet.
    init() {
        var status: Int32 = 0
        var empty: UInt16 = 0
        let breaker = tc_word_breaker_open(&empty, 0, &status)
        ICUStatus.require(breaker == nil && status == 0 ? 1 : status, "tc_word_breaker_open")
        guard let breaker else { preconditionFailure("tc_word_breaker_open returned NULL") }
        self.breaker = breaker
    }

    deinit { tc_word_breaker_close(breaker) }

    /// The word segments of `utf16` as UTF-16 offset ranges (`tc_word_breaker_set_text`,
    /// `_next`, `_is_word`); spaces and punctuation segments are left out.
    func wordRanges(in utf16: [UInt16]) -> [Range<Int>] {
        utf16.withUnsafeBufferPointer { buffer -> [Range<Int>] in
            guard let base = buffer.baseAddress else { return [] }
            var status: Int32 = 0
            tc_word_breaker_set_text(breaker, base, Int32(buffer.count), &status)
            ICUStatus.require(status, "tc_word_breaker_set_text")
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
